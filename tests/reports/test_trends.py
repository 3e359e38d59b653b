"""The governors' trend summary: anonymised, charted without libraries, readable in a browser."""

from __future__ import annotations

import re
from datetime import timedelta
from html.parser import HTMLParser

from sqlmodel import select

from reports import trends
from store.db import session_scope
from store.models import Case
from tests.reports.chromium import dump_dom, screenshot
from tests.reports.seed import ABUSIVE_QUOTES, HOSTILE, MONDAY, STAFF_NAMES, assert_escaped
from tests.reports.test_digest import SCREENSHOTS


def _trends(engine, seeded, period: str = "2026-11") -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        context = trends.gather(session, seeded.school_id, period)
    return context, trends.render(context)


def _all_strings(value) -> list[str]:  # type: ignore[no-untyped-def]
    """Every string anywhere in the context, dataclasses included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _all_strings(k) + _all_strings(v)]
    if isinstance(value, (list, tuple, set)):
        return [s for v in value for s in _all_strings(v)]
    if hasattr(value, "__dict__"):
        return _all_strings(vars(value))
    return []


def test_governors_report_has_no_names_and_no_quotes(engine, seeded):
    context, html = _trends(engine, seeded)
    strings = " ".join(_all_strings(context))
    for forbidden in [*STAFF_NAMES, "Lambert", "Okafor", *ABUSIVE_QUOTES, "angry", "@troll",
                      "reddit.com/r/", "Parents fed up", "parking", HOSTILE, "<script", "alert("]:
        assert forbidden not in strings, forbidden
        assert forbidden not in html, forbidden
    assert_escaped(html)
    roles = {row["role"] for row in context["targets"]}
    assert roles == {"the headteacher", "a teacher", "the school"}


def test_counts_flags_platforms_and_cases(engine, seeded):
    from reports.cases import open_cases_and_alerts
    from schoolwatch.config import Recipients

    with session_scope(engine) as session:
        open_cases_and_alerts(session, seeded.school_id, Recipients())
    with session_scope(engine) as session:
        # Date the new cases inside the seeded week (they were opened "now"), and remove one.
        for case in session.exec(select(Case).where(Case.mention_id != seeded.ids["old_abuse"])):
            case.opened_at = case.updated_at = MONDAY + timedelta(days=1)
            if case.mention_id == seeded.ids["abuse"]:
                case.status, case.updated_at = "removed", MONDAY + timedelta(days=3)
    context, _ = _trends(engine, seeded)
    totals = {row["label"]: (row["this"], row["before"]) for row in context["totals"]}
    assert totals == {"neutral": (3, 0), "critical": (2, 0), "malicious": (5, 0)}
    weeks = {w["name"]: w["counts"] for w in context["weeks"]}
    assert weeks["2026-W47"] == {"neutral": 2, "critical": 1, "malicious": 4}
    assert weeks["2026-W46"] == {"neutral": 1, "critical": 1, "malicious": 1}
    flags = {f["name"]: f["count"] for f in context["flags"]}
    assert flags["threat"] == 2 and flags["doxxing"] == 1 and flags["abuse"] == 4 and flags["pupil_identified"] == 0
    assert {p["platform"] for p in context["platforms"]} >= {"Reddit", "Mastodon", "Facebook"}
    assert context["cases"] == {"opened": 5, "removed": 1, "refused": 0, "still_open": 4}
    assert context["summary"] == "5 malicious items this period, up from 0 in October 2026."


def test_chart_is_inline_svg_with_a_table_alternative(engine, seeded):
    context, html = _trends(engine, seeded, "autumn-2026")
    assert context["period"]["title"] == "Autumn term 2026" and context["previous"]["title"] == "Summer term 2026"
    svg = html[html.index("<svg"): html.index("</svg>")]
    assert svg.count("<rect") == sum(len(bar.segments) for bar in context["chart"].bars) > 0
    assert 'role="img"' in svg and "<title" in svg
    assert "table version of the chart" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html, re.IGNORECASE)
    assert not re.search(r"""(src|href)=["']?https?:""", html)


def test_trends_in_chromium(engine, seeded, tmp_path):
    _, html = _trends(engine, seeded)
    page = tmp_path / "trends.html"
    page.write_text(html, encoding="utf-8")
    dom = dump_dom(page)

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[str] = []

        def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
            self.tags.append(tag)

    parsed = Tags()
    parsed.feed(dom)
    assert "svg" in parsed.tags and "rect" in parsed.tags and "script" not in parsed.tags
    assert "Mentions per week" in dom and "Removal requests" in dom
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot(page, SCREENSHOTS / "trends.png")
