"""The reads and writes the crawl, the classifier step and the CLI share.

Plain values in, rows out; callers own the transaction (``store.db.session_scope``). A crawl
commits its items in small batches (see ``spiders.pipelines.store_mention``), so a crash loses at
most the last second's items.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from store.models import (
    Alert,
    Case,
    Classification,
    CrawlRun,
    Evidence,
    Mention,
    School,
    Source,
    Staff,
    utcnow,
)


def sync_school(
    session: Session,
    slug: str,
    name: str,
    town: str = "",
    website: str | None = None,
    staff: Sequence[tuple[str, str, Sequence[str]]] = (),
) -> School:
    """The school row for ``slug``, created or updated from the profile.

    ``staff`` holds (name, role, aliases). Staff no longer listed are kept (their mentions stay
    readable) but marked inactive.
    """
    school = session.exec(select(School).where(School.slug == slug)).first()
    if school is None:
        school = School(slug=slug, name=name)
    school.name, school.town, school.website = name, town, website
    session.add(school)
    session.flush()
    existing = {row.name: row for row in session.exec(select(Staff).where(Staff.school_id == school.id))}
    for staff_name, role, aliases in staff:
        row = existing.pop(staff_name, None) or Staff(school_id=school.id, name=staff_name, role=role)
        row.role, row.aliases, row.active = role, list(aliases), True
        session.add(row)
    for row in existing.values():
        row.active = False
        session.add(row)
    session.flush()
    return school


def sync_sources(session: Session, school_id: int, kinds: dict[str, str]) -> None:
    """Make sure every configured source has a health row (name → kind)."""
    rows = {row.name: row for row in session.exec(select(Source).where(Source.school_id == school_id))}
    for name, kind in kinds.items():
        row = rows.get(name) or Source(school_id=school_id, name=name, kind=kind)
        row.kind = kind
        session.add(row)


def school_by_slug(session: Session, slug: str) -> School | None:
    return session.exec(select(School).where(School.slug == slug)).first()


@dataclass(frozen=True)
class Capture:
    """The raw response behind a mention, as fetched."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    sha256: str
    fetched_at: datetime


def upsert_mention(session: Session, mention: Mention, capture: Capture | None) -> tuple[Mention, bool]:
    """Store a new mention, or refresh the one already stored at its canonical URL.

    Returns the stored row and whether it is new. A new mention keeps its capture as evidence; a
    mention seen again gains a new capture only when its text changed (the item was edited), so the
    evidence of what was first seen is never replaced, and the same post found through another
    search listing (a different response around the same words) does not pile up copies.
    """
    stored = session.exec(
        select(Mention).where(Mention.school_id == mention.school_id, Mention.canonical_url == mention.canonical_url)
    ).first()
    known = {} if stored is None else {(stored.school_id, stored.canonical_url): stored}
    return _store_mentions(session, [(mention, capture)], known)[0]


def upsert_mentions(session: Session, rows: Sequence[tuple[Mention, Capture | None]]) -> list[tuple[Mention, bool]]:
    """:func:`upsert_mention` for many rows in the caller's one transaction: one lookup of the URLs
    already stored and batched INSERTs instead of a lookup and a flush per row. Same rules, applied
    in order (a second row for a URL refreshes the first); returns (stored row, is new) per row."""
    known: dict[tuple[int, str], Mention] = {}
    by_school: dict[int, set[str]] = {}
    for mention, _ in rows:
        by_school.setdefault(mention.school_id, set()).add(mention.canonical_url)
    for school_id, urls in by_school.items():
        ordered = sorted(urls)
        for start in range(0, len(ordered), 500):
            query = select(Mention).where(
                Mention.school_id == school_id, col(Mention.canonical_url).in_(ordered[start : start + 500])
            )
            known.update({(row.school_id, row.canonical_url): row for row in session.exec(query)})
    return _store_mentions(session, rows, known)


def _store_mentions(
    session: Session, rows: Sequence[tuple[Mention, Capture | None]], known: dict[tuple[int, str], Mention]
) -> list[tuple[Mention, bool]]:
    """Add or refresh each row against ``known`` (the rows already stored at those URLs), then
    flush once and add the evidence of the new and the changed."""
    results: list[tuple[Mention, bool]] = []
    captured: list[tuple[Mention, Capture]] = []
    for mention, capture in rows:
        key = (mention.school_id, mention.canonical_url)
        stored = known.get(key)
        created = stored is None
        changed = False
        if stored is None:
            stored = known[key] = mention
        else:
            stored.last_seen_at = mention.last_seen_at
            stored.gone_at = None
            changed = bool(mention.text) and mention.text != stored.text
            if changed:
                stored.title, stored.text, stored.text_fingerprint = mention.title, mention.text, mention.text_fingerprint
            if mention.signals and mention.signals != stored.signals:
                stored.signals = mention.signals
        session.add(stored)
        if capture is not None and (created or changed):
            captured.append((stored, capture))
        results.append((stored, created))
    session.flush()
    for stored, capture in captured:
        session.add(
            Evidence(
                mention_id=stored.id,
                url=capture.url,
                fetched_at=capture.fetched_at,
                status=capture.status,
                headers=capture.headers,
                content_type=capture.headers.get("Content-Type", ""),
                sha256=capture.sha256,
                size=len(capture.body),
                body_zlib=zlib.compress(capture.body, 6),
            )
        )
    return results


def evidence_body(evidence: Evidence) -> bytes:
    """The raw response body as fetched."""
    return zlib.decompress(evidence.body_zlib)


def fingerprints(session: Session, school_id: int, after_id: int = 0) -> dict[int, int]:
    """Text fingerprints of the school's original mentions (not reposts) with ids above
    ``after_id``, id → 64-bit int."""
    rows = session.exec(
        select(Mention.id, Mention.text_fingerprint).where(
            Mention.school_id == school_id,
            col(Mention.id) > after_id,
            col(Mention.duplicate_of_id).is_(None),
            Mention.text_fingerprint != "",
        )
    )
    return {mention_id: int(fingerprint, 16) for mention_id, fingerprint in rows}


def unclassified_mentions(session: Session, school_id: int | None = None, limit: int | None = None) -> list[Mention]:
    """Mentions with no classification yet, oldest first."""
    query = select(Mention).where(~col(Mention.id).in_(select(Classification.mention_id)))
    if school_id is not None:
        query = query.where(Mention.school_id == school_id)
    query = query.order_by(col(Mention.id))
    if limit is not None:
        query = query.limit(limit)
    return list(session.exec(query))


def latest_classifications(session: Session, mention_ids: Iterable[int]) -> dict[int, Classification]:
    """The newest classification of each mention (a re-classification supersedes the old one);
    mentions never classified are absent."""
    found: dict[int, Classification] = {}
    for chunk in chunked(mention_ids):
        newest = (
            select(Classification.mention_id, func.max(Classification.id).label("id"))
            .where(col(Classification.mention_id).in_(chunk))
            .group_by(Classification.mention_id)
            .subquery()
        )
        for row in session.exec(select(Classification).join(newest, col(Classification.id) == newest.c.id)):
            found[row.mention_id] = row
    return found


def chunked(ids: Iterable[int], size: int = 500) -> Iterator[list[int]]:
    """Ids in sorted chunks small enough for an ``IN (...)`` list on any database."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def start_crawl_run(session: Session, school_id: int, source_name: str, spider: str) -> CrawlRun:
    run = CrawlRun(school_id=school_id, source_name=source_name, spider=spider)
    session.add(run)
    session.flush()
    return run


def finish_crawl_run(session: Session, run_id: int, ok: bool, reason: str, counts: dict[str, int],
                     error_summary: str | None, stats: dict[str, object]) -> None:
    """Close a crawl run and update its source's health (what `status` shows)."""
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    now = utcnow()
    run.finished_at, run.status, run.finish_reason = now, "ok" if ok else "failed", reason
    run.pages = counts.get("pages", 0)
    run.items_scraped = counts.get("scraped", 0)
    run.items_stored = counts.get("stored", 0)
    run.items_dropped = counts.get("dropped", 0)
    run.errors = counts.get("errors", 0)
    run.error_summary, run.stats = error_summary, stats
    session.add(run)
    source = session.exec(
        select(Source).where(Source.school_id == run.school_id, Source.name == run.source_name)
    ).first()
    if source is not None:
        source.last_run_at = now
        if ok:
            source.last_ok_at, source.last_error, source.consecutive_failures = now, None, 0
        else:
            source.last_error, source.consecutive_failures = error_summary or reason, source.consecutive_failures + 1
        session.add(source)


def label_counts(session: Session, school_id: int) -> dict[str, int]:
    """How many stored mentions carry each label (by their newest classification)."""
    ids = session.exec(select(Mention.id).where(Mention.school_id == school_id)).all()
    counts: dict[str, int] = {}
    for row in latest_classifications(session, ids).values():
        counts[row.label] = counts.get(row.label, 0) + 1
    return counts


def pending_alert_count(session: Session, school_id: int) -> int:
    return session.exec(
        select(func.count()).select_from(Alert).join(Mention).where(Mention.school_id == school_id, Alert.status == "pending")
    ).one()


def open_case_count(session: Session, school_id: int) -> int:
    return session.exec(
        select(func.count())
        .select_from(Case)
        .join(Mention)
        .where(Mention.school_id == school_id, col(Case.status).in_(("open", "requested")))
    ).one()


def fetched_pages(session: Session, school_slug: str) -> dict[str, datetime]:
    """Pages whose own capture is stored, by URL, with when they were last fetched: a crawl does not
    fetch them again unless the listing that links them says they changed since."""
    query = (
        select(Evidence.url, func.max(Evidence.fetched_at))
        .join(Mention, col(Mention.id) == Evidence.mention_id)
        .join(School, col(School.id) == Mention.school_id)
        .where(School.slug == school_slug)
        .group_by(Evidence.url)
    )
    return {url: fetched for url, fetched in session.exec(query)}
