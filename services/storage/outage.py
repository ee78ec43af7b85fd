"""Which database errors are outages, and the typed error each becomes.

Registered on every engine as a ``handle_error`` hook (``services.storage.db``), so the services API
raises ``DatabaseUnavailable`` or ``DamagedDatabase`` itself, whoever calls it; the
``translate_outage`` guard uses the same rules for what reaches it another way.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError, OperationalError

from services.core.errors import DamagedDatabase, DatabaseUnavailable

# What SQLite's terse errors mean for the person reading them. Other SQLite errors (a missing
# table, a syntax error) are bugs or a wrong schema, not outages, and stay what they are.
SQLITE_HINTS = (
    ("readonly database", "the database file, its folder or the disk is read-only"),
    ("unable to open database file", "the file or its folder is missing or cannot be written"),
    ("database is locked", "another program is holding it; try again"),
    ("disk i/o error", "the disk failed or is full"),
    ("database or disk is full", "the disk is full"),
)
_DAMAGE_SIGNS = ("database disk image is malformed", "file is not a database")


def outage_error(exc: DBAPIError, *, sqlite_path: str | None) -> DatabaseUnavailable | None:
    """The typed error ``exc`` stands for, or None when it is not an outage."""
    detail = first_line(exc)
    if sqlite_path is not None:
        typed = sqlite_outage(detail, sqlite_path)
        if typed is None and exc.connection_invalidated:
            return DatabaseUnavailable(f"The database is not available: {detail}")
        return typed
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return DatabaseUnavailable(f"The database is not available: {detail}")
    return None


def sqlite_outage(detail: str, path: str) -> DatabaseUnavailable | None:
    """The typed error for SQLite's message ``detail`` about the file ``path``, if an outage."""
    lowered = detail.lower()
    if any(sign in lowered for sign in _DAMAGE_SIGNS):
        return DamagedDatabase(path)
    hint = next((h for key, h in SQLITE_HINTS if key in lowered), None)
    if hint is None:
        return None
    return DatabaseUnavailable(f"The database is not available: {detail} ({hint})")


def first_line(exc: DBAPIError) -> str:
    text = str(exc.orig).strip() if exc.orig is not None else ""
    return text.splitlines()[0] if text else type(exc).__name__


def on_engine_error(context: Any) -> BaseException | None:
    """SQLAlchemy ``handle_error`` hook: hand back the typed error in place of the raw one.

    A failed pre-ping is left alone: the pool then reconnects on its own.
    """
    if context.is_pre_ping:
        return None
    raw = context.sqlalchemy_exception
    if not isinstance(raw, DBAPIError):
        return None
    url = context.engine.url if context.engine is not None else None
    sqlite_path = url.database or ":memory:" if url is not None and _is_sqlite(url) else None
    typed = outage_error(raw, sqlite_path=sqlite_path)
    if typed is not None:
        typed.__cause__ = raw
    return typed


def _is_sqlite(url: Any) -> bool:
    return str(url.get_backend_name()) == "sqlite"
