"""Findings of the school-website audit: recorded page by page, open until an audit of the same
page no longer finds them (then cleared, never deleted: the record shows what was fixed, and when)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from store.models import CrawlRun, WebsiteFinding


@dataclass(frozen=True)
class Found:
    """One finding as the audit reports it (the store's own type, so store/ imports no spider)."""

    kind: str
    detail: str
    context: str
    staff_name: str | None = None


@dataclass(frozen=True)
class PageChanges:
    new: int
    cleared: int


def record_audited_page(
    session: Session, school_id: int, url: str, found: Iterable[Found], page_sha256: str, at: datetime
) -> PageChanges:
    """Store what one audit of ``url`` found: new findings are added, ones seen again are
    refreshed (and re-opened if they had been cleared), open ones no longer there are cleared."""
    stored = {
        (row.kind, row.detail): row
        for row in session.exec(select(WebsiteFinding).where(WebsiteFinding.school_id == school_id, WebsiteFinding.url == url))
    }
    new = 0
    seen: set[tuple[str, str]] = set()
    for item in found:
        key = (item.kind, item.detail)
        if key in seen:
            continue
        seen.add(key)
        row = stored.get(key)
        if row is None:
            new += 1
            row = WebsiteFinding(school_id=school_id, url=url, kind=item.kind, detail=item.detail, first_seen_at=at)
        row.context, row.staff_name, row.page_sha256 = item.context, item.staff_name, page_sha256
        row.last_seen_at, row.cleared_at = at, None
        session.add(row)
    cleared = 0
    for key, row in stored.items():
        if key not in seen and row.cleared_at is None:
            row.cleared_at = at
            session.add(row)
            cleared += 1
    session.flush()
    return PageChanges(new, cleared)


def new_findings(run: CrawlRun) -> int | None:
    """How many new findings a website audit's run recorded; None for a run of any other source."""
    if run.spider != "website":
        return None
    return int(run.stats.get("schoolwatch/audit/new_findings", 0))


def open_findings(session: Session, school_id: int) -> list[WebsiteFinding]:
    """Findings not yet fixed on the website, oldest first (the longest exposed leads)."""
    query = (
        select(WebsiteFinding)
        .where(WebsiteFinding.school_id == school_id, col(WebsiteFinding.cleared_at).is_(None))
        .order_by(col(WebsiteFinding.first_seen_at), col(WebsiteFinding.id))
    )
    return list(session.exec(query))


def findings_cleared_between(session: Session, school_id: int, start: datetime, end: datetime) -> list[WebsiteFinding]:
    """Findings an audit in [start, end) found fixed: the digest says so, to close the loop."""
    query = (
        select(WebsiteFinding)
        .where(
            WebsiteFinding.school_id == school_id,
            col(WebsiteFinding.cleared_at) >= start,
            col(WebsiteFinding.cleared_at) < end,
        )
        .order_by(col(WebsiteFinding.cleared_at))
    )
    return list(session.exec(query))
