"""`schoolwatch check`: is the config valid, and does every source answer?

One line per problem, naming the key or the source. A source is reachable when its first URL
answers with a 2xx or 3xx status within the crawl timeout; the private-address rule applies here
as in a crawl.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode, urlsplit

import schoolwatch
from schoolwatch.config import Config, Source
from spiders.middlewares.guard_addresses import refusal
from spiders.queries import queries_for


def probe_urls(source: Source, config: Config) -> list[str]:
    """The URLs a crawl of ``source`` starts with (one search query is enough to probe)."""
    if source.kind == "feeds":
        from spiders.presets import feed_urls

        return feed_urls(source, config.profile)[:3]  # a preset's first few queries are enough to probe
    if source.kind == "forum":
        return list(source.start_urls)
    if source.kind == "website":
        return config.website_start_urls(source)
    if source.kind == "impersonation":
        return []  # a lookup of a handle nobody holds answers 404 by design; `status` shows real failures
    term = queries_for(source.kind, config.profile)[0]
    base = source.base_url.rstrip("/")
    if source.kind == "searxng":
        return [f"{base}/search?{urlencode({'q': term, 'format': 'json'})}"]
    if source.kind == "reddit":
        return [f"{base}/search.json?{urlencode({'q': term, 'limit': 1})}"]
    if source.kind == "mastodon":
        if source.tags:
            return [f"{base}/api/v1/timelines/tag/{quote(source.tags[0])}?limit=1"]
        return [f"{base}/api/v1/instance"]
    if source.kind == "bluesky":
        # Without a login the search itself is the probe; with one, logging in is checked by a crawl.
        return [] if source.handle else [f"{base}/xrpc/app.bsky.feed.searchPosts?{urlencode({'q': term, 'limit': 1})}"]
    return []


def source_problems(config: Config) -> Iterator[str]:
    """One line for each enabled source that does not answer."""
    probes = [(name, url) for name, source in config.enabled_sources().items() for url in probe_urls(source, config)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        for (name, url), problem in zip(probes, pool.map(lambda p: probe(p[1], config), probes)):
            if problem:
                yield f"sources.{name}: {url}: {problem}"


def probe(url: str, config: Config) -> str | None:
    """None when ``url`` answers; otherwise why not, in a few words."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError as exc:
        return f"cannot resolve {host} ({exc.strerror or exc})"
    if not config.crawl.allow_private_addresses:
        for address in addresses:
            reason = refusal(address)
            if reason:
                return f"refused: {reason} (set crawl.allow_private_addresses to allow it)"
    request = urllib.request.Request(url, headers={"User-Agent": f"schoolwatch/{schoolwatch.__version__} check"})
    try:
        with urllib.request.urlopen(request, timeout=config.crawl.timeout_seconds) as response:
            response.read(1024)
    except urllib.error.HTTPError as exc:
        return f"answered HTTP {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        return f"no answer ({getattr(exc, 'reason', None) or exc})"
    return None
