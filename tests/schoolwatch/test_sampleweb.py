"""The sample web: its server, every endpoint's shape, and the ground truth it promises."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections import Counter
from datetime import UTC, date, datetime
from urllib.parse import parse_qs, quote, urlsplit

import feedparser
import parsel
import pytest

from schoolwatch.sampleweb import Expected, SampleWeb, expected_mentions
from schoolwatch.sampleweb import pages
from schoolwatch.sampleweb.pieces import FLAGS, LABELS, Piece
from schoolwatch.sampleweb.world import Item, World

ANCHOR = date(2026, 11, 23)
KINDS = {"feeds", "searxng", "reddit", "mastodon", "bluesky", "forum"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture(scope="module")
def web():
    with SampleWeb(ANCHOR) as server:
        yield server


@pytest.fixture(scope="module")
def expected(web) -> list[Expected]:
    return expected_mentions(web.base_url, ANCHOR)


def fetch(web, path: str, method: str = "GET", headers: dict | None = None, follow: bool = True):
    """(status, headers, body text) for a path or absolute URL on the sample web."""
    url = path if path.startswith("http") else web.base_url + path
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, method=method, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8")


def get_json(web, path: str):
    status, headers, body = fetch(web, path)
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body), headers


# --- the server -------------------------------------------------------------------------------


def test_server_starts_on_loopback_and_stops():
    server = SampleWeb(ANCHOR).start()
    base = server.base_url
    assert urlsplit(base).hostname == "127.0.0.1" and urlsplit(base).port
    assert fetch(server, "/forum/")[0] == 200
    server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base + "/forum/", timeout=2)


def test_config_text_points_at_the_server(web):
    text = web.config_text()
    assert "{base}" not in text
    assert f"{web.base_url}/news/rss.xml" in text and f'"{web.base_url}/searxng"' in text


def test_unknown_paths_are_404_and_head_has_no_body(web):
    for path in ("/nope", "/news/articles/nope.html", "/forum/threads/nope/", "/reddit/r/Kestwick/comments/x/y/"):
        assert fetch(web, path)[0] == 404
    status, headers, body = fetch(web, "/news/rss.xml", method="HEAD")
    assert status == 200 and body == "" and int(headers["Content-Length"]) > 1000


def test_feeds_have_validators_and_answer_conditional_requests(web):
    status, headers, _ = fetch(web, "/news/rss.xml")
    assert headers["ETag"] and headers["Last-Modified"]
    assert fetch(web, "/news/rss.xml", headers={"If-None-Match": headers["ETag"]})[0] == 304
    alerts = fetch(web, "/alerts/feed.xml")[1]
    assert fetch(web, "/alerts/feed.xml", headers={"If-Modified-Since": alerts["Last-Modified"]})[0] == 304
    assert fetch(web, "/alerts/feed.xml", headers={"If-None-Match": '"stale"'})[0] == 200


# --- each endpoint's shape ----------------------------------------------------------------------


def test_news_rss(web):
    status, headers, body = fetch(web, "/news/rss.xml")
    assert headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.version == "rss20"
    entry = feed.entries[0]
    assert entry.link.startswith(web.base_url + "/news/articles/") and entry.published_parsed
    assert entry.author and entry.summary and entry.id == entry.link


def test_news_article_page_has_boilerplate_around_one_article(web):
    body = fetch(web, "/news/articles/headteacher-speaks-out-over-online-abuse.html")[2]
    page = parsel.Selector(body)
    assert page.css("article h1::text").get().startswith("Kestwick headteacher speaks out")
    assert page.css("article time::attr(datetime)").get().startswith("2026-11-03T18:20")
    assert page.css(".cookie-banner") and page.css("nav") and page.css("aside.related li")


def test_alerts_feed_has_the_google_alerts_shape(web):
    status, headers, body = fetch(web, "/alerts/feed.xml")
    assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(body)
    assert not feed.bozo and feed.version == "atom10"
    entry = next(e for e in feed.entries if "<b>" in e.title)
    assert entry.id.startswith("tag:google.com,2013:googlealerts/feed:")
    assert entry.title_detail.type == "text/html" and "<b>" in entry.summary
    link = urlsplit(entry.link)
    assert link.path == "/url" and parse_qs(link.query)["ct"] == ["ga"]
    target = parse_qs(link.query)["url"][0]
    status, headers, _ = fetch(web, entry.link, follow=False)
    assert status == 302 and headers["Location"] == target


def test_searxng_needs_format_json(web):
    assert fetch(web, "/searxng/search?q=Kestwick")[0] == 403


def test_searxng_json_shape_and_pages(web):
    first, _ = get_json(web, "/searxng/search?q=%22Ashdown+Vale%22&format=json&pageno=1")
    assert set(first) >= {"query", "number_of_results", "results", "answers", "corrections",
                          "infoboxes", "suggestions", "unresponsive_engines"}
    assert len(first["results"]) == 10 and first["number_of_results"] > 20
    result = first["results"][0]
    assert set(result) >= {"url", "title", "content", "engine", "engines", "parsed_url", "template",
                           "positions", "score", "category", "publishedDate"}
    urls, page = [], 1
    while True:
        data, _ = get_json(web, f"/searxng/search?q=%22Ashdown+Vale%22&format=json&pageno={page}")
        if not data["results"]:
            break
        urls += [r["url"] for r in data["results"]]
        page += 1
    assert page > 3 and len(urls) == len(set(urls)) == first["number_of_results"]


def test_search_matches_every_phrase_and_word_case_insensitively(web):
    def hits(q: str) -> list[str]:
        return [r["title"] for r in get_json(web, f"/searxng/search?q={quote(q)}&format=json")[0]["results"]]

    assert hits('"priya lambert" "kestwick"')
    assert all("Harbourside" not in t for t in hits('"Priya Lambert"'))  # the runner is not indexed
    assert hits('"Ashdown Vale" rovers') and not hits('"Ashdown Vale Rovers" nativity')
    assert not hits('"Vale Ashdown"')


def test_reddit_listing_shape_and_after_pagination(web):
    data, _ = get_json(web, "/reddit/search.json?q=%22Ashdown+Vale%22&sort=new&limit=100")
    assert data["kind"] == "Listing" and data["data"]["after"] is None
    everything = [c["data"]["name"] for c in data["data"]["children"]]
    first, _ = get_json(web, "/reddit/search.json?q=%22Ashdown+Vale%22&sort=new&limit=25")
    assert first["data"]["dist"] == 25 and first["data"]["after"] == everything[24]  # spans 2 pages
    post = data["data"]["children"][0]
    assert post["kind"] == "t3"
    fields = post["data"]
    assert fields["name"] == "t3_" + fields["id"] and fields["subreddit_name_prefixed"] == "r/" + fields["subreddit"]
    assert fields["permalink"].startswith(f"/r/{fields['subreddit']}/comments/{fields['id']}/")
    assert fields["url"] == web.base_url + "/reddit" + fields["permalink"]
    assert fields["selftext_html"].startswith("&lt;!-- SC_OFF --&gt;") and isinstance(fields["created_utc"], float)
    created = [c["data"]["created_utc"] for c in data["data"]["children"]]
    assert created == sorted(created, reverse=True)

    names, after = [], ""
    while True:
        page, _ = get_json(web, f"/reddit/search.json?q=%22Ashdown+Vale%22&sort=new&limit=7&after={after}")
        names += [c["data"]["name"] for c in page["data"]["children"]]
        assert page["data"]["dist"] == len(page["data"]["children"])
        after = page["data"]["after"]
        if after is None:
            break
    assert names == everything


def test_reddit_restrict_sr(web):
    data, _ = get_json(web, "/reddit/r/SchoolGateUK/search.json?q=%22Ashdown+Vale%22&restrict_sr=1&limit=25")
    subs = {c["data"]["subreddit"] for c in data["data"]["children"]}
    assert subs == {"SchoolGateUK"}
    everywhere, _ = get_json(web, "/reddit/r/SchoolGateUK/search.json?q=%22Ashdown+Vale%22&limit=25")
    assert len(everywhere["data"]["children"]) > len(data["data"]["children"])


def test_mastodon_tag_timeline_shape_and_max_id_pagination(web):
    statuses, headers = get_json(web, "/mastodon/api/v1/timelines/tag/Kestwick?limit=20")
    assert len(statuses) == 20 and 'rel="next"' in headers["Link"]
    status = statuses[0]
    assert set(status) >= {"id", "created_at", "content", "url", "uri", "account", "tags",
                           "spoiler_text", "language", "reblog", "visibility"}
    assert status["content"].startswith("<p>") and 'class="mention hashtag"' in status["content"]
    assert status["url"] == f"{web.base_url}/mastodon/@{status['account']['username']}/{status['id']}"
    ids = [int(s["id"]) for s in statuses]
    assert ids == sorted(ids, reverse=True)
    next_url = headers["Link"].split(">;")[0].lstrip("<")
    rest, headers = get_json(web, next_url)
    assert rest and int(rest[0]["id"]) < ids[-1] and 'rel="next"' not in (headers.get("Link") or "")
    lower, _ = get_json(web, "/mastodon/api/v1/timelines/tag/ashdownvale?limit=40")
    assert lower and all("ashdownvale" in [t["name"] for t in s["tags"]] for s in lower)


def test_forum_index_threads_posts_and_pages(web):
    index = parsel.Selector(fetch(web, "/forum/")[2])
    threads = index.css("a.thread-link::attr(href)").getall()
    assert len(threads) >= 5 and all(h.startswith("/forum/threads/") for h in threads)
    page = parsel.Selector(fetch(web, "/forum/threads/mrs-lambert-bullying-complaint/")[2])
    assert page.css("h1::text").get().startswith("Mrs Lambert and the bullying complaint")
    posts = page.css("article.post")
    assert len(posts) == 5
    for post in posts:
        assert post.css("span.author::text").get()
        assert datetime.fromisoformat(post.css("time::attr(datetime)").get()).tzinfo
        assert post.css("div.content p")
        assert post.css("a.permalink::attr(href)").get().endswith("/post-" + post.attrib["id"].split("-")[1])
    pages = 1
    next_href = page.css('a[rel="next"]::attr(href)').get()
    while next_href:
        page = parsel.Selector(fetch(web, next_href)[2])
        pages += 1
        next_href = page.css('a[rel="next"]::attr(href)').get()
    assert pages == 3
    second = parsel.Selector(fetch(web, "/forum/threads/mrs-lambert-bullying-complaint/?page=2")[2])
    assert second.css("article#post-8 div.content blockquote p")  # post 8 quotes post 7


def test_forum_permalink_serves_the_page_with_the_post(web):
    page = parsel.Selector(fetch(web, "/forum/threads/mrs-lambert-bullying-complaint/post-7")[2])
    assert page.css("article#post-7")


def test_written_text_is_escaped_in_every_template():
    hostile = '<script>alert("x")</script> & <b>bold</b>'
    piece = Piece("x", hostile, hostile, hostile, 1, meta={
        "site": hostile, "template": "review", "rating": 1, "sub": "Kestwick", "id": "abc",
        "score": 1, "comments": 0, "user": "u", "display": hostile, "status_id": "1", "section": hostile,
        "summary": hostile,
    })
    item = Item("web", piece, "/web/x.html", datetime(2026, 1, 1, tzinfo=UTC), hostile)
    world = World(ANCHOR)
    for html in (pages.web_page(item), pages.reddit_post(item), pages.mastodon_status("http://h", item),
                 pages.news_article(world, item)):
        assert "<script>alert" not in html and "&lt;script&gt;" in html


# --- the ground truth ---------------------------------------------------------------------------


def test_expected_mentions_are_deterministic(web):
    assert expected_mentions(web.base_url, ANCHOR) == expected_mentions(web.base_url, ANCHOR)
    later = expected_mentions(web.base_url, date(2027, 3, 1))
    assert [e.url for e in later] == [e.url for e in expected_mentions(web.base_url, ANCHOR)]  # URLs stay put
    assert later[0].published_at - expected_mentions(web.base_url, ANCHOR)[0].published_at == (
        date(2027, 3, 1) - ANCHOR
    )


def test_expected_mentions_cover_labels_flags_kinds_and_twelve_weeks(expected):
    unique = {e.url: e for e in expected}.values()
    assert 90 <= len(unique) <= 130
    assert {e.kind for e in expected} == KINDS
    assert {e.source for e in expected} == {"kestwick-courier", "alerts", "web-search", "reddit", "mastodon", "bluesky", "parents-forum"}
    assert set(Counter(e.label for e in unique)) == set(LABELS)
    for flag in FLAGS:
        carriers = [e for e in unique if flag in e.flags]
        assert len(carriers) >= 3, flag
        assert len({e.url.split("/")[3] for e in carriers}) >= 2, flag
    assert all(e.published_at.tzinfo == UTC for e in expected)
    days = {(datetime.combine(ANCHOR, datetime.min.time(), UTC) - e.published_at).days for e in unique}
    assert min(days) >= -1 and max(days) <= 83
    assert all(e.relevant or e.label == "neutral" for e in expected)


def test_homonyms_are_in_every_kind_where_they_fit(expected):
    homonym_kinds = {e.kind for e in expected if not e.relevant}
    assert homonym_kinds == KINDS
    texts = " ".join(e.text for e in expected if not e.relevant)
    for name in ("Ashdown Vale Road", "Ashdown Vale Rovers", "Ashdown Vale Garden Centre", "Priya Lambert"):
        assert name in texts


def test_a_repost_and_a_news_report_quoting_abuse(expected):
    malicious = [e for e in expected if e.label == "malicious"]
    bodies = Counter(e.text.split("\n\n")[0] for e in {e.url: e for e in malicious}.values())
    assert any(n >= 2 for n in bodies.values())
    report = next(e for e in expected if e.url.endswith("headteacher-speaks-out-over-online-abuse.html"))
    assert report.label == "neutral" and "useless cow" in report.text


def test_every_expected_url_is_served(web, expected):
    for url in sorted({e.url for e in expected}):
        status, headers, _ = fetch(web, url)
        assert status == 200, url
        assert "charset=utf-8" in headers["Content-Type"]


def test_every_alert_resolves_to_an_expected_url(web, expected):
    feed = feedparser.parse(fetch(web, "/alerts/feed.xml")[2])
    targets = {parse_qs(urlsplit(e.link).query)["url"][0] for e in feed.entries}
    assert targets == {e.url for e in expected if e.source == "alerts"}
    for entry in feed.entries[:5]:
        assert fetch(web, entry.link)[0] == 200


def test_each_source_serves_exactly_its_expected_mentions(web, expected):
    def want(source: str) -> set[str]:
        return {e.url for e in expected if e.source == source}

    rss = feedparser.parse(fetch(web, "/news/rss.xml")[2])
    assert want("kestwick-courier") <= {e.link for e in rss.entries}

    search = set()
    for q in ('"Ashdown Vale"', '"Priya Lambert" "Kestwick"', "AVPS"):
        for page in range(1, 6):
            search |= {r["url"] for r in get_json(web, f"/searxng/search?q={quote(q)}&format=json&pageno={page}")[0]["results"]}
    assert search == want("web-search")

    listing, _ = get_json(web, "/reddit/search.json?q=%22Ashdown+Vale%22&sort=new&limit=100")
    assert {web.base_url + "/reddit" + c["data"]["permalink"] for c in listing["data"]["children"]} == want("reddit")

    toots = set()
    for tag in ("AshdownVale", "Kestwick"):
        toots |= {s["url"] for s in get_json(web, f"/mastodon/api/v1/timelines/tag/{tag}?limit=40")[0]}
    assert want("mastodon") < toots  # plus chatter that names nobody

    forum = set()
    for href in parsel.Selector(fetch(web, "/forum/")[2]).css("a.thread-link::attr(href)").getall():
        while href:
            page = parsel.Selector(fetch(web, href)[2])
            forum |= {web.base_url + a for a in page.css("a.permalink::attr(href)").getall()}
            href = page.css('a[rel="next"]::attr(href)').get()
    assert want("parents-forum") < forum  # plus chit-chat posts


def test_expected_text_is_what_the_page_shows(web, expected):
    for e in expected:
        body = fetch(web, e.url)[2]
        page = parsel.Selector(body)
        article = f"//article[@id='{e.url.rsplit('/', 1)[1]}']" if e.kind == "forum" else "//article"
        shown = page.xpath(f"normalize-space(string({article}))").get()
        assert " ".join(e.text.split()[:6]) in shown, e.url
