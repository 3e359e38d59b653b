"""The digest's section on the school's own website: what to remove, what was fixed, in a browser."""

from __future__ import annotations

from datetime import timedelta

from reports import digest
from store.db import session_scope
from store.findings import Found, record_audited_page
from tests.reports.chromium import dump_dom
from tests.reports.seed import MONDAY, WEEK, assert_escaped
from tests.reports.test_digest import _Visible

STAFF_PAGE = "https://www.ashdownvale.example/staff.html"
GALLERY = "https://www.ashdownvale.example/gallery.html"


def audit(engine, school_id: int) -> None:  # type: ignore[no-untyped-def]
    phone = Found("staff_phone", "07700 900612", "Football club: text Tom on 07700 900612 <script>alert(1)</script>", "Tom Hollis")
    pupil = Found("pupil_name", "Amelia Hart", "by a photo: Amelia Hart on the climbing wall")
    with session_scope(engine) as session:
        record_audited_page(session, school_id, STAFF_PAGE, [phone], "a", MONDAY - timedelta(days=20))
        record_audited_page(session, school_id, GALLERY, [pupil], "b", MONDAY - timedelta(days=20))
        record_audited_page(session, school_id, GALLERY, [], "c", MONDAY + timedelta(days=2))  # fixed this week


def test_the_digest_lists_what_to_remove_from_the_website_and_what_was_fixed(engine, seeded, tmp_path):
    audit(engine, seeded.school_id)
    with session_scope(engine) as session:
        context = digest.gather(session, seeded.school_id, WEEK)
    html, text = digest.render(context), digest.render_text(context)
    assert "1 thing on the school's own website needs removing." in context["summary"]
    assert_escaped(html)

    page = tmp_path / "digest.html"
    page.write_text(html, encoding="utf-8")
    parsed = _Visible()
    parsed.feed(dump_dom(page))
    visible = " ".join(" ".join(parsed.text).split())
    assert "On the school's own website: remove these" in visible
    assert "A member of staff's personal phone number: Tom Hollis" in visible
    assert "07700 900612" in visible and "<script>alert(1)</script>" in visible
    assert "Fixed this week" in visible and "A pupil's full name next to a photo on " + GALLERY in visible
    assert "script" not in parsed.tags
    assert "A member of staff's personal phone number: Tom Hollis: 07700 900612" in text
    assert "Fixed: A pupil's full name next to a photo on " + GALLERY in text


def test_a_clean_website_says_so(engine, seeded):
    with session_scope(engine) as session:
        context = digest.gather(session, seeded.school_id, WEEK)
    assert "Nothing to remove from the school's website." in digest.render(context)
    assert "website" not in context["summary"]
