"""Report periods: ISO weeks, months and UK school terms as half-open UTC intervals."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reports.periods import (current_term, last_complete_week, parse_month, parse_period, parse_term,
                             parse_week, term_containing, week_containing)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_iso_week():
    week = parse_week("2026-W47")
    assert (week.start, week.end) == (at(2026, 11, 16), at(2026, 11, 23))
    assert week.title == "Week 47, 16 November to 22 November 2026"
    assert week.previous().name == "2026-W46"
    assert parse_week("2026-W01").start == at(2025, 12, 29)  # ISO week 1 can start in December
    assert parse_week("2026-W53").start == at(2026, 12, 28)
    with pytest.raises(ValueError, match="2025 has no week 53"):
        parse_week("2025-W53")
    with pytest.raises(ValueError, match="not an ISO week"):
        parse_week("2026-47")


def test_month_and_terms():
    assert (parse_month("2026-12").start, parse_month("2026-12").end) == (at(2026, 12, 1), at(2027, 1, 1))
    assert parse_month("2026-01").previous().name == "2025-12"
    autumn = parse_term("autumn-2026")
    assert (autumn.start, autumn.end, autumn.title) == (at(2026, 9, 1), at(2027, 1, 1), "Autumn term 2026")
    assert parse_term("spring-2027").previous().name == "autumn-2026"
    assert parse_term("summer-2027").previous().name == "spring-2027"
    assert parse_term("autumn-2026").previous().name == "summer-2026"
    assert term_containing(at(2027, 3, 31, 23, 59)).name == "spring-2027"
    assert term_containing(at(2027, 4, 1)).name == "summer-2027"
    with pytest.raises(ValueError, match="autumn-2026"):
        parse_term("winter-2026")


def test_periods_tile_time():
    moment = at(2026, 11, 22, 23, 59, 59)
    week = week_containing(moment)
    assert week.contains(moment) and not week.contains(week.end) and week.contains(week.start)
    assert parse_period("2026-W47") == week
    assert parse_period("2026-11").kind == "month" and parse_period("summer-2026").kind == "term"
    assert last_complete_week(at(2026, 11, 23, 7)).name == "2026-W47"
    assert current_term(at(2026, 11, 23)).name == "autumn-2026"
