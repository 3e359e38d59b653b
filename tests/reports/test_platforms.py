"""Per-platform report links, policy categories and the drafted takedown request."""

from __future__ import annotations

from datetime import UTC, datetime

from nlp.labels import FLAGS
from reports.platforms import PLATFORMS, draft_takedown_request, platform_for, policy_categories, report_link
from reports.render import environment
from store.models import Classification, Evidence, Mention

SEEN = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def _mention(platform: str, url: str, **extra) -> Mention:  # type: ignore[no-untyped-def]
    return Mention(id=7, school_id=1, canonical_url=url, url=url, source_name=platform, platform=platform,
                   first_seen_at=SEEN, **extra)


def test_every_platform_names_a_rule_for_every_flag():
    for platform in PLATFORMS:
        for flag in FLAGS:
            [(rule, meaning)] = policy_categories(platform, [flag])
            assert rule and meaning == FLAGS[flag].meaning


def test_links_and_fallbacks():
    assert report_link("reddit", "https://www.reddit.com/r/x/comments/1") == "https://www.reddit.com/report"  # a string, never fetched
    assert report_link("mastodon", "https://social.example/@a/1") == "https://social.example/about"
    assert platform_for("twitter").name == "x" and platform_for("somewhere-new").name == "web"
    assert policy_categories("x", ["doxxing", "threat"])[0][0] == "X Rules: Violent speech"  # FLAGS order
    # Two flags under one rule are one line, not two.
    assert policy_categories("facebook", ["abuse", "allegation"]) == [
        ("Meta Community Standards: Bullying and Harassment",
         f"{FLAGS['abuse'].meaning}; {FLAGS['allegation'].meaning}")]
    assert policy_categories("reddit", ["a_flag_added_later"])[0] == ("Reddit Rule 1 (harassment and bullying)",
                                                                     "a_flag_added_later")


def test_drafted_request_is_specific_and_never_quotes_the_post():
    mention = _mention("reddit", "https://reddit.example/r/kestwick/comments/abc/", author="u/angry",
                       title="Priya Lambert is a {{ 7*7 }} liar", text="she will pay for this")
    verdict = Classification(mention_id=7, label="malicious", confidence=0.9, flags=["threat", "doxxing"],
                             targets=["Priya Lambert"], reasons=['"she will pay"'], model_version="t")
    evidence = Evidence(mention_id=7, url=mention.url, fetched_at=SEEN, status=200, sha256="ab" * 32, size=3,
                        body_zlib=b"")
    text = draft_takedown_request(mention, verdict, "Ashdown Vale Primary School", evidence)
    assert "https://reddit.example/r/kestwick/comments/abc/" in text
    assert "Reddit Rule 1 (threatening violence)" in text and "Reddit Rule 3" in text
    assert "ab" * 32 in text and "16 Nov 2026, 09:00 UTC" in text
    assert "on behalf of Ashdown Vale Primary School" in text and "a member of our staff" in text
    assert "she will pay" not in text and "liar" not in text and "Lambert" not in text
    assert "\n\n\n" not in text


def test_one_environment_escapes_html_but_not_text_templates():
    env = environment()
    assert env is environment()
    assert env.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"  # default on, e.g. strings
    assert env.get_template("takedown_request.txt.j2").environment.autoescape("takedown_request.txt.j2") is False
    assert env.autoescape("digest.html") is True
