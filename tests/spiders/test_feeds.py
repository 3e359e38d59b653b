"""The feeds spider on the sample web's local news RSS and its Google-Alerts-style Atom feed."""

from __future__ import annotations

import pytest_twisted

from tests.spiders.harness import check_against_truth, run_source, sample_config


@pytest_twisted.ensureDeferred
async def test_news_feed_articles_are_followed_and_read(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "kestwick-courier")
    scraped = check_against_truth(result, sample_web, "kestwick-courier")
    for item in scraped.values():
        # Main text, not the page's furniture.
        assert "cookies" not in item.text and "newsletter" not in item.text.lower()
        assert item.platform == "news" and item.body.lstrip().startswith(b"<!DOCTYPE html>")
    assert result.stats["schoolwatch/relevance/not_about_us"] >= 1  # the homonym articles


@pytest_twisted.ensureDeferred
async def test_alert_links_are_unwrapped_to_the_article(sample_web, sqlite_url):
    result = await run_source(sample_config(sample_web, sqlite_url), "alerts")
    scraped = check_against_truth(result, sample_web, "alerts")
    assert all("/url?" not in url for url in scraped)
    # Unwrapped before fetching: the redirector is never asked.
    assert not any("/url?" in key for key in result.stats if key.startswith("downloader"))
    assert result.stats.get("downloader/response_status_count/302", 0) == 0


@pytest_twisted.ensureDeferred
async def test_a_second_crawl_asks_only_for_what_changed(sample_web, sqlite_url):
    config = sample_config(sample_web, sqlite_url)
    first = await run_source(config, "kestwick-courier")
    second = await run_source(config, "kestwick-courier")
    # The feed sent Last-Modified (three days ago): still fresh, it is not downloaded again.
    assert second.stats.get("httpcache/hit", 0) + second.stats.get("downloader/response_status_count/304", 0) >= 1
    # Articles already stored are not asked for again (the feed does not say they changed)...
    assert second.stats["schoolwatch/article/already_stored"] == first.stats["schoolwatch/store/new"] > 0
    assert second.items == [] and second.stats.get("schoolwatch/store/new", 0) == 0
    # ...and pages not kept (a homonym's) are asked for with If-None-Match, as they sent an ETag.
    assert second.stats.get("httpcache/revalidate", 0) >= 1
