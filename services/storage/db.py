"""Engines and sessions for the embedded SQLite database and for PostgreSQL.

SQLite runs in WAL mode with a busy timeout. Writers start with ``BEGIN IMMEDIATE`` so two
stations never both read a queue and then fight over the write lock; read-only sessions start
with a plain deferred ``BEGIN`` and do not block writers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from services.core.errors import DatabaseUnavailable, ValidationError
from services.core.settings import default_data_dir
from services.privacy.files import prepare_sqlite_file

SQLITE_BUSY_TIMEOUT_MS = 15_000
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
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def open_database(url: str, *, echo: bool = False) -> Database:
    try:
        url = normalise_url(url)
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError):
        shown = url.split("@")[-1] if "@" in url else url
        raise ValidationError(
            f"Cannot use the database URL {shown!r}: use sqlite:///FILE or "
            "postgresql://USER@HOST/DATABASE."
        ) from None
    if parsed.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url, parsed.database, echo)
    else:
        engine = create_engine(
            url,
            echo=echo,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=4,
            connect_args={"connect_timeout": 5},
        )
    reading_engine = engine.execution_options(**{_READ_ONLY: True})
    return Database(
        engine=engine,
        writer=sessionmaker(engine, expire_on_commit=False),
        reader=sessionmaker(reading_engine, expire_on_commit=False),
    )


def _sqlite_engine(url: str, database: str | None, echo: bool) -> Engine:
    # A "file:" URI names its file in SQLite's own syntax; SQLite opens it as it is.
    if database and database != ":memory:" and not database.startswith("file:"):
        prepare_sqlite_file(Path(database).expanduser(), data_dir=default_data_dir())
    engine = create_engine(
        url,
        echo=echo,
        poolclass=NullPool,
        connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


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


# What SQLite's terse errors mean for the person reading them.
_SQLITE_HINTS = (
    ("readonly database", "the database file, its folder or the disk is read-only"),
    ("unable to open database file", "the file or its folder is missing or cannot be written"),
    ("database is locked", "another program is holding it; try again"),
    ("disk i/o error", "the disk failed or is full"),
    ("database or disk is full", "the disk is full"),
)


def _outage_message(exc: DBAPIError) -> str:
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    hint = next((h for key, h in _SQLITE_HINTS if key in detail.lower()), None)
    suffix = f" ({hint})" if hint else ""
    return f"The database is not available: {detail}{suffix}"
