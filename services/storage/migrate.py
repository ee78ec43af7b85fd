"""Creates and upgrades the schema from the Alembic migrations, never from ``create_all``."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Alembic narrates its start and every step at INFO; a station's first start is not the
# place for it (before the import: loading it already logs).
logging.getLogger("alembic").setLevel(logging.WARNING)

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.runtime.migration import MigrationContext  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from sqlalchemy import Connection  # noqa: E402

from services.core.errors import DamagedDatabase  # noqa: E402
from services.storage.db import Database  # noqa: E402

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # The option file's interpolation reads "%" as the start of a reference: "100%.db".
    url = database.engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision(database: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(database: Database, revision: str = "head") -> None:
    config = alembic_config(database)
    with database.engine.connect() as connection, _references_checked_at_the_end(connection):
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            _require_whole_references(connection, database)


@contextmanager
def _references_checked_at_the_end(connection: Connection) -> Iterator[None]:
    """SQLite alters a table by copying it, dropping the old one and renaming the copy; with
    foreign keys enforced, dropping a table that rows refer to fails. So they are off while
    the migrations run (SQLite takes the switch only outside a transaction) and every
    reference is checked before the commit instead."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys=ON")  # the connection goes back to the pool


def _require_whole_references(connection: Connection, database: Database) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table = broken[0][0]
        raise DamagedDatabase(
            str(database.engine.url.database),
            f"{len(broken)} rows of {table} and others refer to rows that do not exist",
        )


def is_up_to_date(database: Database) -> bool:
    return current_revision(database) == head_revision(database)
