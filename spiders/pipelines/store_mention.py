"""Last pipeline: write the mention and its evidence, one transaction per item.

Settings: SCHOOLWATCH_DATABASE_URL, SCHOOLWATCH_PROFILE. A mention already stored at the same
canonical URL is refreshed, not duplicated; a repost (same text fingerprint at another URL) is
stored and linked to the original. Crawls of several sources run side by side and store into the
same table, so the known fingerprints are topped up from the store before each item.
"""

from __future__ import annotations

import logging

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from sqlalchemy import Engine
from typing_extensions import Self

from schoolwatch.config import Profile
from spiders.fingerprint import near
from spiders.items import MentionItem
from store.db import open_store, session_scope
from store.models import Mention, utcnow
from store.queries import Capture, fingerprints, sync_school, upsert_mention

log = logging.getLogger(__name__)


class StoreMentionPipeline:
    def __init__(self, database_url: str, profile: Profile, stats: StatsCollector) -> None:
        self.database_url, self.profile, self.stats = database_url, profile, stats
        self.engine: Engine | None = None
        self.school_id = 0
        self.originals: dict[int, int] = {}

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

    def process_item(self, item: MentionItem) -> MentionItem:
        assert self.engine is not None, "open_spider was not called"
        now = utcnow()
        mention = Mention(
            school_id=self.school_id,
            canonical_url=item.canonical_url,
            url=item.url,
            source_name=item.source,
            platform=item.platform,
            author=item.author,
            title=item.title,
            text=item.text,
            published_at=item.published_at,
            first_seen_at=now,
            last_seen_at=now,
            text_fingerprint=item.text_fingerprint,
            matched=item.matched,
            signals=item.signals,
        )
        capture = Capture(
            url=item.response_url or item.url,
            status=item.status,
            headers=item.headers,
            body=item.body,
            sha256=item.body_sha256,
            fetched_at=item.fetched_at or now,
        )
        with session_scope(self.engine) as session:
            self.originals.update(fingerprints(session, self.school_id, after_id=max(self.originals, default=0)))
            mention.duplicate_of_id = self._original_of(item.text_fingerprint)
            stored, created = upsert_mention(session, mention, capture)
            stored_id = stored.id or 0
        if created:
            self.stats.inc_value("schoolwatch/store/new")
            if mention.duplicate_of_id is not None:
                self.stats.inc_value("schoolwatch/store/repost")
            log.debug("stored mention %s: %s", stored_id, item.url)
        else:
            self.stats.inc_value("schoolwatch/store/seen_again")
        return item

    def _original_of(self, fingerprint: str) -> int | None:
        if not fingerprint:
            return None
        value = int(fingerprint, 16)
        return next((mention_id for mention_id, other in self.originals.items() if near(value, other)), None)
