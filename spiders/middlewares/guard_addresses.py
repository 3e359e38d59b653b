"""Refuse requests to private, loopback and link-local addresses (SSRF guard).

Links come from strangers: a post can point at ``http://192.168.0.1/admin`` or at a name that
resolves to the school's own network. Unless the config allows it (``crawl.allow_private_addresses``,
setting SCHOOLWATCH_ALLOW_PRIVATE), every request's host is resolved before it is sent and refused
with its reason when the address is not public. Redirects are new requests and are checked again;
the address actually connected to is checked once more on the response.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from typing_extensions import Self

log = logging.getLogger(__name__)


def refusal(address: str) -> str | None:
    """Why ``address`` (an IP) must not be fetched, or None when it is a public address."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        # an IPv6 form that carries an IPv4 address (mapped, 6to4, Teredo) reaches that address
        ip = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None) or ip
    for reason, test in (
        # Most specific first: Python counts link-local and 0.0.0.0 as private too.
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("reserved", ip.is_reserved or ip.is_unspecified),
        ("multicast", ip.is_multicast),
        ("private", ip.is_private),
        # what is left but not reachable from the internet: carrier-grade NAT's 100.64.0.0/10, where
        # some clouds keep their metadata service (100.100.100.200)
        ("non-public", not ip.is_global),
    ):
        if test:
            return f"{ip} is a {reason} address"
    return None


class GuardAddressesMiddleware:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if crawler.settings.getbool("SCHOOLWATCH_ALLOW_PRIVATE"):
            raise NotConfigured("private addresses allowed by config")
        return cls(crawler.stats)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        try:
            address = str(ipaddress.ip_address(host))
        except ValueError:
            from twisted.internet import reactor

            try:
                address = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[attr-defined]
            except Exception:
                return None  # unresolvable: let the download fail and be recorded as a DNS error
        self._refuse_if_private(address, request.url)
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.ip_address is not None:
            self._refuse_if_private(str(response.ip_address), request.url)
        return response

    def _refuse_if_private(self, address: str, url: str) -> None:
        reason = refusal(address)
        if reason:
            self.stats.inc_value("schoolwatch/guard/private_address")
            log.info("refused %s: %s", url, reason)
            raise IgnoreRequest(f"refused {url}: {reason}")
