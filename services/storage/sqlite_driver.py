"""SQL run on a session's ``sqlite3`` connection itself, for the statements of every operation.

Through SQLAlchemy's execution each statement costs about ten times what SQLite spends on it
(on the benchmark VM: 30-40 µs for a ``BEGIN IMMEDIATE`` that SQLite does in 2 µs), and a
writer holds the write lock meanwhile. A failure still takes the engine's own path: the
``handle_error`` hooks run (the outage's typed error, the file watch's recovery from a damaged
first page) and the connection is invalidated when the driver says it is gone, exactly as for
a statement SQLAlchemy executed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection


def run_on_driver(connection: Connection, sql: str, values: Sequence[Any] = ()) -> list[Any]:
    """Execute ``sql`` on the driver's connection and fetch every row it returns."""
    driver = connection.connection.driver_connection
    try:
        return driver.execute(sql, values).fetchall()  # type: ignore[union-attr, no-any-return]
    except Exception as exc:  # the engine words it, as for its own statements
        connection._handle_dbapi_exception(exc, sql, tuple(values), None, None)
