"""A page already stored is not fetched again unless its listing says it changed since."""

from __future__ import annotations

from datetime import timedelta

import pytest_twisted

from store.models import utcnow
from tests.spiders.harness import RecordedServer, config_for, run_source

ARTICLE = b"""<html><head><title>Ashdown Vale Primary School fete</title></head><body><article><h1>Ashdown Vale
Primary School fete</h1><p>The Ashdown Vale Primary School summer fete raised 2,000 pounds for the new library, the
headteacher Mrs Lambert said on Saturday afternoon in Kestwick.</p><p>Stalls, a dog show and a tug of war between
staff and parents kept the crowds busy until the evening.</p></article></body></html>"""


def feed(updated: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Kestwick news</title>
<id>urn:k</id><updated>{updated}</updated><entry><title>Ashdown Vale Primary School fete</title><id>urn:k:1</id>
<link href="/news/fete"/><published>2026-11-20T10:00:00Z</published><updated>{updated}</updated>
<summary>Ashdown Vale Primary School fete raised money.</summary></entry></feed>""".encode()


def article_fetches(server: RecordedServer) -> int:
    return sum(1 for _, path, _, _ in server.seen if path == "/news/fete")


@pytest_twisted.ensureDeferred
async def test_a_stored_article_is_fetched_again_only_when_its_feed_says_it_changed(sqlite_url):
    source = "  news:\n    kind: feeds\n    urls: ['{base}/feed.xml']\n"
    routes = {"/news/fete": (200, {"Content-Type": "text/html; charset=utf-8"}, ARTICLE)}
    with RecordedServer(routes) as server:
        config = config_for(server.base_url, source.format(base=server.base_url), sqlite_url)
        config = config.model_copy(update={"crawl": config.crawl.model_copy(update={"download_delay": 0})})
        routes["/feed.xml"] = (200, {"Content-Type": "application/atom+xml"}, feed("2026-11-20T10:00:00Z"))
        first = await run_source(config, "news")
        second = await run_source(config, "news")
        edited = (utcnow() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        routes["/feed.xml"] = (200, {"Content-Type": "application/atom+xml"}, feed(edited))
        third = await run_source(config, "news")
    assert first.stats.get("schoolwatch/store/new") == 1, {k: v for k, v in first.stats.items() if "schoolwatch" in k or "item" in k or "status" in k}
    assert second.stats["schoolwatch/article/already_stored"] == 1 and "schoolwatch/article/already_stored" not in third.stats
    assert article_fetches(server) == 2  # the first crawl, and the one after the feed said it was updated
