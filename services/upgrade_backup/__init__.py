"""A copy of the embedded database before its schema is upgraded.

A new version of the program upgrades the schema at its first start. Should a migration go
wrong, or the center want the old version back, the copy taken just before is the way back;
it lies in ``backups/`` beside the database and is never deleted by the program.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from services.storage.backup import backup_sqlite
from services.storage.db import Database
from services.storage.schema_version import stored_revision


def backup_before_upgrade(database: Database, now: datetime | None = None) -> Path | None:
    """Back up a SQLite database that has a schema to upgrade; None when there is nothing to
    keep (a new or in-memory database, or PostgreSQL, which its own dumps protect)."""
    if not database.is_sqlite or not database.engine.url.database:
        return None
    source = Path(database.engine.url.database)
    if not source.is_file() or source.stat().st_size == 0:
        return None
    revision = stored_revision(database)
    if revision is None:
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = source.parent / "backups" / f"{source.stem}-schema-{revision}-{stamp}.sqlite3"
    if target.exists():  # a station starting in the same second took it already
        return target
    return backup_sqlite(database, target)
