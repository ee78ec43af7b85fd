"""Engines and sessions for the embedded SQLite database and for PostgreSQL.

SQLite runs in WAL mode with a busy timeout. Writers start with ``BEGIN IMMEDIATE`` so two
stations never both read a queue and then fight over the write lock; read-only sessions start
with a plain deferred ``BEGIN`` and do not block writers.

A process keeps a few SQLite connections open between operations: opening one (and its
PRAGMAs) and closing the last one (which checkpoints the WAL) cost more than the operation.
Checkpoints are left to SQLite's auto-checkpoint, and ``journal_size_limit`` cuts the WAL file
back after one, so it cannot grow without bound. A kept connection is checked before every use
(``_SqliteFileWatch``): if the file was replaced, deleted or made read-only since it was opened,
or the process was forked, a new connection is opened, which fails as clearly as it always did.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import (
    DBAPIError,
    DisconnectionError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from services.core.errors import DatabaseUnavailable
from services.core.settings import default_data_dir
from services.privacy.files import prepare_sqlite_file
from services.storage.outage import SQLITE_HINTS, first_line, on_engine_error, sqlite_outage
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

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def normalise_url(url: str) -> str:
    """Let users write ``postgresql://`` and still get psycopg 3."""
    return checked_url(url).render_as_string(hide_password=False)


def open_database(url: str, *, echo: bool = False) -> Database:
    """An engine for ``url``; connects lazily, and never creates a folder or a file itself.

    Whether the database exists and is CivicDesk's is ``services.storage.checks``'s question.
    """
    parsed = checked_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(parsed, echo)
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
    )


def _sqlite_engine(url: URL, echo: bool) -> Engine:
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
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    if in_file:
        _SqliteFileWatch(path).watch(engine)
    return engine


class _SqliteFileWatch:
    """Check a kept connection before each use against the file it was opened on.

    - made read-only or writable since: a new connection, which then fails (or works) as a
      first one would;
    - inherited across ``fork``: dropped without closing (the parent still uses it);
    - the file deleted or replaced: SQLite leaves the old file's WAL behind for whoever opens
      the name next, and pairing it with another file corrupts that file, so from then on every
      operation of this process fails with a clear message until the program is restarted.

    Costs a ``stat`` and two ``access`` calls per checkout.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None
        self._lost = False

    def watch(self, engine: Engine) -> None:
        self._engine = engine
        event.listen(engine, "connect", self._remember)
        event.listen(engine, "checkout", self._check)

    def _state(self) -> tuple[int, int, int, bool, bool] | None:
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return (
            os.getpid(),
            found.st_dev,
            found.st_ino,
            os.access(self.path, os.W_OK),
            os.access(self.path.parent, os.W_OK),
        )

    def _remember(self, _dbapi_connection: Any, record: Any) -> None:
        record.info["sqlite_file"] = None if self._lost else self._state()

    def _check(self, _dbapi_connection: Any, record: Any, proxy: Any) -> None:
        known = record.info.get("sqlite_file")
        now = self._state()
        if now == known and not self._lost:
            return
        if known is not None and known[0] != os.getpid():
            record.dbapi_connection = proxy.dbapi_connection = None  # the parent's, not ours
            raise DisconnectionError("a connection inherited from the parent process")
        if now is None and not self._lost and not self.path.parent.exists():
            # Its drive or folder is away (a file server unplugged): an outage that ends
            # when the same file is back.
            raise DatabaseUnavailable(
                f"The database is not available: the folder of {self.path} cannot be found"
            )
        if self._lost or now is None or (known is not None and now[1:3] != known[1:3]):
            self._lose()  # deleted, or another file under the name: never pair it with this WAL
        changed = DisconnectionError("the database file was made read-only or writable")
        changed.invalidate_pool = True
        raise changed

    def _lose(self) -> None:
        self._lost = True
        if self._engine is not None:
            self._engine.pool.dispose()  # the idle connections; the others at their checkout
        raise DatabaseUnavailable(
            f"The database is not available: the file {self.path} was deleted or replaced "
            "while this program had it open (close CivicDesk at every station, then start it "
            "again)"
        )


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
