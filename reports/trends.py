"""The governors' trend summary for a month or a term: is it getting better or worse?

Anonymised in ``gather``: the context holds counts, roles ("the headteacher", "a teacher",
"the school", "a pupil") and platform names only. No staff names, no authors, no titles, URLs or
quotes (a URL or a title can carry a name). ``render`` draws a stacked bar chart per week as inline
SVG with a table alternative. Config keys: ``recipients.governors`` (the caller sends it).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlmodel import Session, col, select

from nlp.labels import FLAGS, LABEL_NAMES, LABELS
from reports.chart import stacked_bars
from reports.periods import Period, parse_period
from reports.platforms import platform_for
from reports.queries import Item, items
from reports.render import render as render_template
from reports.targets import role_of, staff_roles
from store.models import Case, Mention, School, utcnow

LABEL_TITLES = {"neutral": "Neutral", "critical": "Critical (lawful complaints)", "malicious": "Malicious"}


def gather(session: Session, school_id: int, period: Period | str) -> dict[str, Any]:
    """Counts for ``period`` (``2026-11``, ``autumn-2026`` or a Period) and the one before it."""
    period = parse_period(period) if isinstance(period, str) else period
    school = session.get(School, school_id)
    if school is None:
        raise ValueError(f"school {school_id}: no such school in the store")
    previous = period.previous()
    roles = staff_roles(session, school_id)
    current = [i for i in items(session, school_id, period.start, period.end) if i.verdict]
    before = [i for i in items(session, school_id, previous.start, previous.end) if i.verdict]

    weeks = []
    for week in period.weeks():
        counts = Counter(i.label for i in current if week.contains(i.mention.first_seen_at))
        weeks.append({"name": week.name, "caption": f"{week.start:%-d %b}",
                      "counts": {label: counts[label] for label in LABEL_NAMES},
                      "total": sum(counts.values())})
    now_counts, before_counts = Counter(i.label for i in current), Counter(i.label for i in before)
    totals = [{"label": name, "title": LABEL_TITLES.get(name, name), "this": now_counts[name],
               "before": before_counts[name], "change": now_counts[name] - before_counts[name]}
              for name in LABEL_NAMES]
    return {
        "school_name": school.name,
        "period": {"name": period.name, "title": period.title, "kind": period.kind},
        "previous": {"name": previous.name, "title": previous.title},
        "generated_at": utcnow(),
        "summary": _summary(now_counts["malicious"], before_counts["malicious"], previous.title),
        "weeks": weeks,
        "chart": stacked_bars(weeks, list(LABEL_NAMES)),
        "labels": [{"name": n, "title": LABEL_TITLES.get(n, n), "meaning": LABELS[n].meaning} for n in LABEL_NAMES],
        "totals": totals,
        "flags": _flags(current),
        "platforms": _platforms(current),
        "targets": _targets(current, roles),
        "cases": _cases(session, school_id, period),
    }


def render(context: dict[str, Any]) -> str:
    """The governors' report as a self-contained HTML page with an inline SVG chart."""
    return render_template("trends.html", context)


def _summary(malicious: int, before: int, previous_title: str) -> str:
    if malicious == before:
        trend = f"the same as in {previous_title}"
    elif malicious < before:
        trend = f"down from {before} in {previous_title}"
    else:
        trend = f"up from {before} in {previous_title}"
    noun = "item" if malicious == 1 else "items"
    return f"{malicious} malicious {noun} this period, {trend}."


def _flags(current: list[Item]) -> list[dict[str, Any]]:
    counts = Counter(flag for i in current if i.label == "malicious" for flag in i.flags)
    return [{"name": name, "meaning": FLAGS[name].meaning if name in FLAGS else name, "count": counts[name]}
            for name in [*FLAGS, *sorted(set(counts) - set(FLAGS))]]


def _platforms(current: list[Item]) -> list[dict[str, Any]]:
    table: dict[str, Counter] = {}
    for item in current:
        table.setdefault(platform_for(item.mention.platform).display, Counter())[item.label] += 1
    return [{"platform": name, "counts": {label: counter[label] for label in LABEL_NAMES},
             "total": sum(counter.values())}
            for name, counter in sorted(table.items(), key=lambda kv: -sum(kv[1].values()))]


def _targets(current: list[Item], roles: dict[str, str]) -> list[dict[str, Any]]:
    """Who critical and malicious items were about, as roles only (never names)."""
    counts: dict[str, Counter] = {}
    for item in current:
        if item.label == "neutral" or item.verdict is None:
            continue
        for role in {role_of(t, roles) for t in item.verdict.targets} or {"the school"}:
            counts.setdefault(role, Counter())[item.label] += 1
    return [{"role": role, "critical": c["critical"], "malicious": c["malicious"]}
            for role, c in sorted(counts.items(), key=lambda kv: (-kv[1]["malicious"], kv[0]))]


def _cases(session: Session, school_id: int, period: Period) -> dict[str, int]:
    cases = list(session.exec(select(Case).join(Mention, col(Mention.id) == Case.mention_id)
                              .where(Mention.school_id == school_id)))
    return {
        "opened": sum(1 for c in cases if period.contains(c.opened_at)),
        # updated_at is the time of the latest status change, so a removal is dated by it.
        "removed": sum(1 for c in cases if c.status == "removed" and period.contains(c.updated_at)),
        "refused": sum(1 for c in cases if c.status == "refused" and period.contains(c.updated_at)),
        "still_open": sum(1 for c in cases if c.status in ("open", "requested") and c.opened_at < period.end),
    }
