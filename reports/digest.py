"""The weekly digest for the office manager: what needs a takedown request first, then the rest.

``gather(session, school_id, week)`` returns plain data; ``render`` / ``render_text`` turn it into
the HTML page (``templates/digest.html``) and the plain-text email part (``digest.txt.j2``).
"New this week" means first seen in the week. Reposts (``duplicate_of_id``) are grouped under
their original; on the takedown list each repost keeps its own entry, because every URL needs its
own request. Config keys: ``recipients.digest`` (who receives it; the sending is the caller's job).
"""

from __future__ import annotations

from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from sqlmodel import Session, col, select

from nlp.labels import FLAGS, LABEL_NAMES, LABELS, is_urgent
from reports.addresses import address_of
from reports.periods import Period, parse_week
from reports.platforms import UK_HELP, draft_takedown_request, platform_for, report_link
from reports.queries import Item, cases_by_mention, items
from reports.render import format_date, plural
from reports.render import render as render_template
from reports.sources import source_health
from reports.targets import describe_target, staff_roles
from reports.website import website_section
from store.models import Alert, Mention, School, utcnow

EXCERPT_CHARS = 300
LABEL_TITLES = {"neutral": "Neutral", "critical": "Critical (lawful complaint)", "malicious": "Malicious"}


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of ``text`` on one line, at most ``limit`` characters including the ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]  # end on a word boundary when one is near
    return cut + "…"


def gather(session: Session, school_id: int, week: Period | str) -> dict[str, Any]:
    """Everything the digest shows for ``week`` (``2026-W47`` or a Period), as plain data."""
    period = parse_week(week) if isinstance(week, str) else week
    school = session.get(School, school_id)
    if school is None:
        raise ValueError(f"school {school_id}: no such school in the store")
    roles = staff_roles(session, school_id)
    this_week = items(session, school_id, period.start, period.end)
    last_week = items(session, school_id, period.previous().start, period.start)

    takedown = _takedown_list(session, school_id, school.name, roles)
    urgent = _urgent_items(session, this_week, roles)
    counts = _counts(this_week, last_week)
    critical = _grouped(this_week, "critical", roles)
    neutral = _grouped(this_week, "neutral", roles)
    to_request = sum(1 for entry in takedown if entry["status"] == "open")
    waiting = sum(1 for entry in takedown if entry["status"] == "requested")
    website = website_section(session, school_id, period)
    return {
        "school_name": school.name,
        "period": {"name": period.name, "title": period.title, "start": period.start, "end": period.end},
        "generated_at": utcnow(),
        "summary": _summary(to_request, waiting, len(urgent), counts, len(website["to_fix"])),
        "to_request": to_request,
        "waiting": waiting,
        "takedown": takedown,
        "urgent": urgent,
        "counts": counts,
        "critical": critical,
        "neutral": neutral,
        "website": website,
        "unclassified": sum(1 for item in this_week if item.verdict is None),
        "sources": source_health(session, school_id, period),
        "labels": [{"name": n, "title": LABEL_TITLES.get(n, n.capitalize()), "meaning": LABELS[n].meaning}
                   for n in LABEL_NAMES],
        "uk_help": UK_HELP,
    }


def render(context: dict[str, Any]) -> str:
    """The digest as a self-contained HTML page (no scripts, no external resources)."""
    return render_template("digest.html", context)


def render_text(context: dict[str, Any]) -> str:
    """The digest as plain text, for the email's text part."""
    return render_template("digest.txt.j2", context)


def message(context: dict[str, Any], sender: str, recipient: str) -> EmailMessage:
    """The digest as an email: plain text with the HTML page as the alternative."""
    mail = EmailMessage()
    mail["Subject"] = f"{context['school_name']}: what was said online, {context['period']['title']}"
    mail["From"], mail["To"] = address_of(sender), recipient
    mail["Date"] = format_datetime(context["generated_at"])
    mail.set_content(render_text(context))
    mail.add_alternative(render(context), subtype="html")
    return mail


def _untitled(mention: Mention) -> str:
    """A heading for a post with no title (toots, forum replies): who posted it where, and when."""
    by = f" by {mention.author}" if mention.author else ""
    return f"{platform_for(mention.platform).display} post{by}, {format_date(mention.published_at or mention.first_seen_at)}"


def _entry(item: Item, roles: dict[str, str]) -> dict[str, Any]:
    """The fields every listed item shows."""
    mention, verdict = item.mention, item.verdict
    return {
        "mention_id": mention.id,
        "url": mention.url,
        "platform": platform_for(mention.platform).display,
        "title": mention.title or _untitled(mention),
        "author": mention.author,
        "excerpt": excerpt(mention.text),
        "label": item.label,
        "label_title": LABEL_TITLES.get(item.label, item.label.capitalize()),
        "flags": [{"name": f, "meaning": FLAGS[f].meaning if f in FLAGS else f} for f in item.flags],
        "targets": [describe_target(t, roles) for t in (verdict.targets if verdict else [])],
        "reasons": list(verdict.reasons) if verdict else [],
        "published_at": mention.published_at,
        "first_seen_at": mention.first_seen_at,
        "sha256": item.evidence.sha256 if item.evidence else None,
        "secured_at": item.evidence.fetched_at if item.evidence else None,
        "duplicate_of_id": mention.duplicate_of_id,
        "gone": mention.gone_at is not None,
    }


def _takedown_list(session: Session, school_id: int, school_name: str, roles: dict[str, str]) -> list[dict[str, Any]]:
    """Every malicious item whose case is open or requested (whenever it was first seen), plus any
    malicious item still online that has no case yet (the cases job may not have run); reposts come
    right after their original.
    """
    malicious = [item for item in items(session, school_id) if item.label == "malicious"]
    cases = cases_by_mention(session, [item.mention.id for item in malicious])
    chosen = []
    for item in malicious:
        case = cases.get(item.mention.id)
        if case is not None and case.status in ("open", "requested"):
            chosen.append((item, case))
        elif case is None and item.mention.gone_at is None:
            chosen.append((item, None))
    # Requests still to send first (that is the office manager's to-do), oldest first within each.
    chosen.sort(key=lambda pair: (pair[1] is not None and pair[1].status == "requested",
                                  pair[1].opened_at if pair[1] else pair[0].mention.first_seen_at,
                                  pair[0].mention.id))
    entries: dict[int, dict[str, Any]] = {}
    for item, case in chosen:
        mention = item.mention
        status = case.status if case else "open"
        entry = _entry(item, roles)
        entry.update({
            "case_id": case.id if case else None,
            "status": status,
            "status_title": "Request not sent yet" if status == "open" else "Requested, waiting for the platform",
            "report_link": report_link(mention.platform, mention.url),
            "how_to": platform_for(mention.platform).how_to,
            "request": draft_takedown_request(mention, item.verdict, school_name, item.evidence),
            "urgent": is_urgent(item.label, item.flags),
            "reposts": [],
            "repost_of": None,
        })
        entries[mention.id] = entry
    ordered: list[dict[str, Any]] = []
    for entry in entries.values():
        original = entries.get(entry["duplicate_of_id"])
        if original is not None:
            entry["repost_of"] = original["title"]
            original["reposts"].append(entry)
        else:
            ordered.append(entry)
    # Flatten: an original, then its reposts (each needs its own request), then the next original.
    flat: list[dict[str, Any]] = []
    for entry in ordered:
        flat.append(entry)
        flat.extend(entry["reposts"])
    for number, entry in enumerate(flat, start=1):
        entry["number"] = number
    return flat


def _urgent_items(session: Session, this_week: list[Item], roles: dict[str, str]) -> list[dict[str, Any]]:
    """Urgent items first seen this week, with whether their alerts went out."""
    urgent = [item for item in this_week if item.verdict and is_urgent(item.label, item.flags)]
    alerts: dict[int, list[Alert]] = {}
    ids = [item.mention.id for item in urgent]
    if ids:
        for alert in session.exec(select(Alert).where(col(Alert.mention_id).in_(ids))):
            alerts.setdefault(alert.mention_id, []).append(alert)
    cases = cases_by_mention(session, ids)
    result = []
    for item in urgent:
        entry = _entry(item, roles)
        entry["alerts"] = [{"recipient": a.recipient, "status": a.status, "sent_at": a.sent_at}
                           for a in sorted(alerts.get(item.mention.id, []), key=lambda a: a.recipient)]
        case = cases.get(item.mention.id)
        entry["case_status"] = case.status if case else "no case yet"
        result.append(entry)
    return result


def _counts(this_week: list[Item], last_week: list[Item]) -> list[dict[str, Any]]:
    now, before = Counter(i.label for i in this_week), Counter(i.label for i in last_week)
    rows = []
    for name in LABEL_NAMES:
        change = now[name] - before[name]
        rows.append({"label": name, "title": LABEL_TITLES.get(name, name), "this_week": now[name],
                     "last_week": before[name], "change": change,
                     "trend": "up" if change > 0 else "down" if change < 0 else "same"})
    return rows


def _grouped(this_week: list[Item], label: str, roles: dict[str, str]) -> list[dict[str, Any]]:
    """This week's items with ``label``; reposts listed under their original when it is here too."""
    chosen = [item for item in this_week if item.label == label]
    entries = {item.mention.id: {**_entry(item, roles), "copies": []} for item in chosen}
    top = []
    for entry in entries.values():
        original = entries.get(entry["duplicate_of_id"])
        if original is not None:
            original["copies"].append({"url": entry["url"], "platform": entry["platform"],
                                       "first_seen_at": entry["first_seen_at"]})
        else:
            top.append(entry)
    return top


def _summary(to_request: int, waiting: int, urgent: int, counts: list[dict[str, Any]], website_to_fix: int = 0) -> str:
    """The first sentence the office manager reads: what needs doing, in plain words."""
    parts = []
    if to_request:
        verb = "needs" if to_request == 1 else "need"
        parts.append(f"{plural(to_request, 'item')} {verb} a takedown request.")
    else:
        parts.append("No items need a takedown request.")
    if waiting:
        parts.append(f"{plural(waiting, 'request')} {'is' if waiting == 1 else 'are'} waiting for the platform to act.")
    if urgent:
        parts.append(f"{plural(urgent, 'urgent item')} {'was' if urgent == 1 else 'were'} found this week; "
                     f"{'it is' if urgent == 1 else 'they are'} listed below.")
    if website_to_fix:
        parts.append(f"{plural(website_to_fix, 'thing')} on the school's own website {'needs' if website_to_fix == 1 else 'need'} removing.")
    total = sum(row["this_week"] for row in counts)
    parts.append(f"{plural(total, 'new mention')} of the school this week in all.")
    return " ".join(parts)
