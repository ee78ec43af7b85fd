"""A process keeps its SQLite connections, and still notices when the file changes under it."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select

from services.core.actors import SYSTEM
from services.core.errors import DamagedDatabase, DatabaseUnavailable
from services.queue import ops as q
from services.storage.db import SQLITE_JOURNAL_SIZE_LIMIT, Database, open_database, translate_outage
from services.storage.models import Ticket
from services.storage.sqlite_driver import run_on_driver
from tests.strict import missing


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


@pytest.fixture
def in_use(sqlite_url: str) -> Iterator[tuple[Database, Path]]:
    """A database with a ticket issued through its kept connection, and its file."""
    database = open_database(sqlite_url)
    try:
        _issue(database)
        yield database, _path(sqlite_url)
    finally:
        database.dispose()


def _write_at_start(path: Path, data: bytes) -> None:
    with path.open("r+b") as file:
        file.write(data)


@pytest.mark.parametrize(
    "start",
    [b"\x00garbage" * 16, b"SQLite format 3\x00\x20\x00"],
    ids=["garbled", "another page size"],
)
def test_a_header_damaged_under_kept_connections_is_a_damaged_file_until_it_is_whole(
    in_use: tuple[Database, Path], start: bytes
) -> None:
    database, path = in_use
    kept = _driver_connection(database)
    whole = path.read_bytes()
    _write_at_start(path, start)
    for operation in (_issue, _tickets):  # writing and reading alike
        with pytest.raises(DamagedDatabase) as raised:
            operation(database)
        assert raised.value.path == str(path)
    _write_at_start(path, whole[: len(start)])  # the disk's sector is whole again
    # Kept open meanwhile, so the WAL was never folded into the damaged file.
    assert _driver_connection(database) is kept
    assert _issue(database) == "A002"
    assert _tickets(database) == 2


def _count_through_the_engine(connection: Connection) -> None:
    connection.execute(select(func.count()).select_from(Ticket))


def _count_on_the_driver(connection: Connection) -> None:
    run_on_driver(connection, "SELECT count(*) FROM ticket")


@pytest.mark.parametrize(
    "count", [_count_through_the_engine, _count_on_the_driver], ids=["engine", "driver"]
)
def test_a_first_page_sqlite_read_damaged_is_read_again_once_the_file_is_whole(
    in_use: tuple[Database, Path], count: Callable[[Connection], None]
) -> None:
    """Garbled between the check at the start of a transaction and SQLite's own read: SQLite
    says so, and must not keep the garbled page it read once the file is whole again. The same
    for a statement run on the ``sqlite3`` connection itself (``run_on_driver``: the queue's
    fast path, every BEGIN): the fast path's own wrapping once skipped the engine's hooks."""
    database, path = in_use
    kept = _driver_connection(database)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the first page only in the file
    other.execute("UPDATE setting SET value = value")  # the kept connection's cache is old
    other.close()
    whole = path.read_bytes()
    with database.reader() as session:
        connection = session.connection()  # the transaction has begun: the header was whole
        _write_at_start(path, b"\x00garbage" * 16)
        with pytest.raises(DamagedDatabase):
            count(connection)
    _write_at_start(path, whole[:128])
    assert _driver_connection(database) is kept
    assert _tickets(database) == 1


@pytest.mark.parametrize("length", [0, 50], ids=["to nothing", "inside the header"])
def test_a_file_cut_short_under_kept_connections_is_a_damaged_file(
    in_use: tuple[Database, Path], length: int
) -> None:
    database, path = in_use
    os.truncate(path, length)
    with pytest.raises(DamagedDatabase):
        _tickets(database)


def _descriptors_on(path: Path) -> int:
    links = (os.readlink(fd) for fd in Path("/proc/self/fd").iterdir() if fd.is_symlink())
    return sum(1 for link in links if link == str(path))


def test_disposing_the_last_database_on_a_file_closes_every_descriptor_on_it(
    sqlite_url: str,
) -> None:
    if not Path("/proc/self/fd").is_dir():
        missing("/proc, to list the descriptors this process holds")
    path = _path(sqlite_url)
    first, second = open_database(sqlite_url), open_database(sqlite_url)
    _issue(first)
    _issue(second)
    first.dispose()
    # The header's descriptor stays while another database of this process uses the file:
    # closing it would drop the locks SQLite holds on it for the second one.
    assert _descriptors_on(path) >= 2  # SQLite's and the header reader's
    assert _issue(second) == "A003"
    second.dispose()
    assert _descriptors_on(path) == 0


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
