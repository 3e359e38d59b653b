"""Our top-level package names are generic (``nlp``, ``store`` ... exist on PyPI): make sure each
one imports from this repository, and that imports point down as the design says."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGES = ("schoolwatch", "spiders", "nlp", "scheduler", "store", "reports")


@pytest.mark.parametrize("name", PACKAGES)
def test_package_comes_from_this_repository(name):
    module = importlib.import_module(name)
    assert Path(module.__file__).resolve().parent == ROOT / name


def imported_packages(package: str) -> set[str]:
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
    return found & set(PACKAGES)


def test_store_imports_no_package_of_ours():
    assert imported_packages("store") <= {"store"}


def test_nlp_never_imports_the_store_or_the_crawler():
    assert imported_packages("nlp") <= {"nlp", "schoolwatch"}


def test_nothing_imports_the_cli():
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            assert "schoolwatch.cli" not in path.read_text(encoding="utf-8") or path.name == "cli.py", path
