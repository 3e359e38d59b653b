"""Cases, alerts and their delivery: never duplicated, never sent twice, retried after a failure."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from sqlmodel import select

from reports.cases import open_cases_and_alerts
from reports.outbox import MAX_ATTEMPTS, send_pending_alerts
from schoolwatch.config import Mail, Recipients
from store.db import open_store, session_scope
from store.models import Alert, AuditLog, Case
from tests.reports.seed import assert_escaped, seed_school
from tests.reports.smtp import Logins, free_port, smtp_server

RECIPIENTS = Recipients(urgent=["mailto://head@ashdownvale.example", "mailto://dsl@ashdownvale.example"])
SCHOOL = "Ashdown Vale Primary School"
URGENT_ITEMS = 3  # the threat, its repost and the doxxing post


def _queue(engine, school_id: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return open_cases_and_alerts(session, school_id, RECIPIENTS)


def _alerts(engine) -> list[Alert]:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return list(session.exec(select(Alert).order_by(Alert.id)))


def test_cases_and_alerts_are_never_duplicated(engine, seeded):
    assert _queue(engine, seeded.school_id) == (4, URGENT_ITEMS * 2)
    assert _queue(engine, seeded.school_id) == (0, 0)
    with session_scope(engine) as session:
        cases = list(session.exec(select(Case)))
        case_mentions = {c.mention_id for c in cases}
        audit = list(session.exec(select(AuditLog)))
    # Every malicious URL has its own case (the repost too); the critical complaint has none.
    ids = seeded.ids
    assert case_mentions == {ids["threat"], ids["threat_repost"], ids["abuse"], ids["doxxing"], ids["old_abuse"]}
    assert ids["complaint"] not in case_mentions
    assert {a.recipient for a in _alerts(engine)} == {"head@ashdownvale.example", "dsl@ashdownvale.example"}
    assert {a.mention_id for a in _alerts(engine)} == {ids["threat"], ids["threat_repost"], ids["doxxing"]}
    assert sum(a.action == "case.opened" for a in audit) == 4 and all(a.actor == "schoolwatch" for a in audit)


def test_outbox_writes_eml_files_that_parse_back(engine, seeded, tmp_path):
    _queue(engine, seeded.school_id)
    outbox = tmp_path / "outbox"
    with session_scope(engine) as session:
        result = send_pending_alerts(session, Mail(sender="schoolwatch@ashdownvale.example"), SCHOOL, outbox)
    assert len(result.sent) == URGENT_ITEMS * 2 and not result.retrying
    files = sorted(outbox.glob("*.eml"))
    assert [f.name for f in files] == sorted(f"alert-{a.id}.eml" for a in _alerts(engine))
    recipients = set()
    for path in files:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        recipients.add(message["To"])
        assert message["Subject"].startswith("URGENT: ") and message["Subject"].endswith(f"— {SCHOOL}")
        assert "Lambert" not in message["Subject"]  # subjects show in lock-screen notifications
        plain = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert "SHA-256" in plain and "WHAT TO DO NOW" in plain
        assert_escaped(html)
    assert recipients == {"head@ashdownvale.example", "dsl@ashdownvale.example"}
    threat = next(f for f in files if "threat against a member of staff" in f.read_text())
    assert "www.reddit.com/report" in threat.read_text() or "reddit.com/report" in threat.read_bytes().decode()
    assert all(a.status == "sent" and a.delivered_to.endswith(".eml") for a in _alerts(engine))
    # A second run sends nothing again.
    with session_scope(engine) as session:
        again = send_pending_alerts(session, Mail(), SCHOOL, outbox)
    assert not again.sent and len(list(outbox.glob("*.eml"))) == URGENT_ITEMS * 2


def test_smtp_delivery_to_a_real_local_server(engine, seeded, tmp_path):
    _queue(engine, seeded.school_id)
    with smtp_server() as (received, port):
        mail = Mail(sender="schoolwatch@ashdownvale.example", smtp_url=f"smtp://127.0.0.1:{port}")
        with session_scope(engine) as session:
            result = send_pending_alerts(session, mail, SCHOOL, tmp_path / "unused")
        with session_scope(engine) as session:
            rerun = send_pending_alerts(session, mail, SCHOOL, tmp_path / "unused")
    assert len(result.sent) == URGENT_ITEMS * 2 and not rerun.sent
    assert len(received.envelopes) == URGENT_ITEMS * 2  # once each, the second run sent nothing
    assert sorted(r for e in received.envelopes for r in e.rcpt_tos) == sorted(
        ["head@ashdownvale.example", "dsl@ashdownvale.example"] * URGENT_ITEMS)
    message = email.message_from_bytes(received.envelopes[0].content, policy=policy.default)
    assert message["Subject"].startswith("URGENT:") and message.get_body(("html",)) is not None
    assert all(a.delivered_to == f"smtp://127.0.0.1:{port}" for a in _alerts(engine))
    assert not (tmp_path / "unused").exists()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtp_credentials_come_from_the_url(engine, seeded, tmp_path):
    _queue(engine, seeded.school_id)
    logins = Logins("office@ashdownvale.example", "p@ss:word/1")
    with smtp_server(logins=logins) as (received, port):
        right = Mail(smtp_url=f"smtp://office%40ashdownvale.example:p%40ss%3Aword%2F1@127.0.0.1:{port}")
        with session_scope(engine) as session:
            accepted = send_pending_alerts(session, right, SCHOOL, tmp_path)
    assert len(accepted.sent) == URGENT_ITEMS * 2 == len(received.envelopes)
    assert set(logins.seen) == {"office@ashdownvale.example"}  # user and password percent-decoded
    assert all("p@ss" not in (a.delivered_to or "") for a in _alerts(engine))


def test_smtp_server_down_then_up_sends_once(engine, seeded, tmp_path):
    _queue(engine, seeded.school_id)
    port = free_port()  # nothing listens here yet
    mail = Mail(sender="schoolwatch@ashdownvale.example", smtp_url=f"smtp://127.0.0.1:{port}")
    with session_scope(engine) as session:
        down = send_pending_alerts(session, mail, SCHOOL, tmp_path)
    assert not down.sent and len(down.retrying) == URGENT_ITEMS * 2
    for alert in _alerts(engine):
        assert alert.status == "pending" and alert.attempts == 1
        assert alert.last_error and "\n" not in alert.last_error and "Connection" in alert.last_error
    with smtp_server(port) as (received, _):
        with session_scope(engine) as session:
            up = send_pending_alerts(session, mail, SCHOOL, tmp_path)
        with session_scope(engine) as session:
            send_pending_alerts(session, mail, SCHOOL, tmp_path)
    assert len(up.sent) == URGENT_ITEMS * 2 and len(received.envelopes) == URGENT_ITEMS * 2
    assert all(a.status == "sent" and a.attempts == 2 and a.last_error is None for a in _alerts(engine))


def test_gives_up_after_max_attempts(engine, seeded, tmp_path):
    _queue(engine, seeded.school_id)
    mail = Mail(smtp_url=f"smtp://127.0.0.1:{free_port()}")
    for _ in range(MAX_ATTEMPTS + 1):
        with session_scope(engine) as session:
            send_pending_alerts(session, mail, SCHOOL, tmp_path)
    assert all(a.status == "failed" and a.attempts == MAX_ATTEMPTS for a in _alerts(engine))


def test_an_alert_claimed_by_another_run_is_not_sent(engine, seeded, tmp_path):
    """Two runs at once: the one that loses the claim skips the alert instead of sending it."""
    _queue(engine, seeded.school_id)
    with session_scope(engine) as session:
        first = session.exec(select(Alert).order_by(Alert.id)).first()
        first.status = "sending"  # as another run's claim leaves it, a moment ago
        from store.models import utcnow

        first.sent_at = utcnow()
    with session_scope(engine) as session:
        result = send_pending_alerts(session, Mail(), SCHOOL, tmp_path)
    assert first.id not in result.sent and not (tmp_path / f"alert-{first.id}.eml").exists()


def test_interrupted_outbox_send_is_settled_without_a_second_copy(engine, seeded, tmp_path):
    """A run that wrote the .eml but died before committing: the next run marks it sent, not resends."""
    _queue(engine, seeded.school_id)
    with session_scope(engine) as session:
        send_pending_alerts(session, Mail(), SCHOOL, tmp_path)
    from datetime import timedelta

    from store.models import utcnow

    with session_scope(engine) as session:
        alert = session.exec(select(Alert).order_by(Alert.id)).first()
        alert.status, alert.sent_at = "sending", utcnow() - timedelta(hours=1)
        written = Path(alert.delivered_to)
        before = written.read_bytes()
    with session_scope(engine) as session:
        result = send_pending_alerts(session, Mail(), SCHOOL, tmp_path)
    assert alert.id in result.sent and written.read_bytes() == before
    assert next(a for a in _alerts(engine) if a.id == alert.id).status == "sent"


def test_cases_alerts_and_outbox_on_postgresql(postgres_url, tmp_path):
    engine = open_store(postgres_url)
    try:
        seeded = seed_school(engine)
        assert _queue(engine, seeded.school_id) == (4, URGENT_ITEMS * 2)
        assert _queue(engine, seeded.school_id) == (0, 0)
        with session_scope(engine) as session:
            result = send_pending_alerts(session, Mail(), SCHOOL, tmp_path)
        with session_scope(engine) as session:
            again = send_pending_alerts(session, Mail(), SCHOOL, tmp_path)
        assert len(result.sent) == URGENT_ITEMS * 2 and not again.sent
        from reports import digest, trends

        with session_scope(engine) as session:
            context = digest.gather(session, seeded.school_id, "2026-W47")
            governors = trends.gather(session, seeded.school_id, "2026-11")
        assert len(context["takedown"]) == 5
        assert_escaped(digest.render(context))
        assert "Lambert" not in trends.render(governors)
    finally:
        engine.dispose()


def _twice_at_once(job) -> list:  # type: ignore[no-untyped-def]
    """Run ``job()`` in two threads released together; return both results."""
    import threading

    results, errors = [], []
    start = threading.Barrier(2)

    def run() -> None:
        start.wait()
        try:
            results.append(job())
        except Exception as exc:  # noqa: BLE001 - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def test_two_cases_jobs_at_once_open_each_case_once(store_url):
    engine = open_store(store_url)
    try:
        seeded = seed_school(engine)
        results = _twice_at_once(lambda: _queue(engine, seeded.school_id))
        assert sum(cases for cases, _ in results) == 4 and sum(alerts for _, alerts in results) == URGENT_ITEMS * 2
        with session_scope(engine) as session:
            assert len(list(session.exec(select(Case)))) == 5
        assert len(_alerts(engine)) == URGENT_ITEMS * 2
    finally:
        engine.dispose()


def test_two_runs_at_once_send_each_alert_once(store_url, tmp_path):
    """Two runs at once (threads, separate sessions) against one real SMTP server."""
    from sqlmodel import Session

    engine = open_store(store_url)
    seeded = seed_school(engine)
    _queue(engine, seeded.school_id)
    with smtp_server() as (received, port):
        mail = Mail(sender="schoolwatch@ashdownvale.example", smtp_url=f"smtp://127.0.0.1:{port}")

        def run():  # type: ignore[no-untyped-def]
            with Session(engine, expire_on_commit=False) as session:
                return send_pending_alerts(session, mail, SCHOOL, tmp_path)

        results = _twice_at_once(run)
    sent = [alert_id for result in results for alert_id in result.sent]
    assert len(results) == 2 and sorted(sent) == sorted(a.id for a in _alerts(engine))  # each once
    assert len(received.envelopes) == URGENT_ITEMS * 2
    engine.dispose()
