"""The first start of a new version backs the embedded database up before upgrading it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from services.storage.bootstrap import prepare_database
from services.storage.db import open_database
from services.storage.migrate import upgrade
from services.storage.schema_version import head_revision


def test_an_older_schema_is_copied_before_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        upgrade(database, "0004")
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE kept_row (note TEXT)")
            connection.exec_driver_sql("INSERT INTO kept_row VALUES ('before the upgrade')")
        prepare_database(database)
    finally:
        database.dispose()
    backups = list((tmp_path / "backups").glob("civicdesk-schema-0004-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0004",)
        assert copy.execute("SELECT note FROM kept_row").fetchone() == ("before the upgrade",)
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )


def test_a_new_or_current_database_is_not_copied(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        prepare_database(database)  # new
        prepare_database(database)  # current
    finally:
        database.dispose()
    assert not (tmp_path / "backups").exists()
