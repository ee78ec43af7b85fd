"""The migrations build exactly the models' schema; SQLite runs in WAL with immediate writers."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from services.storage.bootstrap import prepare_database
from services.storage.db import SQLITE_BUSY_TIMEOUT_MS, Database, open_database
from services.storage.migrate import current_revision, head_revision, is_up_to_date, upgrade
from services.storage.models import Base, Service, Staff, Ticket


def test_migrated_schema_matches_the_models(database: Database) -> None:
    assert is_up_to_date(database)
    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_every_model_table_exists(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_upgrade_is_idempotent_and_seeds_once(database: Database) -> None:
    with database.reader() as session:
        before = (
            session.scalar(select(func.count()).select_from(Service)),
            session.scalar(select(func.count()).select_from(Staff)),
        )
    upgrade(database)
    assert prepare_database(database) is False
    with database.reader() as session:
        after = (
            session.scalar(select(func.count()).select_from(Service)),
            session.scalar(select(func.count()).select_from(Staff)),
        )
    assert before == after == (8, 1)
    assert is_up_to_date(database)


def test_empty_sqlite_file_is_migrated_and_seeded(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        assert current_revision(database) is None
        assert not is_up_to_date(database)
        assert prepare_database(database) is True
        assert is_up_to_date(database)
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        assert prepare_database(database) is False
    finally:
        database.dispose()


# --- SQLite concurrency -------------------------------------------------------------------


def _path(url: str) -> str:
    database = make_url(url).database
    assert database
    return database


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert timeout == SQLITE_BUSY_TIMEOUT_MS
            assert timeout >= 5000
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.dispose()
    # WAL is a property of the file: a plain connection sees it too.
    raw = sqlite3.connect(_path(sqlite_url))
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        raw.close()


def test_writer_session_takes_the_write_lock_at_once(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    other = sqlite3.connect(_path(sqlite_url), timeout=0.2, isolation_level=None)
    try:
        with database.writer() as session:
            # Touches no table: only BEGIN IMMEDIATE holds the write lock at this point.
            session.execute(text("SELECT 1"))
            started = time.monotonic()
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("UPDATE setting SET key = key")
            assert time.monotonic() - started < 5
            # Reading is still fine under WAL.
            assert other.execute("SELECT count(*) FROM service").fetchone() == (8,)
            session.rollback()
        other.execute("UPDATE setting SET key = key")  # free again once the writer ends
    finally:
        other.close()
        database.dispose()


def test_two_writer_sessions_serialise(sqlite_url: str) -> None:
    """A second writer waits for the first instead of failing, then sees its commit."""
    database = open_database(sqlite_url)
    seen: list[int] = []
    entered = threading.Event()

    def second_writer() -> None:
        with database.writer() as session:
            entered.set()
            seen.append(int(session.scalar(select(func.count()).select_from(Staff)) or 0))

    try:
        with database.writer() as session:
            session.execute(text("UPDATE staff SET full_name = 'first writer'"))
            thread = threading.Thread(target=second_writer)
            thread.start()
            assert entered.wait(10)
            time.sleep(0.5)
            assert seen == []  # blocked in BEGIN IMMEDIATE
            session.execute(
                text(
                    "INSERT INTO staff (username, full_name, role, must_change_password, "
                    "failed_logins, active, created_at) "
                    "VALUES ('w1', 'w1', 'counter', 1, 0, 1, '2026-11-30 02:00:00')"
                )
            )
            session.commit()
        thread.join(timeout=10)
        assert seen == [2]
    finally:
        database.dispose()


def test_readers_run_beside_a_writer(sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    try:
        with database.writer() as writer:
            writer.execute(text("UPDATE service SET name_en = 'changed' WHERE code = 'A'"))
            started = time.monotonic()
            with database.reader() as first, database.reader() as second:
                names = [
                    s.scalar(select(Service.name_en).where(Service.code == "A"))
                    for s in (first, second)
                ]
                assert names == ["Social security", "Social security"]  # not the uncommitted one
                assert time.monotonic() - started < 5  # nobody waited 15 s for the write lock

                writer.commit()  # a writer commits while readers are open
                # The readers keep their snapshot until their transaction ends.
                assert first.scalar(select(Service.name_en).where(Service.code == "A")) == (
                    "Social security"
                )
                assert second.scalar(select(func.count()).select_from(Ticket)) == 0
        with database.reader() as third:
            assert third.scalar(select(Service.name_en).where(Service.code == "A")) == "changed"
    finally:
        database.dispose()
