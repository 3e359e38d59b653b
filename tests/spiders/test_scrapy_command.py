"""`scrapy crawl` from a checkout says what is wrong with the config in one line, no traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = "school: {name: Ashdown Vale Primary School}\nsources:\n  a: {kind: feeds, urls: ['https://a.example/rss']}\n  b: {kind: feeds, urls: ['https://b.example/rss']}\n"


def scrapy_crawl(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    shutil.copy(ROOT / "scrapy.cfg", folder / "scrapy.cfg")
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *args], cwd=folder, capture_output=True,
                          text=True, timeout=120, check=False, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def test_a_missing_source_argument_is_one_line_naming_the_choices(tmp_path):
    (tmp_path / "schoolwatch.yaml").write_text(CONFIG)
    finished = scrapy_crawl(tmp_path, "feeds")
    assert finished.returncode == 2
    assert "scrapy crawl: feeds: say which source with -a source=NAME (have: a, b)" in finished.stderr
    assert "Traceback" not in finished.stderr


def test_a_missing_config_file_is_one_line(tmp_path):
    finished = scrapy_crawl(tmp_path, "feeds", "-a", "source=a")
    assert finished.returncode == 2
    assert "scrapy crawl: schoolwatch.yaml: no such config file" in finished.stderr
    assert "Traceback" not in finished.stderr
