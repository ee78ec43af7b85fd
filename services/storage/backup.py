"""Online backup of the embedded database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from services.core.errors import ValidationError
from services.storage.db import Database


def backup_sqlite(database: Database, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API (safe while stations run)."""
    if not database.is_sqlite:
        url = database.engine.url
        raise ValidationError(
            "Online backup here covers the embedded SQLite database only. For PostgreSQL run: "
            f"pg_dump --format=custom --file={target} --host={url.host or 'localhost'} "
            f"--port={url.port or 5432} --username={url.username or 'postgres'} {url.database}"
        )
    target = target.expanduser().resolve()
    if target.exists():
        raise ValidationError(f"{target} already exists; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = database.engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            source.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        source.close()
    return target
