"""The forum spider: thread list, paginated threads, one mention per post at its permalink."""

from __future__ import annotations

import pytest_twisted

from tests.spiders.harness import check_against_truth, run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_every_post_on_every_page_of_every_thread(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "parents-forum")
    scraped = check_against_truth(result, sample_web, "parents-forum")
    assert any("?page=" in item.response_url for item in scraped.values())  # later pages were read
    for url, item in scraped.items():
        assert "/post-" in url and item.author and item.platform == "forum"


@pytest_twisted.ensureDeferred
async def test_a_reply_does_not_repeat_the_post_it_quotes(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "parents-forum")
    texts = [" ".join(item.text.split()) for item in result.items]
    for text in texts:
        # No post's text contains another post's whole text (quotes are left out).
        assert not any(other != text and len(other) > 40 and other in text for other in texts)
