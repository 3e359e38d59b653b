"""Build the urgent alert email for one Alert: plain text with an HTML alternative.

Delivery lives in ``reports/outbox.py``; this module only answers "what does the email say".
The body says what was found, who is targeted, why (the classifier's reasons), the URL, when,
the SHA-256 of the secured evidence, where to report it and what to do now.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from nlp.labels import FLAGS
from reports.addresses import address_of
from reports.platforms import UK_HELP, draft_takedown_request, platform_for, report_link
from reports.queries import Item
from reports.render import render
from reports.targets import describe_target, subject_target
from store.models import Alert, utcnow

# What the subject leads with, most serious first; a flag not listed here falls back to its meaning.
HEADLINES = {
    "threat": "threat against {target}",
    "doxxing": "personal details of {target} published",
    "pupil_identified": "a pupil identified in a hostile post",
    "impersonation": "someone is impersonating {target}",
}

# First steps per urgent flag, for a headteacher or safeguarding lead reading on a phone.
FIRST_STEPS = {
    "threat": "If anyone may be in immediate danger, call 999. Otherwise report the threat to the police on 101 "
              "and give them the link and the evidence fingerprint below.",
    "doxxing": "Tell the member of staff today that their personal details were published, and talk about their "
               "safety at home. Ask the platform to remove it (below).",
    "impersonation": "Tell parents through the school's own channels that this account is not the school's. "
                     "Ask the platform to remove it (below).",
    "pupil_identified": "Tell the designated safeguarding lead now and follow your safeguarding procedure. "
                        "Ask the platform to remove it (below).",
}
GENERAL_STEPS = [
    "Do not reply to the post or contact its author.",
    "Ask the platform to remove it: use the report link and the drafted request below.",
    "Record the incident as your policy asks; the evidence has already been secured.",
]


def alert_context(alert: Alert, item: Item, school_name: str, roles: dict[str, str]) -> dict[str, Any]:
    """Plain data for the alert templates."""
    mention, verdict = item.mention, item.verdict
    flags = list(verdict.flags) if verdict else []
    targets = list(verdict.targets) if verdict else []
    steps = [FIRST_STEPS[f] for f in FLAGS if f in flags and f in FIRST_STEPS] + GENERAL_STEPS
    return {
        "school_name": school_name,
        "subject": alert_subject(flags, targets, school_name),
        "alert_id": alert.id,
        "mention_id": mention.id,
        "url": mention.url,
        "platform": platform_for(mention.platform).display,
        "title": mention.title,
        "author": mention.author,
        "published_at": mention.published_at,
        "first_seen_at": mention.first_seen_at,
        "flags": [{"name": f, "meaning": FLAGS[f].meaning if f in FLAGS else f} for f in flags],
        "targets": [describe_target(t, roles) for t in targets] or ["the school"],
        "reasons": list(verdict.reasons) if verdict else [],
        "confidence": round((verdict.confidence if verdict else 0) * 100),
        "evidence": item.evidence,
        "report_link": report_link(mention.platform, mention.url),
        "how_to_report": platform_for(mention.platform).how_to,
        "uk_help": UK_HELP,
        "steps": steps,
        "request": draft_takedown_request(mention, verdict, school_name, item.evidence) if verdict else "",
    }


def alert_subject(flags: list[str], targets: list[str], school_name: str) -> str:
    """``URGENT: threat against a member of staff — Ashdown Vale Primary School`` (no names)."""
    target = subject_target(targets)
    urgent = [f for f in FLAGS if f in flags and FLAGS[f].urgent]
    first = urgent[0] if urgent else (flags[0] if flags else "")
    headline = HEADLINES.get(first, FLAGS[first].meaning if first in FLAGS else "malicious post").format(target=target)
    return f"URGENT: {headline} — {school_name}"


def build_alert_message(alert: Alert, item: Item, school_name: str, sender: str,
                        roles: dict[str, str]) -> EmailMessage:
    """The email for ``alert``: To its recipient, with a Message-ID fixed by the alert's id.

    The fixed Message-ID means that if a message is ever handed over twice (see outbox.py), mail
    clients and servers that de-duplicate by Message-ID show it once.
    """
    context = alert_context(alert, item, school_name, roles)
    message = EmailMessage()
    message["Subject"] = context["subject"]
    message["From"] = sender
    message["To"] = address_of(alert.recipient)
    message["Date"] = format_datetime(utcnow())
    domain = sender.rpartition("@")[2] or "schoolwatch.invalid"
    message["Message-ID"] = f"<schoolwatch-alert-{alert.id}-mention-{item.mention.id}@{domain}>"
    message["X-Schoolwatch-Alert"] = str(alert.id)
    message["Auto-Submitted"] = "auto-generated"  # no out-of-office replies to an unattended sender
    message.set_content(render("alert.txt.j2", context))
    message.add_alternative(render("alert.html", context), subtype="html")
    return message
