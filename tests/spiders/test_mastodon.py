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
