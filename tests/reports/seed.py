"""A seeded school for the report tests.

The seeded week is 2026-W47 (16–22 November 2026). Scraped fields carry hostile markup so every
report test doubles as an escaping test.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from store.db import session_scope
from store.models import (Case, Classification, CrawlRun, Evidence, Mention, School, Source, Staff)

HOSTILE = '<script>alert(1)</script> <img src=x onerror="alert(2)"> {{ 7*7 }}'
STAFF_NAMES = ["Priya Lambert", "Mrs Lambert", "Tomasz Okafor", "Mr Okafor"]
ABUSIVE_QUOTES = ["she will pay for this", "useless idiot", "07700 900123", "Okafor is a useless"]
WEEK = "2026-W47"
MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


@dataclass
class Seeded:
    school_id: int
    ids: dict[str, int] = field(default_factory=dict)


def _evidence(mention: Mention, body: str, at: datetime) -> Evidence:
    raw = body.encode()
    return Evidence(mention_id=mention.id, url=mention.url, fetched_at=at, status=200,
                    headers={"content-type": "text/html"}, content_type="text/html",
                    sha256=hashlib.sha256(raw).hexdigest(), size=len(raw), body_zlib=zlib.compress(raw))


def seed_school(engine) -> Seeded:  # type: ignore[no-untyped-def]
    """A school with staff, sources, and a week of mentions of every label (plus the week before)."""
    with session_scope(engine) as session:
        school = School(slug="ashdown-vale", name="Ashdown Vale Primary School", town="Kestwick")
        session.add(school)
        session.flush()
        seeded = Seeded(school.id)
        session.add(Staff(school_id=school.id, name="Priya Lambert", role="headteacher", aliases=["Mrs Lambert"]))
        session.add(Staff(school_id=school.id, name="Tomasz Okafor", role="teacher", aliases=["Mr Okafor"]))
        session.add(Source(school_id=school.id, name="reddit", kind="reddit", last_run_at=MONDAY,
                           last_ok_at=MONDAY))
        session.add(Source(school_id=school.id, name="kestwick-forum", kind="forum", last_run_at=MONDAY,
                           last_ok_at=MONDAY - timedelta(days=9), consecutive_failures=3,
                           last_error="HTTP 503 from https://forum.example/threads"))
        session.add(CrawlRun(school_id=school.id, source_name="reddit", spider="reddit", started_at=MONDAY,
                             finished_at=MONDAY + timedelta(minutes=2), status="ok", items_stored=4))
        session.add(CrawlRun(school_id=school.id, source_name="kestwick-forum", spider="forum",
                             started_at=MONDAY, status="failed", errors=1, error_summary="HTTP 503"))

        def mention(key: str, seen: datetime, platform: str, url: str, title: str, body: str,
                    verdict: tuple[str, list[str], list[str], list[str]] | None,
                    author: str | None = None, duplicate_of: str | None = None) -> Mention:
            m = Mention(school_id=school.id, canonical_url=url, url=url, source_name=platform,
                        platform=platform, author=author, title=title, text=body, published_at=seen - timedelta(hours=3),
                        first_seen_at=seen, last_seen_at=seen,
                        duplicate_of_id=seeded.ids[duplicate_of] if duplicate_of else None)
            session.add(m)
            session.flush()
            seeded.ids[key] = m.id
            session.add(_evidence(m, f"<html>{body}</html>", seen))
            if verdict:
                label, flags, targets, reasons = verdict
                session.add(Classification(mention_id=m.id, label=label, confidence=0.93, flags=flags,
                                           targets=targets, reasons=reasons, model_version="test",
                                           classified_at=seen + timedelta(minutes=1)))
            return m

        threat = ("malicious", ["threat", "abuse"], ["Priya Lambert"],
                  ['threat pattern: "she will pay for this"', f"hostile markup {HOSTILE}"])
        mention("threat", MONDAY, "reddit", "https://reddit.example/r/kestwick/comments/abc/ashdown_vale_head/",
                f"Ashdown Vale head {HOSTILE}", f"Mrs Lambert she will pay for this. {HOSTILE}", threat,
                author='u/<b onmouseover="alert(3)">angry</b>')
        mention("threat_repost", MONDAY + timedelta(days=1), "forum", "https://forum.example/t/999",
                "Repost: Ashdown Vale head", f"Mrs Lambert she will pay for this. {HOSTILE}", threat,
                duplicate_of="threat")
        mention("abuse", MONDAY + timedelta(days=2), "mastodon", "https://mastodon.example/@troll/111",
                "", "Mr Okafor is a useless idiot and everyone knows it",
                ("malicious", ["abuse"], ["Tomasz Okafor"], ['insult: "useless idiot"']), author="@troll")
        mention("doxxing", MONDAY + timedelta(days=2, hours=1), "x", "https://x.com/someone/status/42",
                "", "Priya Lambert's mobile is 07700 900123, call her",
                ("malicious", ["doxxing"], ["Priya Lambert"], ['phone number near a staff name: "07700 900123"']))
        complaint = mention("complaint", MONDAY + timedelta(days=3), "news", "https://kestwick-news.example/parking",
                            f"Parents fed up with school run parking {HOSTILE}",
                            f"Parking outside Ashdown Vale is chaos and Mrs Lambert ignores our letters. {HOSTILE}",
                            ("malicious", ["abuse"], ["Priya Lambert"], ["first model said abuse"]))
        # A re-classification adds a newer row: the complaint is critical, not malicious.
        session.add(Classification(mention_id=complaint.id, label="critical", confidence=0.8, flags=[],
                                   targets=["school", "Priya Lambert"], reasons=["complaint about parking"],
                                   model_version="test-2", classified_at=MONDAY + timedelta(days=4)))
        mention("cup", MONDAY + timedelta(days=4), "news", "https://kestwick-news.example/cup",
                "Ashdown Vale wins the county football cup", "Pupils celebrated a great win.",
                ("neutral", [], ["school"], ["praise"]))
        mention("cup_copy", MONDAY + timedelta(days=5), "web", "https://aggregator.example/cup",
                "Ashdown Vale wins the county football cup", "Pupils celebrated a great win.",
                ("neutral", [], ["school"], ["praise"]), duplicate_of="cup")
        mention("unclassified", MONDAY + timedelta(days=5), "web", "https://blog.example/post",
                "A new post", "Ashdown Vale fete", None)
        # The week before: one malicious item whose request was already sent, plus some others.
        earlier = MONDAY - timedelta(days=7)
        old = mention("old_abuse", earlier, "facebook", "https://facebook.example/groups/1/posts/2",
                      "", "Okafor is a useless teacher who should be sacked",
                      ("malicious", ["abuse", "allegation"], ["Tomasz Okafor"], ['insult: "useless"']))
        session.add(Case(mention_id=old.id, platform="facebook", status="requested", opened_at=earlier))
        mention("old_neutral", earlier, "news", "https://kestwick-news.example/fete", "Summer fete dates",
                "Fete on Saturday.", ("neutral", [], ["school"], []))
        mention("old_critical", earlier + timedelta(days=1), "forum", "https://forum.example/t/5", "Homework",
                "Too much homework at Ashdown Vale.", ("critical", [], ["school"], ["complaint"]))
    return seeded




def assert_escaped(html: str) -> None:
    """Scraped markup shows as text: no live script, image or handler, no template evaluated."""
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html and "<b onmouseover" not in html
    lowered = html.lower()
    assert "<script" not in lowered and "<img" not in lowered
    # Escaped handlers read onerror=&#34;…: a raw quote after one would mean a live attribute.
    assert not any(f'{handler}="' in lowered for handler in ("onerror", "onmouseover", "onload"))
