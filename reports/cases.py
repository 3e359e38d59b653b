"""Turn malicious verdicts into takedown cases and queued urgent alerts.

Every malicious mention gets its own Case, duplicates included: a repost at another URL is a
separate item the platform must remove. Urgent ones (``nlp.labels.is_urgent``) also get one
pending Alert per urgent recipient. The store's unique constraints (one Case per mention, one
Alert per mention and recipient) make this safe to run twice or from two processes at once: each
insert runs in a savepoint, and a conflict means another run got there first.
Config keys: ``recipients.urgent``.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from nlp.labels import is_urgent, needs_takedown
from reports.addresses import address_of
from reports.queries import cases_by_mention, items
from schoolwatch.config import Recipients
from store.models import Alert, AuditLog, Case, utcnow

log = logging.getLogger(__name__)
ACTOR = "schoolwatch"


def open_cases_and_alerts(session: Session, school_id: int, recipients: Recipients) -> tuple[int, int]:
    """Open missing cases and queue missing urgent alerts; return (cases opened, alerts queued).

    The caller commits (``session_scope``); rows are flushed as they go so ids are in the audit log.
    """
    malicious = [item for item in items(session, school_id)
                 if item.verdict is not None and needs_takedown(item.label)]
    existing_cases = cases_by_mention(session, [item.mention.id for item in malicious])
    addresses = [address_of(r) for r in recipients.urgent]
    cases_opened = alerts_queued = 0
    for item in malicious:
        mention = item.mention
        if mention.id not in existing_cases:
            # An item already gone when we classify it is still an incident to record, not to chase.
            status = "removed" if mention.gone_at else "open"
            case = Case(mention_id=mention.id, platform=mention.platform, status=status)
            if _insert(session, case):
                cases_opened += 1
                _audit(session, "case.opened", "case", case.id,
                       f"mention {mention.id} on {mention.platform}: {', '.join(item.flags) or 'malicious'}"
                       + (" (already gone)" if status == "removed" else ""))
                log.info("opened case %s for mention %s (%s)", case.id, mention.id, mention.url)
        if not is_urgent(item.label, item.flags):
            continue
        queued = set(session.exec(select(Alert.recipient).where(Alert.mention_id == mention.id)))
        for address in addresses:
            if address in queued:
                continue
            alert = Alert(mention_id=mention.id, recipient=address)
            if _insert(session, alert):
                alerts_queued += 1
                queued.add(address)
                _audit(session, "alert.queued", "alert", alert.id, f"mention {mention.id} to {address}")
                log.info("queued alert %s for mention %s to %s", alert.id, mention.id, address)
    log.info("school %s: %d cases opened, %d alerts queued", school_id, cases_opened, alerts_queued)
    return cases_opened, alerts_queued


def _insert(session: Session, row: Case | Alert) -> bool:
    """Insert in a savepoint; False when a concurrent run already inserted the same row."""
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # The savepoint is rolled back, the outer transaction lives on; the row is someone else's.
        return False
    return True


def _audit(session: Session, action: str, object_type: str, object_id: int | None, detail: str) -> None:
    session.add(AuditLog(at=utcnow(), actor=ACTOR, action=action, object_type=object_type,
                         object_id=object_id, detail=detail))
