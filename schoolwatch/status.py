"""What `schoolwatch status` shows: last runs per source, failing sources, alerts, cases, counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from store.findings import new_findings, open_findings
from store.models import CrawlRun, Source
from store.queries import label_counts, open_case_count, pending_alert_count


@dataclass(frozen=True)
class SourceHealth:
    name: str
    kind: str
    last_run_at: datetime | None
    last_ok_at: datetime | None
    failing: bool
    last_error: str | None
    last_new: int  # new mentions, or for the website audit new findings


@dataclass(frozen=True)
class Status:
    sources: list[SourceHealth]
    pending_alerts: int
    open_cases: int
    labels: dict[str, int]
    website_findings: int  # open findings of the website audit


def gather_status(session: Session, school_id: int) -> Status:
    sources = []
    for source in session.exec(select(Source).where(Source.school_id == school_id).order_by(Source.name)):
        last = session.exec(
            select(CrawlRun).where(CrawlRun.school_id == school_id, CrawlRun.source_name == source.name).order_by(col(CrawlRun.id).desc())
        ).first()
        sources.append(
            SourceHealth(
                name=source.name,
                kind=source.kind,
                last_run_at=source.last_run_at,
                last_ok_at=source.last_ok_at,
                failing=source.consecutive_failures > 0,
                last_error=source.last_error,
                last_new=new_items(last),
            )
        )
    return Status(
        sources,
        pending_alert_count(session, school_id),
        open_case_count(session, school_id),
        label_counts(session, school_id),
        len(open_findings(session, school_id)),
    )


def new_items(run: CrawlRun | None) -> int:
    if run is None:
        return 0
    findings = new_findings(run)
    return run.items_stored if findings is None else findings
