"""`schoolwatch demo`: the whole pipeline on the bundled sample web, with no configuration.

A fictional school's web (news, alerts, web search, Reddit, Mastodon, a parents' forum, the
school's own website, profile pages on four platforms) is served on 127.0.0.1; the real spiders crawl it into a fresh SQLite store in the output folder; the real
classifier labels every mention; cases and urgent alerts follow; the digest, the alerts (as .eml
files), the governors' trend summary and evidence packs are written next to the database.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import col, select

from scheduler import jobs
from schoolwatch.config import Config, parse_config
from schoolwatch.sampleweb import SampleWeb
from store.db import session_scope
from store.evidence import evidence_pack
from store.models import Case


@dataclass
class DemoSummary:
    out: Path
    mentions: int = 0
    by_label: dict[str, int] = field(default_factory=dict)
    cases: int = 0
    alerts: int = 0
    website_findings: int = 0
    digest: Path | None = None
    trends: Path | None = None
    outbox: Path | None = None
    evidence: Path | None = None
    failed_sources: list[str] = field(default_factory=list)

    def describe(self) -> str:
        labels = ", ".join(f"{self.by_label.get(name, 0)} {name}" for name in ("malicious", "critical", "neutral"))
        lines = [
            f"schoolwatch demo: {self.mentions} mentions of Ashdown Vale Primary School found ({labels}).",
            f"  {self.cases} need a takedown request; {self.alerts} urgent alerts written.",
            f"  {self.website_findings} things to remove from the school's own website (listed in the digest).",
            f"  weekly digest:      {self.digest}",
            f"  urgent alerts:      {self.outbox}/",
            f"  governors' trends:  {self.trends}",
            f"  evidence packs:     {self.evidence}/",
            f"  database:           {self.out / 'schoolwatch.db'}",
        ]
        if self.failed_sources:
            lines.append(f"  sources that failed: {', '.join(self.failed_sources)}")
        lines.append(f"Open the digest in a browser: file://{self.digest.resolve() if self.digest else ''}")
        return "\n".join(lines)


def demo_config(web: SampleWeb, out: Path) -> Config:
    """The sample web's profile, storing everything under ``out``."""
    config = parse_config(web.config_text(), origin="sample web profile")
    return config.model_copy(
        update={
            "storage": config.storage.model_copy(update={"data_dir": out, "url": None}),
            "mail": config.mail.model_copy(update={"outbox_dir": out / "outbox", "smtp_url": None}),
        }
    )


def run_demo(out: Path, progress: bool = False, verbose: bool = False, echo: Callable[[str], None] = print) -> DemoSummary:
    """Run the pipeline on the sample web into ``out`` (emptied of a previous demo first)."""
    out = out.resolve()
    _fresh(out)
    summary = DemoSummary(out=out)
    with SampleWeb() as web:
        config = demo_config(web, out)
        echo(f"sample web on {web.base_url}; crawling {len(config.sources)} sources ...")
        runs = jobs.crawl(config, progress=progress, verbose=verbose)
    summary.failed_sources = [run.source for run in runs if run.status != "ok"]
    summary.website_findings = sum(run.new_findings or 0 for run in runs)
    echo("classifying ...")
    classified = jobs.classify(config, progress=_classify_progress if progress else None)
    summary.mentions, summary.by_label = classified.classified, classified.by_label
    summary.cases, summary.alerts = classified.new_cases, classified.new_alerts
    jobs.send_alerts(config)
    summary.outbox = config.outbox_dir()
    summary.digest, _ = jobs.write_digest(config, None, out / "digest.html")
    summary.trends, _ = jobs.write_trends(config, None, None, out / "trends.html")
    summary.evidence = _write_evidence(config, out / "evidence")
    return summary


def _classify_progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rclassified {done}/{total}" + ("\n" if done == total else ""))


def _write_evidence(config: Config, folder: Path) -> Path:
    """An evidence pack for every item with a takedown case."""
    folder.mkdir(parents=True, exist_ok=True)
    engine, _ = jobs.store_for(config)
    with session_scope(engine) as session:
        for mention_id in session.exec(select(Case.mention_id).order_by(col(Case.mention_id))):
            (folder / f"mention-{mention_id}.zip").write_bytes(evidence_pack(session, mention_id))
    engine.dispose()
    return folder


def _fresh(out: Path) -> None:
    """Start from an empty demo folder, removing only what an earlier demo wrote there."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("schoolwatch.db", "schoolwatch.db-wal", "schoolwatch.db-shm", "digest.html", "trends.html"):
        (out / name).unlink(missing_ok=True)
    for name in ("outbox", "evidence", "reports", "httpcache"):
        shutil.rmtree(out / name, ignore_errors=True)
