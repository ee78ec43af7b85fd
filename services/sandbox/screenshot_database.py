"""The database a screenshot renders from: a temporary copy, never the one it was given.

A screenshot stages a demo hall, demo accounts and days of demo history when it needs them;
written into a center's database they would count in its statistics. An existing SQLite file
is copied with SQLite's online backup API (its real data is shown); anything else (a
PostgreSQL hall, a file that does not exist yet) gets a fresh embedded database instead.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from services.privacy.files import create_private_file
from services.storage.db import Database, normalise_url, open_database


@contextmanager
def screenshot_database(url: str) -> Iterator[Database]:
    """A database holding a copy of ``url``'s data (when it can be copied), deleted after."""
    folder = Path(tempfile.mkdtemp(prefix="civicdesk-screenshot-"))
    target = folder / "screenshot.sqlite3"
    try:
        source = _existing_sqlite_file(url)
        if source is not None:
            # Residents' data: private from its first byte, not made so after a warning.
            create_private_file(target)
            _copy_sqlite(source, target)
        database = open_database(f"sqlite:///{target}")
        try:
            yield database
        finally:
            database.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _existing_sqlite_file(url: str) -> Path | None:
    try:
        parsed = make_url(normalise_url(url))
    except (ArgumentError, ValueError):
        open_database(url)  # raises the clear message about the URL
        raise
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    path = Path(parsed.database).expanduser()
    return path if path.is_file() else None


def _copy_sqlite(source: Path, target: Path) -> None:
    # Read-only URI: the copy cannot create, change or checkpoint the original.
    original = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            original.backup(copy)
        finally:
            copy.close()
    finally:
        original.close()
