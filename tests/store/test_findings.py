"""Website findings in the store (SQLite and PostgreSQL), and the migrations that added them or re-keyed rows."""

from __future__ import annotations

from datetime import timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, select

from store.db import make_engine, migrate, open_store, session_scope
from store.findings import Found, findings_cleared_between, open_findings, record_audited_page
from store.models import Mention, WebsiteFinding, utcnow
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


def test_the_migrations_build_exactly_the_models(store_url):
    engine = open_store(store_url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert diff == []


def test_upgrading_a_store_keeps_its_mentions_and_gives_them_no_signals(sqlite_url):
    engine = make_engine(sqlite_url)
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO school (slug, name, town, created_at) VALUES ('s', 'S', '', '2026-11-01 00:00:00')"))
        connection.execute(text(
            "INSERT INTO mention (school_id, canonical_url, url, source_name, platform, title, text, first_seen_at, "
            "last_seen_at, text_fingerprint, matched) VALUES (1, 'u', 'u', 'x', 'web', '', 'kept', "
            "'2026-11-01 00:00:00', '2026-11-01 00:00:00', '', '[]')"))
    engine.dispose()
    with session_scope(open_store(sqlite_url)) as session:
        (mention,) = session.exec(select(Mention)).all()
    assert mention.text == "kept" and mention.signals == []


def test_upgrading_re_keys_long_urls_the_way_the_spiders_now_key_them(sqlite_url):
    from spiders.urls import fit_key

    long_key = "https://social.example/@kw/1?" + "&".join(f"p{i}=v{i}" for i in range(400))
    engine = make_engine(sqlite_url)
    migrate(engine, "0002")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO school (slug, name, town, created_at) VALUES ('s', 'S', '', '2026-11-01 00:00:00')"))
        for key in (long_key, "https://short.example/a"):
            connection.execute(text(
                "INSERT INTO mention (school_id, canonical_url, url, source_name, platform, title, text, first_seen_at, "
                "last_seen_at, text_fingerprint, matched, signals) VALUES (1, :key, :key, 'x', 'web', '', 'kept', "
                "'2026-11-01 00:00:00', '2026-11-01 00:00:00', '', '[]', '[]')"), {"key": key})
    engine.dispose()
    with session_scope(open_store(sqlite_url)) as session:
        rows = {m.url: m.canonical_url for m in session.exec(select(Mention))}
    assert rows == {long_key: fit_key(long_key), "https://short.example/a": "https://short.example/a"}
    assert fit_key(long_key) != long_key
