"""One robots.txt per host for a whole crawl, not one per source.

A crawl runs one spider per source side by side in one process; Scrapy's RobotsTxtMiddleware keeps
its parsed robots.txt per spider, so nine sources on one site asked for its robots.txt nine times.
This subclass shares the parsers (or the download in progress) between the spiders running at the
same time: the first to need a host's robots.txt fetches it, the others wait for that answer. When
the last spider closes the shared rules are dropped, so the next crawl reads them afresh.
"""

from __future__ import annotations

from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

# netloc → its parser, None (no usable robots.txt: everything allowed), or the Deferred of the
# download in progress; shared by the spiders open in this process.
_PARSERS: dict[str, Any] = {}
_OPEN_SPIDERS: set[int] = set()


class ShareRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._parsers = _PARSERS
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def spider_opened(self, spider: Spider) -> None:
        _OPEN_SPIDERS.add(id(spider))

    def spider_closed(self, spider: Spider) -> None:
        _OPEN_SPIDERS.discard(id(spider))
        if not _OPEN_SPIDERS:
            _PARSERS.clear()
