"""What a database is before anything writes to it: missing, empty, CivicDesk's, or another's.

Only ``db upgrade`` (and a station's first start on the default embedded file) may create or
upgrade a schema; every other use needs a current CivicDesk database, so that a typo in a
path never shows an empty hall and another program's database never gets our tables.
A SQLite file is looked at through a read-only connection of its own: looking changes
nothing, not even the journal mode.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import inspect, text

from services.core.errors import DatabaseUnavailable, ForeignDatabase, NoDatabase, SchemaOutdated
from services.storage.db import Database
from services.storage.outage import sqlite_outage
from services.storage.schema_version import head_revision, known_revisions
from services.storage.urls import read_only_uri, sqlite_file

UPGRADE_HINT = "python main.py db upgrade"


class Found(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    CURRENT = "current"
    OUTDATED = "outdated"
    FOREIGN = "foreign"


@dataclass(frozen=True)
class Examination:
    found: Found
    where: str
    revision: str | None = None
    tables: tuple[str, ...] = ()


def location(database: Database) -> str:
    """The file of a SQLite database, or the URL of a PostgreSQL one without its password."""
    path = sqlite_file(database.engine.url)
    return str(path) if path is not None else database.url


def examine(database: Database) -> Examination:
    path = sqlite_file(database.engine.url)
    where = location(database)
    if path is not None:
        if not path.exists():
            return Examination(Found.MISSING, where)
        tables, revisions = _sqlite_contents(path)
    else:
        with database.reader() as session:
            connection = session.connection()
            tables = set(inspect(connection).get_table_names())
            revisions = (
                [
                    str(r)
                    for r in connection.execute(
                        text("SELECT version_num FROM alembic_version")
                    ).scalars()
                ]
                if "alembic_version" in tables
                else []
            )
    others = tuple(sorted(tables - {"alembic_version"}))
    if not revisions and not others:
        return Examination(Found.EMPTY, where)
    if len(revisions) == 1 and revisions[0] in known_revisions():
        found = Found.CURRENT if revisions[0] == head_revision() else Found.OUTDATED
        return Examination(found, where, revisions[0], others)
    return Examination(Found.FOREIGN, where, revisions[0] if revisions else None, others)


def require_current(database: Database) -> Examination:
    """The examination of a current CivicDesk database; a clear error for anything else,
    including a data key that is missing or another database's (``DataKeyError``)."""
    seen = examine(database)
    if seen.found is Found.CURRENT:
        from services.privacy.store import check_data_key

        check_data_key(database)
        return seen
    if seen.found is Found.MISSING:
        raise NoDatabase(f"No database at {seen.where} (run `{UPGRADE_HINT}` to create one).")
    if seen.found is Found.EMPTY:
        raise NoDatabase(
            f"The database {seen.where} is empty (run `{UPGRADE_HINT}` to create CivicDesk's "
            "tables in it)."
        )
    if seen.found is Found.OUTDATED:
        raise SchemaOutdated(
            f"The database {seen.where} is at revision {seen.revision}; this CivicDesk needs "
            f"{head_revision()}: back it up, then run `{UPGRADE_HINT}`."
        )
    raise foreign(seen)


def foreign(seen: Examination) -> ForeignDatabase:
    if seen.revision is not None and not seen.tables:
        what = f"is stamped with revision {seen.revision}, which is not CivicDesk's"
    elif seen.revision is not None:
        what = f"is at revision {seen.revision}, unknown to this CivicDesk (a newer version?)"
    else:
        sample = ", ".join(seen.tables[:3]) + (", …" if len(seen.tables) > 3 else "")
        what = f"holds another program's tables ({sample})"
    return ForeignDatabase(
        f"The database {seen.where} is not a CivicDesk database: it {what}. Nothing was "
        "changed; choose another database with --db."
    )


def _sqlite_contents(path: Path) -> tuple[set[str], list[str]]:
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, path) from exc
    try:
        tables = {
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        revisions = (
            [str(r) for (r,) in connection.execute("SELECT version_num FROM alembic_version")]
            if "alembic_version" in tables
            else []
        )
    except sqlite3.Error as exc:
        raise _sqlite_error(exc, path) from exc
    finally:
        connection.close()
    return tables, revisions


def _sqlite_error(exc: sqlite3.Error, path: Path) -> DatabaseUnavailable:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    typed = sqlite_outage(detail, str(path))
    return typed or DatabaseUnavailable(f"The database {path} cannot be read: {detail}")
