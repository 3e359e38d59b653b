"""Shared fixtures: the sample web server (session), stores on SQLite and PostgreSQL (per test).

Environment switches (set by .ci/run): SCHOOLWATCH_REQUIRE_POSTGRES=1 turns a missing PostgreSQL
into a failure instead of a skip; SCHOOLWATCH_FORBID_SKIPS=1 fails the run if any test skipped.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest

ANCHOR = date(2026, 11, 23)  # the sample web's "today" in tests, so dates are fixed
POSTGRES = os.environ.get("SCHOOLWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("SCHOOLWATCH_FORBID_SKIPS") == "1" and _skipped:
        print(f"\nSCHOOLWATCH_FORBID_SKIPS: {len(_skipped)} tests skipped, which CI does not allow:")
        for nodeid in _skipped:
            print(f"  {nodeid}")
        session.exitstatus = 1


def need(condition: bool, what: str, variable: str) -> None:
    """Skip naming the missing environment, or fail when the variable says it must be there."""
    if condition:
        return
    if os.environ.get(variable) == "1":
        pytest.fail(f"{what} is required here ({variable}=1)")
    pytest.skip(f"{what} is not available")


@pytest.fixture(scope="session")
def sample_web() -> Iterator[object]:
    from schoolwatch.sampleweb import SampleWeb

    with SampleWeb(anchor=ANCHOR) as web:
        yield web


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'schoolwatch.db'}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL whose connections use a fresh schema of the machine's PostgreSQL, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES)
    try:
        with admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError:
        admin.dispose()
        need(False, f"PostgreSQL at {POSTGRES}", "SCHOOLWATCH_REQUIRE_POSTGRES")
    separator = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request) -> str:
    """Each store test runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "postgres_url")
