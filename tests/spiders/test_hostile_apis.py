"""Hostile answers from the JSON sources and the forum: recorded as the source's problem, never a
crash, and a good source crawled alongside is unaffected."""

from __future__ import annotations

import json

import pytest
import pytest_twisted
from sqlmodel import select

from store.db import open_store, session_scope
from store.models import Mention
from tests.spiders.harness import RecordedServer, config_for, run_source

JSON = "application/json; charset=utf-8"
BROKEN = {
    "truncated": b'{"data": {"children": [{"kind": "t3", "data": {"title": "Ashdown Va',
    "not json": b"<html><body>Rate limited</body></html>",
    "wrong shape": b'{"error": 429, "message": "Too Many Requests"}',
    "empty": b"",
    "bad encoding": b'{"data": {"children": "\xff\xfe\x00"}}',
}
SOURCES = {
    "reddit": ("/search.json", "  s:\n    kind: reddit\n    base_url: '{base}'\n    max_pages: 1\n"),
    "mastodon": ("/api/v1/timelines/tag/AshdownVale", "  s:\n    kind: mastodon\n    base_url: '{base}'\n    tags: [AshdownVale]\n"),
    "searxng": ("/search", "  s:\n    kind: searxng\n    base_url: '{base}'\n    max_pages: 1\n"),
    "bluesky": ("/xrpc/app.bsky.feed.searchPosts", "  s:\n    kind: bluesky\n    base_url: '{base}'\n    max_pages: 1\n"),
    "discourse": ("/latest.json", "  s:\n    kind: forum\n    preset: discourse\n    start_urls: ['{base}/']\n"),
    "impersonation": ("/api/v1/accounts/lookup",
                      "  s:\n    kind: impersonation\n    max_handles: 2\n    platforms: [{{name: m, preset: mastodon, base_url: '{base}'}}]\n"),
}


@pytest.mark.parametrize("kind", sorted(SOURCES))
@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest_twisted.ensureDeferred
async def test_broken_json_is_a_source_problem(kind, case, sqlite_url):
    path, source = SOURCES[kind]
    with RecordedServer({path: (200, {"Content-Type": JSON}, BROKEN[case])}) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "s")
    assert result.items == []
    assert result.stats["finish_reason"] == "finished"
    assert result.stats["schoolwatch/source/errors"] >= 1
    assert not any(key.startswith("spider_exceptions") for key in result.stats)


@pytest.mark.parametrize("status", [403, 429, 500, 503])
@pytest_twisted.ensureDeferred
async def test_error_status_is_a_source_problem(status, sqlite_url):
    with RecordedServer({"/search.json": (status, {"Content-Type": JSON}, b"{}")}) as server:
        source = SOURCES["reddit"][1].format(base=server.base_url)
        result = await run_source(config_for(server.base_url, source, sqlite_url), "s")
    assert result.items == [] and result.stats["schoolwatch/source/errors"] >= 1
    assert not any(key.startswith("spider_exceptions") for key in result.stats)


@pytest_twisted.ensureDeferred
async def test_hostile_forum_markup(sqlite_url):
    thread = (
        b"<html><head><title>Ashdown Vale chat</title></head><body><h1>Ashdown Vale <script>alert(1)</script></h1>"
        b'<article class="post"><span class="author">x</span><div class="content"><p>no permalink here</p></div></article>'
        b'<article class="post"><a class="permalink" href="/t/1/post-2">#2</a><time datetime="not a date"></time>'
        b'<div class="content"><p>Ashdown Vale Primary School <b>unclosed <i>tags everywhere'
        b"</article><article class=post><a class=permalink href=/t/1/post-3>#3</a><div class=content></div>"
    )
    index = b'<html><body><a class="thread-link" href="/t/1/">t</a><a class="thread-link" href="javascript:alert(1)">x</a></body></html>'
    routes = {"/forum/": (200, {"Content-Type": "text/html"}, index), "/t/1/": (200, {"Content-Type": "text/html"}, thread)}
    with RecordedServer(routes) as server:
        source = f"  s:\n    kind: forum\n    start_urls: ['{server.base_url}/forum/']\n"
        result = await run_source(config_for(server.base_url, source, sqlite_url), "s")
    (post,) = result.items
    assert post.url == f"{server.base_url}/t/1/post-2" and post.published_at is None
    assert "tags everywhere" in post.text and "alert" not in post.title
    assert result.stats["schoolwatch/forum/post_unreadable"] == 2
    assert not any(key.startswith("spider_exceptions") for key in result.stats)


def unstorable(text: str) -> str:
    """``text`` with what JSON can carry but no database can keep: half an emoji and a NUL."""
    return text.replace("!", " \\ud83d!\\u0000")


# Each: the API path, the source, and a page of two posts built from (url, author, text).
def reddit_page(posts: list[tuple[str, str, str]]) -> str:
    children = [{"kind": "t3", "data": {"permalink": url, "author": author, "title": text, "selftext": text,
                                        "created_utc": 1795000000, "subreddit": "Kestwick!"}} for url, author, text in posts]
    return json.dumps({"data": {"children": children, "after": None}})


def mastodon_page(posts: list[tuple[str, str, str]]) -> str:
    return json.dumps([{"id": str(n), "created_at": "2026-11-20T08:00:00.000Z", "url": f"https://social.example{url}", "content": f"<p>{text}</p>",
                        "spoiler_text": "", "reblog": None, "tags": [{"name": "AshdownVale!"}],
                        "account": {"id": str(n), "acct": author, "display_name": author}}
                       for n, (url, author, text) in enumerate(posts, start=1)])


PAGES = {"reddit": reddit_page, "mastodon": mastodon_page}


@pytest.mark.parametrize("kind", sorted(PAGES))
@pytest_twisted.ensureDeferred
async def test_half_characters_and_nuls_are_stored_not_fatal(kind, store_url):
    posts = [("/r/kestwick/comments/1/broken!", "kw!parent", "Ashdown Vale nativity was lovely!"),
             ("/r/kestwick/comments/2/fine", "other", "Ashdown Vale Primary fair was great")]
    body = unstorable(PAGES[kind](posts)).encode()
    path, source = SOURCES[kind]
    with RecordedServer({path: (200, {"Content-Type": JSON}, body)}) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), store_url), "s")
    assert not any(key.startswith("spider_exceptions") for key in result.stats)
    assert result.stats["schoolwatch/store/new"] == 2 and "schoolwatch/store/errors" not in result.stats
    with session_scope(open_store(store_url)) as session:
        texts = sorted(mention.text for mention in session.exec(select(Mention)))
    assert texts[1] == "Ashdown Vale nativity was lovely \ufffd!"


@pytest_twisted.ensureDeferred
async def test_a_very_long_url_is_stored_once(store_url):
    # a tracking-laden link longer than PostgreSQL can index as the mention's key
    long_path = "/r/kestwick/comments/1/fair?" + "&".join(f"p{i}=v{i}" for i in range(800))
    posts = [(long_path, "kwparent", "Ashdown Vale nativity was lovely"), ("/r/kestwick/comments/2/fine", "other", "Ashdown Vale fair")]
    path, source = SOURCES["mastodon"]
    with RecordedServer({path: (200, {"Content-Type": JSON}, mastodon_page(posts).encode())}) as server:
        config = config_for(server.base_url, source.format(base=server.base_url), store_url)
        first = await run_source(config, "s")
        second = await run_source(config, "s")
    assert first.stats["schoolwatch/store/new"] == 2 and "schoolwatch/store/errors" not in first.stats
    assert second.stats.get("schoolwatch/store/new", 0) == 0 and second.stats["schoolwatch/store/seen_again"] == 2
    with session_scope(open_store(store_url)) as session:
        urls = {mention.url for mention in session.exec(select(Mention))}
    assert f"https://social.example{long_path}" in urls  # the link itself is kept whole


WRONG_TYPES = [None, 12345, ["x"], {"a": 1}, "", True]


def with_wrong_types(item: dict) -> list[dict]:
    """Copies of ``item``, each with one field (nested ones too) of a type its API never sends."""
    copies = []
    for key, value in item.items():
        for wrong in WRONG_TYPES:
            copies.append({**item, key: wrong})
        if isinstance(value, dict):
            copies += [{**item, key: inner} for inner in with_wrong_types(value)]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            copies += [{**item, key: [inner]} for inner in with_wrong_types(value[0])]
    return copies


def bluesky_post(n: int, text: str) -> dict:
    return {"uri": f"at://did:plc:kw/app.bsky.feed.post/3k{n}", "indexedAt": "2026-11-20T08:00:00Z",
            "author": {"handle": f"kw{n}.bsky.social", "displayName": "KW"}, "record": {"text": text, "createdAt": "2026-11-20T08:00:00Z"}}


def mastodon_status(n: int, text: str) -> dict:
    return json.loads(mastodon_page([(f"/@kw/{n}", "kw", text)]))[0]


def reddit_child(n: int, text: str) -> dict:
    return json.loads(reddit_page([(f"/r/kestwick/comments/{n}/x", "kw", text)]))["data"]["children"][0]


def searxng_result(n: int, text: str) -> dict:
    return {"url": f"https://news.example/{n}", "title": text, "content": text, "publishedDate": "2026-11-20T08:00:00"}


def json_feed_item(n: int, text: str) -> dict:
    return {"id": str(n), "url": f"https://news.example/{n}", "title": text, "content_text": text,
            "authors": [{"name": "Kestwick News"}], "date_published": "2026-11-20T08:00:00Z"}


def discourse_post(n: int, text: str) -> dict:
    return {"post_number": n, "cooked": f"<p>{text}</p>", "username": "kw", "created_at": "2026-11-20T08:00:00Z"}


# kind: (the page's path and body around its items, the source, one item)
FUZZED = {
    "bluesky": ("/xrpc/app.bsky.feed.searchPosts", lambda items: {"posts": items}, SOURCES["bluesky"][1], bluesky_post),
    "mastodon": ("/api/v1/timelines/tag/AshdownVale", lambda items: items, SOURCES["mastodon"][1], mastodon_status),
    "reddit": ("/search.json", lambda items: {"data": {"children": items}}, SOURCES["reddit"][1], reddit_child),
    "searxng": ("/search", lambda items: {"results": items}, SOURCES["searxng"][1] + "    follow_links: false\n", searxng_result),
    "json feed": ("/feed.json", lambda items: {"version": "https://jsonfeed.org/version/1.1", "items": items},
                  "  s:\n    kind: feeds\n    urls: ['{base}/feed.json']\n    follow_links: false\n", json_feed_item),
    "discourse": ("/t/fair/1.json", lambda items: {"id": 1, "slug": "fair", "title": "Fair", "post_stream": {"posts": items}},
                  SOURCES["discourse"][1], discourse_post),
}


@pytest.mark.parametrize("kind", sorted(FUZZED))
@pytest_twisted.ensureDeferred
async def test_items_with_fields_of_the_wrong_type_never_cost_the_page(kind, sqlite_url):
    path, page, source, make = FUZZED[kind]
    items = with_wrong_types(make(1, "Ashdown Vale nativity was lovely")) + [make(2, "Ashdown Vale fair was great")]
    routes = {path: (200, {"Content-Type": JSON}, json.dumps(page(items)).encode()),
              "/latest.json": (200, {"Content-Type": JSON}, json.dumps({"topic_list": {"topics": [
                  *with_wrong_types({"id": 1, "slug": "fair"}), {"id": 1, "slug": "fair"}]}}).encode())}
    with RecordedServer(routes) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "s")
    assert not any(key.startswith("spider_exceptions") for key in result.stats)
    assert any("fair was great" in item.text for item in result.items)  # the good item after them all


@pytest_twisted.ensureDeferred
async def test_unusable_addresses_are_dropped_and_counted(sqlite_url):
    statuses = [mastodon_status(n, "Ashdown Vale nativity was lovely") for n in (1, 2, 3)] + [mastodon_status(4, "Ashdown Vale fair")]
    statuses[0]["url"] = "https://social.example:99999/@kw/1"  # no such port
    statuses[1]["url"] = "https://[::1/@kw/2"  # a broken IPv6 host
    statuses[2]["url"] = "javascript:alert(1)"  # never a link in a report
    path, source = SOURCES["mastodon"]
    with RecordedServer({path: (200, {"Content-Type": JSON}, json.dumps(statuses).encode())}) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "s")
    assert [item.text for item in result.items] == ["Ashdown Vale fair"]
    assert result.stats["schoolwatch/normalise/bad_url"] == 2  # the spider itself skips a status whose address is not http(s)
    assert not any(key.startswith("spider_exceptions") for key in result.stats)
