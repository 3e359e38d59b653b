"""Feed presets: the feed URLs a preset builds from the profile's queries. Plain data, one row each.

A preset is chosen with ``preset:`` on a ``kind: feeds`` source; ``base_url`` replaces the public
endpoint (a proxy, a test server, a self-hosted RSS-Bridge). Google Alerts has no preset: each alert
is made in Google's page ("Deliver to: RSS feed") and its feed URL pasted into ``urls``.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from schoolwatch.config import FeedsSource, Profile


def google_news(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://news.google.com").rstrip("/")
    return [f"{base}/rss/search?{urlencode({'q': term + profile.exclusions(), 'hl': 'en-GB', 'gl': 'GB', 'ceid': 'GB:en'})}"
            for term in profile.search_terms()]


def bing_news(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://www.bing.com").rstrip("/")
    return [f"{base}/news/search?{urlencode({'q': term + profile.exclusions(), 'format': 'RSS', 'cc': 'GB'})}"
            for term in profile.search_terms()]


def youtube(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "https://www.youtube.com").rstrip("/")
    return [f"{base}/feeds/videos.xml?{urlencode({'channel_id': channel})}" for channel in source.channels]


def rss_bridge(source: FeedsSource, profile: Profile) -> list[str]:
    base = (source.base_url or "").rstrip("/")
    return [f"{base}/?{urlencode({'action': 'display', 'bridge': source.bridge, 'q': term, 'format': 'Atom'})}"
            for term in profile.search_terms()]


PRESETS: dict[str, Callable[[FeedsSource, Profile], list[str]]] = {
    "google_news": google_news,
    "bing_news": bing_news,
    "youtube": youtube,
    "rss_bridge": rss_bridge,
}


def feed_urls(source: FeedsSource, profile: Profile) -> list[str]:
    """The source's own URLs, then its preset's."""
    return [*source.urls, *(PRESETS[source.preset](source, profile) if source.preset else [])]
