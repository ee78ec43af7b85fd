"""Residents' data at rest (issue 14.10): every file that holds it is private to its owner,
whatever the umask; an existing database that is not is made private on start."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from services.core.actors import SYSTEM
from services.core.center_config import load_center_config
from services.core.settings import default_database_url
from services.queue import ops as queue_ops
from services.sandbox.screenshot_database import screenshot_database
from services.storage.backup import backup_sqlite
from services.storage.creation import create_or_upgrade
from services.storage.db import open_database
from tests.conftest import MORNING


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """Debian's default umask, under which files are made 0644 and folders 0755."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_new_database_its_wal_and_shm_and_its_folder_are_private(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    path = shared / "new" / "deeper" / "civicdesk.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        create_or_upgrade(database)  # the one path that creates a database
        with database.writer() as session:
            queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
        with database.engine.connect():
            wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
            assert wal.exists()
            assert shm.exists()
            assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
    finally:
        database.dispose()
    assert mode(path.parent) == mode(path.parent.parent) == 0o700
    assert mode(shared) == 0o755, "folders that existed are not the program's to change"


def test_the_default_data_folder_is_made_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = default_database_url()
    assert url.startswith(f"sqlite:///{tmp_path}")
    database = open_database(url)
    create_or_upgrade(database)  # a station's first start on the default database
    database.dispose()
    data_dir = Path(url.removeprefix("sqlite:///")).parent
    assert mode(data_dir) == 0o700
    assert mode(Path(url.removeprefix("sqlite:///"))) == 0o600

    data_dir.chmod(0o755)  # as an older version made it
    open_database(url).dispose()
    assert mode(data_dir) == 0o700


def test_an_existing_readable_database_is_made_private_with_one_notice(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"")
    path.chmod(0o644)
    wal.chmod(0o664)
    with caplog.at_level(logging.WARNING):
        open_database(sqlite_url).dispose()
    assert (mode(path), mode(wal)) == (0o600, 0o600)
    notices = [r.getMessage() for r in caplog.records]
    assert len(notices) == 2
    assert f"{path} could be read by other users (mode 644)" in notices[0]
    assert "\n" not in notices[0]

    caplog.clear()
    with caplog.at_level(logging.WARNING):
        open_database(sqlite_url).dispose()
    assert caplog.records == [], "a private database is opened without a word"


def test_a_database_made_read_only_on_purpose_stays_read_only(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.chmod(0o444)
    open_database(sqlite_url).dispose()
    assert mode(path) == 0o400


def test_a_backup_is_private_from_its_first_byte(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    try:
        target = backup_sqlite(database, tmp_path / "backups" / "monday.sqlite3")
    finally:
        database.dispose()
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700
    assert target.stat().st_size > 0


def test_a_screenshots_copy_of_the_database_is_private_from_the_start(
    sqlite_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING), screenshot_database(sqlite_url) as copy:
        copied = Path(str(copy.engine.url.database))
        assert copied != Path(sqlite_url.removeprefix("sqlite:///"))
        assert mode(copied) == 0o600
        with copy.reader() as session:
            assert load_center_config(session).center_name_zh  # the data was copied
    assert [r.getMessage() for r in caplog.records] == [], "our own copy needs no warning"
