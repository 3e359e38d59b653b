"""The SearXNG spider: every query from the profile, pages of results, each result's page read."""

from __future__ import annotations

import pytest_twisted

from spiders.queries import queries_for
from tests.spiders.harness import check_against_truth, run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_search_results_are_followed_to_their_pages(sample_web, sqlite_url):
    config = sample_config(sample_web, sqlite_url)
    result = await run_source(config, "web-search")
    check_against_truth(result, sample_web, "web-search")
    # One first page per query, plus the further pages of the queries with many results.
    first_pages = len(queries_for("searxng", config.profile))
    assert result.stats["downloader/response_count"] > first_pages + len(result.items)
    assert result.stats.get("dupefilter/filtered", 0) >= 1  # a page found by two queries is fetched once
