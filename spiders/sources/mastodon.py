"""A Mastodon instance's public tag timelines; pages are followed through the ``Link`` header.

Config: ``kind: mastodon``, ``base_url`` (the instance), ``tags``, ``max_pages``. Boosts are read
as the boosted status (that is what people see and what a report names).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import MastodonSource, Profile
from spiders.extract import parse_date, strip_html
from spiders.items import MentionItem
from spiders.sources.base import SourceSpider

PAGE_SIZE = 40
_NEXT = re.compile(r'<([^>]+)>\s*;\s*rel="?next"?')


class MastodonSpider(SourceSpider):
    name = "mastodon"
    platform = "mastodon"

    def requests(self, source: MastodonSource, profile: Profile) -> Iterator[Request]:
        for tag in source.tags:
            url = f"{source.base_url.rstrip('/')}/api/v1/timelines/tag/{quote(tag)}?limit={PAGE_SIZE}"
            yield self.timeline_request(url, tag, page=1)

    def timeline_request(self, url: str, tag: str, page: int) -> Request:
        return Request(url, callback=self.parse_timeline, errback=self.listing_failed, cb_kwargs={"tag": tag, "page": page})

    def parse_timeline(self, response: Response, tag: str, page: int) -> Iterator[Request | MentionItem]:
        try:
            statuses = json.loads(response.body)
            assert isinstance(statuses, list)
        except (ValueError, AssertionError):
            self.source_problem(response, "not a Mastodon timeline (expected a JSON array of statuses)")
            return
        for status in statuses:
            if isinstance(status, dict):
                status = status.get("reblog") or status
                if isinstance(status, dict) and (status.get("url") or status.get("uri")):
                    yield self.status_mention(response, status, tag)
        link = response.headers.get(b"Link", b"").decode("latin-1")
        found = _NEXT.search(link)
        if statuses and found and page < self.source.max_pages:
            yield self.timeline_request(found.group(1), tag, page + 1)

    def status_mention(self, response: Response, status: dict[str, Any], tag: str) -> MentionItem:
        account = status.get("account") if isinstance(status.get("account"), dict) else {}
        tags = " ".join(f"#{t.get('name')}" for t in status.get("tags") or [] if isinstance(t, dict))
        warning = strip_html(status.get("spoiler_text"))
        text = strip_html(status.get("content"))
        return self.mention(
            response,
            url=str(status.get("url") or status.get("uri")),
            title=warning,
            text=text,
            author=str(account.get("acct") or account.get("username") or "") or None,
            published_at=parse_date(status.get("created_at")),
            context=f"#{tag} {tags} {account.get('display_name') or ''}",
        )
