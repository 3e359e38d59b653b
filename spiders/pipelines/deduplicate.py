"""Drop the second copy of a URL within one crawl; fingerprint the text so reposts can be linked.

The same page reached twice (an alert and a search both link to it) is one mention. A repost of
the same text at another URL is kept: it is another thing to take down, and the store links it
to the original by its fingerprint.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from typing_extensions import Self

from spiders.fingerprint import simhash
from spiders.items import MentionItem


class DeduplicatePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats)

    def process_item(self, item: MentionItem) -> MentionItem:
        if item.canonical_url in self.seen:
            self.stats.inc_value("schoolwatch/deduplicate/same_url")
            raise DropItem(f"already seen in this crawl: {item.url}")
        self.seen.add(item.canonical_url)
        item.text_fingerprint = simhash(f"{item.title}\n{item.text}")
        return item
