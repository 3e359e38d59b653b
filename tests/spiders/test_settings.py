"""The component lists read as the data flow, and every spider is the kind its file names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from spiders import settings
from spiders.run import SPIDERS


def test_pipelines_run_in_the_order_the_data_flows():
    order = sorted(settings.ITEM_PIPELINES, key=settings.ITEM_PIPELINES.get)
    assert [path.split(".")[2] for path in order] == [
        "normalise", "check_relevance", "deduplicate", "secure_evidence", "store_mention",
    ]


def test_each_spider_lives_in_the_file_named_for_its_kind():
    sources = Path(settings.__file__).parent / "sources"
    for kind, spider in SPIDERS.items():
        assert spider.__module__ == f"spiders.sources.{kind}"
        assert (sources / f"{kind}.py").exists()


ROOT = Path(__file__).parents[2]


def scrapy(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "scrapy", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def test_scrapy_list_from_the_repository_root():
    listed = scrapy("list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split() == sorted(SPIDERS)


def test_scrapy_crawl_reads_the_schoolwatch_config(sample_web, tmp_path):
    config = tmp_path / "schoolwatch.yaml"
    config.write_text(sample_web.config_text() + f"storage:\n  data_dir: {tmp_path}\n", encoding="utf-8")
    crawled = scrapy("crawl", "mastodon", env={"SCHOOLWATCH_CONFIG": str(config)})
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    assert "'item_scraped_count':" in crawled.stderr and (tmp_path / "schoolwatch.db").exists()
