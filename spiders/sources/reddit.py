"""Reddit's public search JSON (posts), site-wide or within the configured subreddits.

Config: ``kind: reddit``, ``base_url`` (https://www.reddit.com), ``subreddits``, ``comments``,
``max_pages``. Listing pages are followed with Reddit's ``after`` token. The mention URL is the
post's permalink; with ``comments``, every comment under a post found is read from the post's JSON
page (``<permalink>.json``) and is a mention at ``<permalink><comment id>/``, read in the context
of the post's title (a reply saying "Hollis is a creep" under "Is Mr Hollis safe?").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

from scrapy import Request
from scrapy.http import Response
from twisted.python.failure import Failure

from schoolwatch.config import Profile, RedditSource
from spiders.extract import parse_date, read_json, strip_html
from spiders.items import MentionItem
from spiders.queries import queries_for
from spiders.sources.base import SourceSpider

PAGE_SIZE = 25


class RedditSpider(SourceSpider):
    name = "reddit"
    platform = "reddit"

    def requests(self, source: RedditSource, profile: Profile) -> Iterator[Request]:
        scopes = [f"/r/{sub}" for sub in source.subreddits] or [""]
        for scope in scopes:
            for query in queries_for("reddit", profile):
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
            data = read_json(response.body)["data"]
            children = data["children"]
            assert isinstance(children, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a Reddit listing")
            return
        yield from self.each_readable(children, lambda child: self.post_items(response, child))
        after = data.get("after")
        if after and page < self.source.max_pages:
            yield self.search_request(scope, query, after=str(after), page=page + 1)

    def post_items(self, response: Response, child: Any) -> Iterator[Request | MentionItem]:
        """A listed post's mention, and the request for its comments when the source wants them."""
        post = child.get("data") if isinstance(child, dict) else None
        if isinstance(post, dict) and child.get("kind") == "t3" and isinstance(post.get("permalink"), str):
            yield self.post_mention(response, post)
            if self.source.comments:
                yield self.comments_request(post)

    def comments_request(self, post: dict[str, Any]) -> Request:
        permalink = str(post["permalink"])
        return Request(
            f"{self.source.base_url.rstrip('/')}{permalink.rstrip('/')}/.json?raw_json=1&limit=500",
            callback=self.parse_comments,
            errback=self.comments_failed,
            cb_kwargs={"permalink": permalink.rstrip("/") + "/", "context": f"{post.get('title', '')}\n{post.get('subreddit_name_prefixed', '')}"},
        )

    def parse_comments(self, response: Response, permalink: str, context: str) -> Iterator[MentionItem]:
        try:
            page = read_json(response.body)
            top = page[1]["data"]["children"]
        except (ValueError, KeyError, TypeError, IndexError):
            self.crawler.stats.inc_value("schoolwatch/reddit/comments_unreadable")
            return
        yield from self.comment_mentions(response, top, permalink, context)

    def comment_mentions(self, response: Response, children: Any, permalink: str, context: str) -> Iterator[MentionItem]:
        """Every comment in a comment tree, replies included (depth first, as Reddit shows them)."""
        comments = children if isinstance(children, list) else []
        yield from self.each_readable(comments, lambda child: self.comment_items(response, child, permalink, context))

    def comment_items(self, response: Response, child: Any, permalink: str, context: str) -> Iterator[MentionItem]:
        """One comment's mention, then its replies'."""
        comment = child.get("data") if isinstance(child, dict) else None
        if not isinstance(comment, dict) or child.get("kind") != "t1":
            return  # "more" stubs need a logged-in API call to expand
        if comment.get("body") and comment.get("id"):
            yield self.mention(
                response,
                url=f"{self.source.base_url.rstrip('/')}{permalink}{comment['id']}/",
                text=str(comment["body"]),
                author=str(comment.get("author") or "") or None,
                published_at=parse_date(comment.get("created_utc")),
                context=context,
            )
        replies = comment.get("replies")
        listing = replies.get("data") if isinstance(replies, dict) else None
        if isinstance(listing, dict):
            yield from self.comment_mentions(response, listing.get("children"), permalink, context)

    def comments_failed(self, failure: Failure) -> None:
        # A post's comments being unavailable (deleted, locked, rate-limited) is not the source failing.
        self.count_error(failure, "reddit/comments")

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
