"""Start-up checks the schema without Alembic, and still upgrades or seeds when it must."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from services.storage.migrate import head_revision as alembic_head_revision
from services.storage.schema_version import head_revision, is_current, stored_revision
from tests.python_process import run_json


def test_head_read_from_the_files_is_alembics_head(database: Database) -> None:
    assert head_revision() is not None
    assert head_revision() == alembic_head_revision(database)


def test_a_prepared_database_is_current(database: Database) -> None:
    assert stored_revision(database) == head_revision()
    assert is_current(database)


def test_an_older_revision_is_not_current(database: Database) -> None:
    with database.writer() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        session.commit()
    assert stored_revision(database) == "0001"
    assert not is_current(database)


def test_a_database_without_a_version_table_has_no_revision(database: Database) -> None:
    with database.writer() as session:
        session.execute(text("DROP TABLE alembic_version"))
        session.commit()
    assert stored_revision(database) is None
    assert not is_current(database)


def test_a_current_but_unseeded_database_is_still_seeded(database: Database) -> None:
    with database.writer() as session:
        for table in ("counter_service", "counter", "service", "setting"):
            session.execute(text(f"DELETE FROM {table}"))
        session.commit()
    assert is_current(database)
    assert prepare_database(database) is True
    assert prepare_database(database) is False


def test_preparing_a_current_database_does_not_load_alembic(sqlite_url: str) -> None:
    script = (
        "import json, sys\n"
        "from services.storage.bootstrap import prepare_database\n"
        "from services.storage.db import open_database\n"
        f"database = open_database({sqlite_url!r})\n"
        "seeded = prepare_database(database)\n"
        "print(json.dumps([seeded, 'alembic' in sys.modules]))\n"
    )
    assert run_json(script) == [False, False]


def test_an_empty_file_is_migrated_and_seeded_by_the_same_call(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        assert stored_revision(database) is None
        assert prepare_database(database) is True
        assert is_current(database)
    finally:
        database.dispose()
