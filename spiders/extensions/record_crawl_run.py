"""Record each crawl as a CrawlRun and update its source's health. Setting: SCHOOLWATCH_DATABASE_URL.

A run fails when its source could not be read (the feed, search or timeline request failed or
answered with something unreadable); a few broken article links do not fail a run.
"""

from __future__ import annotations

import logging

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from typing_extensions import Self

from spiders.pipelines.store_mention import crawl_school_id
from store.db import acquire_store, release_store, session_scope
from store.queries import finish_crawl_run, start_crawl_run

log = logging.getLogger(__name__)


class RecordCrawlRun:
    def __init__(self, crawler: Crawler, database_url: str) -> None:
        self.crawler, self.database_url = crawler, database_url
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url = crawler.settings.get("SCHOOLWATCH_DATABASE_URL")
        if not url or crawler.settings.get("SCHOOLWATCH_PROFILE") is None:
            raise NotConfigured("SCHOOLWATCH_DATABASE_URL or SCHOOLWATCH_PROFILE is not set")
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Spider) -> None:
        profile = self.crawler.settings["SCHOOLWATCH_PROFILE"]
        engine = acquire_store(self.database_url)
        try:
            with session_scope(engine) as session:
                school_id = crawl_school_id(session, self.database_url, profile)
                self.run_id = start_crawl_run(session, school_id, getattr(spider, "source_name", spider.name), spider.name).id
        finally:
            release_store(self.database_url)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.run_id is None:
            return
        stats = self.crawler.stats.get_stats()
        source_errors = int(stats.get("schoolwatch/source/errors", 0))
        ok = reason == "finished" and source_errors == 0
        counts = {
            "pages": int(stats.get("response_received_count", 0)),
            "scraped": int(stats.get("item_scraped_count", 0)),
            "stored": int(stats.get("schoolwatch/store/new", 0)),
            "dropped": int(stats.get("item_dropped_count", 0)),
            "errors": source_errors + int(stats.get("schoolwatch/article/errors", 0)),
        }
        error = stats.get("schoolwatch/source/last_error") if source_errors else None
        summary = {key: value for key, value in stats.items() if isinstance(value, (int, float, str))}
        engine = acquire_store(self.database_url)
        try:
            with session_scope(engine) as session:
                finish_crawl_run(session, self.run_id, ok, reason, counts, error, summary)
        finally:
            release_store(self.database_url)
        log.info("%s: %s, %d pages, %d new mentions", spider.name, "ok" if ok else "FAILED", counts["pages"], counts["stored"])
