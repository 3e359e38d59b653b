"""One crawl, one limit per host: the sources of a crawl share CONCURRENT_REQUESTS_PER_DOMAIN.

Scrapy counts concurrency per spider, and a crawl runs one spider per source side by side in one
process, so eight sources on the same host (a news site's two feeds, the school's own site with
the audit and the impersonation check) would open eight times the connections the config allows.
This middleware makes the limit per host for the whole process: a request waits for a free place
before it is downloaded, and gives it back when its response, or its failure, comes back.

It sits last in the chain (closest to the downloader), so it holds a place only while the request
is on the wire; a response from the HTTP cache never takes one. Places still held when a spider
closes (downloads cut off by a shutdown) are given back then.
"""

from __future__ import annotations

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import DeferredSemaphore
from typing_extensions import Self

# host → its places, for every crawler in this process (a crawl's spiders share one process).
_HOSTS: dict[tuple[str, int], DeferredSemaphore] = {}


def _places(host: str, limit: int) -> DeferredSemaphore:
    key = (host, limit)
    places = _HOSTS.get(key)
    if places is None:
        places = _HOSTS[key] = DeferredSemaphore(limit)
    return places


class ShareHostsMiddleware:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.held: dict[Request, DeferredSemaphore] = {}
        self.closed = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        if limit <= 0:
            raise NotConfigured("no per-host limit to share")
        middleware = cls(limit)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    async def process_request(self, request: Request) -> None:
        # The host, as Scrapy's own per-domain slots key it.
        places = _places(urlparse_cached(request).hostname or "", self.limit)
        await maybe_deferred_to_future(places.acquire())
        if self.closed:  # the spider closed while this request waited: nothing will give it back
            places.release()
            raise IgnoreRequest("the spider closed")
        self.held[request] = places

    def process_response(self, request: Request, response: Response) -> Response:
        self._give_back(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._give_back(request)

    def spider_closed(self, spider: Spider) -> None:
        self.closed = True
        for request in list(self.held):
            self._give_back(request)

    def _give_back(self, request: Request) -> None:
        places = self.held.pop(request, None)
        if places is not None:
            places.release()
