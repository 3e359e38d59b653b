"""Feed presets build their URLs from the profile's queries; a preset source crawls like any feed."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import pytest_twisted

from schoolwatch.config import FeedsSource, config_problems, parse_config
from spiders.presets import PRESETS, feed_urls
from tests.conftest import need
from spiders.queries import queries_for
from tests.spiders.harness import RecordedServer, config_for, run_source

PROFILE = parse_config(
    "school: {name: Ashdown Vale Primary School, aliases: [Ashdown Vale], town: Kestwick, exclude: [Ashdown Vale Road]}\n"
    "staff: [{name: Priya Lambert, role: headteacher}]\n"
).profile
REAL = Path(__file__).resolve().parents[3] / "shared" / "real-formats"


def queries(urls: list[str]) -> list[str]:
    return [parse_qs(urlsplit(url).query)["q"][0] for url in urls]


@pytest.mark.parametrize("preset", ["google_news", "bing_news"])
def test_news_presets_search_every_term_without_the_homonyms(preset):
    urls = feed_urls(FeedsSource(kind="feeds", preset=preset), PROFILE)
    assert queries(urls) == ['"Ashdown Vale" -"Ashdown Vale Road"',
                             '"Priya Lambert" ("Kestwick" OR "Ashdown Vale") -"Ashdown Vale Road"']


def test_youtube_and_rss_bridge_presets():
    youtube = FeedsSource(kind="feeds", preset="youtube", channels=["UC123"])
    assert feed_urls(youtube, PROFILE) == ["https://www.youtube.com/feeds/videos.xml?channel_id=UC123"]  # a string, never fetched
    bridge = FeedsSource(kind="feeds", preset="rss_bridge", base_url="https://bridge.example", bridge="FacebookBridge")
    (first, _) = feed_urls(bridge, PROFILE)
    assert first.startswith("https://bridge.example/?action=display&bridge=FacebookBridge") and "format=Atom" in first


def test_every_preset_is_a_config_choice():
    for preset in PRESETS:
        assert preset in FeedsSource.model_fields["preset"].annotation.__args__[0].__args__


@pytest.mark.parametrize(
    ("source", "problem"),
    [("{kind: feeds}", "give urls, or a preset"),
     ("{kind: feeds, preset: youtube}", "needs channels"),
     ("{kind: feeds, preset: rss_bridge}", "needs base_url"),
     ("{kind: feeds, preset: myspace}", "sources.f.preset")],
)
def test_preset_mistakes_are_named(source, problem):
    assert problem in config_problems(f"school: {{name: X}}\nsources:\n  f: {source}\n")[0]


@pytest_twisted.ensureDeferred
async def test_a_google_news_preset_crawls_the_real_format(sqlite_url):
    need((REAL / "google_news").is_dir(), f"the real-formats captures at {REAL}", "SCHOOLWATCH_REQUIRE_REAL_FORMATS")
    body = (REAL / "google_news" / "searchindex-68977257390_google_news_bitcoin_trimmed_2026.xml").read_bytes()
    with RecordedServer({"/rss/search": (200, {"Content-Type": "application/rss+xml"}, body)}) as server:
        source = f"  news:\n    kind: feeds\n    preset: google_news\n    base_url: '{server.base_url}'\n    follow_links: false\n"
        result = await run_source(config_for(server.base_url, source, sqlite_url), "news", parse_only=True)
    searched = [path for _, path, _, _ in server.seen if path.startswith("/rss/search")]
    assert len(searched) == len(queries_for("google_news", config_for(server.base_url, source, sqlite_url).profile))
    assert result.items and all(item.author for item in result.items)  # the publisher, from <source>
