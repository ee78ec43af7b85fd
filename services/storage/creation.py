"""Creating or upgrading a schema, the one path allowed to: refuses another program's
database, and a creation that fails takes away the file and folders it made."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from services.privacy.files import PRIVATE_DIR, create_private_file
from services.storage.bootstrap import prepare_database
from services.storage.checks import Found, examine, foreign
from services.storage.db import Database
from services.storage.urls import sqlite_file

SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def create_or_upgrade(database: Database) -> bool:
    """Bring a missing, empty or older CivicDesk database to the newest schema; True if seeded.

    A database with other tables, or stamped with a revision that is not ours, is refused
    untouched (``ForeignDatabase``).
    """
    seen = examine(database)
    if seen.found is Found.FOREIGN:
        raise foreign(seen)
    new_file = sqlite_file(database.engine.url) if seen.found is Found.MISSING else None
    with removed_if_failed(new_file, database):
        return prepare_database(database)


@contextmanager
def removed_if_failed(path: Path | None, database: Database) -> Iterator[None]:
    """Make the folders of the new SQLite file ``path``; if the block fails, remove the file
    (with its journal files) and every folder made for it, so no half-made database stays."""
    if path is None:
        yield
        return
    made: list[Path] = []
    folder = path.absolute().parent
    while not folder.exists():
        made.append(folder)
        folder = folder.parent
    for new in reversed(made):
        new.mkdir(mode=PRIVATE_DIR)
        new.chmod(PRIVATE_DIR)  # mkdir's mode is filtered by the umask
    try:
        # Residents' data: the file is 0600 before SQLite writes a byte into it.
        create_private_file(path)
        yield
    except BaseException:
        database.dispose()
        for suffix in SQLITE_COMPANIONS:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        for new in made:  # innermost first
            try:
                new.rmdir()
            except OSError:
                break  # something else was put there meanwhile: keep it
        raise
