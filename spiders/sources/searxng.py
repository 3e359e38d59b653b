"""Web search through a SearXNG instance's JSON API; each result's page is followed.

Config: ``kind: searxng``, ``base_url`` (the instance, e.g. https://search.example.org),
``max_pages`` per query, ``follow_links``. Queries come from the profile (quoted school names,
staff names with the town).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import Profile, SearxngSource
from spiders.extract import parse_date, read_json, strip_html
from spiders.items import MentionItem
from spiders.queries import queries_for
from spiders.sources.base import SourceSpider
from spiders.urls import web_address


class SearxngSpider(SourceSpider):
    name = "searxng"
    platform = "web"

    def requests(self, source: SearxngSource, profile: Profile) -> Iterator[Request]:
        for query in queries_for("searxng", profile):
            yield self.search_request(query, page=1)

    def search_request(self, query: str, page: int) -> Request:
        params = urlencode({"q": query, "format": "json", "pageno": page})
        return Request(
            f"{self.source.base_url.rstrip('/')}/search?{params}",
            callback=self.parse_results,
            errback=self.listing_failed,
            cb_kwargs={"query": query, "page": page},
        )

    def parse_results(self, response: Response, query: str, page: int) -> Iterator[Request | MentionItem]:
        try:
            results = read_json(response.body)["results"]
            assert isinstance(results, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a SearXNG JSON answer (is format=json enabled on the instance?)")
            return
        yield from self.each_readable(results, lambda result: self.result_items(response, result))
        if results and page < self.source.max_pages:
            yield self.search_request(query, page + 1)

    def result_items(self, response: Response, result: Any) -> Iterator[Request | MentionItem]:
        """The hit's page (or its snippet, when links are not followed); none for a result without a web address."""
        url = web_address(result.get("url")) if isinstance(result, dict) else None
        if url is None:
            return
        known = {
            "url": url,
            "title": strip_html(str(result.get("title") or "")),
            "text": strip_html(str(result.get("content") or "")),
            "published_at": parse_date(result.get("publishedDate")),
        }
        if self.source.follow_links:
            yield from self.follow_hit(response, known)
        else:
            yield from self.snippet(response, known)
