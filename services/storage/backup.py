"""Online backup of the embedded database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from services.core.errors import ValidationError
from services.privacy.files import create_private_file
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
    try:
        # Private from the first byte: the copy holds what the database holds.
        create_private_file(target)
    except FileExistsError:
        raise ValidationError(f"{target} already exists; choose a new file name.") from None
    try:
        source = database.engine.raw_connection()
        try:
            destination = sqlite3.connect(target)
            try:
                source.driver_connection.backup(destination)  # type: ignore[union-attr]
            finally:
                destination.close()
        finally:
            source.close()
    except BaseException:
        target.unlink(missing_ok=True)  # no half-made copy that looks like a backup
        raise
    return target
