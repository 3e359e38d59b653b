"""The one item every spider yields: a mention of the school or its staff, with its raw response."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class MentionItem:
    source: str  # the config's source name
    platform: str  # "reddit", "mastodon", "news", "forum", "web", ... (where a takedown goes)
    url: str  # where a person sees the item
    text: str
    title: str = ""
    author: str | None = None
    published_at: datetime | None = None  # aware, UTC
    # The response the text came from, kept as evidence.
    fetched_at: datetime | None = None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    response_url: str = ""
    # Words around the item that say where it was posted (thread title, subreddit, hashtags):
    # relevance reads them, the classifier does not.
    context: str = ""
    # Filled by the pipelines.
    canonical_url: str = ""
    matched: list[str] = field(default_factory=list)
    text_fingerprint: str = ""
    body_sha256: str = ""
