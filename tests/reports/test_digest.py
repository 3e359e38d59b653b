"""The weekly digest: the takedown list first and complete, hostile text escaped, a real browser agrees."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

from reports import digest
from reports.cases import open_cases_and_alerts
from schoolwatch.config import Recipients
from store.db import session_scope
from store.models import Mention
from tests.reports.chromium import dump_dom, screenshot
from tests.reports.seed import WEEK, assert_escaped, seed_school

RECIPIENTS = Recipients(urgent=["mailto://head@ashdownvale.example", "mailto://dsl@ashdownvale.example"])
SCREENSHOTS = Path(os.environ.get("SCHOOLWATCH_SCREENSHOTS", "/tmp/schoolwatch-screenshots"))


def _digest(engine, seeded, cases: bool = True) -> tuple[dict, str, str]:  # type: ignore[no-untyped-def]
    if cases:
        with session_scope(engine) as session:
            open_cases_and_alerts(session, seeded.school_id, RECIPIENTS)
    with session_scope(engine) as session:
        context = digest.gather(session, seeded.school_id, WEEK)
    return context, digest.render(context), digest.render_text(context)


def test_takedown_list_has_every_malicious_item_and_no_critical(engine, seeded):
    context, html, text = _digest(engine, seeded)
    listed = {entry["mention_id"] for entry in context["takedown"]}
    ids = seeded.ids
    assert listed == {ids["threat"], ids["threat_repost"], ids["abuse"], ids["doxxing"], ids["old_abuse"]}
    assert ids["complaint"] not in listed  # re-classified critical: the newest verdict counts
    assert [e["status"] for e in context["takedown"]][-1] == "requested"  # to-do first, waiting last
    for entry in context["takedown"]:
        assert entry["request"] and entry["report_link"].startswith("https://")
        assert len(entry["excerpt"]) <= 300
        assert entry["sha256"] and entry["sha256"] in entry["request"]
    repost = next(e for e in context["takedown"] if e["mention_id"] == ids["threat_repost"])
    assert repost["repost_of"] and repost["number"] == next(
        e["number"] for e in context["takedown"] if e["mention_id"] == ids["threat"]) + 1
    assert context["summary"].startswith("4 items need a takedown request.")
    # The takedown section comes before everything else, in both versions.
    assert html.index("Takedown list") < html.index("Urgent items found this week") < html.index("Complaints and criticism")
    assert text.index("TAKEDOWN LIST") < text.index("URGENT ITEMS") < text.index("COMPLAINTS")
    assert "Parents fed up with school run parking" in html.split("Complaints and criticism")[1]


def test_takedown_list_works_before_the_cases_job_ran(engine, seeded):
    context, _, _ = _digest(engine, seeded, cases=False)
    assert {e["mention_id"] for e in context["takedown"]} >= {seeded.ids["threat"], seeded.ids["doxxing"]}


def test_counts_and_grouping(engine, seeded):
    context, _, _ = _digest(engine, seeded)
    counts = {row["label"]: (row["this_week"], row["last_week"]) for row in context["counts"]}
    assert counts == {"neutral": (2, 1), "critical": (1, 1), "malicious": (4, 1)}
    assert context["unclassified"] == 1
    [cup] = context["neutral"]  # the aggregator copy is grouped under the original
    assert [c["url"] for c in cup["copies"]] == ["https://aggregator.example/cup"]
    assert {s["name"]: s["state"] for s in context["sources"]} == {"kestwick-forum": "failing", "reddit": "working"}
    urgent = {e["mention_id"] for e in context["urgent"]}
    assert urgent == {seeded.ids["threat"], seeded.ids["threat_repost"], seeded.ids["doxxing"]}


def test_hostile_scraped_text_is_escaped(engine, seeded):
    _, html, text = _digest(engine, seeded)
    assert_escaped(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert "{{ 7*7 }}" in html and "{{ 7*7 }}" in text  # shown literally, never evaluated



def test_a_stored_link_that_is_not_a_web_address_is_shown_but_not_linked(engine, seeded):
    with session_scope(engine) as session:
        session.get(Mention, seeded.ids["abuse"]).url = "javascript:alert(4)"  # stored before spiders refused such links
    _, html, _ = _digest(engine, seeded)
    assert "javascript:alert(4)" in html  # the reader still sees what was stored...
    assert not re.search(r'href="\s*javascript', html, re.IGNORECASE)  # ...but no link runs it
    assert 'href="https://mastodon.example' not in html


class _Visible(HTMLParser):
    """Visible text of a DOM dump (skipping style and title) and the tags seen."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)
        self._skip += tag in ("style", "title", "script")

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        self._skip -= tag in ("style", "title", "script")

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if not self._skip:
            self.text.append(data)


def test_digest_in_chromium(engine, seeded, tmp_path):
    _, html, _ = _digest(engine, seeded)
    page = tmp_path / "digest.html"
    page.write_text(html, encoding="utf-8")
    dom = dump_dom(page)
    parsed = _Visible()
    parsed.feed(dom)
    visible = " ".join(" ".join(parsed.text).split())
    assert "Takedown list: ask the platform to remove these" in visible
    assert "https://reddit.example/r/kestwick/comments/abc/ashdown_vale_head/" in visible
    assert "4 items need a takedown request." in visible
    assert "script" not in parsed.tags and "img" not in parsed.tags  # scraped markup stayed text
    assert "<script>alert(1)</script>" in visible  # ...and is shown to the reader as text
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot(page, SCREENSHOTS / "digest.png")


def test_digest_has_no_external_resources_or_scripts(engine, seeded):
    _, html, _ = _digest(engine, seeded)
    assert 'lang="en-GB"' in html
    assert not re.search(r"<(link|script|iframe|object)\b", html, re.IGNORECASE)
    assert not re.search(r"""(src|@import|url\()\s*=?\s*["']?https?:""", html, re.IGNORECASE)


def test_empty_week(engine):
    seeded = seed_school(engine)
    with session_scope(engine) as session:
        context = digest.gather(session, seeded.school_id, "2025-W10")
    html = digest.render(context)
    assert "No urgent items this week." in html and "0 new mentions" in context["summary"]


def test_every_label_in_the_digest_carries_its_reasons(engine, seeded):
    from parsel import Selector

    _, html, _ = _digest(engine, seeded)
    page = Selector(text=html)
    critical = " ".join(page.css("section[aria-labelledby=critical] article ::text").getall())
    neutral = " ".join(page.css("section[aria-labelledby=neutral] tbody ::text").getall())
    urgent = " ".join(page.css("section[aria-labelledby=urgent] article ::text").getall())
    takedown = " ".join(page.css("section[aria-labelledby=takedown] article ::text").getall())
    assert "Why this label" in critical and "complaint about parking" in critical
    assert "first model said abuse" not in critical  # the newest classification's reasons, not an older one's
    assert "praise" in neutral
    assert 'phone number near a staff name: "07700 900123"' in urgent
    assert 'insult: "useless idiot"' in takedown
    _, _, text = _digest(engine, seeded)
    assert "why this label: complaint about parking" in text and 'How we know: insult: "useless idiot"' in text
