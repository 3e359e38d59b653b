"""Source health for the reports: is each configured source being read, and when did it last work?

Reads ``Source`` (kept up to date by the crawler) and the week's ``CrawlRun`` rows. A source is
"working", "failing" (its last run failed) or "not run yet".
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from reports.periods import Period
from store.models import CrawlRun, Source


def source_health(session: Session, school_id: int, period: Period) -> list[dict[str, Any]]:
    """One row per source: state, last success, last error (one line), runs and items this period."""
    runs: dict[str, list[CrawlRun]] = {}
    query = (select(CrawlRun).where(CrawlRun.school_id == school_id, col(CrawlRun.started_at) >= period.start,
                                    col(CrawlRun.started_at) < period.end).order_by(col(CrawlRun.started_at)))
    for run in session.exec(query):
        runs.setdefault(run.source_name, []).append(run)
    rows = []
    for source in session.exec(select(Source).where(Source.school_id == school_id).order_by(col(Source.name))):
        these = runs.get(source.name, [])
        if source.last_run_at is None and not these:
            state = "not run yet"
        elif source.consecutive_failures or (these and these[-1].status == "failed"):
            state = "failing"
        else:
            state = "working"
        rows.append({
            "name": source.name,
            "kind": source.kind,
            "state": state,
            "last_ok_at": source.last_ok_at,
            "last_error": " ".join((source.last_error or "").split())[:200] or None,
            "failures": source.consecutive_failures,
            "runs": len(these),
            "failed_runs": sum(1 for run in these if run.status == "failed"),
            "stored": sum(run.items_stored for run in these),
        })
    return rows
