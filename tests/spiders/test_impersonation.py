"""The impersonation check through the real Scrapy engine against the sample web's platforms, its
hostile answers, and the handle rules it relies on."""

from __future__ import annotations

import json

import pytest_twisted
from sqlmodel import select

from schoolwatch.config import Profile
from schoolwatch.sampleweb.profiles import expected_impersonations
from spiders.handles import Candidate, candidates, claimed_identity, for_platform
from store.db import open_store, session_scope
from store.models import Mention
from tests.spiders.harness import RecordedServer, config_for, run_source, sample_config

PROFILE = Profile.model_validate({
    "school": {"name": "Ashdown Vale Primary School", "aliases": ["AVPS"], "town": "Kestwick", "exclude": ["Ashdown Vale Road"]},
    "staff": [{"name": "Priya Lambert", "role": "headteacher", "aliases": ["Mrs Lambert"]}],
})


@pytest_twisted.ensureDeferred
async def test_fake_accounts_on_every_platform_are_stored_with_their_signal(sample_web, store_url):
    result = await run_source(sample_config(sample_web, store_url), "fake-accounts")

    with session_scope(open_store(store_url)) as session:
        mentions = session.exec(select(Mention).where(Mention.source_name == "fake-accounts")).all()
    found = {(m.url, m.signals[0]["target"]) for m in mentions}
    assert found == set(expected_impersonations(sample_web.base_url))
    # The school's own account, the runner who shares the head's name and a login wall are seen, not reported.
    assert result.stats["schoolwatch/impersonation/official"] == 1
    assert result.stats["schoolwatch/impersonation/accounts_seen"] == 6  # with the login wall
    assert "schoolwatch/source/errors" not in result.stats
    fake_head = next(m for m in mentions if m.platform == "mastodon")
    assert fake_head.author == "mrslambert" and "Headteacher at Ashdown Vale" in fake_head.text
    assert "<p>" not in fake_head.text
    assert fake_head.signals[0]["flag"] == "impersonation" and "@mrslambert" in fake_head.signals[0]["reason"]


SOURCE = """  fakes:
    kind: impersonation
    max_handles: 3
    platforms:
      - {{name: down, preset: mastodon, base_url: "{base}/down"}}
      - {{name: garbled, preset: reddit, base_url: "{base}/garbled"}}
      - {{name: masto, preset: mastodon, base_url: "{base}/masto"}}
"""


@pytest_twisted.ensureDeferred
async def test_a_broken_platform_is_recorded_and_the_others_still_checked(sqlite_url):
    huge_bio = "Headteacher at Ashdown Vale Primary School. " + "x" * 100_000
    account = {"username": "ashdownvaleprimaryschool", "acct": "ashdownvaleprimaryschool",
               "display_name": "<script>alert(1)</script>Ashdown Vale", "note": huge_bio, "url": "https://masto.example/@a"}
    routes = {
        "/down/api/v1/accounts/lookup": (503, {"Content-Type": "text/html"}, b"<h1>Service Unavailable</h1>"),
        "/masto/api/v1/accounts/lookup": (200, {"Content-Type": "application/json"}, json.dumps(account).encode()),
    }
    routes.update({f"/garbled/user/{h}/about.json": (200, {"Content-Type": "application/json"}, b'{"kind": "t2", "da')
                   for h in ("ashdownvaleprimaryschool", "ashdownvale", "ashdown_vale")})
    with RecordedServer(routes) as server:
        result = await run_source(config_for(server.base_url, SOURCE.format(base=server.base_url), sqlite_url), "fakes")
    assert result.stats["schoolwatch/source/errors"] >= 1  # the 503s and the truncated JSON, counted
    (item,) = {item.url: item for item in result.items}.values()  # every masto lookup answers with the same account
    assert item.platform == "masto" and len(item.text) <= 2300
    assert item.signals[0]["target"] == "school"


def test_likely_handles_come_from_the_school_and_staff_names():
    handles = {c.handle: c.who for c in candidates(PROFILE, ["@Ashdown_Parents"])}
    assert {"ashdownvaleprimaryschool", "ashdownvale", "ashdownvaleofficial", "avps"} <= set(handles)
    assert handles["priyalambert"] == handles["mrslambert"] == handles["p.lambert"] == "Priya Lambert"
    assert handles["ashdown_parents"] == "the school or its staff"


def test_handles_are_reshaped_for_each_platform():
    wanted = [Candidate("p.lambert", "Priya Lambert"), Candidate("ashdown_vale", "the school"), Candidate("a", "x")]
    assert [c.handle for c in for_platform(wanted, "bluesky", 10)] == ["p-lambert", "ashdown-vale"]
    assert [c.handle for c in for_platform(wanted, "mastodon", 10)] == ["p_lambert", "ashdown_vale", "a"]
    assert len(for_platform(wanted, "mastodon", 1)) == 1


def test_an_account_claims_an_identity_only_with_the_school_or_a_role_in_view():
    assert claimed_identity("Ashdown Vale Primary (Official)", PROFILE) == "the school"
    assert claimed_identity("Mrs Lambert | Headteacher", PROFILE) == "Priya Lambert"
    assert claimed_identity("Priya Lambert: marathons, sourdough", PROFILE) is None
    assert claimed_identity("Flats to let on Ashdown Vale Road", PROFILE) is None


@pytest_twisted.ensureDeferred
async def test_an_account_with_fields_of_the_wrong_type_is_still_checked(sqlite_url):
    account = {"username": "ashdownvaleprimaryschool", "acct": 12345, "display_name": ["Ashdown Vale"],
               "note": "Headteacher at Ashdown Vale Primary School", "url": 12345, "created_at": {"a": 1}}
    routes = {"/masto/api/v1/accounts/lookup": (200, {"Content-Type": "application/json"}, json.dumps(account).encode())}
    source = "  fakes:\n    kind: impersonation\n    max_handles: 1\n    platforms:\n      - {{name: masto, preset: mastodon, base_url: \"{base}/masto\"}}\n"
    with RecordedServer(routes) as server:
        result = await run_source(config_for(server.base_url, source.format(base=server.base_url), sqlite_url), "fakes")
    assert not any(key.startswith("spider_exceptions") for key in result.stats)
    (item,) = result.items
    assert item.url.startswith(f"{server.base_url}/masto/api/v1/accounts/lookup")  # its own address stood in for the number
