"""The sample web's HTTP server: every path of the fictional web on one 127.0.0.1 port.

``SampleWeb(anchor)`` is a context manager that serves a :class:`World` from a daemon thread;
``base_url`` is where it listens and ``config_text()`` is ``profile.yaml`` pointing at it. Routing
is one table of regular expressions; each handler returns a :class:`Response`. Nothing is logged
per request.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Self
from urllib.parse import parse_qs, urlsplit

from schoolwatch.sampleweb import apis, feeds, forum, pages, profiles, schoolsite
from schoolwatch.sampleweb.world import World

PROFILE = Path(__file__).with_name("profile.yaml")
HTML, JSON = "text/html; charset=utf-8", "application/json; charset=utf-8"


@dataclass
class Response:
    status: int
    body: str = ""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    modified: datetime | None = None  # sets Last-Modified and enables conditional GETs


def not_found() -> Response:
    return Response(404, pages.document("Not found", "<main><h1>404 – Page not found</h1></main>"))


def first(query: dict[str, list[str]], name: str, default: str = "") -> str:
    return query.get(name, [default])[0]


def number(value: str, default: int, low: int, high: int) -> int:
    try:
        return min(max(int(value), low), high)
    except ValueError:
        return default


class Site:
    """Maps a request (path and query) to a response for one world at one base URL."""

    def __init__(self, world: World, base_url: str) -> None:
        self.world, self.base_url = world, base_url
        self.routes: list[tuple[re.Pattern[str], Callable[..., Response]]] = [
            (re.compile(p), h)
            for p, h in [
                (r"/", self.home),
                (r"/news/", self.news_index),
                (r"/news/rss\.xml", self.news_rss),
                (r"/news/articles/(?P<slug>[\w-]+)\.html", self.page),
                (r"/web/(?P<slug>[\w-]+)\.html", self.page),
                (r"/alerts/feed\.xml", self.alerts),
                (r"/url", self.redirect),
                (r"/searxng/search", self.searxng),
                (r"/reddit/search\.json", self.reddit_search),
                (r"/reddit/r/(?P<sub>\w+)/search\.json", self.reddit_search),
                (r"/reddit/r/\w+/comments/(?P<post>\w+)/[\w-]+/\.json", self.reddit_comments),
                (r"/reddit/r/\w+/comments/\w+/[\w-]+/?", self.page),
                (r"/mastodon/api/v1/timelines/tag/(?P<tag>\w+)", self.mastodon_tag),
                (r"/mastodon/@\w+/\d+", self.page),
                (r"/forum/", self.forum_index),
                (r"/forum/threads/(?P<slug>[\w-]+)/", self.forum_thread),
                (r"/forum/threads/(?P<slug>[\w-]+)/post-(?P<post>\d+)", self.forum_post),
                (r"/bsky/xrpc/app\.bsky\.actor\.getProfile", self.bluesky_profile),
                (r"/bsky/xrpc/app\.bsky\.feed\.searchPosts", self.bluesky_search),
                (r"/bsky/profile/[\w.-]+/post/\w+", self.page),
                (r"/mastodon/api/v1/accounts/lookup", self.mastodon_lookup),
                (r"/reddit/user/(?P<name>[\w-]+)/about\.json", self.reddit_about),
                (r"/social/@(?P<handle>[\w.-]+)", self.social_page),
                (r"/school/docs/(?P<name>[\w-]+)\.pdf", self.school_document),
                (r"/school/(?P<rest>[\w/.-]*)", self.school_site),
            ]
        ]

    def respond(self, target: str) -> Response:
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        for pattern, handler in self.routes:
            if m := pattern.fullmatch(parts.path):
                return handler(parts.path, query, **m.groupdict())
        return not_found()

    def home(self, path: str, query: dict) -> Response:
        links = ["/news/", "/news/rss.xml", "/alerts/feed.xml", "/forum/"]
        items = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
        body = f"<main><h1>Kestwick sample web</h1><ul>{items}</ul></main>"
        return Response(200, pages.document("Kestwick sample web", body))

    def news_index(self, path: str, query: dict) -> Response:
        return Response(200, pages.news_index(self.world))

    def news_rss(self, path: str, query: dict) -> Response:
        body = feeds.rss(self.world, self.base_url)
        newest = self.world.news[0].published_at
        return Response(200, body, "application/rss+xml; charset=utf-8", modified=newest)

    def alerts(self, path: str, query: dict) -> Response:
        body = feeds.atom(self.world, self.base_url)
        newest = self.world.alert_items()[0].published_at
        return Response(200, body, "application/atom+xml; charset=utf-8", modified=newest)

    def redirect(self, path: str, query: dict) -> Response:
        target = first(query, "url")
        if not target:
            return Response(400, pages.document("Bad request", "<main><h1>400 – no url</h1></main>"))
        return Response(302, "", headers={"Location": target})

    def page(self, path: str, query: dict, **_: str) -> Response:
        if path.startswith("/reddit/") and not path.endswith("/"):
            path += "/"  # Reddit serves a post with or without the trailing slash
        item = self.world.find_page(path)
        if item is None:
            return not_found()
        if item.kind == "news":
            return Response(200, pages.news_article(self.world, item))
        if item.kind == "web":
            return Response(200, pages.web_page(item))
        if item.kind == "reddit":
            return Response(200, pages.reddit_post(item))
        if item.kind == "bluesky":
            return Response(200, pages.bluesky_post(item))
        return Response(200, pages.mastodon_status(self.base_url, item))

    def searxng(self, path: str, query: dict) -> Response:
        if first(query, "format") != "json":
            return Response(403, pages.document("403 Forbidden", "<main><h1>403 Forbidden</h1></main>"))
        pageno = number(first(query, "pageno", "1"), 1, 1, 50)
        body = apis.searxng(self.world, self.base_url, first(query, "q"), pageno)
        return Response(200, json.dumps(body, ensure_ascii=False), JSON)

    def reddit_comments(self, path: str, query: dict, post: str) -> Response:
        """A post's JSON page as Reddit serves it: [the post's Listing, its comments' Listing]."""
        item = next((i for i in self.world.reddit if i.piece.meta["id"] == post), None)
        if item is None:
            return not_found()
        raw = first(query, "raw_json") == "1"
        body = [apis.listing([apis.reddit_t3(item, self.base_url, raw)]), apis.listing([])]
        return Response(200, json.dumps(body, ensure_ascii=False), JSON)

    def reddit_search(self, path: str, query: dict, sub: str | None = None) -> Response:
        restrict = first(query, "restrict_sr").lower() in ("1", "on", "true", "yes")
        listing = apis.reddit_listing(
            self.world,
            self.base_url,
            first(query, "q"),
            sub if restrict else None,
            number(first(query, "limit", "25"), 25, 1, 100),
            first(query, "after") or None,
            raw_json=first(query, "raw_json") == "1",
        )
        return Response(200, json.dumps(listing, ensure_ascii=False), JSON)

    def mastodon_tag(self, path: str, query: dict, tag: str) -> Response:
        statuses, link = apis.mastodon_timeline(
            self.world,
            self.base_url,
            tag,
            number(first(query, "limit", "20"), 20, 1, 40),
            first(query, "max_id") or None,
            first(query, "since_id") or first(query, "min_id") or None,
        )
        headers = {"Link": link} if link else {}
        return Response(200, json.dumps(statuses, ensure_ascii=False), JSON, headers)

    def bluesky_search(self, path: str, query: dict) -> Response:
        limit = number(first(query, "limit", "25"), 25, 1, 100)
        body = apis.bluesky_search(self.world, first(query, "q"), limit, first(query, "cursor") or None)
        return Response(200, json.dumps(body, ensure_ascii=False), JSON)

    def bluesky_profile(self, path: str, query: dict) -> Response:
        return Response(*profiles.bluesky_profile(first(query, "actor")), JSON)

    def mastodon_lookup(self, path: str, query: dict) -> Response:
        return Response(*profiles.mastodon_lookup(self.base_url, first(query, "acct")), JSON)

    def reddit_about(self, path: str, query: dict, name: str) -> Response:
        return Response(*profiles.reddit_about(name), JSON)

    def social_page(self, path: str, query: dict, handle: str) -> Response:
        return Response(*profiles.social_page(handle))

    def school_site(self, path: str, query: dict, rest: str) -> Response:
        html = schoolsite.school_page(rest)
        return Response(200, html) if html is not None else not_found()

    def school_document(self, path: str, query: dict, name: str) -> Response:
        document = schoolsite.school_document(name)
        return Response(200, document, "application/pdf") if document is not None else not_found()

    def forum_index(self, path: str, query: dict) -> Response:
        return Response(200, forum.index(self.world))

    def forum_thread(self, path: str, query: dict, slug: str) -> Response:
        thread = self.world.threads.get(slug)
        page = number(first(query, "page", "1"), 0, 0, 10_000)
        if thread is None or not 1 <= page <= thread.pages:
            return not_found()
        return Response(200, forum.thread_page(thread, page))

    def forum_post(self, path: str, query: dict, slug: str, post: str) -> Response:
        thread = self.world.threads.get(slug)
        if thread is None or not 1 <= int(post) <= len(thread.posts):
            return not_found()
        return Response(200, forum.thread_page(thread, (int(post) - 1) // 5 + 1))


class Handler(BaseHTTPRequestHandler):
    server: "_Server"
    protocol_version = "HTTP/1.1"
    server_version = "SampleWeb/1.0"

    def do_GET(self) -> None:
        self.send(self.server.site.respond(self.path), with_body=True)

    def do_HEAD(self) -> None:
        self.send(self.server.site.respond(self.path), with_body=False)

    def send(self, response: Response, with_body: bool) -> None:
        body = response.body.encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        status = response.status
        if status == 200 and self.not_modified(etag, response.modified):
            status, body = 304, b""
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        if response.status == 200:
            self.send_header("ETag", etag)
        if response.modified:
            self.send_header("Last-Modified", format_datetime(response.modified, usegmt=True))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def not_modified(self, etag: str, modified: datetime | None) -> bool:
        if match := self.headers.get("If-None-Match"):
            return etag in [tag.strip() for tag in match.split(",")]
        since = self.headers.get("If-Modified-Since")
        if since and modified:
            try:
                return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base's name
        """Silent: tests and the demo do not want a line per request."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A real site's listen queue, not the standard library's 5: with 5, a crawl's parallel
    # connections were dropped and retried by TCP a second later, which timed the kernel, not us.
    request_queue_size = 128
    site: Site


class SampleWeb:
    """The sample web on 127.0.0.1; items are dated relative to ``anchor`` (default: today, UTC)."""

    def __init__(self, anchor: date | None = None, port: int = 0) -> None:
        self.world = World(anchor)
        self.port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sample web is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> Self:
        if self._server is None:
            self._server = _Server(("127.0.0.1", self.port), Handler)
            self._server.site = Site(self.world, self.base_url)
            self._thread = threading.Thread(
                target=self._server.serve_forever, name="sampleweb", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def config_text(self) -> str:
        """``profile.yaml`` with ``{base}`` replaced by this server's base URL."""
        return PROFILE.read_text(encoding="utf-8").replace("{base}", self.base_url)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
