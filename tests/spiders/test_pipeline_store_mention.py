"""The store pipeline: one row per URL across crawls and sources, evidence that checks out,
reposts linked to their original, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

import pytest_twisted
from sqlmodel import col, select

from store.db import open_store, session_scope
from store.models import Evidence, Mention
from store.queries import evidence_body
from tests.spiders.harness import run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_crawling_twice_stores_each_mention_once(sample_web, store_url):
    config = sample_config(sample_web, store_url)
    first = await run_source(config, "reddit")
    second = await run_source(config, "reddit")
    assert first.stats["schoolwatch/store/new"] == len(first.items)
    assert second.stats.get("schoolwatch/store/new", 0) == 0
    assert second.stats["schoolwatch/store/seen_again"] == len(second.items)
    with session_scope(open_store(store_url)) as session:
        mentions = session.exec(select(Mention)).all()
        assert len(mentions) == len({m.canonical_url for m in mentions}) == len(first.items)
        # The posts did not change between crawls: seeing them again adds no evidence.
        assert len(session.exec(select(Evidence)).all()) == len(mentions)


@pytest_twisted.ensureDeferred
async def test_evidence_is_the_raw_body_with_its_hash(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "kestwick-courier")
    by_url = {item.url: item for item in result.items}
    with session_scope(open_store(sqlite_url)) as session:
        for mention, evidence in session.exec(select(Mention, Evidence).join(Evidence)):
            body = evidence_body(evidence)
            assert hashlib.sha256(body).hexdigest() == evidence.sha256 == by_url[mention.url].body_sha256
            assert body == by_url[mention.url].body and evidence.headers["Content-Type"].startswith("text/html")


@pytest_twisted.ensureDeferred
async def test_a_repost_at_another_url_is_kept_and_linked(sample_web, sqlite_url):
    config = sample_config(sample_web, sqlite_url)
    for source in config.sources:
        await run_source(config, source)
    with session_scope(open_store(sqlite_url)) as session:
        reposts = session.exec(select(Mention).where(col(Mention.duplicate_of_id).is_not(None))).all()
        assert reposts, "the sample web reposts one malicious text at a second URL"
        for repost in reposts:
            original = session.get(Mention, repost.duplicate_of_id)
            assert original.url != repost.url
