"""The urgent alert email: a subject without names, a body that says what to do."""

from __future__ import annotations

from reports.alerts import alert_subject, build_alert_message
from reports.queries import items
from reports.targets import staff_roles
from store.db import session_scope
from store.models import Alert
from tests.reports.chromium import dump_dom, screenshot
from tests.reports.seed import assert_escaped
from tests.reports.test_digest import SCREENSHOTS

SCHOOL = "Ashdown Vale Primary School"


def test_subjects_lead_with_the_most_serious_flag_and_name_nobody():
    assert alert_subject(["abuse", "threat"], ["Priya Lambert"], SCHOOL) == \
        f"URGENT: threat against a member of staff — {SCHOOL}"
    assert alert_subject(["doxxing"], ["Priya Lambert"], SCHOOL) == \
        f"URGENT: personal details of a member of staff published — {SCHOOL}"
    assert alert_subject(["impersonation"], ["school"], SCHOOL) == \
        f"URGENT: someone is impersonating the school — {SCHOOL}"
    assert alert_subject(["pupil_identified", "abuse"], ["pupil"], SCHOOL) == \
        f"URGENT: a pupil identified in a hostile post — {SCHOOL}"


def test_body_says_what_who_why_where_evidence_and_next_steps(engine, seeded, tmp_path):
    with session_scope(engine) as session:
        [item] = items(session, seeded.school_id, ids=[seeded.ids["threat"]])
        alert = Alert(id=41, mention_id=item.mention.id, recipient="head@ashdownvale.example")
        message = build_alert_message(alert, item, SCHOOL, "schoolwatch@ashdownvale.example",
                                      staff_roles(session, seeded.school_id))
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for expected in ("Threatens violence or harm", "Priya Lambert (the headteacher)", "she will pay for this",
                     item.mention.url, item.evidence.sha256, "https://www.reddit.com/report", "call 999",  # text only
                     "Do not reply"):
        assert expected in plain, expected
    assert message["Message-ID"] == f"<schoolwatch-alert-41-mention-{item.mention.id}@ashdownvale.example>"
    assert_escaped(html)
    page = tmp_path / "alert.html"
    page.write_text(html, encoding="utf-8")
    assert "<script" not in dump_dom(page).split("</title>", 1)[1].replace("&lt;script", "")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    screenshot(page, SCREENSHOTS / "alert.png", size="800,1600")
