"""The command line: one clear line per problem, the documented exit codes, the jobs it runs."""

from __future__ import annotations

import csv
import email
import io
import json

import pytest
from click.testing import CliRunner

from schoolwatch.config import load_config
from schoolwatch.cli import main


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write_config(tmp_path, text: str):
    path = tmp_path / "schoolwatch.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def sample_config_file(sample_web, tmp_path):
    return write_config(tmp_path, sample_web.config_text() + f"storage:\n  data_dir: {tmp_path / 'data'}\n")


def test_init_writes_a_valid_template_once(tmp_path):
    path = tmp_path / "schoolwatch.yaml"
    first = run("--config", str(path), "init")
    assert first.exit_code == 0 and path.exists()
    assert run("--config", str(path), "check", "--offline").exit_code == 0
    again = run("--config", str(path), "init")
    assert again.exit_code == 2 and "already exists" in again.output


def test_missing_config_is_one_line_and_exit_2(tmp_path):
    result = run("--config", str(tmp_path / "nope.yaml"), "status")
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0 and "no such config file" in result.output


def test_files_that_cannot_be_written_are_one_line_and_exit_1(sample_web, tmp_path):
    config = str(sample_config_file(sample_web, tmp_path))
    folder = tmp_path / "already-a-folder"
    folder.mkdir()
    digest = run("--config", config, "digest", "--out", str(folder))
    assert digest.exit_code == 1 and digest.output.strip() == f"Error: {folder}: is a folder, not a file"
    (tmp_path / "a-file").write_text("x")
    export = run("--config", config, "export", "--out", str(tmp_path / "a-file" / "mentions.csv"))
    assert export.exit_code == 1 and export.output.strip().count("\n") == 0 and "a-file/mentions.csv" in export.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "already-a-folder", "data", "schoolwatch.yaml"]


def test_a_data_dir_that_is_a_file_is_one_line(tmp_path):
    path = write_config(tmp_path, f"school: {{name: X}}\nstorage: {{data_dir: {tmp_path / 'data'}}}\n")
    (tmp_path / "data").write_text("not a folder")
    result = run("--config", str(path), "status")
    assert result.exit_code == 1 and result.output.strip() == f"Error: {tmp_path / 'data'}: is a file, not a folder for the database"


@pytest.mark.parametrize("command", ["check", "status"])
def test_a_config_not_in_utf8_is_one_line_and_exit_2(tmp_path, command):
    path = tmp_path / "schoolwatch.yaml"
    path.write_bytes("school:\n  name: Caf\u00e9 Lane Primary\n".encode("cp1252"))
    result = run("--config", str(path), command)
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {path}: line 2 is not UTF-8 text (byte 0xE9); save the file as UTF-8"

def test_check_lists_every_problem_naming_the_key(tmp_path):
    path = write_config(tmp_path, "school: {name: X, website: nope}\nsources:\n  a: {kind: feeds, urls: []}\n  b: {kind: rss}\n")
    result = run("--config", str(path), "check")
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2
    assert any(line.startswith("school.website:") for line in lines)
    assert any(line.startswith("sources.a:") and "give urls" in line for line in lines)
    assert any(line.startswith("sources.b.kind:") for line in lines)
    assert "Traceback" not in result.output


def test_check_reaches_every_source_of_the_sample_web(sample_web, tmp_path):
    path = sample_config_file(sample_web, tmp_path)
    result = run("--config", str(path), "check")
    assert result.exit_code == 0, result.output
    assert f"all {len(load_config(path).sources)} enabled sources answer" in result.output


def test_check_names_the_source_that_does_not_answer(sample_web, tmp_path):
    text = sample_web.config_text().replace("/news/rss.xml", "/news/missing.xml")
    result = run("--config", str(write_config(tmp_path, text)), "check")
    assert result.exit_code == 1
    assert "sources.kestwick-courier: " in result.output and "404" in result.output


def test_check_refuses_private_addresses_unless_allowed(sample_web, tmp_path):
    text = sample_web.config_text().replace("allow_private_addresses: true", "allow_private_addresses: false")
    result = run("--config", str(write_config(tmp_path, text)), "check")
    assert result.exit_code == 1 and "loopback" in result.output


def test_crawl_of_an_unknown_source_is_a_config_error(sample_web, tmp_path):
    result = run("--config", str(sample_config_file(sample_web, tmp_path)), "crawl", "--source", "facebook")
    assert result.exit_code == 2 and "sources.facebook: no such source" in result.output


def test_crawl_status_and_export(sample_web, tmp_path):
    config = str(sample_config_file(sample_web, tmp_path))
    crawled = run("--config", config, "crawl", "--source", "reddit", "--source", "mastodon")
    assert crawled.exit_code == 0, crawled.output
    assert "reddit: ok" in crawled.output and "mastodon: ok" in crawled.output

    status = run("--config", config, "status")
    assert status.exit_code == 0 and "reddit (reddit): last run" in status.output
    assert "kestwick-courier (feeds): last run never" in status.output

    rows = [json.loads(line) for line in run("--config", config, "export", "--format", "jsonl").output.splitlines()]
    assert rows and {"url", "platform", "label", "flags", "targets", "published_at", "fetched_at"} <= set(rows[0])
    assert {row["platform"] for row in rows} == {"reddit", "mastodon"}

    table = list(csv.DictReader(io.StringIO(run("--config", config, "export", "--format", "csv").output)))
    assert len(table) == len(rows)
    # Text from strangers never becomes a spreadsheet formula.
    assert not any(value.startswith(("=", "+", "@")) for row in table for value in row.values() if value)


def test_classify_then_digest_mailed_to_a_real_smtp_server(sample_web, tmp_path):
    from tests.reports.smtp import smtp_server

    with smtp_server() as (received, port):
        text = sample_web.config_text() + f"storage:\n  data_dir: {tmp_path / 'data'}\nmail:\n  smtp_url: smtp://127.0.0.1:{port}\n"
        config = str(write_config(tmp_path, text))
        assert run("--config", config, "crawl", "--source", "reddit").exit_code == 0
        classified = run("--config", config, "classify")
        assert classified.exit_code == 0 and "classified " in classified.output
        again = run("--config", config, "classify")
        assert "classified 0 mentions" in again.output  # nothing is classified twice
        sent = run("--config", config, "digest", "--send")
        assert sent.exit_code == 0, sent.output
    (envelope,) = received.envelopes
    assert envelope.rcpt_tos == ["office@ashdownvale.example"]
    message = email.message_from_bytes(envelope.content)
    assert message.get_content_type() == "multipart/alternative"
    assert "Takedown list" in message.get_payload()[1].get_payload(decode=True).decode()


def test_classify_stdin_follows_the_json_lines_contract(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no schoolwatch.yaml here: none is needed
    lines = [
        json.dumps({"id": 1, "text": "Lovely nativity at the school today, well done everyone"}),
        "not json",
        json.dumps({"id": "b", "text": "I know where you live and I will be waiting outside your house tonight"}),
        json.dumps({"text": "no id"}),
    ]
    result = CliRunner().invoke(main, ["classify", "--stdin"], input="\n".join(lines) + "\n")
    assert result.exit_code == 2  # two bad lines, each named on stderr
    assert "stdin line 2" in result.stderr and "stdin line 4" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == [1, "b"]
    for row in rows:
        assert set(row) == {"id", "label", "confidence", "flags", "targets", "reasons"}
        assert row["label"] in ("neutral", "critical", "malicious") and 0 <= row["confidence"] <= 1



def test_classify_stdin_survives_broken_characters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = [
        b'{"id": "\\udc00", "text": "Lovely nativity \\ud83d"}',  # half a character, escaped in JSON
        '{"id": 2, "text": "Caf\u00e9 at the fair"}'.encode("latin-1"),  # not UTF-8
        b'{"id": 3, "text": "Well done everyone"}',
    ]
    result = CliRunner().invoke(main, ["classify", "--stdin"], input=b"\n".join(lines) + b"\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["\udc00", 2, 3]  # every id echoed exactly

def test_bad_period_is_a_usage_error(sample_web, tmp_path):
    config = str(sample_config_file(sample_web, tmp_path))
    week = run("--config", config, "digest", "--week", "2026-W99")
    assert week.exit_code == 2 and "--week: '2026-W99': 2026 has no week 99" in week.output
    term = run("--config", config, "trends", "--term", "winter-2026")
    assert term.exit_code == 2 and "--term:" in term.output


def test_evaluate_relevance_reports_precision_and_recall(tmp_path):
    out = tmp_path / "relevance.md"
    result = run("evaluate", "--relevance", "--out", str(out))
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.with_suffix(".json").read_text())
    assert 0 <= metrics["precision"] <= 1 and 0 <= metrics["recall"] <= 1
    assert metrics["relevant"] + metrics["homonyms"] == metrics["pages"] > 0
    # The lists explain the numbers: every miss lowers recall, every homonym kept lowers precision.
    assert (metrics["recall"] == 1) == (metrics["missed"] == [])
    assert (metrics["precision"] == 1) == (metrics["wrongly_kept"] == [])


def test_crawling_the_school_website_reports_findings_not_mentions(sample_web, tmp_path):
    from schoolwatch.sampleweb.schoolsite import EXPECTED

    config = str(sample_config_file(sample_web, tmp_path))
    crawled = run("--config", config, "crawl", "--source", "school-website")
    assert crawled.exit_code == 0, crawled.output
    assert crawled.output.startswith("school-website: ok, ")
    assert f"pages, {len(EXPECTED)} new findings on the school's website" in crawled.output
    status = run("--config", config, "status")
    assert "school-website (website): last run" in status.output and f"{len(EXPECTED)} new, ok" in status.output
    assert f"school website: {len(EXPECTED)} things to remove (listed in the digest)" in status.output
