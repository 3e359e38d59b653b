"""The `schoolwatch` command. Each command parses its options, calls one function, maps errors.

Exit status: 0 success, 1 the job failed, 2 bad usage or config. Errors are one line on stderr.
"""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from schoolwatch.config import Config, default_config_path, load_config
from schoolwatch.errors import ConfigError, SchoolwatchError

F = TypeVar("F", bound=Callable[..., Any])
TEMPLATE = Path(__file__).parent / "templates" / "schoolwatch.yaml"


class ConfigProblem(click.ClickException):
    exit_code = 2  # a failed job keeps ClickException's 1


def reports_errors(command: F) -> F:
    """Turn our errors into one clear line: config problems exit 2, failed jobs exit 1."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from nlp.errors import NlpError
        from store.errors import StoreError

        try:
            return command(*args, **kwargs)
        except ConfigError as exc:
            raise ConfigProblem(str(exc)) from None
        except (SchoolwatchError, StoreError, NlpError) as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # a folder that cannot be written, a file that is a folder, a full disk
            where = exc.filename2 or exc.filename
            raise click.ClickException(f"{where}: {exc.strerror}" if where and exc.strerror else str(exc)) from None

    return wrapper  # type: ignore[return-value]


class Context:
    def __init__(self, config_path: Path | None, verbose: bool) -> None:
        self.config_path, self.verbose = config_path, verbose
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path or default_config_path())
        return self._config

    def optional_config(self) -> Config | None:
        """The config if one was named or exists; commands that work without one use this."""
        path = self.config_path or default_config_path()
        return self.config if self.config_path or path.exists() else None


pass_context = click.make_pass_decorator(Context)


def on_terminal() -> bool:
    return sys.stderr.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", type=click.Path(path_type=Path), default=None,
              help="Config file (default: $SCHOOLWATCH_CONFIG or ./schoolwatch.yaml).")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does.")
@click.version_option(package_name="schoolwatch")
@click.pass_context
def main(ctx: click.Context, config_path: Path | None, verbose: bool) -> None:
    """Watch the public web for mentions of a school and its staff."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Context(config_path, verbose)


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=Path("demo-out"), show_default=True,
              help="Folder for the digest, alerts, trend report and evidence.")
@pass_context
@reports_errors
def demo(ctx: Context, out: Path) -> None:
    """Run the whole pipeline on the bundled sample web (no config needed)."""
    from schoolwatch.demo import run_demo

    summary = run_demo(out, progress=on_terminal(), verbose=ctx.verbose, echo=click.echo)
    click.echo(summary.describe())


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@pass_context
@reports_errors
def init(ctx: Context, force: bool) -> None:
    """Write a commented schoolwatch.yaml to fill in."""
    path = ctx.config_path or default_config_path()
    if path.exists() and not force:
        raise ConfigError(f"{path}: already exists (use --force to overwrite)")
    path.write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
    click.echo(f"wrote {path}: fill in the school, staff and sources, then run `schoolwatch check`")


@main.command()
@click.option("--offline", is_flag=True, help="Validate the config only; do not contact the sources.")
@pass_context
@reports_errors
def check(ctx: Context, offline: bool) -> None:
    """Validate the config and check that every source answers."""
    from schoolwatch.check import source_problems
    from schoolwatch.config import config_problems, read_config_text

    path = ctx.config_path or default_config_path()
    problems = config_problems(read_config_text(path), origin=str(path))
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        sys.exit(2)
    if offline:
        click.echo(f"ok: {path} is valid")
        return
    unreachable = list(source_problems(ctx.config))
    for problem in unreachable:
        click.echo(problem, err=True)
    if unreachable:
        sys.exit(1)
    click.echo(f"ok: {path} is valid and all {len(ctx.config.enabled_sources())} enabled sources answer")


@main.command()
@click.option("--source", "sources", multiple=True, help="Crawl only this source (repeatable).")
@pass_context
@reports_errors
def crawl(ctx: Context, sources: tuple[str, ...]) -> None:
    """Crawl the sources once and store new mentions."""
    from scheduler import jobs

    runs = jobs.crawl(ctx.config, list(sources) or None, progress=on_terminal(), verbose=ctx.verbose)
    for run in runs:
        click.echo(run.describe())
    if runs and all(run.status != "ok" for run in runs):
        raise click.ClickException("crawl: every source failed (see above)")


@main.command()
@click.option("--stdin", "from_stdin", is_flag=True,
              help='Read JSON Lines {"id","text"} from stdin, write verdicts to stdout; no store needed.')
@pass_context
@reports_errors
def classify(ctx: Context, from_stdin: bool) -> None:
    """Classify stored mentions not yet classified (or JSON Lines from stdin)."""
    if from_stdin:
        sys.exit(classify_stdin(ctx))
    from scheduler import jobs

    progress = None
    if on_terminal():
        def progress(done: int, total: int) -> None:
            click.echo(f"\rclassified {done}/{total}", nl=False, err=True)
    summary = jobs.classify(ctx.config, progress=progress)
    if progress:
        click.echo("", err=True)
    labels = ", ".join(f"{count} {label}" for label, count in sorted(summary.by_label.items())) or "nothing new"
    click.echo(f"classified {summary.classified} mentions: {labels}; {summary.new_cases} new takedown cases, {summary.new_alerts} urgent alerts queued")


def classify_stdin(ctx: Context) -> int:
    """The JSON Lines contract of DESIGN.md; returns the exit status (2 if any line was bad)."""
    from nlp.jsonl import classify_jsonl
    from nlp.pipeline import load_nlp

    config = ctx.optional_config()
    nlp = load_nlp(profile=config.profile if config else None)

    def write(line: str) -> None:
        sys.stdout.write(line)
        sys.stdout.flush()

    # bytes that are not UTF-8 become U+FFFD: one badly encoded record must not stop the rest
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    bad = classify_jsonl(nlp, lines, write, lambda problem: click.echo(problem, err=True))
    return 2 if bad else 0


@main.command()
@pass_context
@reports_errors
def alerts(ctx: Context) -> None:
    """Send pending urgent alerts (or write them to the outbox when no mail server is set)."""
    from scheduler import jobs

    click.echo(f"urgent alerts: {jobs.send_alerts(ctx.config)}")


@main.command()
@click.option("--week", help="ISO week, e.g. 2026-W47 (default: this week).")
@click.option("--send", is_flag=True, help="Also mail it to recipients.digest.")
@click.option("--out", type=click.Path(path_type=Path), help="Where to write the HTML.")
@pass_context
@reports_errors
def digest(ctx: Context, week: str | None, send: bool, out: Path | None) -> None:
    """Render (and with --send, mail) the weekly digest."""
    from scheduler import jobs

    path, context = jobs.write_digest(ctx.config, week, out)
    click.echo(f"digest: {path}")
    if send:
        click.echo(f"digest mailed: {jobs.send_digest(ctx.config, context)}")


@main.command()
@click.option("--month", help="A month, e.g. 2026-11.")
@click.option("--term", help="A school term, e.g. autumn-2026 (default: this term).")
@click.option("--out", type=click.Path(path_type=Path), help="Where to write the HTML.")
@pass_context
@reports_errors
def trends(ctx: Context, month: str | None, term: str | None, out: Path | None) -> None:
    """Render the governors' trend summary (anonymised)."""
    from scheduler import jobs

    path, _ = jobs.write_trends(ctx.config, month, term, out)
    click.echo(f"trends: {path}")


@main.command()
@pass_context
@reports_errors
def status(ctx: Context) -> None:
    """Last runs, failing sources, pending alerts, open cases."""
    from scheduler.jobs import store_for
    from schoolwatch.status import gather_status
    from store.db import session_scope

    engine, school_id = store_for(ctx.config)
    with session_scope(engine) as session:
        state = gather_status(session, school_id)
    click.echo(f"{ctx.config.school.name}: database {ctx.config.storage.database_url().split('@')[-1]}")
    if not state.sources:
        click.echo("sources: never crawled (run `schoolwatch crawl`)")
    for source in state.sources:
        when = source.last_run_at.strftime("%Y-%m-%d %H:%M UTC") if source.last_run_at else "never"
        health = f"FAILING: {source.last_error}" if source.failing else "ok"
        click.echo(f"  {source.name} ({source.kind}): last run {when}, {source.last_new} new, {health}")
    labels = ", ".join(f"{state.labels.get(label, 0)} {label}" for label in ("malicious", "critical", "neutral"))
    click.echo(f"mentions: {labels}")
    click.echo(f"open takedown cases: {state.open_cases}; urgent alerts waiting to be sent: {state.pending_alerts}")
    if state.website_findings:
        click.echo(f"school website: {state.website_findings} things to remove (listed in the digest)")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), help="File to write (default: stdout).")
@pass_context
@reports_errors
def export(ctx: Context, fmt: str, out: Path | None) -> None:
    """Every stored mention with its label, flags, targets, URL, platform and times."""
    from scheduler.jobs import store_for
    from store.db import session_scope
    from store.export import export_rows, write_csv, write_jsonl

    engine, school_id = store_for(ctx.config)
    writer = write_jsonl if fmt == "jsonl" else write_csv
    with session_scope(engine) as session:
        if out is None:
            writer(export_rows(session, school_id), sys.stdout)
        else:
            with out.open("w", encoding="utf-8", newline="") as handle:
                count = writer(export_rows(session, school_id), handle)
            click.echo(f"exported {count} mentions to {out}", err=True)


@main.command()
@click.argument("mention_id", type=int)
@click.option("--out", type=click.Path(path_type=Path), required=True, help="The zip file to write.")
@pass_context
@reports_errors
def evidence(ctx: Context, mention_id: int, out: Path) -> None:
    """Export a mention's evidence pack (raw capture, text, metadata, SHA-256 manifest)."""
    from reports.files import write_atomically
    from scheduler.jobs import store_for
    from store.db import session_scope
    from store.evidence import evidence_pack

    engine, _ = store_for(ctx.config)
    with session_scope(engine) as session:
        write_atomically(out, evidence_pack(session, mention_id))
    click.echo(f"evidence pack for mention {mention_id}: {out}")


@main.command()
@click.option("--seed", default=0, show_default=True, help="Random seed (same seed, same model).")
@click.option("--out", type=click.Path(path_type=Path), help="Model folder (default: the bundled nlp/model).")
@reports_errors
def train(seed: int, out: Path | None) -> None:
    """Rebuild the classifier from the corpus (never reads the test split)."""
    from nlp.pipeline import MODEL_DIR
    from nlp.train import CORPUS_DIR, train as train_model

    path = train_model(CORPUS_DIR, out or MODEL_DIR, seed=seed)
    click.echo(f"model: {path}")


@main.command()
@click.option("--model", type=click.Path(path_type=Path), help="Model folder (default: the bundled nlp/model).")
@click.option("--out", type=click.Path(path_type=Path), default=Path("metrics.md"), show_default=True,
              help="Markdown report to write (metrics.json beside it).")
@click.option("--relevance", is_flag=True, help="Measure the crawl's relevance check on the sample web instead.")
@reports_errors
def evaluate(model: Path | None, out: Path, relevance: bool) -> None:
    """Report the classifier's quality on held-out test examples (or, with --relevance, the
    precision and recall of the crawl's relevance check)."""
    if relevance:
        from schoolwatch.relevance_report import measure_relevance, to_markdown as relevance_markdown

        metrics = measure_relevance()
        markdown = relevance_markdown(metrics)
    else:
        from nlp.evaluate import TEST_PATH, evaluate as evaluate_model, load_examples, to_markdown
        from nlp.peers import comparison_markdown, evaluate_peers
        from nlp.pipeline import load_nlp

        examples = load_examples(TEST_PATH)
        metrics = evaluate_model(load_nlp(model), examples)
        metrics["peers"] = evaluate_peers(examples)
        markdown = to_markdown(metrics) + "\n" + comparison_markdown(metrics, metrics["peers"])
    out.write_text(markdown, encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    click.echo(markdown)


if __name__ == "__main__":
    main()
