"""Headless Chromium for report tests: the DOM as the browser built it, and a screenshot.

Missing Chromium skips the test with a reason naming it, unless ``SCHOOLWATCH_REQUIRE_BROWSER=1``
(CI), where it fails instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("SCHOOLWATCH_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    """The Chromium binary, or skip (fail when the environment requires a browser)."""
    path = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    if path:
        return path
    reason = f"Chromium not installed ({CHROMIUM} missing; apt install chromium)"
    if os.environ.get("SCHOOLWATCH_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    binary = require_chromium()
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        return subprocess.run([binary, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120, check=True)


def dump_dom(page: Path) -> str:
    """The page's DOM after parsing (and any scripts, were there any), serialised by Chromium."""
    return _run(["--dump-dom", page.resolve().as_uri()]).stdout


def screenshot(page: Path, png: Path, size: str = "1200,2000") -> Path:
    """A PNG of the page's first ``size`` pixels."""
    _run([f"--screenshot={png}", f"--window-size={size}", "--hide-scrollbars", page.resolve().as_uri()])
    assert png.exists() and png.stat().st_size > 1000, f"no screenshot written to {png}"
    return png
