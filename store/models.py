"""The tables. Every schema change is an Alembic revision in ``store/migrations/versions``.

Times are aware datetimes in UTC (SQLModel's UTCDateTime refuses naive ones, which keeps local
times out); :func:`utcnow` is the one clock.
JSON columns hold small lists and dicts (flags, targets, reasons, headers, stats).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Now, as an aware datetime in UTC."""
    return datetime.now(UTC)


class School(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, index=True)
    name: str
    town: str = ""
    website: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Staff(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("school_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    name: str
    role: str
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = True


class Source(SQLModel, table=True):
    """A configured source and its health, as `status` shows it."""

    __table_args__ = (UniqueConstraint("school_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    name: str
    kind: str
    last_run_at: datetime | None = None
    last_ok_at: datetime | None = None
    last_error: str | None = None
    consecutive_failures: int = 0


class CrawlRun(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    source_name: str = Field(index=True)
    spider: str
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    status: str = "running"  # running | ok | failed
    finish_reason: str | None = None
    pages: int = 0
    items_scraped: int = 0
    items_stored: int = 0
    items_dropped: int = 0
    errors: int = 0
    error_summary: str | None = None
    stats: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Mention(SQLModel, table=True):
    """One public item that mentions the school or its staff: a post, article, comment or page."""

    __table_args__ = (UniqueConstraint("school_id", "canonical_url"),)

    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    canonical_url: str
    url: str
    source_name: str
    platform: str
    author: str | None = None
    title: str = ""
    text: str = ""
    published_at: datetime | None = Field(default=None, index=True)
    first_seen_at: datetime = Field(default_factory=utcnow, index=True)
    last_seen_at: datetime = Field(default_factory=utcnow)
    text_fingerprint: str = Field(default="", index=True)
    duplicate_of_id: int | None = Field(default=None, foreign_key="mention.id")
    matched: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # What the spider established itself ({"flag", "target", "reason"}); the classifier acts on it.
    signals: list[dict[str, str]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    gone_at: datetime | None = None


class WebsiteFinding(SQLModel, table=True):
    """Something the school's own website publishes that its policies forbid (a member of staff's
    personal phone or email, a pupil's full name by a photo), open until an audit no longer finds it."""

    __table_args__ = (UniqueConstraint("school_id", "url", "kind", "detail"),)

    id: int | None = Field(default=None, primary_key=True)
    school_id: int = Field(foreign_key="school.id", index=True)
    url: str
    kind: str  # staff_phone | staff_email | pupil_name
    detail: str
    context: str = ""
    staff_name: str | None = None
    page_sha256: str = ""
    first_seen_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    cleared_at: datetime | None = Field(default=None, index=True)  # a later audit found it gone


class Evidence(SQLModel, table=True):
    """The raw response as fetched: compressed body, its SHA-256, the time and the headers."""

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    url: str
    fetched_at: datetime = Field(default_factory=utcnow)
    status: int
    headers: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    content_type: str = ""
    sha256: str = Field(index=True)
    size: int
    body_zlib: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Classification(SQLModel, table=True):
    """The classifier's verdict on a mention. A re-classification adds a row; the newest counts."""

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    label: str = Field(index=True)  # neutral | critical | malicious
    confidence: float
    flags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    targets: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    model_version: str
    classified_at: datetime = Field(default_factory=utcnow)


class Alert(SQLModel, table=True):
    """An urgent alert to one recipient about one mention: persisted, retried, never sent twice."""

    __table_args__ = (UniqueConstraint("mention_id", "recipient"),)

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", index=True)
    recipient: str
    status: str = Field(default="pending", index=True)  # pending | sending (claimed by a run) | sent | failed
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None
    delivered_to: str | None = None  # "smtp" or the .eml path in the outbox


class Case(SQLModel, table=True):
    """A takedown case for a malicious mention, tracked until a re-check shows the item gone."""

    id: int | None = Field(default=None, primary_key=True)
    mention_id: int = Field(foreign_key="mention.id", unique=True)
    status: str = Field(default="open", index=True)  # open | requested | removed | refused
    platform: str
    opened_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    note: str = ""


class AuditLog(SQLModel, table=True):
    """Who did what, when: every case change, alert sent, export and purge."""

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str
    object_type: str
    object_id: int | None = None
    detail: str = ""
