"""The digest's "On the school's own website" section: what the website audit found that the
school should take down itself (no platform to ask), and what it found fixed this week."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from reports.periods import Period
from store.findings import findings_cleared_between, open_findings
from store.models import WebsiteFinding

WHAT = {
    "staff_phone": "A member of staff's personal phone number",
    "staff_email": "A member of staff's personal email address",
    "pupil_name": "A pupil's full name next to a photo",
}
WHY = {
    "staff_phone": "Staff must never have a personal phone number published. Remove it, or list it in the "
                   "website source's official_phones if it is a school line.",
    "staff_email": "Staff must never have a personal email address published. Use their school address instead.",
    "pupil_name": "Pupils must not be identifiable from photos. Use first names only, or no names.",
}


def website_section(session: Session, school_id: int, period: Period) -> dict[str, Any]:
    """Open findings (oldest first) and the ones cleared during ``period``."""
    return {
        "to_fix": [_entry(f) for f in open_findings(session, school_id)],
        "fixed": [_entry(f) for f in findings_cleared_between(session, school_id, period.start, period.end)],
    }


def _entry(finding: WebsiteFinding) -> dict[str, Any]:
    return {
        "what": WHAT.get(finding.kind, finding.kind),
        "why": WHY.get(finding.kind, ""),
        "detail": finding.detail,
        "staff": finding.staff_name,
        "url": finding.url,
        "context": finding.context,
        "first_seen_at": finding.first_seen_at,
        "cleared_at": finding.cleared_at,
    }
