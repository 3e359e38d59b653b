"""Stores for the report tests: a fresh SQLite store per test, and one seeded with a week of mentions.

PostgreSQL tests use the shared ``postgres_url`` fixture (a fresh schema per test) from tests/conftest.py.
"""

from __future__ import annotations

import pytest

from store.db import open_store
from tests.reports.seed import Seeded, seed_school


@pytest.fixture
def engine(tmp_path):
    """A fresh SQLite store per test."""
    engine = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield engine
    engine.dispose()


@pytest.fixture
def seeded(engine) -> Seeded:
    return seed_school(engine)
