"""Bringing a database to the current schema and seeding it on first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from services.catalog_seed import is_seeded, seed_initial_data
from services.db import Database, translate_outage
from services.mediation_directory import seed_receiving_bodies
from services.schema_version import is_current
from services.upgrade_backup import backup_before_upgrade

# Any constant works; it only has to be the same for every CivicDesk station.
_PREPARE_LOCK_KEY = 0x43495643


def prepare_database(database: Database) -> bool:
    """Upgrade to the newest schema and seed an empty database. Returns True if it seeded.

    Stations starting together on a new database take turns: on PostgreSQL through an
    advisory lock, on SQLite through the write lock each step already takes. A database that
    is current and seeded (every start but the first) is only read, and Alembic not imported.
    """
    with translate_outage():
        if is_current(database):
            with database.reader() as session:
                if is_seeded(session):
                    return False
    with translate_outage(), _exclusive(database):
        from services.migrate import upgrade

        if not is_current(database):
            backup_before_upgrade(database)
        upgrade(database)
        with database.writer() as session:
            seeded = seed_initial_data(session)
            if seeded:
                seed_receiving_bodies(session)
            return seeded


@contextmanager
def _exclusive(database: Database) -> Iterator[None]:
    if database.is_sqlite:
        yield
        return
    with database.engine.connect() as connection:
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _PREPARE_LOCK_KEY})
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _PREPARE_LOCK_KEY})
            connection.commit()
