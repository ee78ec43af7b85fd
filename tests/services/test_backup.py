"""Online backup of the embedded SQLite database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from services.core.actors import SYSTEM
from services.core.errors import ValidationError
from services.queue import ops as queue_ops
from services.storage.backup import backup_sqlite
from services.storage.db import open_database
from tests.conftest import MORNING
from tests.databases import PostgresFactory


def read_codes(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [code for (code,) in connection.execute("SELECT code FROM ticket ORDER BY id")]
    finally:
        connection.close()


def test_backup_copies_a_live_database(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    try:
        for service in ("A", "A", "C"):
            with database.writer() as session:
                queue_ops.issue_ticket(session, SYSTEM, service, now=MORNING)
        target = tmp_path / "backups" / "civicdesk-2026-11-30.sqlite3"

        # Another station is in the middle of a write: the backup neither waits for it nor
        # copies its uncommitted ticket.
        with database.writer() as session:
            session.execute(text("UPDATE ticket SET code = 'Z999' WHERE code = 'C001'"))
            with database.reader() as reader:
                reader.execute(text("SELECT count(*) FROM ticket")).scalar()
                written = backup_sqlite(database, target)
            session.rollback()

        assert written == target.resolve()
        assert read_codes(written) == ["A001", "A002", "C001"]
        copy = sqlite3.connect(written)
        try:
            services = copy.execute("SELECT count(*) FROM service").fetchone()
            admin = copy.execute("SELECT role FROM staff WHERE username = 'admin'").fetchone()
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            copy.close()
        assert services == (8,)
        assert admin == ("admin",)
        assert revision is not None

        # The copy is a working CivicDesk database.
        restored = open_database(f"sqlite:///{written}")
        try:
            with restored.writer() as session:
                info = queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
            assert info.code == "A003"
        finally:
            restored.dispose()
    finally:
        database.dispose()


def test_backup_refuses_to_overwrite(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    target = tmp_path / "existing.sqlite3"
    target.write_bytes(b"precious")
    try:
        with pytest.raises(ValidationError, match="already exists") as raised:
            backup_sqlite(database, target)
        assert str(target) in str(raised.value)
        assert target.read_bytes() == b"precious"

        first = backup_sqlite(database, tmp_path / "one.sqlite3")
        size = first.stat().st_size
        with pytest.raises(ValidationError, match="already exists"):
            backup_sqlite(database, first)
        assert first.stat().st_size == size
        assert read_codes(first) == []
    finally:
        database.dispose()


@pytest.mark.postgres
def test_backup_on_postgresql_points_to_pg_dump(
    postgres_factory: PostgresFactory, tmp_path: Path
) -> None:
    database = open_database(postgres_factory.new_url())
    target = tmp_path / "hall.dump"
    try:
        with pytest.raises(ValidationError, match="pg_dump") as raised:
            backup_sqlite(database, target)
    finally:
        database.dispose()
    message = str(raised.value)
    assert str(target) in message
    assert database.engine.url.database in message
    assert not target.exists()
