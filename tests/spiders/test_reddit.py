"""The Reddit spider: search listings, ``after`` pagination, permalinks as mention URLs."""

from __future__ import annotations

import pytest_twisted

from tests.spiders.harness import check_against_truth, run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_reddit_posts_come_with_permalink_author_and_time(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "reddit")
    scraped = check_against_truth(result, sample_web, "reddit")
    for url, item in scraped.items():
        assert url.startswith(f"{sample_web.base_url}/reddit/r/") and "/comments/" in url
        assert item.author and item.context.startswith("r/")
        assert item.platform == "reddit"
    assert result.stats["schoolwatch/deduplicate/same_url"] >= 1  # a post found by two queries is one mention
