"""Accounts pretending to be the school or a member of staff.

Config: ``kind: impersonation``, ``platforms`` (each a ``name`` and a ``preset``: ``bluesky``,
``mastodon``, ``reddit`` read the platform's public profile JSON from ``base_url``; ``html`` fetches
``profile_url`` with ``{handle}`` and reads the page's title and description), ``official_accounts``
(the real accounts, never reported), ``extra_handles``, ``max_handles`` per platform.

For each likely handle (spiders/handles.py) the platform's public profile is looked up. "No such
account" (404, or Bluesky's 400) is the usual answer and not an error. An account that exists, is
not official, and whose name or bio presents it as the school or a member of staff becomes a
mention carrying an ``impersonation`` signal, which the classifier turns into a malicious verdict
with the reason quoted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from scrapy import Request
from scrapy.http import Response

from schoolwatch.config import ImpersonationSource, Profile, ProfileSite
from spiders.extract import parse_date, read_json, strip_html
from spiders.handles import Candidate, candidates, claimed_identity, for_platform
from spiders.items import MentionItem
from spiders.sources.base import SourceSpider
from spiders.urls import web_address

NO_SUCH_ACCOUNT = [400, 404, 410]
DEFAULT_BASE = {"bluesky": "https://public.api.bsky.app", "reddit": "https://www.reddit.com"}


class ImpersonationSpider(SourceSpider):
    name = "impersonation"
    platform = "web"

    def requests(self, source: ImpersonationSource, profile: Profile) -> Iterator[Request]:
        self.official = {normalised(account) for account in source.official_accounts}
        wanted = candidates(profile, source.extra_handles)
        for site in source.platforms:
            for candidate in for_platform(wanted, site.preset, source.max_handles):
                yield Request(
                    lookup_url(site, candidate.handle),
                    callback=self.parse_profile,
                    errback=self.listing_failed,
                    cb_kwargs={"site": site, "candidate": candidate},
                    meta={"handle_httpstatus_list": NO_SUCH_ACCOUNT},
                )

    def parse_profile(self, response: Response, site: ProfileSite, candidate: Candidate) -> Iterator[MentionItem]:
        if response.status in NO_SUCH_ACCOUNT:
            self.crawler.stats.inc_value("schoolwatch/impersonation/no_account")
            return
        try:
            account = read_account(site, candidate.handle, response)
        except ValueError as exc:
            self.source_problem(response, str(exc))
            return
        if account is None:
            self.crawler.stats.inc_value("schoolwatch/impersonation/no_account")
            return
        self.crawler.stats.inc_value("schoolwatch/impersonation/accounts_seen")
        if {normalised(account["url"]), normalised(account["handle"])} & self.official:
            self.crawler.stats.inc_value("schoolwatch/impersonation/official")
            return
        assert self.profile is not None
        claims = claimed_identity(f"{account['name']}\n{account['bio']}", self.profile)
        if claims is None:
            return  # someone who shares the name, not claiming to be the school's
        who = "the school" if claims == "the school" else claims
        yield self.mention(
            response,
            platform=site.name,
            url=account["url"],
            author=account["handle"],
            title=account["name"],
            text=f"{account['name']}\n{account['bio']}".strip(),
            published_at=account["created"],
            # Relevance has been established by the lookup; the context says so to the relevance check.
            context=self.profile.school.name,
            signals=[{
                "flag": "impersonation",
                "target": "school" if claims == "the school" else claims,
                "reason": f"The {site.name} account @{account['handle']} presents itself as {who} "
                f"(\"{account['name'][:80]}\") and is not one of the school's official accounts.",
            }],
        )


def lookup_url(site: ProfileSite, handle: str) -> str:
    base = (site.base_url or DEFAULT_BASE.get(site.preset, "")).rstrip("/")
    if site.preset == "bluesky":
        return f"{base}/xrpc/app.bsky.actor.getProfile?{urlencode({'actor': handle + '.bsky.social'})}"
    if site.preset == "mastodon":
        return f"{base}/api/v1/accounts/lookup?{urlencode({'acct': handle})}"
    if site.preset == "reddit":
        return f"{base}/user/{quote(handle)}/about.json"
    return (site.profile_url or "").replace("{handle}", quote(handle))


def read_account(site: ProfileSite, handle: str, response: Response) -> dict[str, Any] | None:
    """``{"handle", "name", "bio", "url", "created"}`` from a profile response; None if the
    answer says the account does not exist or is suspended; ValueError if it cannot be read."""
    if site.preset == "html":
        return read_html_profile(handle, response)
    try:
        data = read_json(response.body)
    except (ValueError, AttributeError) as exc:
        raise ValueError(f"not a JSON profile ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON profile (expected an object)")
    if site.preset == "bluesky":
        actor = str(data.get("handle") or "")
        if not actor:
            raise ValueError("a Bluesky profile without a handle")
        return account(actor, data.get("displayName"), data.get("description"), f"https://bsky.app/profile/{actor}", data.get("createdAt"))
    if site.preset == "mastodon":
        if not data.get("username"):
            raise ValueError("a Mastodon account without a username")
        return account(data.get("acct") or data["username"], data.get("display_name"), strip_html(str(data.get("note") or "")),
                       web_address(data.get("url")) or response.url,
                       data.get("created_at"))
    about = data.get("data")
    if data.get("kind") != "t2" or not isinstance(about, dict):
        raise ValueError("not a Reddit user (expected kind t2)")
    if about.get("is_suspended"):
        return None
    page = about.get("subreddit") if isinstance(about.get("subreddit"), dict) else {}
    base = (site.base_url or DEFAULT_BASE["reddit"]).rstrip("/")
    name = str(about.get("name") or handle)
    return account(name, page.get("title"), page.get("public_description"), f"{base}/user/{quote(name)}/", about.get("created_utc"))


def read_html_profile(handle: str, response: Response) -> dict[str, Any] | None:
    if not hasattr(response, "css"):
        raise ValueError("not an HTML profile page")
    meta = lambda name: response.css(f"meta[property='{name}']::attr(content), meta[name='{name}']::attr(content)").get()  # noqa: E731
    name = meta("og:title") or response.css("title::text").get() or ""
    bio = meta("og:description") or meta("description") or ""
    return account(handle, name, bio, response.url, None)


def account(handle: str, name: Any, bio: Any, url: str, created: Any) -> dict[str, Any]:
    return {
        "handle": str(handle)[:100],
        "name": " ".join(str(name or "").split())[:200],
        "bio": " ".join(str(bio or "").split())[:2000],
        "url": url,
        "created": parse_date(created),
    }


def normalised(account: str) -> str:
    """A handle or profile URL in one form, so ``@AVPS``, ``avps`` and ``https://x/@avps`` compare."""
    value = account.strip().lower()
    if value.startswith(("http://", "https://")):
        parts = urlsplit(value)
        return f"{parts.hostname}{parts.path.rstrip('/')}"
    return value.lstrip("@").removesuffix(".bsky.social")
