"""The school's own website, audited page by page (see :mod:`spiders.audit` for the rules).

Config: ``kind: website``, ``start_urls`` (default: ``school.website``), ``max_pages`` (default
300), ``official_phones`` (the school's own lines, never reported), ``work_email_domains`` (beside
the website's domain, e.g. the trust's). Only pages on the start URLs' hosts are followed: HTML
pages, and PDFs (staff lists, newsletters), whose text is checked for staff contacts; images and
other documents are not read. Each page becomes an :class:`AuditedPage` with its findings, which
``store_findings`` records; this source yields no mentions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urldefrag, urlsplit

from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS, LinkExtractor
from twisted.python.failure import Failure

from schoolwatch.config import Profile, WebsiteSource
from spiders.audit import AuditRules, audit_page, audit_text
from spiders.items import AuditedPage, Finding
from spiders.pdf import is_pdf, pdf_text
from spiders.sources.base import SourceSpider, is_html
from store.models import utcnow


class WebsiteSpider(SourceSpider):
    name = "website"
    platform = "website"
    custom_settings: ClassVar[dict[str, Any]] = {
        # Audited pages are not mentions: they skip relevance, dedup and evidence, and go to their own table.
        "ITEM_PIPELINES": {"spiders.pipelines.store_findings.StoreFindingsPipeline": 500},
    }

    def requests(self, source: WebsiteSource, profile: Profile) -> Iterator[Request]:
        starts = list(source.start_urls) or [str(profile.school.website)]
        self.hosts = sorted({urlsplit(url).hostname or "" for url in starts})
        self.rules = AuditRules.build(profile.school.website or starts[0], source.official_phones, source.work_email_domains)
        # Its allow_domains would not match a host with a port, so hosts are checked below; PDFs are
        # followed, other documents and media not.
        self.links = LinkExtractor(unique=True, deny_extensions=[e for e in IGNORED_EXTENSIONS if e != "pdf"])
        self.seen = {urldefrag(url).url for url in starts}
        for url in starts:
            yield Request(url, callback=self.parse_page, errback=self.listing_failed)

    def parse_page(self, response: Response) -> Iterator[Request | AuditedPage]:
        assert self.profile is not None
        if is_pdf(response.body, response.headers.get(b"Content-Type", b"").decode("latin-1")):
            yield from self.audited_document(response)
            return
        if not isinstance(response, TextResponse) or not is_html(response):
            self.crawler.stats.inc_value("schoolwatch/audit/not_html")
            return
        self.crawler.stats.inc_value("schoolwatch/audit/pages")
        yield self.audited(response, audit_page(response.text, self.profile, self.rules))
        for link in self.links.extract_links(response):  # only HTML pages have links to follow
            url = urldefrag(link.url).url
            if url in self.seen or urlsplit(url).hostname not in self.hosts:
                continue
            if len(self.seen) >= self.source.max_pages:
                self.crawler.stats.set_value("schoolwatch/audit/page_limit_reached", self.source.max_pages)
                return
            self.seen.add(url)
            yield Request(url, callback=self.parse_page, errback=self.page_failed)

    def audited_document(self, response: Response) -> Iterator[AuditedPage]:
        assert self.profile is not None
        text = pdf_text(response.body)
        if text is None:
            self.crawler.stats.inc_value("schoolwatch/audit/unreadable_pdf")
            return
        self.crawler.stats.inc_value("schoolwatch/audit/documents")
        yield self.audited(response, audit_text(text, self.profile, self.rules))

    def audited(self, response: Response, findings: list[Finding]) -> AuditedPage:
        return AuditedPage(
            source=self.source_name,
            url=response.url,
            findings=findings,
            body_sha256=hashlib.sha256(response.body).hexdigest(),
            fetched_at=utcnow(),
        )

    def page_failed(self, failure: Failure) -> None:
        """A broken link inside the site is counted, not a failure of the whole audit."""
        self.count_error(failure, "article")
