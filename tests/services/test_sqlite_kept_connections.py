"""A process keeps its SQLite connections, and still notices when the file changes under it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from services.core.actors import SYSTEM
from services.core.errors import DatabaseUnavailable
from services.queue import ops as q
from services.storage.db import SQLITE_JOURNAL_SIZE_LIMIT, Database, open_database, translate_outage
from services.storage.models import Ticket


def _path(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def _driver_connection(database: Database) -> object:
    with database.writer() as session:
        return session.connection().connection.dbapi_connection


def _tickets(database: Database) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Ticket)) or 0)


def _issue(database: Database) -> str:
    with translate_outage(), database.writer() as session:
        return q.issue_ticket(session, SYSTEM, "A").code


def test_operations_reuse_one_connection(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    try:
        first = _driver_connection(database)
        _issue(database)
        assert _driver_connection(database) is first
    finally:
        database.dispose()


@pytest.mark.parametrize("change", ["replaced", "deleted"])
def test_a_file_replaced_or_deleted_under_a_kept_connection_stops_the_program_clearly(
    sqlite_url: str, tmp_path: Path, change: str
) -> None:
    """Its old WAL stays behind; pairing it with the new file would corrupt that file."""
    path = _path(sqlite_url)
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(path, other)
    database = open_database(sqlite_url)
    try:
        _issue(database)
        if change == "replaced":
            os.replace(other, path)  # a restore from a backup by hand
        else:
            path.unlink()
        for _ in range(2):  # and again: the next operation must not open the new file
            with pytest.raises(DatabaseUnavailable, match="deleted or replaced") as raised:
                _issue(database)
            assert "start it again" in str(raised.value)
    finally:
        database.dispose()


def test_a_file_made_read_only_is_refused_like_a_fresh_start(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(sqlite_url)
    try:
        _issue(database)
        kept = _driver_connection(database)
        path = str(_path(sqlite_url))
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if str(p) == path else real_access(p, mode)
        )
        assert _driver_connection(database) is not kept  # checked, and opened again
    finally:
        database.dispose()


def test_the_wal_stays_bounded_over_a_busy_day(sqlite_url: str) -> None:
    """2,000 tickets: auto-checkpoints and the size limit keep the WAL small."""
    wal = Path(f"{_path(sqlite_url)}-wal")
    database = open_database(sqlite_url)
    largest = 0
    try:
        for n in range(2000):
            with database.writer() as session:
                q.issue_ticket(session, SYSTEM, "AB"[n % 2])
            largest = max(largest, wal.stat().st_size)
        assert _tickets(database) == 2000
    finally:
        database.dispose()
    # One auto-checkpoint's worth of pages (1,000) beyond the size it is cut back to.
    assert 0 < largest <= SQLITE_JOURNAL_SIZE_LIMIT + 1100 * 4096
    assert not wal.exists() or wal.stat().st_size == 0  # the last close folded it in
