"""Every stored mention with its newest classification, as rows for JSON Lines or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from sqlmodel import Session, col, select

from store.models import Mention
from store.queries import latest_classifications

COLUMNS = (
    "id", "url", "platform", "source", "author", "title", "published_at", "fetched_at",
    "label", "confidence", "flags", "targets", "reasons", "duplicate_of",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_rows(session: Session, school_id: int, batch: int = 500) -> Iterator[dict[str, Any]]:
    """One dict per mention (oldest first); label fields are empty for unclassified mentions."""
    last_id = 0
    while True:
        mentions = session.exec(
            select(Mention).where(Mention.school_id == school_id, col(Mention.id) > last_id).order_by(col(Mention.id)).limit(batch)
        ).all()
        if not mentions:
            return
        verdicts = latest_classifications(session, [m.id for m in mentions if m.id is not None])
        for mention in mentions:
            verdict = verdicts.get(mention.id or 0)
            yield {
                "id": mention.id,
                "url": mention.url,
                "platform": mention.platform,
                "source": mention.source_name,
                "author": mention.author,
                "title": mention.title,
                "published_at": _iso(mention.published_at),
                "fetched_at": _iso(mention.first_seen_at),
                "label": verdict.label if verdict else None,
                "confidence": round(verdict.confidence, 4) if verdict else None,
                "flags": verdict.flags if verdict else [],
                "targets": verdict.targets if verdict else [],
                "reasons": verdict.reasons if verdict else [],
                "duplicate_of": mention.duplicate_of_id,
            }
        last_id = mentions[-1].id or last_id


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """CSV for a spreadsheet: lists joined with "; ", and cells that a spreadsheet would run as a
    formula (text written by strangers starting with "=") prefixed with an apostrophe."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        count += 1
    return count


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def to_text(rows: Iterator[dict[str, Any]], fmt: str) -> str:
    buffer = io.StringIO()
    (write_jsonl if fmt == "jsonl" else write_csv)(rows, buffer)
    return buffer.getvalue()
