"""Bluesky post search (``app.bsky.feed.searchPosts``), paginated with the answer's ``cursor``.

Config: ``kind: bluesky``, ``base_url`` (the AppView searched anonymously, default
https://public.api.bsky.app), ``web_url`` (where people read posts, default https://bsky.app),
``handle`` and ``app_password`` (optional: when set, the spider logs in at ``pds_url``, default
https://bsky.social, with ``com.atproto.server.createSession`` and searches there with the session
token, as the AppView does not take logins and servers that refuse anonymous search require),
``max_pages``.
The mention URL is the post's web address: ``{web_url}/profile/<handle>/post/<rkey>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy import Request
from scrapy.http import JsonRequest, Response

from schoolwatch.config import BlueskySource, Profile
from spiders.extract import parse_date, read_json
from spiders.items import MentionItem
from spiders.queries import queries_for
from spiders.sources.base import SourceSpider

PAGE_SIZE = 25
SEARCH = "/xrpc/app.bsky.feed.searchPosts"
LOGIN = "/xrpc/com.atproto.server.createSession"


class BlueskySpider(SourceSpider):
    name = "bluesky"
    platform = "bluesky"

    def requests(self, source: BlueskySource, profile: Profile) -> Iterator[Request]:
        if source.handle and source.app_password:
            yield JsonRequest(
                f"{source.pds_url.rstrip('/')}{LOGIN}",
                data={"identifier": source.handle, "password": source.app_password},
                callback=self.logged_in,
                errback=self.listing_failed,
                dont_filter=True,
            )
            return
        for query in queries_for("bluesky", profile):
            yield self.search_request(query, cursor=None, page=1, token=None)

    def logged_in(self, response: Response) -> Iterator[Request]:
        try:
            token = str(read_json(response.body)["accessJwt"])
        except (ValueError, KeyError, TypeError):
            self.source_problem(response, "login answered without a session token")
            return
        for query in queries_for("bluesky", self.profile) if self.profile else []:
            yield self.search_request(query, cursor=None, page=1, token=token)

    def search_request(self, query: str, cursor: str | None, page: int, token: str | None) -> Request:
        params: dict[str, Any] = {"q": query, "limit": PAGE_SIZE, "sort": "latest"}
        if cursor:
            params["cursor"] = cursor
        server = self.source.pds_url if token else self.source.base_url
        return Request(
            f"{server.rstrip('/')}{SEARCH}?{urlencode(params)}",
            headers={"Authorization": f"Bearer {token}"} if token else {},
            callback=self.parse_results,
            errback=self.listing_failed,
            cb_kwargs={"query": query, "page": page, "token": token},
        )

    def parse_results(self, response: Response, query: str, page: int, token: str | None) -> Iterator[Request | MentionItem]:
        try:
            answer = read_json(response.body)
            posts = answer["posts"]
            assert isinstance(posts, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a searchPosts answer")
            return
        yield from self.each_readable(posts, lambda post: self.post_mentions(response, post))
        cursor = answer.get("cursor")
        if posts and cursor and page < self.source.max_pages:
            yield self.search_request(query, cursor=str(cursor), page=page + 1, token=token)

    def post_mentions(self, response: Response, post: Any) -> Iterator[MentionItem]:
        """The mention of one post; none (counted) for a post without an author, address or text."""
        if not isinstance(post, dict):
            return
        author = post.get("author") if isinstance(post.get("author"), dict) else {}
        record = post.get("record") if isinstance(post.get("record"), dict) else {}
        handle, rkey = author.get("handle"), str(post.get("uri", "")).rsplit("/", 1)[-1]
        if not handle or not rkey or not isinstance(record.get("text"), str):
            self.crawler.stats.inc_value("schoolwatch/bluesky/post_unreadable")
            return
        yield self.mention(
            response,
            url=f"{self.source.web_url.rstrip('/')}/profile/{handle}/post/{rkey}",
            text=record["text"],
            author=str(handle),
            published_at=parse_date(record.get("createdAt") or post.get("indexedAt")),
            context=str(author.get("displayName") or ""),
        )
