"""The README's example `sources:` block, unchanged, crawled through the real engine.

Every request goes through a proxy on 127.0.0.1 that answers as the real services would: with the
third-party captures in ../shared/real-formats where one exists (Google Alerts, Google News, YouTube,
SearXNG, Reddit, Mastodon, Bluesky, XenForo), and with the sample web's school site and profile
lookups for the website audit and the impersonation check. Each source must give items and record
no source error. The captures are about other people and topics, so those sources are parsed only
(relevance would rightly drop them); the audit and the impersonation check run in full.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import pytest_twisted
from sqlmodel import select

from schoolwatch.sampleweb import profiles, schoolsite
from store.db import open_store, session_scope
from store.models import Mention, WebsiteFinding
from tests.conftest import need
from tests.spiders.harness import RecordedServer, config_for, run_source

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "real-formats"
ATOM, RSS, JSON, HTML = ("application/atom+xml", "application/rss+xml", "application/json", "text/html; charset=utf-8")
REVIEWS = """<html><body><h1>Ashdown Vale Primary School: parents' reviews</h1>
<div class="review" id="review-101"><span class="reviewer">Kestwick parent</span><time datetime="2026-11-02T10:00:00Z">2 Nov</time>
<p class="review-text">Lovely school, Mrs Lambert knows every child by name.</p></div>
<div class="review" id="review-102"><span class="reviewer">Dad of two</span><time datetime="2026-11-09T18:30:00Z">9 Nov</time>
<p class="review-text">Communication from the office could be better, but the teaching is strong.</p></div>
</body></html>"""


def readme_sources() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Sources"):]
    block = re.search(r"```yaml\nsources:\n(.*?)```", section, re.DOTALL)
    assert block, "the README's Sources section has no ```yaml sources: block"
    return block.group(1)


def capture(kind: str, name: str, content_type: str) -> tuple[int, dict[str, str], bytes]:
    return 200, {"Content-Type": content_type}, (REAL / kind / name).read_bytes()


def real_web(url: str) -> tuple[int, dict[str, str], bytes]:
    """The answer the real service would give to ``url`` (an absolute URL, as a proxy is asked)."""
    parts = urlsplit(url)
    host, path, query = parts.hostname or "", parts.path, parse_qs(parts.query)
    arg = lambda name: query.get(name, [""])[0]  # noqa: E731
    text = lambda status, body, kind=HTML: (status, {"Content-Type": kind}, body.encode())  # noqa: E731
    if host == "www.google.com" and path.startswith("/alerts/feeds/"):
        return capture("google_alerts", "feedjira_google_alerts_atom.xml", ATOM)
    if host == "news.google.com" and path == "/rss/search":
        return capture("google_news", "searchindex-68977257390_google_news_bitcoin_trimmed_2026.xml", RSS)
    if host == "www.youtube.com" and path == "/feeds/videos.xml":
        return capture("youtube", "huginn_youtube_channel_secdsm.xml", ATOM)
    if host == "search.example.org" and path == "/search" and arg("format") == "json":
        return capture("searxng", "searchindex-54058522818_searxng_openclaw_trimmed.json", JSON)
    if host == "www.reddit.com" and path.endswith("/search.json"):
        return capture("reddit", "praw_search_all_praw_oauth_search.json", JSON)
    if host == "www.reddit.com" and "/comments/" in path and path.endswith(".json"):
        return capture("reddit", "praw_comments_3hahrw.json", JSON)
    if host == "www.reddit.com" and (m := re.fullmatch(r"/user/([\w-]+)/about\.json", path)):
        return text(*profiles.reddit_about(m.group(1)), JSON)
    if host == "mastodon.social" and path.startswith("/api/v1/timelines/tag/"):
        return capture("mastodon", "mastodonpy_timelines_tag_hoot.json", JSON)
    if host == "mastodon.social" and path == "/api/v1/accounts/lookup":
        return text(*profiles.mastodon_lookup("https://mastodon.example", arg("acct")), JSON)
    if host == "bsky.social" and path == "/xrpc/com.atproto.server.createSession":
        return text(200, json.dumps({"accessJwt": "jwt", "refreshJwt": "r", "handle": "ashdownvale.bsky.social", "did": "did:plc:x"}), JSON)
    if host == "bsky.social" and path == "/xrpc/app.bsky.feed.searchPosts":
        return capture("bluesky", "bskyr_searchPosts_redistricting.json", JSON)
    if host == "public.api.bsky.app" and path == "/xrpc/app.bsky.actor.getProfile":
        return text(*profiles.bluesky_profile(arg("actor")), JSON)
    if host == "forum.example.org" and path == "/forums/schools/":
        return text(200, '<div class="structItem-title"><a href="/threads/pepe.1/">Pepe</a></div>')
    if host == "forum.example.org" and path == "/threads/pepe.1/":
        return capture("forum", "trafilatura_xenforo_katzen-forum.net-Pepe.html", HTML)
    if host == "reviews.example.org" and path == "/schools/ashdown-vale/":
        return text(200, REVIEWS)
    if host == "www.ashdownvale.example" and (m := re.fullmatch(r"/school/docs/([\w-]+)\.pdf", path)):
        document = schoolsite.school_document(m.group(1))
        return text(200, document, "application/pdf") if document else text(404, "not found")
    if host == "www.ashdownvale.example":
        page = schoolsite.school_page(path.removeprefix("/school/").lstrip("/"))
        return text(200, page) if page else text(404, "not found")
    return text(404, "not found", "text/plain")


@pytest.fixture(scope="module")
def readme_web():
    need(REAL.is_dir(), f"the real-formats captures at {REAL}", "SCHOOLWATCH_REQUIRE_REAL_FORMATS")
    with RecordedServer({}, answer=real_web) as server:
        yield server


SOURCES = ["google-alerts", "google-news", "youtube", "web-search", "reddit", "mastodon", "bluesky",
           "parents-forum", "reviews", "school-website", "fake-accounts"]


def test_the_readme_names_every_source_tested_here():
    assert re.findall(r"^  ([\w-]+):\n", readme_sources(), re.MULTILINE) == SOURCES


@pytest.mark.parametrize("name", SOURCES)
@pytest_twisted.ensureDeferred
async def test_every_source_of_the_readme_example_works(name, readme_web, sqlite_url, monkeypatch):
    monkeypatch.setenv("BLUESKY_APP_PASSWORD", "abcd-efgh-ijkl-mnop")
    config = config_for(readme_web.base_url, readme_sources(), sqlite_url)
    full = config.sources[name].kind in ("website", "impersonation")
    extra = {"SCHOOLWATCH_TEST_WEB": readme_web.base_url,
             "DOWNLOADER_MIDDLEWARES": {"tests.spiders.harness.SendEverythingTo": 50}}
    result = await run_source(config, name, parse_only=not full, settings_extra=extra)

    assert result.items, f"{name}: nothing came out"
    assert "schoolwatch/source/errors" not in result.stats, result.stats.get("schoolwatch/source/last_error")
    if name == "reviews":
        assert sorted(item.url.rsplit("#", 1)[1] for item in result.items) == ["review-101", "review-102"]
        assert {item.author for item in result.items} == {"Kestwick parent", "Dad of two"}
    if name == "bluesky":
        login = [body for _, url, _, body in readme_web.seen if url.endswith("createSession")]
        assert login and json.loads(login[-1])["password"] == "abcd-efgh-ijkl-mnop"
    if name == "school-website":
        with session_scope(open_store(sqlite_url)) as session:
            found = {(f.kind, f.detail) for f in session.exec(select(WebsiteFinding))}
        assert found == {(f.kind, f.detail) for f in schoolsite.EXPECTED}
    if name == "fake-accounts":
        with session_scope(open_store(sqlite_url)) as session:
            fakes = {(m.platform, m.author) for m in session.exec(select(Mention))}
        assert fakes == {("bluesky", "ashdownvaleprimary.bsky.social"), ("mastodon.social", "mrslambert")}
