"""Drop hits about a homonym or about nobody we watch. Setting: SCHOOLWATCH_PROFILE."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector
from typing_extensions import Self

from schoolwatch.config import Profile
from spiders.items import MentionItem
from spiders.relevance import Relevance


class CheckRelevancePipeline:
    def __init__(self, profile: Profile, stats: StatsCollector) -> None:
        self.relevance, self.stats = Relevance.for_profile(profile), stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        profile = crawler.settings.get("SCHOOLWATCH_PROFILE")
        if profile is None:
            raise NotConfigured("SCHOOLWATCH_PROFILE is not set")
        return cls(profile, crawler.stats)

    def process_item(self, item: MentionItem) -> MentionItem:
        item.matched = self.relevance.matches(f"{item.title}\n{item.text}", item.context)
        if not item.matched:
            self.stats.inc_value("schoolwatch/relevance/not_about_us")
            raise DropItem(f"no school or staff match: {item.url}")
        self.stats.inc_value("schoolwatch/relevance/kept")
        return item
