"""One thin function per job. The CLI commands and (later) the daemon call these, nothing else.

Each job opens the store, does one thing, and returns plain data saying what it did; errors that a
person must act on are raised as ConfigError or JobError with one clear line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine

from reports.files import write_atomically
from schoolwatch.config import Config
from schoolwatch.errors import ConfigError, JobError
from spiders import run as crawling
from store.db import open_store, session_scope
from store.models import Classification
from store.queries import sync_school, unclassified_mentions

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 256


def store_for(config: Config) -> tuple[Engine, int]:
    """The migrated store and this school's id (created from the profile on first use)."""
    engine = open_store(config.storage.database_url())
    with session_scope(engine) as session:
        school_id = sync_school(session, **config.profile.school_fields()).id or 0
    return engine, school_id


def crawl(config: Config, sources: list[str] | None = None, progress: bool = False, verbose: bool = False) -> list[crawling.RunSummary]:
    """Crawl the configured sources once, storing new mentions."""
    return crawling.crawl(config, sources, progress=progress, verbose=verbose)


@dataclass(frozen=True)
class ClassifySummary:
    classified: int
    by_label: dict[str, int]
    new_cases: int
    new_alerts: int


def classify(config: Config, progress: Callable[[int, int], None] | None = None) -> ClassifySummary:
    """Classify every stored mention not yet classified, then open cases and queue urgent alerts."""
    from nlp.classify import classify as classify_texts, model_version
    from nlp.pipeline import load_nlp
    from nlp.signals import with_signals
    from reports.cases import open_cases_and_alerts

    nlp = load_nlp(profile=config.profile)
    version = model_version(nlp)
    engine, school_id = store_for(config)
    with session_scope(engine) as session:
        pending = unclassified_mentions(session, school_id)
    by_label: dict[str, int] = {}
    done = 0
    for batch in chunks(pending, BATCH):
        verdicts = classify_texts(nlp, [mention_text(m.title, m.text) for m in batch])
        verdicts = [with_signals(verdict, mention.signals) for verdict, mention in zip(verdicts, batch, strict=True)]
        with session_scope(engine) as session:
            for mention, verdict in zip(batch, verdicts, strict=True):
                session.add(
                    Classification(
                        mention_id=mention.id or 0,
                        label=verdict.label,
                        confidence=verdict.confidence,
                        flags=verdict.flags,
                        targets=verdict.targets,
                        reasons=verdict.reasons,
                        model_version=version,
                    )
                )
                by_label[verdict.label] = by_label.get(verdict.label, 0) + 1
        done += len(batch)
        if progress:
            progress(done, len(pending))
    with session_scope(engine) as session:
        new_cases, new_alerts = open_cases_and_alerts(session, school_id, config.recipients)
    engine.dispose()
    return ClassifySummary(done, by_label, new_cases, new_alerts)


def mention_text(title: str, text: str) -> str:
    """What the classifier reads: the title (when it is not just the start of the text) and text."""
    if title and not text.startswith(title):
        return f"{title}\n\n{text}"
    return text


def send_alerts(config: Config) -> Any:
    """Send (or write to the outbox) every pending urgent alert."""
    from reports.outbox import send_pending_alerts

    engine, school_id = store_for(config)
    with session_scope(engine) as session:
        result = send_pending_alerts(session, config.mail, config.school.name, config.outbox_dir(), school_id=school_id)
    engine.dispose()
    return result


def write_digest(config: Config, week: str | None, out: Path | None) -> tuple[Path, Any]:
    """Render the weekly digest for ``week`` (default: this week) to an HTML file."""
    from reports import digest
    from reports.periods import current_week, parse_week

    period = _period("--week", lambda: parse_week(week) if week else current_week())
    return _write_report(config, digest, period, out)


def send_digest(config: Config, context: dict[str, Any]) -> str:
    """Mail a rendered digest to ``recipients.digest`` (or write .eml files to the outbox)."""
    from reports import digest
    from reports.addresses import address_of
    from reports.mailer import deliver

    if not config.recipients.digest:
        raise JobError("digest --send: recipients.digest is empty; add an address to the config")
    places = []
    for number, recipient in enumerate(config.recipients.digest, start=1):
        address = address_of(recipient)
        eml = config.outbox_dir() / f"digest-{context['period']['name']}-{number}.eml"
        try:
            places.append(deliver(digest.message(context, config.mail.sender, address), config.mail, address, eml))
        except OSError as exc:
            raise JobError(f"digest --send: could not deliver to {address}: {exc}") from exc
    return f"{len(places)} sent ({', '.join(sorted(set(places)))})"


def write_trends(config: Config, month: str | None, term: str | None, out: Path | None) -> tuple[Path, Any]:
    """Render the governors' trend summary for a month or a school term (default: this term)."""
    from reports import trends
    from reports.periods import current_term, parse_month, parse_term

    if month and term:
        raise ConfigError("trends: give --month or --term, not both")
    period = _period("--month" if month else "--term",
                     lambda: parse_month(month) if month else parse_term(term) if term else current_term())
    return _write_report(config, trends, period, out)


def _period(option: str, parse: Callable[[], Any]) -> Any:
    try:
        return parse()
    except ValueError as exc:
        raise ConfigError(f"{option}: {exc}") from None


def _write_report(config: Config, report: Any, period: Any, out: Path | None) -> tuple[Path, dict[str, Any]]:
    """Gather ``report`` (a reports module) for ``period``, render it to ``out`` or the data folder."""
    engine, school_id = store_for(config)
    with session_scope(engine) as session:
        context = report.gather(session, school_id, period)
    engine.dispose()
    name = report.__name__.rsplit(".", 1)[-1]
    path = out or config.storage.data_dir / "reports" / f"{name}-{period.name}.html"
    write_atomically(path, report.render(context).encode("utf-8"))
    return path, context


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
