"""What every source spider shares: finding its source in the config, building mention items from
responses, and turning failures into source health instead of crashes.

A spider runs for one configured source: ``scrapy crawl feeds -a source=kestwick-courier``. Run
through ``scrapy`` directly, it reads ``$SCHOOLWATCH_CONFIG`` or ``./schoolwatch.yaml`` (the
``scrapy crawl`` command is an entry point like the CLI); run by schoolwatch, it gets the config in
its settings from ``spiders.run.crawl_settings``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure
from typing_extensions import Self

from schoolwatch.config import Config, Profile, Source
from spiders.extract import Extracted, main_text
from spiders.items import MentionItem
from spiders.urls import canonical_url
from store.db import open_store, session_scope
from store.models import utcnow
from store.queries import fetched_pages

log = logging.getLogger(__name__)
SKIPPED_HEADERS = {"set-cookie", "cookie", "authorization"}
# What reading one item of a stranger's JSON raises when a field has the wrong type or is missing.
UNREADABLE = (TypeError, ValueError, KeyError, AttributeError, IndexError)
T = TypeVar("T")


class SourceSpider(Spider):
    """Base for one kind of source. Subclasses set ``name`` (the kind) and write :meth:`requests`."""

    name: ClassVar[str] = ""  # empty: the base is not a spider `scrapy list` should show
    platform: ClassVar[str] = "web"

    def __init__(self, source: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.source_name = source or ""
        self.source: Any = None
        self.profile: Profile | None = None
        self._fetched: dict[str, datetime] | None = None

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if settings.get("SCHOOLWATCH_CONFIG") is None:
            # Started by `scrapy crawl`, not by schoolwatch: load the config the way the CLI does.
            from schoolwatch.config import default_config_path, load_config
            from spiders.run import crawl_settings

            for key, value in crawl_settings(load_config(default_config_path())).items():
                settings.set(key, value, priority="cmdline")

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> Self:
        spider = super().from_crawler(crawler, *args, **kwargs)
        config: Config = crawler.settings["SCHOOLWATCH_CONFIG"]
        spider.source_name, spider.source = cls.pick_source(config, spider.source_name)
        spider.profile = config.profile
        return spider

    @classmethod
    def pick_source(cls, config: Config, name: str) -> tuple[str, Any]:
        """The named source of this kind, or the only one when no name is given."""
        mine = {key: source for key, source in config.sources.items() if source.kind == cls.name}
        if name:
            if name not in mine:
                raise ValueError(f"sources.{name}: no {cls.name} source of that name (have: {', '.join(mine) or 'none'})")
            return name, mine[name]
        if len(mine) != 1:
            raise ValueError(f"{cls.name}: say which source with -a source=NAME (have: {', '.join(mine) or 'none'})")
        return next(iter(mine.items()))

    async def start(self) -> AsyncIterator[Request]:
        for request in self.requests(self.source, self.profile):
            yield request

    def requests(self, source: Source, profile: Profile) -> Iterator[Request]:
        """The first requests for this source (listing pages, feed URLs, search queries)."""
        raise NotImplementedError

    # -- building items -------------------------------------------------------------------------

    def each_readable(self, items: Iterable[Any], read: Callable[[Any], Iterable[T]]) -> Iterator[T]:
        """What ``read`` makes of each of a page's items (mentions, requests), in order. An item it
        cannot read (a number where text was promised, a list for a link) is counted as
        ``schoolwatch/<kind>/item_unreadable`` and skipped: one bad item never costs the rest of the page."""
        for item in items:
            try:
                made = list(read(item))
            except UNREADABLE:
                self.crawler.stats.inc_value(f"schoolwatch/{self.name}/item_unreadable")
                continue
            yield from made

    def mention(self, response: Response, **fields: Any) -> MentionItem:
        """A mention from ``response``, which is kept as its evidence."""
        fields.setdefault("platform", self.platform)
        return MentionItem(
            source=self.source_name,
            fetched_at=utcnow(),
            status=response.status,
            headers=headers_of(response),
            body=response.body,
            response_url=response.url,
            **fields,
        )

    def follow_hit(self, listing: Response, known: dict[str, Any]) -> Iterator[Request | MentionItem]:
        """Follow a hit to its page, unless that page is already stored and the listing does not
        say it changed since (``known["updated_at"]`` later than our capture): a good citizen does
        not fetch the same article every crawl."""
        limit = self.crawler.settings.getint("URLLENGTH_LIMIT")  # 0: no limit
        if limit and len(known["url"]) > limit:
            # Scrapy drops a request for so long an address without a word: keep what the listing says
            self.crawler.stats.inc_value("schoolwatch/article/address_too_long")
            yield from self.snippet(listing, known)
            return
        fetched = self.fetched_pages().get(canonical_url(known["url"]))
        updated = known.get("updated_at")
        if fetched is not None and (updated is None or updated <= fetched):
            self.crawler.stats.inc_value("schoolwatch/article/already_stored")
            return
        yield self.article_request(listing, **known)

    def fetched_pages(self) -> dict[str, datetime]:
        """Canonical URL → when its page was last fetched, for pages already stored (read once)."""
        if self._fetched is None:
            self._fetched = {}
            database_url = self.crawler.settings.get("SCHOOLWATCH_DATABASE_URL")
            if database_url and self.profile is not None:
                engine = open_store(database_url)
                with session_scope(engine) as session:
                    pages = fetched_pages(session, self.profile.slug)
                engine.dispose()
                for url, when in pages.items():
                    key = canonical_url(url)
                    self._fetched[key] = max(when, self._fetched.get(key, when))
        return self._fetched

    def article_request(self, listing: Response, **known: Any) -> Request:
        """Follow a hit to its page (``known["url"]``); if the page cannot be had, the hit's
        snippet (what ``known`` says of it) is kept instead."""
        return Request(
            known["url"],
            callback=self.parse_article,
            errback=self.article_failed,
            cb_kwargs={"known": known},
            meta={"listing": listing},
        )

    def parse_article(self, response: Response, known: dict[str, Any]) -> Iterator[MentionItem]:
        """A followed page: its main text, with what the listing said as the fallback."""
        if not is_html(response):
            self.crawler.stats.inc_value("schoolwatch/article/not_html")
            yield from self.snippet(response.meta["listing"], known)
            return
        page: Extracted = main_text(response.text, response.url)
        if not page.text:
            self.crawler.stats.inc_value("schoolwatch/article/no_main_text")
            yield from self.snippet(response.meta["listing"], known)
            return
        yield self.mention(
            response,
            url=response.url,
            title=page.title or known.get("title", ""),
            text=page.text,
            author=page.author or known.get("author"),
            published_at=page.published_at or known.get("published_at"),
            context=known.get("context", ""),
            platform=known.get("platform", self.platform),
        )

    def article_failed(self, failure: Failure) -> Iterator[MentionItem]:
        self.count_error(failure, "article")
        request = failure.request  # type: ignore[attr-defined]
        yield from self.snippet(request.meta["listing"], request.cb_kwargs["known"])

    def snippet(self, listing: Response, known: dict[str, Any]) -> Iterator[MentionItem]:
        """The listing's own words about a hit (feed summary, search snippet), as a mention."""
        if known.get("text") or known.get("title"):
            self.crawler.stats.inc_value("schoolwatch/article/snippet_kept")
            yield self.mention(listing, **{k: v for k, v in known.items() if k in MENTION_FIELDS})

    # -- failures -------------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        """A feed, search or timeline request failed: the source is unhealthy this run."""
        self.count_error(failure, "source")

    def source_problem(self, response: Response, problem: str) -> None:
        """The source answered with something we cannot read (malformed feed, bad JSON)."""
        self.crawler.stats.inc_value("schoolwatch/source/errors")
        self.crawler.stats.set_value("schoolwatch/source/last_error", f"{response.url}: {problem}")
        log.warning("%s: %s: %s", self.source_name, response.url, problem)

    def count_error(self, failure: Failure, where: str) -> None:
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        response = getattr(failure.value, "response", None)
        if isinstance(failure.value, HttpError) and response is not None:
            problem = f"answered HTTP {response.status}" + (" (login or permission needed)" if response.status in (401, 403) else "")
        else:
            problem = failure.getErrorMessage() or failure.type.__name__
        self.crawler.stats.inc_value(f"schoolwatch/{where}/errors")
        self.crawler.stats.set_value(f"schoolwatch/{where}/last_error", f"{url}: {failure.type.__name__}: {problem}"[:500])
        log.info("%s: %s failed: %s", self.source_name, url, problem)


MENTION_FIELDS = {"url", "title", "text", "author", "published_at", "context", "platform"}  # not updated_at


def headers_of(response: Response) -> dict[str, str]:
    """Response headers as text, without cookies (they identify us, not the evidence)."""
    headers: dict[str, str] = {}
    for key, values in response.headers.items():
        name = key.decode("latin-1")
        if name.lower() not in SKIPPED_HEADERS:
            headers[name] = b", ".join(values).decode("latin-1")
    return headers


def followable(response: Response, href: str | None) -> str | None:
    """The absolute http(s) URL of a link found in a page, or None (``javascript:``, ``mailto:``,
    ``data:`` and broken links are not followed)."""
    if not href:
        return None
    url = response.urljoin(href.strip())
    return url if url.startswith(("http://", "https://")) else None


def is_html(response: Response) -> bool:
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
    return "html" in content_type or (not content_type and response.body.lstrip()[:1] == b"<")
