"""Secure the evidence: the raw response's SHA-256, its fetch time and headers, kept with the item.

The body is hashed exactly as received (before any decoding), so the hash in a takedown request
or an evidence pack can be checked against the stored bytes.
"""

from __future__ import annotations

import hashlib

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from typing_extensions import Self

from spiders.items import MentionItem
from store.models import utcnow


class SecureEvidencePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler.stats)

    def process_item(self, item: MentionItem) -> MentionItem:
        item.body_sha256 = hashlib.sha256(item.body).hexdigest()
        item.fetched_at = item.fetched_at or utcnow()
        self.stats.inc_value("schoolwatch/evidence/bytes", len(item.body))
        return item
