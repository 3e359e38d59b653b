"""The website audit's only pipeline: record each audited page's findings, one transaction a page.

Settings: SCHOOLWATCH_DATABASE_URL, SCHOOLWATCH_PROFILE. A page audited again without a finding
it had before clears that finding (the school fixed it); pages not reached this run keep theirs.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from sqlalchemy import Engine
from typing_extensions import Self

from schoolwatch.config import Profile
from spiders.items import AuditedPage
from store.db import open_store, session_scope
from store.findings import Found, record_audited_page
from store.queries import sync_school


class StoreFindingsPipeline:
    def __init__(self, database_url: str, profile: Profile, stats: StatsCollector) -> None:
        self.database_url, self.profile, self.stats = database_url, profile, stats
        self.engine: Engine | None = None
        self.school_id = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url, profile = crawler.settings.get("SCHOOLWATCH_DATABASE_URL"), crawler.settings.get("SCHOOLWATCH_PROFILE")
        if not url or profile is None:
            raise NotConfigured("SCHOOLWATCH_DATABASE_URL or SCHOOLWATCH_PROFILE is not set")
        return cls(url, profile, crawler.stats)

    def open_spider(self) -> None:
        self.engine = open_store(self.database_url)
        with session_scope(self.engine) as session:
            self.school_id = sync_school(session, **self.profile.school_fields()).id or 0

    def close_spider(self) -> None:
        if self.engine is not None:
            self.engine.dispose()

    def process_item(self, item: AuditedPage) -> AuditedPage:
        assert self.engine is not None, "open_spider was not called"
        found = [Found(f.kind, f.detail, f.context, f.staff) for f in item.findings]
        with session_scope(self.engine) as session:
            changes = record_audited_page(session, self.school_id, item.url, found, item.body_sha256, item.fetched_at)
        self.stats.inc_value("schoolwatch/audit/findings", len(found))
        self.stats.inc_value("schoolwatch/audit/new_findings", changes.new)
        self.stats.inc_value("schoolwatch/audit/cleared_findings", changes.cleared)
        return item
