"""The ``sources:`` section: one model per kind of source, each read by the spider of that kind
(``spiders/sources/<kind>.py``). A new kind of source is a model here, a spider there, and a line in
``Source`` and ``SOURCE_KINDS``."""

from __future__ import annotations

import re
from typing import Annotated, Literal, Union

from pydantic import Field, field_validator, model_validator

from schoolwatch.config_base import Strict, Url, resolve_secret


class SourceBase(Strict):
    enabled: bool = True
    max_pages: int = Field(default=5, ge=1, le=100)


FEED_PRESETS = ("google_news", "bing_news", "youtube", "rss_bridge")


class FeedsSource(SourceBase):
    """RSS, Atom or JSON feeds: listed in ``urls``, or built from the profile by a ``preset``
    (see spiders/presets.py); linked articles are followed and their main text extracted."""

    kind: Literal["feeds"]
    urls: list[Url] = []
    preset: Literal[FEED_PRESETS] | None = None  # type: ignore[valid-type]
    base_url: Url | None = None  # the preset's endpoint, when not the public one
    channels: list[str] = []  # youtube: channel ids
    bridge: str | None = None  # rss_bridge: the bridge's name, e.g. FacebookBridge
    follow_links: bool = True

    @model_validator(mode="after")
    def _something_to_read(self) -> FeedsSource:
        if not self.urls and not self.preset:
            raise ValueError("give urls, or a preset (one of " + ", ".join(FEED_PRESETS) + ")")
        if self.preset == "youtube" and not self.channels:
            raise ValueError("the youtube preset needs channels (channel ids)")
        if self.preset == "rss_bridge" and not (self.base_url and self.bridge):
            raise ValueError("the rss_bridge preset needs base_url (your RSS-Bridge) and bridge")
        return self


class SearxngSource(SourceBase):
    """A SearXNG instance's JSON search API (``/search?format=json``)."""

    kind: Literal["searxng"]
    base_url: Url
    follow_links: bool = True



class RedditSource(SourceBase):
    """Reddit's public JSON search (``/search.json``), optionally within some subreddits."""

    kind: Literal["reddit"]
    base_url: Url = "https://www.reddit.com"
    subreddits: list[str] = []
    comments: bool = True  # also read the comments under every post found



class MastodonSource(SourceBase):
    """A Mastodon instance: public tag timelines, accounts' statuses, and status search where the
    instance allows it (most want an access token for that)."""

    kind: Literal["mastodon"]
    base_url: Url
    tags: list[str] = []
    accounts: list[str] = []  # e.g. "someone" or "someone@other.instance"
    search: bool = False
    access_token: str | None = None

    @field_validator("access_token")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _something_to_read(self) -> MastodonSource:
        if not (self.tags or self.accounts or self.search):
            raise ValueError("give tags, accounts, or search: true")
        return self


    @field_validator("tags")
    @classmethod
    def _tags(cls, values: list[str]) -> list[str]:
        for value in values:
            if not re.fullmatch(r"#?\w+", value):
                raise ValueError(f"{value!r} is not a hashtag (letters, digits, underscore)")
        return [value.lstrip("#") for value in values]


class BlueskySource(SourceBase):
    """Bluesky post search (``app.bsky.feed.searchPosts``), logging in with an app password when
    the server requires it."""

    kind: Literal["bluesky"]
    base_url: Url = "https://public.api.bsky.app"  # anonymous search (the public AppView)
    pds_url: Url = "https://bsky.social"  # with a login: the account's server, which forwards the search
    web_url: Url = "https://bsky.app"
    handle: str | None = None
    app_password: str | None = None

    @field_validator("app_password")
    @classmethod
    def _secret(cls, value: str | None) -> str | None:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _login_needs_both(self) -> BlueskySource:
        if bool(self.handle) != bool(self.app_password):
            raise ValueError("handle and app_password go together (an app password from Bluesky's settings)")
        return self


class ForumSelectors(Strict):
    """CSS selectors for a forum's thread list and thread pages; any left out come from the preset."""

    thread_link: str | None = None
    post: str | None = None
    author: str | None = None
    date: str | None = None
    text: str | None = None
    permalink: str | None = None
    title: str | None = None
    next_page: str | None = None


FORUM_PRESETS = ("generic", "phpbb", "xenforo", "reviews", "discourse")


class ForumSource(SourceBase):
    """A forum or review site: thread list pages, thread pages, one mention per post."""

    kind: Literal["forum"]
    start_urls: list[Url] = Field(min_length=1)
    preset: Literal[FORUM_PRESETS] = "generic"  # type: ignore[valid-type]
    selectors: ForumSelectors = ForumSelectors()


class WebsiteSource(SourceBase):
    """The school's own website, audited for what staff-protection policies forbid publishing: staff
    personal phone numbers or email addresses, and pupils' full names next to photos. Findings go to
    the digest's "Your own website" list, not to the mentions."""

    kind: Literal["website"]
    start_urls: list[Url] = []  # default: the school's website
    max_pages: int = Field(default=300, ge=1, le=5000)
    official_phones: list[str] = []  # the school's own lines (office, clubs), never reported
    work_email_domains: list[str] = []  # beside the website's own domain, e.g. the trust's


PROFILE_PRESETS = ("bluesky", "mastodon", "reddit", "html")


class ProfileSite(Strict):
    """Where a platform shows an account's public profile.

    ``bluesky``, ``mastodon`` and ``reddit`` read the platform's public JSON (``base_url`` is the API
    or instance); ``html`` fetches ``profile_url`` (``{handle}`` is replaced) and reads the page's
    title and description, for sites that serve them without a login.
    """

    name: str = Field(min_length=1, pattern=r"^[\w .-]+$")
    preset: Literal[PROFILE_PRESETS]  # type: ignore[valid-type]
    base_url: Url | None = None
    profile_url: str | None = None

    @model_validator(mode="after")
    def _where(self) -> ProfileSite:
        if self.preset == "html":
            if not self.profile_url or "{handle}" not in self.profile_url:
                raise ValueError("the html preset needs profile_url with {handle} in it")
            if not re.match(r"https?://[^/\s]+", self.profile_url):
                raise ValueError("profile_url: not a URL (expected http:// or https://)")
        elif self.preset == "mastodon" and not self.base_url:
            raise ValueError("the mastodon preset needs base_url (the instance)")
        return self


class ImpersonationSource(SourceBase):
    """Accounts that may be pretending to be the school or a member of staff: likely handles are
    derived from the profile and looked up on each platform; one that exists and presents itself
    as the school or a staff member becomes a mention flagged ``impersonation``."""

    kind: Literal["impersonation"]
    platforms: list[ProfileSite] = Field(min_length=1)
    official_accounts: list[str] = []  # the real accounts' handles or profile URLs: never reported
    extra_handles: list[str] = []  # handles seen in use or feared, checked as well
    max_handles: int = Field(default=100, ge=1, le=1000)  # per platform, most likely first


Source = Annotated[
    Union[
        FeedsSource, SearxngSource, RedditSource, MastodonSource, BlueskySource, ForumSource,
        WebsiteSource, ImpersonationSource,
    ],
    Field(discriminator="kind"),
]
SOURCE_KINDS = ("feeds", "searxng", "reddit", "mastodon", "bluesky", "forum", "website", "impersonation")
