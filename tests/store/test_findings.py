"""Website findings in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from store.db import open_store, session_scope
from store.findings import Found, findings_cleared_between, open_findings, record_audited_page
from store.models import WebsiteFinding, utcnow
from store.queries import sync_school

PHONE = Found("staff_phone", "07700 900612", "Mr Hollis: text Tom on 07700 900612", "Tom Hollis")
PUPIL = Found("pupil_name", "Amelia Hart", "by a photo: Amelia Hart on the climbing wall")


def test_findings_open_clear_and_reopen_on_the_same_row(store_url):
    engine = open_store(store_url)
    t0 = utcnow()
    with session_scope(engine) as session:
        school = sync_school(session, slug="s", name="S", town="", website=None, staff=[]).id or 0
        first = record_audited_page(session, school, "https://s.example/staff", [PHONE, PUPIL, PHONE], "a", t0)
    assert (first.new, first.cleared) == (2, 0)
    with session_scope(engine) as session:
        fixed = record_audited_page(session, school, "https://s.example/staff", [PUPIL], "b", t0 + timedelta(days=7))
        assert [f.detail for f in open_findings(session, school)] == ["Amelia Hart"]
        cleared = findings_cleared_between(session, school, t0, t0 + timedelta(days=8))
        assert [(f.detail, f.staff_name) for f in cleared] == [("07700 900612", "Tom Hollis")]
    assert (fixed.new, fixed.cleared) == (0, 1)
    with session_scope(engine) as session:
        back = record_audited_page(session, school, "https://s.example/staff", [PHONE, PUPIL], "c", t0 + timedelta(days=14))
        rows = session.exec(select(WebsiteFinding)).all()
    assert back.new == 0 and len(rows) == 2 and all(row.cleared_at is None for row in rows)
    phone = next(row for row in rows if row.kind == "staff_phone")
    assert phone.first_seen_at == t0 and phone.page_sha256 == "c"  # its history kept on one row
