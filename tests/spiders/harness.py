"""Run a spider through the real Scrapy engine in the test process and collect what happened.

Uses pytest-twisted's reactor (``--reactor=asyncio`` in pyproject.toml): tests are ``async def``
functions decorated with ``pytest_twisted.ensureDeferred``. Also a tiny HTTP server that serves
recorded responses from memory, for hostile and third-party captures.
"""

from __future__ import annotations

import tempfile
import threading
from pathlib import Path
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerRunner

from schoolwatch.config import Config, parse_config
from spiders.run import SPIDERS, project_settings


@dataclass
class CrawlResult:
    items: list[Any] = field(default_factory=list)
    dropped: list[tuple[Any, str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)

    def urls(self) -> set[str]:
        return {item.url for item in self.items}


async def run_source(config: Config, source: str, parse_only: bool = False, settings_extra: dict[str, Any] | None = None) -> CrawlResult:
    """Crawl one configured source through the real engine, with every pipeline enabled or, with
    ``parse_only``, just the first (for third-party captures that are about other people)."""
    result = CrawlResult()
    settings = project_settings(config)
    for key, value in (settings_extra or {}).items():
        settings.set(key, value, priority="cmdline")
    if parse_only:
        settings.set("ITEM_PIPELINES", {"spiders.pipelines.normalise.NormalisePipeline": 100}, priority="cmdline")
        settings.set("EXTENSIONS", {"spiders.extensions.record_crawl_run.RecordCrawlRun": None,
                                    "spiders.extensions.show_progress.ShowProgress": None}, priority="cmdline")
    runner = CrawlerRunner(settings)
    crawler = runner.create_crawler(SPIDERS[config.sources[source].kind])

    # Signal receivers are held weakly: named locals keep them alive for the crawl.
    def scraped(item: Any) -> None:
        result.items.append(item)

    def dropped(item: Any, exception: BaseException) -> None:
        result.dropped.append((item, str(exception)))

    crawler.signals.connect(scraped, signal=signals.item_scraped)
    crawler.signals.connect(dropped, signal=signals.item_dropped)
    await runner.crawl(crawler, source=source)
    result.stats = crawler.stats.get_stats()
    return result


def config_for(base_url: str, sources_yaml: str, database_url: str, allow_private: bool = True) -> Config:
    """A config with the demo school's profile, the given sources and a test database."""
    profile = (Path(__file__).parents[2] / "schoolwatch" / "sampleweb" / "profile.yaml").read_text()
    head = profile.split("\nsources:")[0]
    text = (f"{head}\nsources:\n{sources_yaml}\ncrawl:\n  allow_private_addresses: {str(allow_private).lower()}\n"
            f"  download_delay: 0\n  concurrency_per_domain: 8\n  timeout_seconds: 5\n"
            f"storage:\n  url: '{database_url}'\n  data_dir: '{data_dir_for(database_url)}'\n")
    return parse_config(text.replace("{base}", base_url))


class RecordedServer:
    """Serves fixed responses from memory on 127.0.0.1: ``{path: (status, headers, body)}``; a path
    not listed goes to ``answer(path_with_query)`` when given (for answers that depend on the query)."""

    def __init__(self, routes: dict[str, tuple[int, dict[str, str], bytes]], answer: Any = None) -> None:
        self.routes = routes
        self.answer = answer
        self.seen: list[tuple[str, str, dict[str, str], bytes]] = []  # method, path, headers, body
        handler = self._handler()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        routes, seen, answer = self.routes, self.seen, self.answer

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                sent = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                seen.append((self.command, self.path, dict(self.headers), sent))
                missing = (404, {"Content-Type": "text/plain"}, b"not found")
                path = self.path.split("?")[0]
                status, headers, body = routes[path] if path in routes else (answer(self.path) if answer else missing)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> RecordedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


class SendEverythingTo:
    """A downloader middleware for tests of configs written for the real web: every request goes
    through the HTTP proxy at ``SCHOOLWATCH_TEST_WEB`` on 127.0.0.1 (``https`` asked as ``http``, so
    no tunnel is needed). Responses keep their real-web URLs, so links resolve as they would."""

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy.rstrip("/")

    @classmethod
    def from_crawler(cls, crawler: Any) -> SendEverythingTo:
        return cls(crawler.settings["SCHOOLWATCH_TEST_WEB"])

    def process_request(self, request: Any) -> Any:
        if request.url.startswith("https://"):
            return request.replace(url="http://" + request.url.removeprefix("https://"))
        request.meta["proxy"] = self.proxy
        return None


def data_dir_for(database_url: str) -> Path:
    """A data folder (HTTP cache, outbox) that lives and dies with the test's database."""
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///")).parent / "data"
    return Path(tempfile.mkdtemp(prefix="schoolwatch-test-"))


def sample_config(sample_web: Any, database_url: str) -> Config:
    """The demo's own config (every sample-web source) on a test database."""
    text = sample_web.config_text() + f"storage:\n  url: '{database_url}'\n  data_dir: '{data_dir_for(database_url)}'\n"
    return parse_config(text)


def squash(text: str) -> str:
    return " ".join(text.split())


def check_against_truth(result: CrawlResult, sample_web: Any, source: str) -> dict[str, Any]:
    """Every relevant sample-web mention of ``source`` was scraped with its text, author and date;
    no homonym was. Returns the scraped items by URL for further checks."""
    from schoolwatch.sampleweb import expected_mentions

    from tests.conftest import ANCHOR

    expected = [e for e in expected_mentions(sample_web.base_url, ANCHOR) if e.source == source]
    assert expected, f"the sample web has nothing for {source}"
    scraped = {item.url: item for item in result.items}
    relevant = {e.url: e for e in expected if e.relevant}
    assert set(scraped) == set(relevant)
    homonyms = {e.url for e in expected if not e.relevant}
    assert homonyms.isdisjoint(scraped)
    for url, truth in relevant.items():
        item = scraped[url]
        assert squash(truth.text)[:60] in squash(item.text), url
        assert item.published_at is not None and item.published_at.date() == truth.published_at.date(), url
        assert item.body and item.body_sha256 and item.canonical_url
    return scraped
