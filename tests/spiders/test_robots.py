"""robots.txt is obeyed, and read once per host by all the sources of a crawl."""

from __future__ import annotations

import pytest_twisted
from scrapy.crawler import CrawlerRunner

from spiders.run import SPIDERS, project_settings
from tests.spiders.harness import RecordedServer, config_for

HTML = {"Content-Type": "text/html; charset=utf-8"}
ROBOTS = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
HOME = b'<html><body><a href="/private/staff.html">staff</a> <a href="/open/about.html">about</a></body></html>'
SOURCES = """  site:
    kind: website
    start_urls: ['{base}/']
  news:
    kind: feeds
    urls: ['{base}/feed.xml']
"""


@pytest_twisted.ensureDeferred
async def test_disallowed_pages_are_not_fetched_and_robots_is_read_once_for_the_crawl(sqlite_url):
    routes = {"/robots.txt": ROBOTS, "/": (200, HTML, HOME), "/open/about.html": (200, HTML, b"<p>About us</p>"),
              "/private/staff.html": (200, HTML, b"<p>never fetched</p>"),
              "/feed.xml": (200, {"Content-Type": "application/rss+xml"}, b"<rss version='2.0'><channel><title>t</title></channel></rss>")}
    with RecordedServer(routes) as server:
        config = config_for(server.base_url, SOURCES.format(base=server.base_url), sqlite_url)
        runner = CrawlerRunner(project_settings(config))
        # Both sources at once, as a crawl runs them.
        crawls = [runner.crawl(SPIDERS[config.sources[name].kind], source=name) for name in ("site", "news")]
        for crawl in crawls:
            await crawl
    paths = [path for _, path, _, _ in server.seen]
    assert "/open/about.html" in paths and "/private/staff.html" not in paths
    assert paths.count("/robots.txt") == 1
