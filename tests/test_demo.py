"""`schoolwatch demo` end to end, as a person runs it: a real process, the real sample web, the real
spiders, classifier, store and reports; then the digest read back as a browser shows it."""

from __future__ import annotations

import email
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from parsel import Selector

from schoolwatch.sampleweb import expected_mentions
from schoolwatch.sampleweb.profiles import expected_impersonations
from schoolwatch.sampleweb.schoolsite import expected_findings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("demo")
    # Run from an unrelated folder, as a technician would: nothing may depend on the repository
    # being the working directory.
    finished = subprocess.run(
        [sys.executable, "-m", "schoolwatch.cli", "demo", "--out", str(out)],
        capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path_factory.mktemp("elsewhere"),
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    assert "Traceback" not in finished.stderr, finished.stderr[-2000:]
    return out, finished.stdout


def base_url(out: Path) -> str:
    html = Selector(text=(out / "digest.html").read_text(encoding="utf-8"))
    first = html.css("section[aria-labelledby=takedown] a::attr(href)").re(r"^http://127\.0\.0\.1:\d+")
    return first[0]


def takedown_urls(out: Path) -> set[str]:
    html = Selector(text=(out / "digest.html").read_text(encoding="utf-8"))
    return set(html.css("section[aria-labelledby=takedown] a::attr(href)").getall())


def test_demo_prints_where_everything_is(demo_out):
    out, stdout = demo_out
    for name in ("digest.html", "trends.html", "schoolwatch.db"):
        assert str(out / name) in stdout and (out / name).exists()
    assert "Traceback" not in stdout


def test_every_malicious_item_is_on_the_takedown_list_and_no_critical_one(demo_out):
    out, _ = demo_out
    truth = expected_mentions(base_url(out))
    listed = takedown_urls(out)
    malicious = {e.url for e in truth if e.relevant and e.label == "malicious"}
    critical = {e.url for e in truth if e.relevant and e.label == "critical"}
    assert malicious - listed == set(), "malicious items missing from the takedown list"
    assert critical & listed == set(), "lawful criticism proposed for takedown"


def test_fake_accounts_are_on_the_takedown_list_as_impersonation(demo_out):
    out, _ = demo_out
    fakes = {url for url, _ in expected_impersonations(base_url(out))}
    assert fakes <= takedown_urls(out)
    html = Selector(text=(out / "digest.html").read_text(encoding="utf-8"))
    cards = [card for card in html.css("section[aria-labelledby=takedown] article") if set(card.css("a::attr(href)").getall()) & fakes]
    assert len(cards) == len(fakes)
    assert all("is not one of the school's official accounts" in " ".join(card.css("::text").getall()) for card in cards)


def test_the_school_website_findings_are_in_the_digest(demo_out):
    out, stdout = demo_out
    base = base_url(out)
    section = Selector(text=(out / "digest.html").read_text(encoding="utf-8")).css("section[aria-labelledby=website]")
    shown = {(card.css("a::attr(href)").get(), card.css("dd::text").getall()[0]) for card in section.css("article")}
    assert shown == {(url, detail) for url, _, detail, _ in expected_findings(base)}
    assert f"{len(shown)} things to remove from the school's own website" in stdout


def test_urgent_alerts_are_emails_for_the_urgent_recipients(demo_out):
    out, _ = demo_out
    messages = [email.message_from_bytes(path.read_bytes()) for path in sorted((out / "outbox").glob("*.eml"))]
    assert messages
    assert {m["To"] for m in messages} == {"head@ashdownvale.example", "dsl@ashdownvale.example"}
    assert all(m["Subject"].startswith("URGENT") for m in messages)


def test_evidence_packs_hold_the_raw_capture_and_a_manifest(demo_out):
    out, _ = demo_out
    packs = sorted((out / "evidence").glob("*.zip"))
    assert packs
    names = zipfile.ZipFile(packs[0]).namelist()
    assert "SHA256SUMS" in names and "metadata.json" in names and any(n.startswith("capture-") for n in names)


def test_governors_report_names_no_staff(demo_out):
    out, _ = demo_out
    text = (out / "trends.html").read_text(encoding="utf-8")
    for name in ("Lambert", "Rowe", "Okafor", "Hollis", "Whitcombe", "Pargeter", "Feld", "Brennan"):
        assert name not in text
    assert "<svg" in text


def test_the_digest_reads_well_in_a_browser(demo_out):
    from tests.reports.chromium import dump_dom

    out, _ = demo_out
    dom = Selector(text=dump_dom(out / "digest.html"))
    headings = [" ".join(h.split()) for h in dom.css("h1::text, h2::text").getall()]
    assert headings[0].startswith("Ashdown Vale Primary School")
    assert any(h.startswith("Takedown list") for h in headings)
    # The summary sentence at the top says how many need a request, in plain words.
    assert "need a takedown request" in " ".join(dom.css("body *::text").getall())
    # Nothing the strangers wrote runs as script.
    assert not dom.css("script")
