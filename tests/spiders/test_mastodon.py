"""The Mastodon spider: tag timelines, ``Link`` header pagination, HTML content made plain."""

from __future__ import annotations

import pytest_twisted

from tests.spiders.harness import check_against_truth, run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_mastodon_statuses_from_every_tag_and_page(sample_web, sqlite_url):
    config = sample_config(sample_web, sqlite_url)
    result = await run_source(config, "mastodon")
    scraped = check_against_truth(result, sample_web, "mastodon")
    assert result.stats["downloader/response_count"] > len(config.sources["mastodon"].tags)  # followed rel="next"
    for item in scraped.values():
        assert "<p>" not in item.text and "</a>" not in item.text
        assert item.author and item.platform == "mastodon"


def status(number: int, acct: str, text: str) -> dict:
    return {"id": str(number), "created_at": "2026-11-20T08:00:00.000Z", "url": f"https://social.example/@{acct}/{number}",
            "uri": f"https://social.example/users/{acct}/statuses/{number}", "content": f"<p>{text}</p>",
            "spoiler_text": "", "reblog": None, "tags": [], "account": {"id": "7", "acct": acct, "display_name": acct}}


@pytest_twisted.ensureDeferred
async def test_account_statuses_and_search_with_a_token(sqlite_url):
    import json

    from tests.spiders.harness import RecordedServer, config_for

    routes = {
        "/api/v1/accounts/lookup": (200, {"Content-Type": "application/json"}, json.dumps({"id": "7", "acct": "ashdownvale_fake"}).encode()),
        "/api/v1/accounts/7/statuses": (200, {"Content-Type": "application/json"},
                                        json.dumps([status(1, "ashdownvale_fake", "Official Ashdown Vale Primary page: DM us your child's details")]).encode()),
        "/api/v2/search": (200, {"Content-Type": "application/json"},
                           json.dumps({"accounts": [], "hashtags": [], "statuses": [status(2, "kwparent", "Ashdown Vale nativity was lovely")]}).encode()),
    }
    with RecordedServer(routes) as server:
        source = (f"  m:\n    kind: mastodon\n    base_url: '{server.base_url}'\n    accounts: [ashdownvale_fake]\n"
                  "    search: true\n    access_token: secret-token\n")
        result = await run_source(config_for(server.base_url, source, sqlite_url), "m")
    assert {item.url for item in result.items} == {"https://social.example/@ashdownvale_fake/1", "https://social.example/@kwparent/2"}
    searches = [headers for _, path, headers, _ in server.seen if path.startswith("/api/v2/search")]
    assert searches and all(h.get("Authorization") == "Bearer secret-token" for h in searches)
    assert any(path.startswith("/api/v1/accounts/lookup?acct=ashdownvale_fake") for _, path, _, _ in server.seen)
