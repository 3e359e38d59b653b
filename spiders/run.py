"""Running crawls: Scrapy settings derived from the config, and one crawl of the chosen sources.

Each crawl runs in a fresh child process (``python -m spiders.run``, the config as JSON on its
stdin): Twisted's reactor cannot be restarted, and the daemon and the tests crawl many times in
one process. The child stores mentions and records a CrawlRun per source; the parent reads those
rows back.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from sqlmodel import col, select

import schoolwatch
from schoolwatch.config import Config
from schoolwatch.errors import ConfigError, JobError
from spiders import settings as defaults
from spiders.sources.base import SourceSpider
from spiders.sources.bluesky import BlueskySpider
from spiders.sources.feeds import FeedsSpider
from spiders.sources.forum import ForumSpider
from spiders.sources.impersonation import ImpersonationSpider
from spiders.sources.mastodon import MastodonSpider
from spiders.sources.reddit import RedditSpider
from spiders.sources.searxng import SearxngSpider
from spiders.sources.website import WebsiteSpider
from store.db import open_store, session_scope
from store.findings import new_findings
from store.models import CrawlRun, utcnow
from store.queries import sync_school, sync_sources

# One spider per kind of source; a new kind is a new row here and in schoolwatch/config.py.
SPIDERS: dict[str, type[SourceSpider]] = {
    spider.name: spider
    for spider in (FeedsSpider, SearxngSpider, RedditSpider, MastodonSpider, BlueskySpider, ForumSpider, WebsiteSpider,
                   ImpersonationSpider)
}


GUARD = "spiders.middlewares.guard_addresses.GuardAddressesMiddleware"
PROGRESS = "spiders.extensions.show_progress.ShowProgress"


def crawl_settings(config: Config, progress: Any = None, log_level: str | None = None) -> dict[str, Any]:
    """The Scrapy settings a crawl for ``config`` needs, on top of ``spiders/settings.py``."""
    contact = f"; {config.crawl.contact}" if config.crawl.contact else ""
    # Components that have nothing to do are left out rather than disabled with a log warning.
    middlewares = dict(defaults.DOWNLOADER_MIDDLEWARES)
    if config.crawl.allow_private_addresses:
        middlewares[GUARD] = None
    extensions = dict(defaults.EXTENSIONS)
    if progress is None:
        extensions[PROGRESS] = None
    return {
        "DOWNLOADER_MIDDLEWARES": middlewares,
        "EXTENSIONS": extensions,
        "SCHOOLWATCH_CONFIG": config,
        "SCHOOLWATCH_PROFILE": config.profile,
        "SCHOOLWATCH_DATABASE_URL": config.storage.database_url(),
        "SCHOOLWATCH_ALLOW_PRIVATE": config.crawl.allow_private_addresses,
        "SCHOOLWATCH_PROGRESS": progress,
        "USER_AGENT": f"schoolwatch/{schoolwatch.__version__} (+monitoring mentions of {config.school.name}{contact})",
        "DOWNLOAD_DELAY": config.crawl.download_delay,
        "AUTOTHROTTLE_START_DELAY": max(config.crawl.download_delay, 0.1),
        "AUTOTHROTTLE_ENABLED": config.crawl.download_delay > 0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": config.crawl.concurrency_per_domain,
        "DOWNLOAD_MAXSIZE": config.crawl.max_response_kb * 1024,
        "DOWNLOAD_WARNSIZE": config.crawl.max_response_kb * 1024 // 2,
        "DOWNLOAD_TIMEOUT": config.crawl.timeout_seconds,
        # Conditional requests: a feed or page that sent an ETag or Last-Modified is asked for again
        # with If-None-Match / If-Modified-Since, and a 304 reuses the stored copy.
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
        "HTTPCACHE_DIR": str((config.storage.data_dir / "httpcache").resolve()),
        "HTTPCACHE_GZIP": True,
        **({"LOG_LEVEL": log_level} if log_level else {}),
    }


def project_settings(config: Config, **overrides: Any) -> Settings:
    """``spiders/settings.py`` with the config's values on top (wherever the command runs from:
    Scrapy's own lookup needs scrapy.cfg in the working directory)."""
    settings = Settings()
    settings.setmodule(defaults, priority="project")
    settings.setdict(crawl_settings(config, **overrides), priority="cmdline")
    return settings


def chosen_sources(config: Config, names: list[str] | None) -> dict[str, Any]:
    """The enabled sources, or the named ones; ConfigError for a name the config lacks."""
    if not names:
        return config.enabled_sources()
    unknown = [name for name in names if name not in config.sources]
    if unknown:
        raise ConfigError(f"sources.{unknown[0]}: no such source (have: {', '.join(config.sources) or 'none'})")
    return {name: config.sources[name] for name in names}


@dataclass(frozen=True)
class RunSummary:
    source: str
    status: str
    pages: int
    new_mentions: int
    error: str | None
    new_findings: int | None = None  # the website audit's, instead of mentions

    def describe(self) -> str:
        """One line for the person who ran the crawl."""
        new = f"{self.new_findings} new findings on the school's website" if self.new_findings is not None else f"{self.new_mentions} new mentions"
        return f"{self.source}: {self.status}, {self.pages} pages, {new}" + (f" ({self.error})" if self.error else "")


def crawl(config: Config, names: list[str] | None = None, progress: bool = False, verbose: bool = False) -> list[RunSummary]:
    """Crawl the chosen sources once (in a child process) and summarise each source's run."""
    sources = chosen_sources(config, names)
    if not sources:
        raise ConfigError("sources: none configured or enabled; add one (see `schoolwatch init`)")
    engine = open_store(config.storage.database_url())
    with session_scope(engine) as session:
        school_id = sync_school(session, **config.profile.school_fields()).id
        sync_sources(session, school_id or 0, {name: source.kind for name, source in config.sources.items()})
    started = utcnow()
    command = [sys.executable, "-m", "spiders.run", *sources]
    command += ["--progress"] if progress else []
    command += ["--verbose"] if verbose else []
    child = subprocess.run(command, input=config.model_dump_json(), text=True, check=False)
    if progress:
        sys.stderr.write("\n")
    with session_scope(engine) as session:
        runs = session.exec(
            select(CrawlRun).where(CrawlRun.school_id == school_id, CrawlRun.started_at >= started).order_by(col(CrawlRun.id))
        ).all()
    engine.dispose()
    if child.returncode != 0 and not runs:
        raise JobError(f"crawl: the crawler process failed (exit {child.returncode}); run with --verbose to see why")
    return [
        RunSummary(run.source_name, run.status, run.pages, run.items_stored, run.error_summary, new_findings(run))
        for run in runs
    ]


class TerminalProgress:
    """Pages and mentions so far, per source, on one rewritten terminal line."""

    def __init__(self) -> None:
        self.counts: dict[str, tuple[int, int]] = {}

    def __call__(self, source: str, pages: int, mentions: int) -> None:
        self.counts[source] = (pages, mentions)
        pages_total = sum(p for p, _ in self.counts.values())
        mentions_total = sum(m for _, m in self.counts.values())
        sys.stderr.write(f"\rcrawling {len(self.counts)} sources: {pages_total} pages, {mentions_total} mentions ")
        sys.stderr.flush()


def crawl_here(config: Config, names: list[str], progress: bool, verbose: bool) -> None:
    """Run the crawl in this process (it starts Twisted's reactor, so once per process)."""
    settings = project_settings(
        config, progress=TerminalProgress() if progress else None, log_level="INFO" if verbose else "WARNING"
    )
    process = CrawlerProcess(settings)
    for name in names:
        process.crawl(SPIDERS[config.sources[name].kind], source=name)
    process.start()


if __name__ == "__main__":
    arguments = sys.argv[1:]
    crawl_here(
        Config.model_validate_json(sys.stdin.read()),
        [name for name in arguments if not name.startswith("--")],
        progress="--progress" in arguments,
        verbose="--verbose" in arguments,
    )
