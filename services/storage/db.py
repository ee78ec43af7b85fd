"""Engines and sessions for the embedded SQLite database and for PostgreSQL.

SQLite runs in WAL mode with a busy timeout. Writers start with ``BEGIN IMMEDIATE`` so two
stations never both read a queue and then fight over the write lock; read-only sessions start
with a plain deferred ``BEGIN`` and do not block writers.

A process keeps a few SQLite connections open between operations: opening one (and its
PRAGMAs) and closing the last one (which checkpoints the WAL) cost more than the operation.
Checkpoints are left to SQLite's auto-checkpoint, and ``journal_size_limit`` cuts the WAL file
back after one, so it cannot grow without bound. A kept connection is checked before every use
(``SqliteFileWatch``): if the file was replaced, deleted or made read-only since it was opened,
or the process was forked, a new connection is opened, which fails as clearly as it always did;
if the file's header was garbled under it, it says the file is damaged, as a new one would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import (
    DBAPIError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from services.core.errors import DatabaseUnavailable
from services.core.settings import default_data_dir
from services.privacy.files import prepare_sqlite_file
from services.storage.outage import SQLITE_HINTS, first_line, on_engine_error, sqlite_outage
from services.storage.sqlite_driver import run_on_driver
from services.storage.sqlite_file_watch import SqliteFileWatch
from services.storage.urls import checked_url

SQLITE_BUSY_TIMEOUT_MS = 15_000
SQLITE_SYNCHRONOUS = "NORMAL"  # in WAL mode: durable at checkpoints, consistent always
SQLITE_KEPT_CONNECTIONS = 2  # a window's worker and its live feed; more are opened on demand
SQLITE_JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024  # the WAL file is cut back to this after a checkpoint
_READ_ONLY = "civicdesk_read_only"


@dataclass(frozen=True)
class Database:
    """One database: a writing session factory and a reading one."""

    engine: Engine
    writer: sessionmaker[Session]
    reader: sessionmaker[Session]
    file_watch: SqliteFileWatch | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.file_watch is not None:
            self.file_watch.release()  # after its connections are closed


def normalise_url(url: str) -> str:
    """Let users write ``postgresql://`` and still get psycopg 3."""
    return checked_url(url).render_as_string(hide_password=False)


def open_database(url: str, *, echo: bool = False) -> Database:
    """An engine for ``url``; connects lazily, and never creates a folder or a file itself.

    Whether the database exists and is CivicDesk's is ``services.storage.checks``'s question.
    """
    parsed = checked_url(url)
    file_watch: SqliteFileWatch | None = None
    if parsed.get_backend_name() == "sqlite":
        engine, file_watch = _sqlite_engine(parsed, echo)
    else:
        engine = create_engine(
            parsed,
            echo=echo,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=4,
            connect_args={"connect_timeout": 5},
        )
    # Outages leave the services API as DatabaseUnavailable, not as a driver's error.
    event.listen(engine, "handle_error", on_engine_error)
    reading_engine = engine.execution_options(**{_READ_ONLY: True})
    return Database(
        engine=engine,
        writer=sessionmaker(engine, expire_on_commit=False),
        reader=sessionmaker(reading_engine, expire_on_commit=False),
        file_watch=file_watch,
    )


def _sqlite_engine(url: URL, echo: bool) -> tuple[Engine, SqliteFileWatch | None]:
    database = url.database
    # A "file:" URI names its file in SQLite's own syntax; SQLite opens it as it is. A file
    # that exists is made private; a missing one is created only by ``storage.creation``.
    in_file = bool(database) and database != ":memory:" and not str(database).startswith("file:")
    path = Path(str(database)).expanduser()
    if in_file and path.exists():
        prepare_sqlite_file(path, data_dir=default_data_dir())
    engine = create_engine(
        url,
        echo=echo,
        poolclass=QueuePool if in_file else NullPool,
        **({"pool_size": SQLITE_KEPT_CONNECTIONS, "max_overflow": 8} if in_file else {}),
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError as exc:  # the first read of the file: damaged, locked…
            typed = sqlite_outage(str(exc), str(url.database))
            if typed is None:
                raise
            raise typed from exc
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
        cursor.execute(f"PRAGMA journal_size_limit={SQLITE_JOURNAL_SIZE_LIMIT}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        run_on_driver(connection, "BEGIN" if read_only else "BEGIN IMMEDIATE")

    if not in_file:
        return engine, None
    file_watch = SqliteFileWatch(path)
    file_watch.watch(engine)
    return engine, file_watch


@contextmanager
def translate_outage() -> Iterator[None]:
    """Turn a lost or unreachable database into ``DatabaseUnavailable``."""
    try:
        yield
    except OperationalError as exc:
        raise DatabaseUnavailable(_outage_message(exc)) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise DatabaseUnavailable(_outage_message(exc)) from exc
        raise


def _outage_message(exc: DBAPIError) -> str:
    detail = first_line(exc)
    hint = next((h for key, h in SQLITE_HINTS if key in detail.lower()), None)
    suffix = f" ({hint})" if hint else ""
    return f"The database is not available: {detail}{suffix}"
