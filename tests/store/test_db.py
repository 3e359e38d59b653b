"""The store: migrations, uniqueness, round trips, evidence integrity, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from store.db import open_store, session_scope
from store.errors import StoreError
from store.evidence import evidence_pack
from store.models import Classification, Evidence, Mention, utcnow
from store.queries import (
    Capture,
    evidence_body,
    latest_classifications,
    sync_school,
    unclassified_mentions,
    upsert_mention,
    upsert_mentions,
)


def school(session):
    return sync_school(session, slug="ashdown", name="Ashdown Vale Primary School", town="Kestwick",
                       staff=[("Priya Lambert", "headteacher", ["Mrs Lambert"])])


def mention(school_id: int, url: str = "https://news.example/a", text: str = "Ashdown Vale won the cup") -> Mention:
    return Mention(school_id=school_id, canonical_url=url, url=url, source_name="news", platform="news", title="Cup", text=text)


def capture(body: bytes) -> Capture:
    return Capture(url="https://news.example/a", status=200, headers={"Content-Type": "text/html"}, body=body,
                   sha256=hashlib.sha256(body).hexdigest(), fetched_at=utcnow())


def test_migrations_create_every_table(store_url):
    engine = open_store(store_url)
    tables = set(inspect(engine).get_table_names())
    assert {"school", "staff", "source", "crawlrun", "mention", "evidence", "classification", "alert", "case", "auditlog"} <= tables
    open_store(store_url)  # a second open is a no-op migration, not an error


def test_mention_round_trip_keeps_times_aware(store_url):
    engine = open_store(store_url)
    published = utcnow()
    with session_scope(engine) as session:
        school_id = school(session).id
        row = mention(school_id)
        row.published_at = published
        upsert_mention(session, row, capture(b"<html>cup</html>"))
    with session_scope(engine) as session:
        stored = session.exec(select(Mention)).one()
        assert stored.published_at == published and stored.published_at.tzinfo is not None
        assert stored.text == "Ashdown Vale won the cup"


def test_same_canonical_url_is_one_mention_and_changed_page_adds_evidence(store_url):
    engine = open_store(store_url)
    with session_scope(engine) as session:
        school_id = school(session).id
        first, created = upsert_mention(session, mention(school_id), capture(b"v1"))
        again, created_again = upsert_mention(session, mention(school_id, text="edited"), capture(b"v1"))
        edited, _ = upsert_mention(session, mention(school_id, text="edited twice"), capture(b"v2"))
        assert created and not created_again and first.id == again.id == edited.id
    with session_scope(engine) as session:
        pack = zipfile.ZipFile(io.BytesIO(evidence_pack(session, first.id)))
        names = pack.namelist()
        assert names.count("SHA256SUMS") == 1 and "capture-1.html" in names and "capture-2.html" in names
        assert pack.read("capture-1.html") == b"v1"  # the first capture survives the edit
        for line in pack.read("SHA256SUMS").decode().splitlines():
            digest, name = line.split("  ")
            assert hashlib.sha256(pack.read(name)).hexdigest() == digest
        assert json.loads(pack.read("metadata.json"))["url"] == "https://news.example/a"


def test_a_batch_upsert_follows_the_same_rules_in_order(store_url):
    engine = open_store(store_url)
    with session_scope(engine) as session:
        school_id = school(session).id
        upsert_mention(session, mention(school_id, url="https://news.example/old"), capture(b"old"))
    with session_scope(engine) as session:
        results = upsert_mentions(session, [
            (mention(school_id, url="https://news.example/old"), capture(b"old")),  # seen again, unchanged
            (mention(school_id, url="https://news.example/a"), capture(b"v1")),  # new
            (mention(school_id, url="https://news.example/a", text="edited"), capture(b"v2")),  # edited in the batch
            (mention(school_id, url="https://news.example/b"), None),  # new, no capture
        ])
        assert [created for _, created in results] == [False, True, False, True]
        assert results[1][0] is results[2][0] and results[2][0].text == "edited"
    with session_scope(engine) as session:
        rows = {m.url: m for m in session.exec(select(Mention))}
        assert len(rows) == 3 and rows["https://news.example/a"].text == "edited"
        by_mention = {}
        for evidence in session.exec(select(Evidence)):
            by_mention.setdefault(evidence.mention_id, []).append(evidence_body(evidence))
        assert by_mention == {rows["https://news.example/old"].id: [b"old"], rows["https://news.example/a"].id: [b"v1", b"v2"]}


def test_database_refuses_a_second_row_for_one_url(store_url):
    engine = open_store(store_url)
    with session_scope(engine) as session:
        school_id = school(session).id
        session.add(mention(school_id))
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.add(mention(school_id))


def test_newest_classification_counts(store_url):
    engine = open_store(store_url)
    with session_scope(engine) as session:
        school_id = school(session).id
        stored, _ = upsert_mention(session, mention(school_id), None)
        assert [m.id for m in unclassified_mentions(session, school_id)] == [stored.id]
        for label in ("critical", "malicious"):
            session.add(Classification(mention_id=stored.id, label=label, confidence=0.9, model_version="t"))
        session.flush()
        assert latest_classifications(session, [stored.id])[stored.id].label == "malicious"
        assert unclassified_mentions(session, school_id) == []


def test_staff_no_longer_listed_is_kept_inactive(store_url):
    engine = open_store(store_url)
    with session_scope(engine) as session:
        school(session)
        sync_school(session, slug="ashdown", name="Ashdown Vale Primary School", staff=[])
    with session_scope(engine) as session:
        from store.models import Staff

        (row,) = session.exec(select(Staff)).all()
        assert row.name == "Priya Lambert" and not row.active


def test_unreachable_database_is_one_clear_error(tmp_path):
    with pytest.raises(StoreError, match="postgresql") as raised:
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    message = str(raised.value)
    assert "\n" not in message and "Connection refused" in message  # psycopg's own runs over two lines
