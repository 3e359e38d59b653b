"""The Bluesky spider: searchPosts pages, web URLs for posts, logging in with an app password."""

from __future__ import annotations

import json

import pytest_twisted

from spiders.queries import queries_for
from tests.spiders.harness import RecordedServer, check_against_truth, config_for, run_source, sample_config

JSON = {"Content-Type": "application/json"}


def post(rkey: str, handle: str, text: str, created: str) -> dict:
    return {
        "uri": f"at://did:plc:abc{rkey}/app.bsky.feed.post/{rkey}",
        "cid": f"bafy{rkey}",
        "author": {"did": f"did:plc:abc{rkey}", "handle": handle, "displayName": "Kestwick parent"},
        "record": {"$type": "app.bsky.feed.post", "createdAt": created, "text": text},
        "indexedAt": created,
    }


PAGE_ONE = {"posts": [post("3laaa", "mum-of-two.bsky.social", "Ashdown Vale Primary nativity was lovely", "2026-11-20T10:00:00.000Z")], "cursor": "1"}


@pytest_twisted.ensureDeferred
async def test_search_pages_are_followed_by_cursor(sqlite_url):
    # The recorded answer always offers a next page: the spider follows it, up to max_pages.
    with RecordedServer({"/xrpc/app.bsky.feed.searchPosts": (200, JSON, json.dumps(PAGE_ONE).encode())}) as server:
        source = f"  b:\n    kind: bluesky\n    base_url: '{server.base_url}'\n    max_pages: 2\n"
        config = config_for(server.base_url, source, sqlite_url)
        result = await run_source(config, "b")
    assert {item.url for item in result.items} == {"https://bsky.app/profile/mum-of-two.bsky.social/post/3laaa"}  # a string, never fetched
    searches = [path for method, path, _, _ in server.seen if "searchPosts" in path]
    queries = len(queries_for("bluesky", config.profile))
    assert sum("cursor=1" in path for path in searches) == queries and len(searches) == 2 * queries
    (item,) = [i for i in result.items if i.url.endswith("3laaa")]
    assert item.author == "mum-of-two.bsky.social" and item.published_at.isoformat() == "2026-11-20T10:00:00+00:00"


@pytest_twisted.ensureDeferred
async def test_logs_in_with_an_app_password_and_sends_the_token(sqlite_url):
    session = {"accessJwt": "token-123", "refreshJwt": "r", "handle": "ashdownvale.bsky.social", "did": "did:plc:school"}
    routes = {
        "/xrpc/com.atproto.server.createSession": (200, JSON, json.dumps(session).encode()),
        "/xrpc/app.bsky.feed.searchPosts": (200, JSON, json.dumps({"posts": PAGE_ONE["posts"]}).encode()),
    }
    with RecordedServer(routes) as server:
        source = (f"  b:\n    kind: bluesky\n    base_url: 'https://public.api.bsky.example'\n    pds_url: '{server.base_url}'\n"
                  "    handle: ashdownvale.bsky.social\n    app_password: abcd-efgh-ijkl-mnop\n")
        result = await run_source(config_for(server.base_url, source, sqlite_url), "b")
    login = [(headers, body) for method, path, headers, body in server.seen if path.endswith("createSession")]
    assert len(login) == 1 and json.loads(login[0][1]) == {"identifier": "ashdownvale.bsky.social", "password": "abcd-efgh-ijkl-mnop"}
    searches = [headers for method, path, headers, _ in server.seen if "searchPosts" in path]
    assert searches and all(headers.get("Authorization") == "Bearer token-123" for headers in searches)
    assert len(result.items) == 1


@pytest_twisted.ensureDeferred
async def test_a_server_that_wants_a_login_is_a_source_problem(sqlite_url):
    refusal = json.dumps({"error": "AuthMissing", "message": "Authentication Required"}).encode()
    with RecordedServer({"/xrpc/app.bsky.feed.searchPosts": (403, JSON, refusal)}) as server:
        source = f"  b:\n    kind: bluesky\n    base_url: '{server.base_url}'\n"
        result = await run_source(config_for(server.base_url, source, sqlite_url), "b")
    assert result.items == [] and result.stats["schoolwatch/source/errors"] >= 1
    assert "answered HTTP 403 (login or permission needed)" in result.stats["schoolwatch/source/last_error"]


@pytest_twisted.ensureDeferred
async def test_the_sample_webs_bluesky_posts_are_found_and_homonyms_dropped(sample_web, store_url):
    result = await run_source(sample_config(sample_web, store_url), "bluesky")
    scraped = check_against_truth(result, sample_web, "bluesky")
    assert all(item.author and item.author.endswith(".bsky.social") for item in scraped.values())
