"""Deliver pending urgent alerts: by SMTP when ``mail.smtp_url`` is set, else as ``.eml`` files.

Config keys: ``mail.sender``, ``mail.smtp_url`` (``smtp://user:pass@host:port``, ``smtps://`` for
TLS from the start, ``smtp+starttls://`` to upgrade), ``mail.outbox_dir``.

Never twice: each alert is *claimed* before it is sent, by one conditional UPDATE
(``status: pending → sending`` and ``attempts + 1``) committed on its own. Only the run whose UPDATE
changed the row sends it, so two runs at once (or a run repeated) cannot both send it.
After the send, a second commit marks it ``sent`` (or back to ``pending`` with ``last_error``, or
``failed`` after ``MAX_ATTEMPTS``).

A crash between sending and the second commit leaves the alert ``sending``. The next run, once the
claim is older than ``STALE_CLAIM``, settles it without risking a second copy:
- outbox files are written atomically and named by alert id, so the file's presence says whether
  it was delivered: present → ``sent``; absent → ``pending`` again (nothing went out);
- over SMTP we cannot know whether the server accepted it, so it becomes ``failed`` with a
  last_error saying so. We chose "at most once": a duplicate urgent alert alarms people twice, while
  a ``failed`` alert shows up in ``schoolwatch status`` and the item is also on the digest's
  takedown list. (``sent_at`` holds the claim time while an alert is ``sending``.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import update
from sqlmodel import Session, col, select

from reports.addresses import address_of
from reports.mailer import deliver
from reports.alerts import build_alert_message
from reports.queries import items
from reports.targets import staff_roles
from schoolwatch.config import Mail
from store.models import Alert, AuditLog, Mention, utcnow

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 5
STALE_CLAIM = timedelta(minutes=15)  # far longer than one SMTP conversation (timeout below)
ACTOR = "schoolwatch"


@dataclass
class SendResult:
    """What one run did; ids so the CLI and tests can say which."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)  # failed this time, still pending
    failed: list[int] = field(default_factory=list)  # gave up (or interrupted over SMTP)
    skipped: list[int] = field(default_factory=list)  # claimed by another run

    def __str__(self) -> str:
        return (f"{len(self.sent)} sent, {len(self.retrying)} to retry, "
                f"{len(self.failed)} failed, {len(self.skipped)} skipped")


def send_pending_alerts(session: Session, mail: Mail, school_name: str, outbox_dir: Path | str,
                        school_id: int | None = None) -> SendResult:
    """Send every pending alert (of ``school_id``, or all) once; commits after each step.

    Returns the ids sent, to retry, failed and skipped. A delivery problem never raises: it is
    recorded on the alert (``last_error``, one line) and retried on the next run.
    """
    outbox = Path(outbox_dir)
    result = SendResult()
    _settle_interrupted(session, mail, outbox, result)
    query = select(Alert.id).where(Alert.status == "pending", Alert.attempts < MAX_ATTEMPTS)
    if school_id is not None:
        query = query.join(Mention, col(Mention.id) == Alert.mention_id).where(Mention.school_id == school_id)
    pending = [alert_id for alert_id in session.exec(query.order_by(col(Alert.id))) if alert_id is not None]
    # End every read transaction before writing: an SQLite reader that then writes after another
    # process committed fails at once ("database is locked") instead of waiting its turn.
    session.commit()
    for alert_id in pending:
        if not _claim(session, alert_id):
            result.skipped.append(alert_id)
            continue
        alert = session.get(Alert, alert_id, populate_existing=True)
        assert alert is not None  # we hold the claim, and alerts are never deleted
        attempts, recipient, mention_id = alert.attempts, alert.recipient, alert.mention_id
        try:
            message = _message_for(session, alert, school_name, mail.sender)
            session.commit()
            delivered_to = _deliver(message, alert_id, recipient, mail, outbox)
        except Exception as exc:  # noqa: BLE001 - one bad alert must not stay claimed or stop the rest
            session.rollback()
            _record_failure(session, alert_id, attempts, exc, result)
        else:
            _finish(session, alert_id, status="sent", sent_at=utcnow(), delivered_to=delivered_to, last_error=None)
            _audit(session, "alert.sent", alert_id, f"mention {mention_id} to {recipient} via {delivered_to}")
            session.commit()
            result.sent.append(alert_id)
            log.info("alert %s sent to %s via %s", alert_id, recipient, delivered_to)
    log.info("alerts: %s", result)
    return result


def _claim(session: Session, alert_id: int) -> bool:
    """Atomically take a pending alert for this run; False if another run already has it."""
    claimed = session.execute(
        update(Alert)
        .where(col(Alert.id) == alert_id, col(Alert.status) == "pending")
        .values(status="sending", attempts=Alert.attempts + 1, sent_at=utcnow())
    ).rowcount
    session.commit()  # the claim must be durable before anything leaves the machine
    return claimed == 1


def _finish(session: Session, alert_id: int, **values: object) -> None:
    """Write the outcome of a claimed alert (only while it is still ours, i.e. ``sending``)."""
    session.execute(update(Alert).where(col(Alert.id) == alert_id, col(Alert.status) == "sending").values(**values))


def _message_for(session: Session, alert: Alert, school_name: str, sender: str) -> EmailMessage:
    mention = session.get(Mention, alert.mention_id)
    if mention is None or mention.id is None:
        raise ValueError(f"alert {alert.id}: mention {alert.mention_id} is missing")
    [item] = items(session, mention.school_id, ids=[mention.id])
    return build_alert_message(alert, item, school_name, sender, staff_roles(session, mention.school_id))


def _deliver(message: EmailMessage, alert_id: int, recipient: str, mail: Mail, outbox: Path) -> str:
    """Hand the message over; return where it went (``smtp://host:port`` or the .eml path)."""
    return deliver(message, mail, address_of(recipient), _eml_path(outbox, alert_id))


def _eml_path(outbox: Path, alert_id: int | None) -> Path:
    return outbox / f"alert-{alert_id}.eml"


def _record_failure(session: Session, alert_id: int, attempts: int, exc: BaseException,
                    result: SendResult) -> None:
    """Back to pending for the next run, or failed once ``MAX_ATTEMPTS`` are used up."""
    error = _one_line(exc)
    status = "failed" if attempts >= MAX_ATTEMPTS else "pending"
    _finish(session, alert_id, status=status, last_error=error, sent_at=None)
    if status == "failed":
        result.failed.append(alert_id)
        _audit(session, "alert.failed", alert_id, f"gave up after {attempts} attempts: {error}")
    else:
        result.retrying.append(alert_id)
    session.commit()
    log.warning("alert %s not delivered (attempt %s): %s", alert_id, attempts, error)


def _settle_interrupted(session: Session, mail: Mail, outbox: Path, result: SendResult) -> None:
    """Resolve alerts left ``sending`` by a run that died mid-send (see the module docstring)."""
    cutoff = utcnow() - STALE_CLAIM
    stale = (col(Alert.status) == "sending") & (col(Alert.sent_at).is_(None) | (col(Alert.sent_at) < cutoff))
    ids = [i for i in session.exec(select(Alert.id).where(stale)) if i is not None]
    session.commit()
    for alert_id in ids:
        path = _eml_path(outbox, alert_id)
        if not mail.smtp_url and path.exists():
            values: dict[str, object] = {"status": "sent", "delivered_to": str(path), "last_error": None}
        elif not mail.smtp_url:
            values = {"status": "pending", "sent_at": None}  # nothing was written: safe to try again
        else:
            values = {"status": "failed", "last_error": "interrupted during SMTP delivery; it may have arrived. "
                                                        "Check with the recipient before resending."}
        # Conditional, like the claim: if two runs settle the same alert, only one changes it.
        if session.execute(update(Alert).where(col(Alert.id) == alert_id, stale).values(**values)).rowcount:
            {"sent": result.sent, "failed": result.failed}.get(str(values["status"]), []).append(alert_id)
            _audit(session, f"alert.settled.{values['status']}", alert_id, "a run was interrupted while sending")
            log.warning("alert %s was interrupted while sending; now %s", alert_id, values["status"])
        session.commit()


def _one_line(exc: BaseException) -> str:
    text = " ".join(f"{exc.__class__.__name__}: {exc}".split())
    return text if len(text) <= 300 else text[:299] + "…"


def _audit(session: Session, action: str, alert_id: int | None, detail: str) -> None:
    session.add(AuditLog(at=utcnow(), actor=ACTOR, action=action, object_type="alert",
                         object_id=alert_id, detail=detail))
