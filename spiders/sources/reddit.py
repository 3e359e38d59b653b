"""Reddit's public search JSON (posts), site-wide or within the configured subreddits.

Config: ``kind: reddit``, ``base_url`` (https://www.reddit.com), ``subreddits``, ``max_pages``.
Listing pages are followed with Reddit's ``after`` token. The mention URL is the post's permalink.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import Profile, RedditSource
from spiders.extract import parse_date, strip_html
from spiders.items import MentionItem
from spiders.sources.base import SourceSpider

PAGE_SIZE = 25


class RedditSpider(SourceSpider):
    name = "reddit"
    platform = "reddit"

    def requests(self, source: RedditSource, profile: Profile) -> Iterator[Request]:
        scopes = [f"/r/{sub}" for sub in source.subreddits] or [""]
        for scope in scopes:
            for query in profile.search_terms():
                yield self.search_request(scope, query, after=None, page=1)

    def search_request(self, scope: str, query: str, after: str | None, page: int) -> Request:
        params = {"q": query, "sort": "new", "limit": PAGE_SIZE, "raw_json": 1}
        if scope:
            params["restrict_sr"] = 1
        if after:
            params["after"] = after
        return Request(
            f"{self.source.base_url.rstrip('/')}{scope}/search.json?{urlencode(params)}",
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"scope": scope, "query": query, "page": page},
        )

    def parse_listing(self, response: Response, scope: str, query: str, page: int) -> Iterator[Request | MentionItem]:
        try:
            data = json.loads(response.body)["data"]
            children = data["children"]
            assert isinstance(children, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a Reddit listing")
            return
        for child in children:
            post = child.get("data") if isinstance(child, dict) else None
            if child.get("kind") == "t3" and isinstance(post, dict) and post.get("permalink"):
                yield self.post_mention(response, post)
        after = data.get("after")
        if after and page < self.source.max_pages:
            yield self.search_request(scope, query, after=str(after), page=page + 1)

    def post_mention(self, response: Response, post: dict[str, Any]) -> MentionItem:
        text = str(post.get("selftext") or "") or strip_html(post.get("selftext_html"))
        return self.mention(
            response,
            url=f"{self.source.base_url.rstrip('/')}{post['permalink']}",
            title=str(post.get("title") or ""),
            text=text,
            author=str(post.get("author") or "") or None,
            published_at=parse_date(post.get("created_utc")),
            context=str(post.get("subreddit_name_prefixed") or post.get("subreddit") or ""),
        )
