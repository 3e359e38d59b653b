"""The school-website audit through the real Scrapy engine: the sample school site with its PDFs, a
page fixed between two audits, a real school site's heavy page, hostile pages, and the page limit."""

from __future__ import annotations

from pathlib import Path

import pytest_twisted
from sqlmodel import select

from schoolwatch.sampleweb.schoolsite import expected_findings, pdf
from store.db import open_store, session_scope
from store.findings import open_findings
from store.models import Mention, WebsiteFinding
from tests.conftest import need
from tests.spiders.harness import RecordedServer, config_for, run_source, sample_config

REAL_SCHOOL_PAGE = Path(__file__).resolve().parents[3] / "shared" / "real-formats" / "school_html" / "trafilatura_siegfried-marcus-berufsschule.at.kft.html"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def stored_findings(database_url: str) -> list[WebsiteFinding]:
    with session_scope(open_store(database_url)) as session:
        return list(session.exec(select(WebsiteFinding)))


@pytest_twisted.ensureDeferred
async def test_audit_of_the_sample_school_site_finds_exactly_what_it_should(sample_web, store_url):
    result = await run_source(sample_config(sample_web, store_url), "school-website")

    found = {(f.url, f.kind, f.detail, f.staff_name) for f in stored_findings(store_url)}
    assert found == set(expected_findings(sample_web.base_url))
    assert all(item.url.startswith(f"{sample_web.base_url}/school/") for item in result.items)
    # Its PDFs are read (the staff list holds a mobile number); a broken one is counted, not a crash.
    assert {item.url.rsplit("/", 1)[1] for item in result.items if item.url.endswith(".pdf")} == {
        "staff-contacts.pdf", "prospectus.pdf"}
    assert result.stats["schoolwatch/audit/unreadable_pdf"] == 1
    # The broken link inside the site is counted, and the audit still ends well.
    assert result.stats["schoolwatch/article/errors"] == 1
    assert "schoolwatch/source/errors" not in result.stats
    with session_scope(open_store(store_url)) as session:
        assert session.exec(select(Mention)).first() is None  # findings are not mentions


def school_page(extra: str) -> bytes:
    return f"<html><body><h1>Our staff</h1><p>Mr Daniel Rowe, Deputy Headteacher{extra}</p></body></html>".encode()


@pytest_twisted.ensureDeferred
async def test_a_number_taken_off_the_site_is_cleared_and_one_put_back_reopens(sqlite_url):
    source = "  site:\n    kind: website\n    start_urls: ['{base}/staff.html']\n"
    with RecordedServer({}) as server:
        config = config_for(server.base_url, source.format(base=server.base_url), sqlite_url)
        for extra, expect_open in [(": mobile 07700 900 333", 1), ("", 0), (": mobile 07700 900 333", 1)]:
            server.routes["/staff.html"] = (200, HTML, school_page(extra))
            await run_source(config, "site")
            with session_scope(open_store(sqlite_url)) as session:
                school_id = session.exec(select(WebsiteFinding.school_id)).first()
                assert len(open_findings(session, school_id or 0)) == expect_open
    (finding,) = stored_findings(sqlite_url)  # one row throughout: its history, not copies
    assert finding.staff_name == "Daniel Rowe" and finding.cleared_at is None


@pytest_twisted.ensureDeferred
async def test_a_real_school_sites_heavy_page_gives_its_one_mobile_number_and_nothing_else(sqlite_url):
    need(REAL_SCHOOL_PAGE.is_file(), f"the real-formats capture {REAL_SCHOOL_PAGE.name}", "SCHOOLWATCH_REQUIRE_REAL_FORMATS")
    source = "  site:\n    kind: website\n    start_urls: ['{base}/kft/']\n    max_pages: 1\n"
    with RecordedServer({"/kft/": (200, HTML, REAL_SCHOOL_PAGE.read_bytes())}) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "site")
    assert [item.url for item in result.items] == [f"{server.base_url}/kft/"]
    # The page prints a board member's mobile number (an Austrian 0664 number) by his name in the
    # footer: exactly what the audit is for. Its page ranges, dates, logos with alt text and
    # German captions are not findings.
    assert [(f.kind, f.detail) for f in result.items[0].findings] == [("staff_phone", "+43 664 868 7407")]
    assert not any(path.startswith("/kft/") and path != "/kft/" for _, path, _, _ in server.seen)  # its links go elsewhere


@pytest_twisted.ensureDeferred
async def test_the_audit_stops_at_max_pages(sqlite_url):
    routes = {f"/p{n}": (200, HTML, f'<a href="/p{n + 1}">next</a> <a href="/p{n}#top">top</a>'.encode()) for n in range(10)}
    source = "  site:\n    kind: website\n    start_urls: ['{base}/p0']\n    max_pages: 3\n"
    with RecordedServer(routes) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "site")
    assert sorted(item.url.removeprefix(server.base_url) for item in result.items) == ["/p0", "/p1", "/p2"]
    assert result.stats["schoolwatch/audit/page_limit_reached"] == 3


@pytest_twisted.ensureDeferred
async def test_hostile_pages_do_not_stop_the_audit(sqlite_url):
    routes = {
        "/": (200, HTML, b'<html><body><a href="/latin1">a</a> <a href="/bad">b</a> <a href="/empty">c</a> '
                         b'<a href="javascript:alert(1)">d</a> <a href="/json">e</a> <a href="/big">f</a></body></html>'),
        "/latin1": (200, {"Content-Type": "text/html; charset=utf-8"},
                    "<p>Mr Rowe \u2013 caf\u00e9 07700 900 444</p>".encode("latin-1", "replace")),
        "/bad": (200, HTML, b"<html><body><p>Mr Rowe <<<</p><img alt='Amelia Hart' src=x></tr></table>"),
        "/empty": (200, HTML, b""),
        "/json": (200, {"Content-Type": "application/json"}, b'{"phone": "07700 900555"}'),
        "/big": (200, HTML, b"<html><body>" + b"<p>padding</p>" * 3000 + b"</body></html>"),
    }
    source = "  site:\n    kind: website\n    start_urls: ['{base}/']\n"
    with RecordedServer(routes) as server:
        config = config_for(server.base_url, source.format(base=server.base_url), sqlite_url)
        config = config.model_copy(update={"crawl": config.crawl.model_copy(update={"max_response_kb": 16})})
        result = await run_source(config, "site")
    audited = {item.url.removeprefix(server.base_url) for item in result.items}
    assert audited == {"/", "/latin1", "/bad", "/empty"}  # not the JSON, not the oversized page
    details = {f.detail for f in stored_findings(sqlite_url)}
    assert details == {"07700 900 444", "Amelia Hart"}


@pytest_twisted.ensureDeferred
async def test_a_finding_in_a_pdf_with_a_nul_in_its_text_is_stored(store_url):
    # PDF readers hand back what the file's fonts map to, NUL included; PostgreSQL refuses NUL
    contacts = pdf(["Mr Rowe mobile: 07700 900 444\x00 (evenings)"]).encode("latin-1")
    routes = {"/": (200, HTML, b'<html><body><a href="/contacts.pdf">contacts</a></body></html>'),
              "/contacts.pdf": (200, {"Content-Type": "application/pdf"}, contacts)}
    with RecordedServer(routes) as server:
        source = f"  site:\n    kind: website\n    start_urls: ['{server.base_url}/']\n"
        result = await run_source(config_for(server.base_url, source, store_url), "site")
    assert not any(key.startswith("spider_exceptions") for key in result.stats)
    (finding,) = stored_findings(store_url)
    assert finding.detail == "07700 900 444" and "\x00" not in finding.context
