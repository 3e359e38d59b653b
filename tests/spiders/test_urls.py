"""URLs as mentions are keyed by them: one page, one key, and a key PostgreSQL can index."""

from __future__ import annotations

from spiders.urls import MAX_KEY_BYTES, canonical_url, fit_key, unwrap_redirect


def test_one_page_has_one_canonical_url():
    assert canonical_url("HTTPS://News.Example/story/?utm_source=x&b=2&a=1&fbclid=abc#top") == "https://news.example/story?a=1&b=2"
    assert canonical_url("https://forum.example/t/1#post-4") == "https://forum.example/t/1#post-4"  # one post of the page


def test_redirect_links_are_unwrapped_to_their_target():
    alert = "https://alerts.example/url?rct=j&sa=t&url=https://news.example/a&ct=ga"  # the shape of a Google Alerts link
    assert unwrap_redirect(alert) == "https://news.example/a"
    assert unwrap_redirect("https://alerts.example/url?url=javascript:alert(1)") == "https://alerts.example/url?url=javascript:alert(1)"


def test_a_long_url_gets_a_short_key_that_stays_unique():
    base = "https://social.example/@kw/1?" + "&".join(f"p{i}=v{i}" for i in range(400))
    key, other = canonical_url(base + "&last=1"), canonical_url(base + "&last=2")
    assert len(key.encode()) <= MAX_KEY_BYTES and len(other.encode()) <= MAX_KEY_BYTES
    assert key != other and key == canonical_url(base + "&last=1")
    assert key.startswith("https://social.example/@kw/1?") and "#sha256=" in key
    assert fit_key("https://short.example/a") == "https://short.example/a"
    assert len(fit_key("https://x.example/" + "é" * 900).encode()) <= MAX_KEY_BYTES  # never cut inside a character
