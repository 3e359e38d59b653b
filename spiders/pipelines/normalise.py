"""First pipeline: tidy the text, work out the canonical URL, refuse items with nothing in them."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector
from typing_extensions import Self

from spiders.extract import storable, tidy
from spiders.items import MentionItem
from spiders.urls import canonical_url

MAX_TITLE_CHARS = 300


class NormalisePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats)

    def process_item(self, item: MentionItem) -> MentionItem:
        item.text = tidy(item.text)
        item.title = tidy(item.title)[:MAX_TITLE_CHARS]
        item.author = tidy(item.author)[:200] or None if item.author else None
        # the rest is stored as it came, but a NUL or half an emoji would lose the whole mention
        item.url, item.context = storable(item.url), storable(item.context)
        if not item.text and not item.title:
            self.stats.inc_value("schoolwatch/normalise/empty")
            raise DropItem(f"no text: {item.url}")
        # a mention is a web page someone can open and a platform can be asked to remove
        try:
            if not item.url.lower().startswith(("https://", "http://")):
                raise ValueError("not a web address")
            item.canonical_url = canonical_url(item.url)
        except ValueError as exc:  # a port past 65535, a broken IPv6 host...
            self.stats.inc_value("schoolwatch/normalise/bad_url")
            raise DropItem(f"unusable address ({exc}): {item.url[:200]}") from None
        return item
