"""Hostile and broken responses never stop a crawl: the source's problem is recorded instead."""

from __future__ import annotations

import pytest
import pytest_twisted

from spiders.middlewares.guard_addresses import refusal

from tests.spiders.harness import RecordedServer, config_for, run_source

RSS = "application/rss+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"


def rss(*items: str) -> bytes:
    body = "".join(items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Kestwick Courier</title>{body}</channel></rss>'.encode()


def item(title: str, link: str, description: str = "") -> str:
    return f"<item><title>{title}</title><link>{link}</link><description>{description}</description><pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>"


def feeds_source(url: str) -> str:
    return f"  news:\n    kind: feeds\n    urls: ['{url}']\n"


@pytest_twisted.ensureDeferred
async def test_malformed_feed_is_a_source_problem_not_a_crash(sqlite_url):
    with RecordedServer({"/feed": (200, {"Content-Type": RSS}, b"\x00\xff<rss><<<not xml at all")}) as server:
        result = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url), "news")
    assert result.items == []
    assert result.stats["schoolwatch/source/errors"] == 1
    assert "not a readable feed" in result.stats["schoolwatch/source/last_error"]
    assert result.stats["finish_reason"] == "finished"


@pytest_twisted.ensureDeferred
async def test_missing_article_keeps_the_feed_snippet(sqlite_url):
    with RecordedServer({}) as server:
        feed = rss(item("Ashdown Vale Primary School wins award", f"{server.base_url}/gone", "Pupils at Ashdown Vale Primary School won."))
        server.routes["/feed"] = (200, {"Content-Type": RSS}, feed)
        result = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url), "news")
    (mention,) = result.items
    assert mention.url == f"{server.base_url}/gone"
    assert "won" in mention.text and result.stats["schoolwatch/article/errors"] == 1


@pytest_twisted.ensureDeferred
async def test_wrongly_encoded_feed_is_read(sqlite_url):
    with RecordedServer({}) as server:
        # Declared UTF-8, written in Latin-1: the é is a broken byte.
        feed = rss(item("Caf\xe9 at Ashdown Vale Primary School", f"{server.base_url}/a", "The caf\xe9 opens.")).replace(b"\xc3\xa9", b"\xe9")
        feed = feed.decode("utf-8", "ignore").encode("latin-1", "replace")
        server.routes["/feed"] = (200, {"Content-Type": RSS}, feed)
        result = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url), "news")
    assert [m.title for m in result.items] == ["Caf at Ashdown Vale Primary School"] or len(result.items) == 1


@pytest_twisted.ensureDeferred
async def test_oversized_response_is_refused(sqlite_url):
    with RecordedServer({}) as server:
        server.routes["/feed"] = (200, {"Content-Type": RSS}, rss(item("Ashdown Vale Primary School", f"{server.base_url}/big")))
        server.routes["/big"] = (200, {"Content-Type": HTML}, b"<html><body>" + b"Ashdown Vale " * 200_000 + b"</body></html>")
        config = config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url)
        config = config.model_copy(update={"crawl": config.crawl.model_copy(update={"max_response_kb": 64})})
        result = await run_source(config, "news")
    assert result.stats.get("downloader/response_count", 0) >= 1
    assert all(len(m.body) < 64 * 1024 for m in result.items)
    assert result.stats["schoolwatch/article/errors"] == 1


@pytest_twisted.ensureDeferred
async def test_private_addresses_are_refused_unless_allowed(sqlite_url):
    feed = rss(item("Ashdown Vale Primary School", "http://127.0.0.1:9/admin", "Ashdown Vale Primary School admin page"))
    with RecordedServer({"/feed": (200, {"Content-Type": RSS}, feed)}) as server:
        refused = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url, allow_private=False), "news")
    # The feed itself is on 127.0.0.1: refused before any connection, and the source is unhealthy.
    assert refused.items == [] and refused.stats.get("downloader/request_count", 0) == 0
    assert refused.stats["schoolwatch/guard/private_address"] == 1
    assert "loopback" in refused.stats["schoolwatch/source/last_error"]


@pytest.mark.parametrize(
    ("address", "reason"),
    [("10.1.2.3", "private"), ("192.168.0.1", "private"), ("169.254.169.254", "link-local"), ("127.0.0.1", "loopback"),
     ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "reserved"), ("93.184.216.34", None),
     ("100.100.100.200", "non-public"), ("100.64.0.1", "non-public"), ("2002:7f00:1::", "loopback"),
     ("2001:0:4136:e378:8000:63bf:80ff:fffe", "loopback"), ("2606:4700::1111", None)],
)
def test_address_refusals_state_their_reason(address, reason):
    # Classification only: nothing is sent to these addresses.
    found = refusal(address)
    assert (found is None) if reason is None else (reason in found)


@pytest_twisted.ensureDeferred
async def test_empty_and_html_instead_of_feed(sqlite_url):
    with RecordedServer({"/empty": (200, {"Content-Type": RSS}, b""),
                         "/html": (200, {"Content-Type": HTML}, b"<html><body>Login required</body></html>")}) as server:
        sources = feeds_source(server.base_url + "/empty") + f"  html:\n    kind: feeds\n    urls: ['{server.base_url}/html']\n"
        config = config_for(server.base_url, sources, sqlite_url)
        empty = await run_source(config, "news")
        html = await run_source(config, "html")
    assert empty.items == [] and html.items == []
    assert empty.stats["schoolwatch/source/errors"] == 1 and html.stats["schoolwatch/source/errors"] == 1


@pytest_twisted.ensureDeferred
async def test_links_that_are_not_web_pages_are_not_followed(sqlite_url):
    feed = rss(item("Ashdown Vale Primary School", "javascript:alert(1)"), item("Ashdown Vale Primary School", "file:///etc/passwd"))
    with RecordedServer({"/feed": (200, {"Content-Type": RSS}, feed)}) as server:
        result = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), sqlite_url), "news")
    assert result.items == [] and result.stats["schoolwatch/feeds/entry_without_link"] == 2
    assert not any(key.startswith("spider_exceptions") for key in result.stats)


@pytest_twisted.ensureDeferred
async def test_an_article_address_too_long_to_fetch_keeps_the_feed_snippet(store_url):
    with RecordedServer({}) as server:
        long_link = f"{server.base_url}/story?" + "&amp;".join(f"tracking{i}=campaign" for i in range(150))  # over 2,083 characters
        server.routes["/feed"] = (200, {"Content-Type": RSS}, rss(item("Ashdown Vale Primary School fair", long_link,
                                                                       "Ashdown Vale Primary School raised money at its fair.")))
        result = await run_source(config_for(server.base_url, feeds_source(server.base_url + "/feed"), store_url), "news")
    (mention,) = result.items  # Scrapy would have dropped the request without a word
    assert mention.text == "Ashdown Vale Primary School raised money at its fair." and len(mention.url) > 2083
    assert result.stats["schoolwatch/article/address_too_long"] == 1 and result.stats["schoolwatch/store/new"] == 1
