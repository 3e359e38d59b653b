"""Last pipeline: write the mention and its evidence, a small batch of items per transaction.

Settings: SCHOOLWATCH_DATABASE_URL, SCHOOLWATCH_PROFILE; SCHOOLWATCH_STORE_BATCH_ITEMS (50) and
SCHOOLWATCH_STORE_BATCH_SECONDS (1.0). Items wait in memory until the batch is full, a second has
passed, 16 MB of raw bodies are waiting, or the spider closes (a normal end, or Ctrl-C / SIGTERM),
and are then committed together: a crawl killed outright loses at most the last second's items,
which the next crawl finds again. If a batch cannot be written, its items are retried one
transaction each, so one bad item costs only itself.

A mention already stored at the same canonical URL is refreshed, not duplicated; a repost (same
text fingerprint at another URL) is stored and linked to the original. Crawls of several sources
run side by side and store into the same table, so the known fingerprints are kept in memory and
topped up from the store in each batch's transaction (one query a batch, not one an item).
"""

from __future__ import annotations

import logging
from datetime import datetime

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.statscollectors import StatsCollector
from sqlalchemy import Engine
from sqlmodel import Session
from twisted.internet.task import LoopingCall
from typing_extensions import Self

from schoolwatch.config import Profile
from spiders.fingerprint import near
from spiders.items import MentionItem
from store.db import acquire_store, release_store, session_scope
from store.models import Mention, School, utcnow
from store.queries import Capture, fingerprints, sync_school, upsert_mentions

log = logging.getLogger(__name__)
MAX_BATCH_BYTES = 16 * 1024 * 1024  # raw bodies waiting in memory: a batch of big pages goes early


_SCHOOLS: dict[tuple[str, str], int] = {}  # (database URL, profile) → school id, this process


def crawl_school_id(session: Session, database_url: str, profile: Profile) -> int:
    """The school's id, synced from the profile once per process and database: a crawl's spiders
    (their pipelines and their crawl-run records) share one profile, so the first syncs and the
    rest check that the row is still there."""
    fields = profile.school_fields()
    key = (database_url, repr(fields))
    known = _SCHOOLS.get(key)
    if known is not None:
        school = session.get(School, known)
        if school is not None and school.slug == fields["slug"]:
            return known
    school_id = _SCHOOLS[key] = sync_school(session, **fields).id or 0
    return school_id


class StoreMentionPipeline:
    def __init__(self, database_url: str, profile: Profile, stats: StatsCollector,
                 batch_items: int = 50, batch_seconds: float = 1.0) -> None:
        self.database_url, self.profile, self.stats = database_url, profile, stats
        self.batch_items, self.batch_seconds = max(batch_items, 1), batch_seconds
        self.engine: Engine | None = None
        self.school_id = 0
        self.originals: dict[int, int] = {}  # stored original mention id → fingerprint, ascending ids
        self.pending: list[tuple[MentionItem, datetime]] = []
        self.pending_bytes = 0
        self.timer: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        url, profile = crawler.settings.get("SCHOOLWATCH_DATABASE_URL"), crawler.settings.get("SCHOOLWATCH_PROFILE")
        if not url or profile is None:
            raise NotConfigured("SCHOOLWATCH_DATABASE_URL or SCHOOLWATCH_PROFILE is not set")
        return cls(url, profile, crawler.stats, crawler.settings.getint("SCHOOLWATCH_STORE_BATCH_ITEMS", 50),
                   crawler.settings.getfloat("SCHOOLWATCH_STORE_BATCH_SECONDS", 1.0))

    def open_spider(self) -> None:
        self.engine = acquire_store(self.database_url)
        with session_scope(self.engine) as session:
            self.school_id = crawl_school_id(session, self.database_url, self.profile)
        if self.batch_seconds > 0:
            self.timer = LoopingCall(self.flush)
            self.timer.start(self.batch_seconds, now=False)

    def close_spider(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        if self.engine is not None:
            release_store(self.database_url)
            self.engine = None

    def process_item(self, item: MentionItem) -> MentionItem:
        assert self.engine is not None, "open_spider was not called"
        self.pending.append((item, utcnow()))
        self.pending_bytes += len(item.body)
        if len(self.pending) >= self.batch_items or self.pending_bytes >= MAX_BATCH_BYTES:
            self.flush()
        return item

    def flush(self) -> None:
        """Commit the waiting items (never raises: the items that cannot be stored are logged)."""
        batch, self.pending, self.pending_bytes = self.pending, [], 0
        if not batch or self.engine is None:
            return
        try:
            self._store(batch)
        except Exception:
            if len(batch) == 1:
                self._failed(batch[0][0])
                return
            log.warning("storing a batch of %d mentions failed; storing them one at a time", len(batch), exc_info=True)
            for one in batch:
                try:
                    self._store([one])
                except Exception:
                    self._failed(one[0])

    def _failed(self, item: MentionItem) -> None:
        self.stats.inc_value("schoolwatch/store/errors")
        log.error("could not store the mention at %s", item.url, exc_info=True)

    def _store(self, batch: list[tuple[MentionItem, datetime]]) -> None:
        assert self.engine is not None
        rows = [(self._mention(item, now), self._capture(item, now)) for item, now in batch]
        with session_scope(self.engine) as session:
            # Originals stored since the last batch, by this spider or by another.
            self.originals.update(fingerprints(session, self.school_id, after_id=max(self.originals, default=0)))
            stored_rows = upsert_mentions(session, rows)
            # New rows have their ids now: link reposts, in the order the items came, to the first
            # original stored before them (in an earlier batch or earlier in this one).
            earlier: dict[int, int] = {}
            for stored, created in stored_rows:
                if not created or not stored.text_fingerprint:
                    continue
                stored.duplicate_of_id = self._original_of(stored.text_fingerprint, earlier)
                if stored.duplicate_of_id is None:
                    earlier[stored.id or 0] = int(stored.text_fingerprint, 16)
                session.add(stored)
        # Committed: count (this batch's own originals reach self.originals with the next top-up).
        for stored, created in stored_rows:
            if created:
                self.stats.inc_value("schoolwatch/store/new")
                if stored.duplicate_of_id is not None:
                    self.stats.inc_value("schoolwatch/store/repost")
                log.debug("stored mention %s: %s", stored.id, stored.url)
            else:
                self.stats.inc_value("schoolwatch/store/seen_again")

    def _mention(self, item: MentionItem, now: datetime) -> Mention:
        return Mention(
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

    @staticmethod
    def _capture(item: MentionItem, now: datetime) -> Capture:
        return Capture(
            url=item.response_url or item.url,
            status=item.status,
            headers=item.headers,
            body=item.body,
            sha256=item.body_sha256,
            fetched_at=item.fetched_at or now,
        )

    def _original_of(self, fingerprint: str, earlier: dict[int, int]) -> int | None:
        value = int(fingerprint, 16)
        for originals in (self.originals, earlier):
            found = next((mention_id for mention_id, other in originals.items() if near(value, other)), None)
            if found is not None:
                return found
        return None
