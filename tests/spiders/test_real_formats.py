"""Conformance: real captures of the services (../shared/real-formats, third-party files read in
place, never copied here) served on 127.0.0.1 to their spider through the real engine.

Each entry must come out with the URL, title, text, author and date that an independent reading of
the same file gives. Only the first pipeline runs: these captures are about other people, so the
relevance check would rightly drop them all.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import pytest_twisted

from tests.conftest import need
from tests.spiders.harness import RecordedServer, config_for, run_source, squash

REAL = Path(__file__).resolve().parents[3] / "shared" / "real-formats"
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(autouse=True)
def real_formats() -> None:
    need(REAL.is_dir(), f"the real-formats captures at {REAL}", "SCHOOLWATCH_REQUIRE_REAL_FORMATS")


def plain(fragment: str | None) -> str:
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", html.unescape(fragment or ""))))


def words(text: str) -> str:
    return "".join(text.split())


def unwrapped(link: str) -> str:
    target = parse_qs(urlsplit(link).query).get("url", [""])[0]
    return target if target.startswith("http") else link


async def crawl_capture(routes: dict, source: str, name: str, sqlite_url: str) -> tuple[Any, RecordedServer]:
    """Serve ``routes`` on 127.0.0.1 and crawl the source ``name`` (YAML with ``{base}`` for the
    server's address) through the real engine, parsing only."""
    with RecordedServer(routes) as server:
        config = config_for(server.base_url, source.format(base=server.base_url), sqlite_url)
        result = await run_source(config, name, parse_only=True)
    return result, server


def feed_truth(path: Path) -> dict[str, dict]:
    """URL → title and date, read with ElementTree (RSS items or Atom entries)."""
    root = ET.parse(path).getroot()
    truth = {}
    for item in root.iter("item"):
        when = parsedate_to_datetime(item.findtext("pubDate")) if item.findtext("pubDate") else None
        truth[unwrapped(item.findtext("link").strip())] = {"title": plain(item.findtext("title")), "date": when}
    for entry in root.iter(f"{ATOM}entry"):
        link = next(l.get("href") for l in entry.iter(f"{ATOM}link") if l.get("rel", "alternate") == "alternate")
        stamp = entry.findtext(f"{ATOM}published") or entry.findtext(f"{ATOM}updated")
        truth[unwrapped(link)] = {"title": plain(entry.findtext(f"{ATOM}title")),
                                  "date": datetime.fromisoformat(stamp.replace("Z", "+00:00"))}
    return truth


FEEDS = sorted(str(p.relative_to(REAL)) for kind in ("google_alerts", "google_news", "bing_news", "rss_bridge", "youtube")
               for p in (REAL / kind).glob("*.xml")) if REAL.is_dir() else ["(missing)"]


@pytest.mark.parametrize("name", FEEDS)
@pytest_twisted.ensureDeferred
async def test_feed_captures(name, sqlite_url):
    path = REAL / name
    result, server = await crawl_capture(
        {"/feed": (200, {"Content-Type": "application/xml"}, path.read_bytes())},
        "  feed:\n    kind: feeds\n    follow_links: false\n    urls: ['{base}/feed']\n", "feed", sqlite_url,
    )
    truth = feed_truth(path)
    got = {item.url: item for item in result.items}
    assert set(got) == set(truth)
    for url, expected in truth.items():
        item = got[url]
        assert squash(item.title) == expected["title"] or expected["title"] == "", url
        if expected["date"] and expected["date"].year >= 1995:
            assert item.published_at == expected["date"].astimezone(UTC), url
        assert item.text or item.title
        assert "<b>" not in item.title and "&lt;" not in item.title


@pytest_twisted.ensureDeferred
async def test_youtube_and_bridge_feeds_name_the_author(sqlite_url):
    for name, expected in (("youtube/huginn_youtube_channel_secdsm.xml", "SecDSM"),):
        result, _ = await crawl_capture(
            {"/feed": (200, {"Content-Type": "application/atom+xml"}, (REAL / name).read_bytes())},
            "  feed:\n    kind: feeds\n    follow_links: false\n    urls: ['{base}/feed']\n", "feed", sqlite_url,
        )
        assert result.items and {item.author for item in result.items} == {expected}


@pytest.mark.parametrize("name", ["reddit/praw_search_all_praw_oauth_search.json", "reddit/praw_r_askreddit_new.json"])
@pytest_twisted.ensureDeferred
async def test_reddit_listing_captures(name, sqlite_url):
    body = (REAL / name).read_bytes()
    result, server = await crawl_capture(
        {"/search.json": (200, {"Content-Type": "application/json"}, body)},
        "  r:\n    kind: reddit\n    base_url: '{base}'\n    max_pages: 1\n", "r", sqlite_url,
    )
    posts = [child["data"] for child in json.loads(body)["data"]["children"] if child["kind"] == "t3"]
    got = {item.url: item for item in result.items}
    assert set(got) == {server.base_url + post["permalink"] for post in posts}
    for post in posts:
        item = got[server.base_url + post["permalink"]]
        assert item.title == squash(post["title"]) and item.author == post["author"]
        assert item.published_at == datetime.fromtimestamp(post["created_utc"], UTC)
        assert squash(post["selftext"])[:80] in squash(item.text)


@pytest.mark.parametrize("name", sorted(p.name for p in (REAL / "mastodon").glob("*.json")) if REAL.is_dir() else ["(missing)"])
@pytest_twisted.ensureDeferred
async def test_mastodon_timeline_captures(name, sqlite_url):
    body = (REAL / "mastodon" / name).read_bytes()
    result, server = await crawl_capture(
        {"/api/v1/timelines/tag/school": (200, {"Content-Type": "application/json"}, body)},
        "  m:\n    kind: mastodon\n    base_url: '{base}'\n    tags: [school]\n", "m", sqlite_url,
    )
    statuses = [status.get("reblog") or status for status in json.loads(body)]
    got = {item.url: item for item in result.items}
    assert set(got) == {status["url"] or status["uri"] for status in statuses}
    for status in statuses:
        item = got[status["url"] or status["uri"]]
        assert item.author == status["account"]["acct"]
        assert item.published_at == datetime.fromisoformat(status["created_at"].replace("Z", "+00:00"))
        # Tags become nothing or a line break: compare the words, not the spacing between them.
        assert words(item.text) == words(plain(status["content"]))


@pytest_twisted.ensureDeferred
async def test_searxng_capture(sqlite_url):
    body = (REAL / "searxng" / "searchindex-54058522818_searxng_openclaw_trimmed.json").read_bytes()
    result, server = await crawl_capture(
        {"/search": (200, {"Content-Type": "application/json"}, body)},
        "  s:\n    kind: searxng\n    base_url: '{base}'\n    follow_links: false\n    max_pages: 1\n", "s", sqlite_url,
    )
    results = json.loads(body)["results"]
    got = {item.url: item for item in result.items}
    assert set(got) == {r["url"] for r in results}
    for r in results:
        assert squash(got[r["url"]].title) == plain(r["title"]) and squash(got[r["url"]].text) == plain(r["content"])


@pytest_twisted.ensureDeferred
async def test_json_feed_capture(sqlite_url):
    body = (REAL / "rss_bridge" / "rssbridge_expectedJsonFormat_feed.common.json").read_bytes()
    result, server = await crawl_capture(
        {"/feed": (200, {"Content-Type": "application/feed+json"}, body)},
        "  feed:\n    kind: feeds\n    follow_links: false\n    urls: ['{base}/feed']\n", "feed", sqlite_url,
    )
    items = json.loads(body)["items"]
    got = {item.url: item for item in result.items}
    assert set(got) == {i["url"] for i in items}
    for i in items:
        item = got[i["url"]]
        assert item.title == i["title"] and item.author == (i.get("author") or {}).get("name")
        assert item.published_at == datetime.fromisoformat(i["date_modified"]).astimezone(UTC)
        assert words(item.text) == words(i.get("content_text") or plain(i.get("content_html")))


@pytest_twisted.ensureDeferred
async def test_bluesky_search_capture(sqlite_url):
    body = (REAL / "bluesky" / "bskyr_searchPosts_redistricting.json").read_bytes()
    result, server = await crawl_capture(
        {"/xrpc/app.bsky.feed.searchPosts": (200, {"Content-Type": "application/json"}, body)},
        "  b:\n    kind: bluesky\n    base_url: '{base}'\n    max_pages: 1\n", "b", sqlite_url,
    )
    posts = json.loads(body)["posts"]
    got = {item.url: item for item in result.items}
    expected = {f"https://bsky.app/profile/{p['author']['handle']}/post/{p['uri'].rsplit('/', 1)[-1]}": p for p in posts}  # a string, never fetched
    assert set(got) == set(expected)
    for url, p in expected.items():
        item = got[url]
        assert item.text == squash(p["record"]["text"]) or words(item.text) == words(p["record"]["text"])
        assert item.author == p["author"]["handle"]
        assert item.published_at == datetime.fromisoformat(p["record"]["createdAt"].replace("Z", "+00:00"))


FORUM_CAPTURES = [
    ("xenforo", "trafilatura_xenforo_katzen-forum.net-Pepe.html", '<div class="structItem-title"><a href="/threads/t.1/">t</a></div>', "/threads/t.1/"),
    ("xenforo", "trafilatura_xenforo_villagersandheroes_patchnotes.html", '<div class="structItem-title"><a href="/threads/t.1/">t</a></div>', "/threads/t.1/"),
    ("phpbb", "trafilatura_phpbb_foren.myoos.de.html", '<a class="topictitle" href="/viewtopic.php">t</a>', "/viewtopic.php"),
]


@pytest.mark.parametrize(("preset", "name", "index", "thread"), FORUM_CAPTURES)
@pytest_twisted.ensureDeferred
async def test_forum_presets_read_real_threads(preset, name, index, thread, sqlite_url):
    from parsel import Selector

    body = (REAL / "forum" / name).read_bytes()
    routes = {"/forum/": (200, {"Content-Type": "text/html"}, index.encode()),
              thread: (200, {"Content-Type": "text/html; charset=utf-8"}, body)}
    # max_pages 1: the captures' own "next page" links point at the real sites, never fetched here.
    result, server = await crawl_capture(
        routes,
        f"  f:\n    kind: forum\n    preset: {preset}\n    max_pages: 1\n    start_urls: ['{{base}}/forum/']\n", "f", sqlite_url,
    )
    page = Selector(text=body.decode("utf-8", "replace"))
    posts = page.css("article.message") if preset == "xenforo" else page.css("div.post")
    assert len(result.items) == len(posts) > 0
    for item, post in zip(result.items, posts):
        author = post.attrib.get("data-author") if preset == "xenforo" else post.css(".author .username::text, .author strong a::text").get()
        assert item.author == author
        assert item.text and "Ähnliche Themen" not in item.text and "Alle Zeiten sind" not in item.text
        if preset == "xenforo":
            assert item.published_at == datetime.fromisoformat(post.css("time::attr(datetime)").get()).astimezone(UTC)
    if preset == "phpbb":
        assert "Freie Software ist Software, die ohne Ansicht der Person" in result.items[0].text


@pytest_twisted.ensureDeferred
async def test_reddit_comment_tree_capture(sqlite_url):
    body = (REAL / "reddit" / "praw_comments_3hahrw.json").read_bytes()
    post_listing, comment_listing = json.loads(body)
    post = post_listing["data"]["children"][0]["data"]
    permalink = post["permalink"].rstrip("/") + "/"

    def walk(children):
        for child in children:
            if child["kind"] == "t1":
                yield child["data"]
                if isinstance(child["data"].get("replies"), dict):
                    yield from walk(child["data"]["replies"]["data"]["children"])

    comments = list(walk(comment_listing["data"]["children"]))
    routes = {"/search.json": (200, {"Content-Type": "application/json"}, json.dumps(post_listing).encode()),
              f"{permalink}.json": (200, {"Content-Type": "application/json"}, body)}
    result, server = await crawl_capture(
        routes,
        "  r:\n    kind: reddit\n    base_url: '{base}'\n    max_pages: 1\n", "r", sqlite_url,
    )
    got = {item.url: item for item in result.items}
    for comment in comments:
        item = got[f"{server.base_url}{permalink}{comment['id']}/"]
        assert item.author == comment["author"] and words(item.text) == words(comment["body"])
        assert item.published_at == datetime.fromtimestamp(comment["created_utc"], UTC)
        assert post["title"] in item.context
    assert len(got) == len(comments) + 1  # and the post itself


@pytest_twisted.ensureDeferred
async def test_discourse_topic_capture(sqlite_url):
    body = (REAL / "forum" / "discourse_api_topic_try.discourse.org.json").read_bytes()
    topic = json.loads(body)
    listing = {"topic_list": {"topics": [{"id": topic["id"], "slug": topic["slug"], "title": topic["title"]}]}}
    routes = {"/latest.json": (200, {"Content-Type": "application/json"}, json.dumps(listing).encode()),
              f"/t/{topic['slug']}/{topic['id']}.json": (200, {"Content-Type": "application/json"}, body)}
    result, server = await crawl_capture(
        routes,
        "  d:\n    kind: forum\n    preset: discourse\n    start_urls: ['{base}/']\n", "d", sqlite_url,
    )
    # A post that is only an image has no words to read: normalise drops it.
    posts = [p for p in topic["post_stream"]["posts"] if plain(p["cooked"])]
    got = {item.url: item for item in result.items}
    assert set(got) == {f"{server.base_url}/t/{topic['slug']}/{topic['id']}/{p['post_number']}" for p in posts}
    for p in posts:
        item = got[f"{server.base_url}/t/{topic['slug']}/{topic['id']}/{p['post_number']}"]
        assert item.author == p["username"] and words(item.text) == words(plain(p["cooked"]))
        assert item.published_at == datetime.fromisoformat(p["created_at"]).astimezone(UTC)
