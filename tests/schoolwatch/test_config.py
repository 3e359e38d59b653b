"""Config: every mistake a technician can make is one line naming the key; good configs load."""

from __future__ import annotations

from pathlib import Path

import pytest

from schoolwatch.config import config_problems, load_config, parse_config
from schoolwatch.errors import ConfigError

TEMPLATE = Path(__file__).parents[2] / "schoolwatch" / "templates" / "schoolwatch.yaml"
MINIMAL = "school:\n  name: Ashdown Vale Primary School\n"


def problem(text: str) -> str:
    problems = config_problems(text)
    assert problems, "expected a problem"
    assert all("\n" not in line for line in problems)
    return problems[0]


def test_the_init_template_is_valid():
    config = load_config(TEMPLATE)
    assert config.school.name and config.sources


def test_minimal_config_gets_defaults(tmp_path):
    path = tmp_path / "schoolwatch.yaml"
    path.write_text(MINIMAL)
    config = load_config(path)
    assert config.sources == {} and config.crawl.allow_private_addresses is False
    assert config.storage.database_url() == f"sqlite:///{(tmp_path / 'schoolwatch-data' / 'schoolwatch.db').resolve()}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("school: {name: X}\nschol: {}\n", "schol: unknown key"),
        ("staff: []\n", "school: required key is missing"),
        ("school: {name: X, website: not-a-url}\n", "school.website: not a URL"),
        ("school: {name: X}\nsources:\n  news: {kind: feeds, urls: [ftp://x]}\n", "sources.news.urls.0: not a URL"),
        ("school: {name: X}\nsources:\n  news: {kind: telepathy}\n", "sources.news.kind: must be one of"),
        ("school: {name: X}\nsources:\n  news: {urls: [https://x.example]}\n", "sources.news.kind: required key is missing"),
        ("school: {name: X}\nsources:\n  m: {kind: mastodon, base_url: 'https://m.example', tags: ['two words']}\n", "sources.m.tags"),
        ("school: {name: X}\nstaff: [{name: A B, role: janitor}]\n", "staff.0.role"),
        ("school: {name: X}\nrecipients: {urgent: [head@school]}\n", "recipients.urgent"),
        ("school: {name: X}\nsources:\n  r: {kind: reddit, colour: blue}\n", "sources.r.colour: unknown key"),
        ("school: [unclosed\n", "not valid YAML"),
        ("- just\n- a list\n", "expected a mapping"),
        ("", "expected a mapping"),
        ("school: {name: X}\nstorage: {url: 'mysql://x@db/x'}\n", "storage.url: expected sqlite:///PATH or postgresql"),
        ("school: {name: X}\nstorage: {url: schoolwatch.db}\n", "storage.url: expected sqlite:///PATH or postgresql"),
    ],
)
def test_bad_config_names_the_key(text, expected):
    assert expected in problem(text)


def test_plain_postgresql_urls_use_the_installed_driver():
    config = parse_config("school: {name: X}\nstorage: {url: 'postgresql://sw@db.example/schoolwatch'}\n")
    assert config.storage.database_url() == "postgresql+psycopg://sw@db.example/schoolwatch"


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.yaml")



@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be"])
def test_a_config_saved_by_windows_notepad_reads_the_same(tmp_path, encoding):
    text = TEMPLATE.read_text(encoding="utf-8").replace("name: Example Primary School", "name: École Saint-Gérard")
    saved = tmp_path / "schoolwatch.yaml"
    data = text.encode(encoding)
    saved.write_bytes(b"\xfe\xff" + data if encoding == "utf-16-be" else data)  # utf-16-be writes no mark itself
    assert load_config(saved).school.name == "École Saint-Gérard"


def test_a_config_in_another_encoding_names_the_line(tmp_path):
    saved = tmp_path / "schoolwatch.yaml"
    saved.write_bytes("school:\n  name: Ecole\n  town: Montr\u00e9al\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"schoolwatch.yaml: line 3 is not UTF-8 text \(byte 0xE9\); save the file as UTF-8$"):
        load_config(saved)
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path)  # a folder, not a file

def test_paths_are_taken_from_the_config_file_folder(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    path = tmp_path / "schoolwatch.yaml"
    path.write_text(MINIMAL + f"storage:\n  data_dir: {elsewhere}\nmail:\n  outbox_dir: out\n")
    config = load_config(path)
    assert config.storage.data_dir == elsewhere and config.outbox_dir() == tmp_path / "out"


def test_secrets_can_come_from_the_environment(monkeypatch):
    source = "school: {name: X}\nsources:\n  b: {kind: bluesky, handle: x.bsky.social, app_password: 'env:SW_TEST_SECRET'}\n"
    assert "SW_TEST_SECRET is not set" in problem(source)
    monkeypatch.setenv("SW_TEST_SECRET", "abcd-efgh")
    assert parse_config(source).sources["b"].app_password == "abcd-efgh"
    assert "go together" in problem("school: {name: X}\nsources:\n  b: {kind: bluesky, handle: x.bsky.social}\n")


def test_a_mastodon_source_needs_something_to_read():
    assert "give tags, accounts, or search" in problem("school: {name: X}\nsources:\n  m: {kind: mastodon, base_url: 'https://m.example'}\n")
