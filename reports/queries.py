"""Read-side queries shared by the reports: the newest verdict and the secured evidence per mention.

A re-classification adds a row, so "the label" of a mention is always its newest Classification
(ties broken by id). The evidence a report quotes is the *first* secured copy: a later re-fetch
may be after the item was edited or removed, and the first copy is what proves what was said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from store.models import Case, Classification, Evidence, Mention
from store.queries import chunked, latest_classifications

def first_evidence(session: Session, mention_ids: Iterable[int]) -> dict[int, Evidence]:
    """mention id → the first Evidence secured for it."""
    first: dict[int, Evidence] = {}
    for chunk in chunked(mention_ids):
        rows = session.exec(
            select(Evidence)
            .where(col(Evidence.mention_id).in_(chunk))
            .order_by(col(Evidence.fetched_at), col(Evidence.id))
        )
        for row in rows:
            first.setdefault(row.mention_id, row)
    return first


def cases_by_mention(session: Session, mention_ids: Iterable[int]) -> dict[int, Case]:
    found: dict[int, Case] = {}
    for chunk in chunked(mention_ids):
        for row in session.exec(select(Case).where(col(Case.mention_id).in_(chunk))):
            found[row.mention_id] = row
    return found


@dataclass
class Item:
    """A mention with its newest verdict and first evidence: what every report works from."""

    mention: Mention
    verdict: Classification | None
    evidence: Evidence | None

    @property
    def label(self) -> str:
        return self.verdict.label if self.verdict else "unclassified"

    @property
    def flags(self) -> list[str]:
        return list(self.verdict.flags) if self.verdict else []


def items(session: Session, school_id: int, seen_from: datetime | None = None,
          seen_before: datetime | None = None, ids: Iterable[int] | None = None) -> list[Item]:
    """The school's mentions (optionally first seen in ``[seen_from, seen_before)`` or by id)."""
    query = select(Mention).where(Mention.school_id == school_id)
    if seen_from is not None:
        query = query.where(Mention.first_seen_at >= seen_from)
    if seen_before is not None:
        query = query.where(Mention.first_seen_at < seen_before)
    if ids is not None:
        wanted = sorted(set(ids))
        if not wanted:
            return []
        query = query.where(col(Mention.id).in_(wanted))
    mentions = list(session.exec(query.order_by(col(Mention.first_seen_at), col(Mention.id))))
    mention_ids = [m.id for m in mentions if m.id is not None]
    verdicts = latest_classifications(session, mention_ids)
    evidence = first_evidence(session, mention_ids)
    return [Item(m, verdicts.get(m.id), evidence.get(m.id)) for m in mentions if m.id is not None]
