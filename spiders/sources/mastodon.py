"""A Mastodon instance: tag timelines and accounts' statuses (pages followed through the ``Link``
header), and status search.

Config: ``kind: mastodon``, ``base_url`` (the instance), ``tags``, ``accounts`` (looked up with
``/api/v1/accounts/lookup``), ``search`` (``/api/v2/search``, one page per query; most instances
want ``access_token`` for it), ``max_pages``. Boosts are read as the boosted status (that is what
people see and what a report names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import MastodonSource, Profile
from spiders.extract import parse_date, read_json, strip_html
from spiders.items import MentionItem
from spiders.queries import queries_for
from spiders.sources.base import SourceSpider
from spiders.urls import web_address

PAGE_SIZE = 40
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


class MastodonSpider(SourceSpider):
    name = "mastodon"
    platform = "mastodon"

    def requests(self, source: MastodonSource, profile: Profile) -> Iterator[Request]:
        base = source.base_url.rstrip("/")
        for tag in source.tags:
            yield self.timeline_request(f"{base}/api/v1/timelines/tag/{quote(tag)}?limit={PAGE_SIZE}", f"#{tag}", page=1)
        for account in source.accounts:
            yield self.api_request(f"{base}/api/v1/accounts/lookup?{urlencode({'acct': account})}", self.parse_account)
        if source.search:
            for query in queries_for("mastodon", profile):
                params = urlencode({"q": query, "type": "statuses", "limit": PAGE_SIZE, "resolve": "false"})
                yield self.api_request(f"{base}/api/v2/search?{params}", self.parse_search)

    def api_request(self, url: str, callback: Any, **cb_kwargs: Any) -> Request:
        token = self.source.access_token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return Request(url, headers=headers, callback=callback, errback=self.listing_failed, cb_kwargs=cb_kwargs)

    def timeline_request(self, url: str, context: str, page: int) -> Request:
        return self.api_request(url, self.parse_timeline, context=context, page=page)

    def parse_account(self, response: Response) -> Iterator[Request]:
        try:
            account = read_json(response.body)
            account_id, acct = str(account["id"]), str(account.get("acct") or "")
        except (ValueError, KeyError, TypeError):
            self.source_problem(response, "not a Mastodon account")
            return
        url = f"{self.source.base_url.rstrip('/')}/api/v1/accounts/{quote(account_id)}/statuses?limit={PAGE_SIZE}"
        yield self.timeline_request(url, f"@{acct}", page=1)

    def parse_search(self, response: Response) -> Iterator[MentionItem]:
        try:
            statuses = read_json(response.body)["statuses"]
            assert isinstance(statuses, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.source_problem(response, "not a Mastodon search answer")
            return
        yield from self.each_readable(statuses, lambda status: self.status_mentions(response, status, ""))

    def parse_timeline(self, response: Response, context: str, page: int) -> Iterator[Request | MentionItem]:
        try:
            statuses = read_json(response.body)
            assert isinstance(statuses, list)
        except (ValueError, AssertionError):
            self.source_problem(response, "not a Mastodon timeline (expected a JSON array of statuses)")
            return
        # a boost stands for the status it boosts
        boosted = [status.get("reblog") or status if isinstance(status, dict) else status for status in statuses]
        yield from self.each_readable(boosted, lambda status: self.status_mentions(response, status, context))
        link = response.headers.get(b"Link", b"").decode("latin-1")
        found = _NEXT.search(link)
        if statuses and found and page < self.source.max_pages:
            yield self.timeline_request(found.group(1), context, page + 1)

    def status_mentions(self, response: Response, status: Any, context: str) -> Iterator[MentionItem]:
        """The mention of one status; none for one without a web address."""
        url = web_address(status.get("url") or status.get("uri")) if isinstance(status, dict) else None
        if url is None:
            return
        account = status.get("account") if isinstance(status.get("account"), dict) else {}
        tag_list = status.get("tags") if isinstance(status.get("tags"), list) else []
        tags = " ".join(f"#{t.get('name')}" for t in tag_list if isinstance(t, dict))
        warning = strip_html(status.get("spoiler_text"))
        text = strip_html(status.get("content"))
        yield self.mention(
            response,
            url=url,
            title=warning,
            text=text,
            author=str(account.get("acct") or account.get("username") or "") or None,
            published_at=parse_date(status.get("created_at")),
            context=f"{context} {tags} {account.get('display_name') or ''}",
        )
