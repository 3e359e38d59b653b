"""Report periods: ISO weeks (``2026-W47``), months (``2026-11``) and UK school terms (``autumn-2026``).

Every period is a half-open interval ``[start, end)`` of aware UTC datetimes, so consecutive
periods tile time and a mention is counted exactly once. Terms follow the usual English pattern
on calendar boundaries (real term dates differ by local authority and year; a fixed rule keeps
termly reports comparable): autumn September–December, spring January–March (Easter, roughly),
summer April–August (the summer holiday is counted with the summer term).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from store.models import utcnow

TERMS = {"autumn": (9, 13), "spring": (1, 4), "summer": (4, 9)}  # (first month, month after last)


@dataclass(frozen=True)
class Period:
    """A named reporting period: ``kind`` is week, month or term; ``name`` parses back."""

    kind: str
    name: str
    title: str
    start: datetime
    end: datetime

    def contains(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= _aware(moment) < self.end

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        return period_containing(self.kind, self.start - timedelta(seconds=1))

    def weeks(self) -> list[Period]:
        """ISO weeks overlapping this period, in order (trend charts have one bar per week)."""
        weeks, cursor = [], self.start
        while cursor < self.end:
            week = week_containing(cursor)
            weeks.append(week)
            cursor = week.end
        return weeks


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes from some drivers; the store only writes UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def parse_week(name: str) -> Period:
    """``2026-W47`` → Monday 00:00 UTC to the next Monday. ValueError names the bad value."""
    match = re.fullmatch(r"(\d{4})-W(\d{1,2})", name.strip())
    if not match:
        raise ValueError(f"{name!r}: not an ISO week like 2026-W47")
    year, week = int(match[1]), int(match[2])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{name!r}: {year} has no week {week}") from None
    sunday = monday + timedelta(days=6)
    title = f"Week {week}, {monday:%-d %B} to {sunday:%-d %B %Y}"
    return Period("week", f"{year}-W{week:02d}", title, _midnight(monday), _midnight(monday + timedelta(days=7)))


def parse_month(name: str) -> Period:
    """``2026-11`` → 1 November 00:00 UTC to 1 December."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", name.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"{name!r}: not a month like 2026-11")
    year, month = int(match[1]), int(match[2])
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return Period("month", f"{year}-{month:02d}", f"{start:%B %Y}", _midnight(start), _midnight(end))


def parse_term(name: str) -> Period:
    """``autumn-2026`` (Sep–Dec 2026), ``spring-2027`` (Jan–Mar), ``summer-2027`` (Apr–Aug)."""
    match = re.fullmatch(r"(autumn|spring|summer)[- ](\d{4})", name.strip().lower())
    if not match:
        raise ValueError(f"{name!r}: not a term like autumn-2026, spring-2027 or summer-2027")
    term, year = match[1], int(match[2])
    first, after = TERMS[term]
    start = date(year, first, 1)
    end = date(year + 1, 1, 1) if after == 13 else date(year, after, 1)
    return Period("term", f"{term}-{year}", f"{term.capitalize()} term {year}", _midnight(start), _midnight(end))


def parse_period(name: str) -> Period:
    """Any of the three forms, recognised by shape."""
    if "W" in name.upper() and re.search(r"-W\d", name, re.IGNORECASE):
        return parse_week(name.upper())
    if re.fullmatch(r"\d{4}-\d{1,2}", name.strip()):
        return parse_month(name)
    return parse_term(name)


def week_containing(moment: datetime) -> Period:
    year, week, _ = _aware(moment).isocalendar()
    return parse_week(f"{year}-W{week:02d}")


def month_containing(moment: datetime) -> Period:
    moment = _aware(moment)
    return parse_month(f"{moment.year}-{moment.month:02d}")


def term_containing(moment: datetime) -> Period:
    moment = _aware(moment)
    term = next(name for name, (first, after) in TERMS.items() if first <= moment.month < after)
    return parse_term(f"{term}-{moment.year}")


def period_containing(kind: str, moment: datetime) -> Period:
    """The ``kind`` (week, month, term) period that contains ``moment``."""
    finders = {"week": week_containing, "month": month_containing, "term": term_containing}
    if kind not in finders:
        raise ValueError(f"{kind!r}: not a period kind (week, month, term)")
    return finders[kind](moment)


def current_week(now: datetime | None = None) -> Period:
    return week_containing(now or utcnow())


def last_complete_week(now: datetime | None = None) -> Period:
    """The week a Monday-morning digest reports on."""
    return current_week(now).previous()


def current_month(now: datetime | None = None) -> Period:
    return month_containing(now or utcnow())


def current_term(now: datetime | None = None) -> Period:
    return term_containing(now or utcnow())
