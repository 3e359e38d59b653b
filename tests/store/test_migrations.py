"""The migrations: they build exactly the models, and upgrading a store keeps what it holds."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel, select

from store.db import make_engine, migrate, open_store, session_scope
from store.models import Mention


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
