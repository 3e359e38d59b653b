"""The engine, built from a URL: SQLite (WAL mode) by default, PostgreSQL or any SQLAlchemy URL.

:func:`open_store` also brings the schema to the newest Alembic revision, so an old database is
migrated in place and nothing already stored is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, create_engine

from store.errors import StoreError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder created and WAL journaling."""
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise StoreError(f"{folder}: is a file, not a folder for the database") from None
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets the daemon write while `status` or a report reads; with WAL, synchronous=NORMAL is
    # still safe if the program crashes (only a power cut can lose the last commits) and saves an
    # fsync per item; foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Upgrade the schema to the newest revision (creating it on an empty database), or to
    ``revision`` (tests of an upgrade start from an older one)."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


_MIGRATED: set[str] = set()  # URLs already brought up to date by this process


def open_store(url: str) -> Engine:
    """The engine for ``url`` with the schema up to date; StoreError names the database.

    The migration check runs once per database per process: a crawl opens the store from every
    spider's pipeline and extension, and Alembic's check costs more than the rest of the open.
    """
    engine = make_engine(url)
    if url in _MIGRATED:
        return engine
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        # the driver's own error (psycopg's runs over two lines), first line only: errors are one line
        cause = getattr(exc, "orig", None) or exc
        first_line = (str(cause).strip().splitlines() or [""])[0]
        raise StoreError(f"{engine.url.render_as_string(hide_password=True)}: {cause.__class__.__name__}: {first_line}") from exc
    _MIGRATED.add(url)
    return engine


_SHARED: dict[str, Engine] = {}  # URL → the engine a crawl's pipelines and extensions share
_USERS: dict[str, int] = {}


def acquire_store(url: str) -> Engine:
    """:func:`open_store`'s engine for ``url``, shared by every user in this process; pair each
    call with :func:`release_store`, and do not dispose it.

    A crawl runs a spider per source in one process, each with a pipeline and an extension that
    store: sharing one engine shares its connection pool and its cache of compiled statements,
    which a fresh engine per spider would compile again.
    """
    engine = _SHARED.get(url)
    if engine is None:
        engine = _SHARED[url] = open_store(url)
    _USERS[url] = _USERS.get(url, 0) + 1
    return engine


def release_store(url: str) -> None:
    """Give back :func:`acquire_store`'s engine: the last user closes its connections (the engine
    and its compiled statements stay for the next crawl in this process)."""
    users = _USERS.get(url, 0) - 1
    if users > 0:
        _USERS[url] = users
        return
    _USERS.pop(url, None)
    engine = _SHARED.get(url)
    if engine is not None:
        engine.dispose()


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
