"""What spiders yield: a mention of the school or its staff with its raw response (every source),
or one audited page of the school's own website with what it should not publish (``website``)."""

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
    # What the spider itself established, for the classifier to act on (nlp/signals.py): e.g.
    # {"flag": "impersonation", "target": "Priya Lambert", "reason": "..."} for a fake account.
    signals: list[dict[str, str]] = field(default_factory=list)
    # Filled by the pipelines.
    canonical_url: str = ""
    matched: list[str] = field(default_factory=list)
    text_fingerprint: str = ""
    body_sha256: str = ""


@dataclass(frozen=True)
class Finding:
    """Something the school's own website publishes that its policies forbid."""

    kind: str  # "staff_phone" | "staff_email" | "pupil_name"
    detail: str  # the number, address or name as published
    context: str  # the words around it, so the office can find it on the page
    staff: str | None = None  # the member of staff it belongs to, when the page says


@dataclass
class AuditedPage:
    """One page of the school's website and every finding on it (none: the page is clean, and
    earlier findings there are cleared)."""

    source: str
    url: str
    findings: list[Finding]
    body_sha256: str
    fetched_at: datetime
