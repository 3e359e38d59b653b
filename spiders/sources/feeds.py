"""RSS, Atom and JSON Feed (local news, alerts, RSS-Bridge): each entry's link is followed and its
main text read.

Config: ``kind: feeds``, ``urls`` (feed URLs) and/or ``preset`` (with ``base_url``, ``channels``,
``bridge``: see spiders/presets.py), ``follow_links``. Redirect links of alert services
(``.../url?url=<article>``) are unwrapped to the article itself. A malformed feed is recorded as a
source problem; whatever entries feedparser could still recover are kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import feedparser
from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import FeedsSource, Profile
from spiders.extract import parse_date, read_json, strip_html
from spiders.items import MentionItem
from spiders.presets import feed_urls
from spiders.sources.base import SourceSpider
from spiders.urls import unwrap_redirect, web_address


class FeedsSpider(SourceSpider):
    name = "feeds"
    platform = "news"

    def requests(self, source: FeedsSource, profile: Profile) -> Iterator[Request]:
        for url in feed_urls(source, profile):
            yield Request(url, callback=self.parse_feed, errback=self.listing_failed)

    def parse_feed(self, response: Response) -> Iterator[Request | MentionItem]:
        entries, fields = json_feed_items(response.body), json_feed_fields
        if entries is None:
            headers = {k.lower(): v for k, v in _headers(response).items()}
            headers.setdefault("content-location", response.url)  # the base for relative entry links
            feed = feedparser.parse(response.body, response_headers=headers)
            if not feed.entries and (feed.bozo or not feed.get("version")):
                why = type(feed.bozo_exception).__name__ if feed.bozo else "empty response"
                self.source_problem(response, f"not a readable feed ({why})")
                return
            if feed.bozo:
                self.crawler.stats.inc_value("schoolwatch/feeds/recovered_malformed")
            entries, fields = feed.entries, self.entry_fields
        yield from self.each_readable(entries, lambda entry: self.entry_items(response, fields(entry)))

    def entry_items(self, response: Response, known: dict[str, Any]) -> Iterator[Request | MentionItem]:
        """The entry's page (or its summary, when links are not followed); none for an entry without a link."""
        if not known["url"]:
            self.crawler.stats.inc_value("schoolwatch/feeds/entry_without_link")
        elif self.source.follow_links:
            yield from self.follow_hit(response, known)
        else:
            yield from self.snippet(response, known)

    @staticmethod
    def entry_fields(entry: Any) -> dict[str, Any]:
        link = unwrap_redirect(str(entry.get("link") or "").strip())
        return {
            "url": web_address(link) or "",
            "title": strip_html(entry.get("title")),
            "text": strip_html(entry.get("summary")),
            # News aggregators name the publisher as the entry's source rather than an author.
            "author": entry.get("author") or (entry.get("source") or {}).get("title") or None,
            "published_at": parse_date(entry.get("published_parsed") or entry.get("updated_parsed")),
            "updated_at": parse_date(dict.get(entry, "updated_parsed")),  # not feedparser's fallback to published
        }


def json_feed_items(body: bytes) -> list[Any] | None:
    """The items of a JSON Feed (https://jsonfeed.org, versions 1 and 1.1), or None when the
    body is not one (feedparser reads every XML flavour but not JSON)."""
    if not body.lstrip().startswith(b"{"):
        return None
    try:
        feed = read_json(body)
    except ValueError:
        return None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        return None
    items = feed.get("items")
    return items if isinstance(items, list) else []


def json_feed_fields(item: Any) -> dict[str, Any]:
    """One JSON Feed item as the fields of a hit (see ``FeedsSpider.entry_fields``)."""
    if not isinstance(item, dict):
        return {"url": ""}
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
    link = str(item.get("url") or item.get("external_url") or "").strip()
    return {
        "url": web_address(link) or "",
        "title": strip_html(str(item.get("title") or "")),
        "text": str(item.get("content_text") or "") or strip_html(item.get("content_html") or item.get("summary")),
        "author": next((str(a["name"]) for a in authors if isinstance(a, dict) and a.get("name")), None),
        "published_at": parse_date(item.get("date_published") or item.get("date_modified")),
        "updated_at": parse_date(item.get("date_modified")),
    }


def _headers(response: Response) -> dict[str, str]:
    return {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items() if v}
