"""Presets: the feed URLs a feed preset builds from the profile's queries, and the CSS selectors of
the forum software we know. Plain data, one row each.

A preset is chosen with ``preset:`` on a ``kind: feeds`` source; ``base_url`` replaces the public
endpoint (a proxy, a test server, a self-hosted RSS-Bridge). Google Alerts has no preset: each alert
is made in Google's page ("Deliver to: RSS feed") and its feed URL pasted into ``urls``.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from schoolwatch.config import FeedsSource, ForumSelectors, ForumSource, Profile
from spiders.queries import queries_for


def google_news(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://news.google.com").rstrip("/")
    return [f"{base}/rss/search?{urlencode({'q': query, 'hl': 'en-GB', 'gl': 'GB', 'ceid': 'GB:en'})}"
            for query in queries_for("google_news", profile)]


def bing_news(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://www.bing.com").rstrip("/")
    return [f"{base}/news/search?{urlencode({'q': query, 'format': 'RSS', 'cc': 'GB'})}"
            for query in queries_for("bing_news", profile)]


def youtube(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://www.youtube.com").rstrip("/")
    return [f"{base}/feeds/videos.xml?{urlencode({'channel_id': channel})}" for channel in source.channels]


def rss_bridge(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "").rstrip("/")
    return [f"{base}/?{urlencode({'action': 'display', 'bridge': source.bridge, 'q': term, 'format': 'Atom'})}"
            for term in queries_for("rss_bridge", profile)]


PRESETS: dict[str, Callable[[FeedsSource, Profile], list[str]]] = {
    "google_news": google_news,
    "bing_news": bing_news,
    "youtube": youtube,
    "rss_bridge": rss_bridge,
}


def feed_urls(source: FeedsSource, profile: Profile) -> list[str]:
    """The source's own URLs, then its preset's."""
    return [*source.urls, *(PRESETS[source.preset](source, profile) if source.preset else [])]


# Thread list → thread pages → posts. Selectors end in ::text or ::attr(...) where a value is read.
FORUM_SELECTORS: dict[str, ForumSelectors] = {
    # The markup the sample web's forum uses; a simple forum or a site built to match it.
    "generic": ForumSelectors(
        thread_link="a.thread-link::attr(href)", post="article.post", author=".author::text",
        date="time::attr(datetime)", text=".content", permalink="a.permalink::attr(href)",
        title="h1::text", next_page="a[rel=next]::attr(href)",
    ),
    # phpBB 3 (prosilver): dates are localised text, so the post date is often unknown.
    "phpbb": ForumSelectors(
        thread_link="a.topictitle::attr(href)", post="div.post", author=".author .username::text, .author strong a::text",
        date=".author time::attr(datetime)", text=".content", permalink=".author a[href*='#p']::attr(href)",
        title="h2.topic-title a::text, h2 a::text", next_page=".pagination li.next a::attr(href), .pagination a[rel=next]::attr(href)",
    ),
    # XenForo 2.
    "xenforo": ForumSelectors(
        thread_link=".structItem-title a[href*='threads/']::attr(href)", post="article.message",
        author="::attr(data-author)", date="time::attr(datetime)", text=".bbWrapper",
        permalink="a[href*='/post-']::attr(href)", title="h1.p-title-value::text",
        next_page="a.pageNav-jump--next::attr(href)",
    ),
    # Review pages marked up with schema.org Review microdata.
    "reviews": ForumSelectors(
        thread_link="a[href*='review']::attr(href)", post="[itemtype$='/Review']",
        author="[itemprop=author] [itemprop=name]::text, [itemprop=author]::text",
        date="[itemprop=datePublished]::attr(content), [itemprop=datePublished]::attr(datetime)",
        text="[itemprop=reviewBody]", permalink="a[href*='review']::attr(href)", title="h1::text",
        next_page="a[rel=next]::attr(href)",
    ),
}


# Discourse is read through its JSON API (spiders/sources/forum.py), so it needs no selectors.
FORUM_SELECTORS["discourse"] = FORUM_SELECTORS["generic"]


def forum_selectors(source: ForumSource) -> ForumSelectors:
    """The preset's selectors with the source's own on top."""
    own = source.selectors.model_dump(exclude_none=True)
    return FORUM_SELECTORS[source.preset].model_copy(update=own)
