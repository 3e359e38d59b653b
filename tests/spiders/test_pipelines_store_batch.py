"""The store pipeline writes in small batches: nothing is lost at a batch's edges, reposts inside a
batch are linked, one bad item costs only itself, and waiting items reach the store within the
batch interval. The crawl-wide per-host limit shares its places between spiders."""

from __future__ import annotations

import asyncio
import hashlib
from typing import Any

import pytest_twisted
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from sqlmodel import col, select
from twisted.internet import reactor
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

from spiders.fingerprint import simhash
from spiders.items import MentionItem
from spiders.middlewares.share_hosts import ShareHostsMiddleware
from spiders.pipelines.store_mention import StoreMentionPipeline
from store.db import open_store, session_scope
from store.models import Evidence, Mention
from tests.spiders.harness import sample_config

TEXT = ("Parents at Ashdown Vale say the new homework policy is far too much for young children and the head "
        "teacher has refused to meet them about it so they are now writing to the governors and to the local "
        "paper to ask for a change before the end of term")


class Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] = self.values.get(key, start) + count


def item(n: int, text: str = "", fingerprint: str | None = None) -> MentionItem:
    url = f"https://news.example/{n}"
    text = text or f"Story {n}: Ashdown Vale Primary School news item number {n} with enough words"
    body = f"<html><p>{text}</p></html>".encode()
    return MentionItem(source="news", platform="news", url=url, canonical_url=url, text=text, title=f"Story {n}",
                       body=body, body_sha256=hashlib.sha256(body).hexdigest(),
                       headers={"Content-Type": "text/html"},
                       text_fingerprint=simhash(text) if fingerprint is None else fingerprint)


def pipeline(sample_web, url: str, batch_items: int, batch_seconds: float = 0) -> StoreMentionPipeline:
    store = StoreMentionPipeline(url, sample_config(sample_web, url).profile, Stats(), batch_items, batch_seconds)  # type: ignore[arg-type]
    store.open_spider()
    return store


def stored(url: str) -> dict[str, Mention]:
    with session_scope(open_store(url)) as session:
        return {m.url: m for m in session.exec(select(Mention).order_by(col(Mention.id)))}


def test_a_batch_is_written_when_full_and_the_rest_at_close(sample_web, store_url):
    store = pipeline(sample_web, store_url, batch_items=3)
    for n in range(2):
        store.process_item(item(n))
    assert stored(store_url) == {}
    store.process_item(item(2))
    assert len(stored(store_url)) == 3
    store.process_item(item(3))
    assert len(stored(store_url)) == 3
    store.close_spider()
    assert len(stored(store_url)) == 4
    with session_scope(open_store(store_url)) as session:
        assert len(session.exec(select(Evidence)).all()) == 4
    assert store.stats.values["schoolwatch/store/new"] == 4  # type: ignore[attr-defined]


def test_a_repost_is_linked_inside_one_batch_and_across_batches(sample_web, store_url):
    for batch_items in (10, 1):
        store = pipeline(sample_web, store_url, batch_items=batch_items)
        store.process_item(item(10 * batch_items, TEXT))
        store.process_item(item(10 * batch_items + 1, TEXT + " today"))
        store.close_spider()
    rows = stored(store_url)
    first, repost = rows["https://news.example/100"], rows["https://news.example/101"]
    assert first.duplicate_of_id is None and repost.duplicate_of_id == first.id
    # The second crawl's copies are reposts of the first crawl's original.
    assert rows["https://news.example/10"].duplicate_of_id == first.id
    assert rows["https://news.example/11"].duplicate_of_id == first.id


def test_one_bad_item_does_not_cost_its_batch(sample_web, sqlite_url):
    store = pipeline(sample_web, sqlite_url, batch_items=5)
    for n in range(5):
        store.process_item(item(n, fingerprint="not hex" if n == 2 else None))
    store.close_spider()
    assert set(stored(sqlite_url)) == {f"https://news.example/{n}" for n in (0, 1, 3, 4)}
    assert store.stats.values["schoolwatch/store/errors"] == 1  # type: ignore[attr-defined]


@pytest_twisted.ensureDeferred
async def test_waiting_items_are_written_within_the_interval(sample_web, sqlite_url):
    store = pipeline(sample_web, sqlite_url, batch_items=50, batch_seconds=0.05)
    store.process_item(item(1))
    assert stored(sqlite_url) == {}
    await deferLater(reactor, 0.3, lambda: None)
    assert list(stored(sqlite_url)) == ["https://news.example/1"]
    store.close_spider()


def run(coroutine: Any) -> asyncio.Future[Any]:
    return asyncio.ensure_future(coroutine)


async def settle() -> None:
    await Deferred.fromFuture(run(asyncio.sleep(0.01)))


@pytest_twisted.ensureDeferred
async def test_spiders_share_a_hosts_places():
    one, two = ShareHostsMiddleware(2), ShareHostsMiddleware(2)
    requests = [Request(f"http://shared.example/{n}") for n in range(3)]
    first, second, third = run(one.process_request(requests[0])), run(two.process_request(requests[1])), run(one.process_request(requests[2]))
    await settle()
    assert first.done() and second.done() and not third.done()  # both places taken, by two spiders
    two.process_response(requests[1], Response(requests[1].url))
    await settle()
    assert third.done()
    # A response from the cache never took a place and gives none back; a failure gives its back,
    # and a closing spider gives back what it still holds.
    one.process_response(Request("http://shared.example/cached"), Response("http://shared.example/cached"))
    one.process_exception(requests[0], ValueError("refused"))
    one.spider_closed(None)  # type: ignore[arg-type]
    assert not one.held
    again = [run(two.process_request(Request(f"http://shared.example/again/{n}"))) for n in range(3)]
    await settle()
    assert [task.done() for task in again] == [True, True, False]
    two.spider_closed(None)  # type: ignore[arg-type]
    await settle()
    # The request that waited for a closed spider is refused, and its place is free again.
    assert isinstance(again[2].exception(), IgnoreRequest) and not two.held
    last = run(ShareHostsMiddleware(2).process_request(Request("http://shared.example/last")))
    await settle()
    assert last.done()
