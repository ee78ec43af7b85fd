"""Files that hold residents' data are private to the account that runs CivicDesk.

The database, its ``-wal``/``-shm`` companions, every backup and the data key are created
0600 and their folders 0700, whatever the umask: under the usual umask 022 they would be
0644, and any local user could read residents' ID and phone numbers from them. SQLite gives
its ``-wal`` and ``-shm`` files the mode of the database file, so a private database keeps
them private too.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_OTHERS = 0o077  # permission bits of the group and of other users
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


def make_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parents 0700; folders that exist are left alone."""
    missing: list[Path] = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # another station made it a moment ago
        folder.chmod(PRIVATE_DIR)  # mkdir's mode is filtered by the umask


def create_private_file(path: Path) -> None:
    """Create an empty file 0600; ``FileExistsError`` if it is already there."""
    make_private_dir(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        os.fchmod(descriptor, PRIVATE_FILE)  # the umask may have taken the owner's bits too
    finally:
        os.close(descriptor)


def write_private_file(path: Path, data: bytes) -> None:
    """Write ``data`` to a new 0600 file, whole or not at all."""
    create_private_file(path)
    try:
        path.write_bytes(data)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def make_database_private(database_file: Path) -> list[Path]:
    """Take group and other users' access away from a database and its companion files.

    Returns the files that were changed, after one notice line each; the owner's own bits
    are kept (a database made read-only on purpose stays read-only).
    """
    changed: list[Path] = []
    for path in [
        database_file,
        *(database_file.with_name(database_file.name + s) for s in COMPANION_SUFFIXES),
    ]:
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if not mode & _OTHERS:
            continue
        try:
            path.chmod(mode & ~_OTHERS)
        except OSError as exc:
            log.warning(
                "%s can be read by other users and its mode cannot be changed (%s): "
                "run `chmod 600` on it.",
                path,
                exc.strerror or exc,
            )
            continue
        log.warning(
            "%s could be read by other users (mode %o); it is now private to its owner (%o).",
            path,
            mode,
            mode & ~_OTHERS,
        )
        changed.append(path)
    return changed


def prepare_sqlite_file(database_file: Path, *, data_dir: Path | None = None) -> None:
    """Before SQLite opens ``database_file``: a new one is created private, an existing one
    made private. ``data_dir``, the default data folder, is made private too."""
    if data_dir is not None and database_file.parent == data_dir and data_dir.exists():
        mode = data_dir.stat().st_mode & 0o777
        if mode & _OTHERS:
            # If this fails the files inside are private all the same.
            with contextlib.suppress(OSError):
                data_dir.chmod(mode & ~_OTHERS)
    if database_file.exists():
        make_database_private(database_file)
        return
    try:
        create_private_file(database_file)
    except FileExistsError:
        make_database_private(database_file)  # another station created it a moment ago
