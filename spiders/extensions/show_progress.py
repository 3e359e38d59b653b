"""A one-line progress count on a terminal while a crawl runs; silent in logs and CI.

Setting: SCHOOLWATCH_PROGRESS (a callable taking (source, pages, mentions)); unset means no output.
"""

from __future__ import annotations

from collections.abc import Callable

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from typing_extensions import Self


class ShowProgress:
    def __init__(self, crawler: Crawler, report: Callable[[str, int, int], None]) -> None:
        self.crawler, self.report = crawler, report

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        report = crawler.settings.get("SCHOOLWATCH_PROGRESS")
        if report is None:
            raise NotConfigured("no progress display wanted")
        extension = cls(crawler, report)
        crawler.signals.connect(extension.update, signal=signals.response_received)
        crawler.signals.connect(extension.update, signal=signals.item_scraped)
        return extension

    def update(self) -> None:
        stats = self.crawler.stats
        source = getattr(self.crawler.spider, "source_name", "") or getattr(self.crawler.spider, "name", "")
        self.report(source, int(stats.get_value("response_received_count", 0)), int(stats.get_value("item_scraped_count", 0)))
