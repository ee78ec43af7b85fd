"""Bringing a database to the current schema and seeding it on first use."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from services.catalog.seed import is_seeded, seed_initial_data
from services.mediation.directory import seed_receiving_bodies
from services.privacy.store import check_data_key, ensure_data_key
from services.storage.db import Database, translate_outage
from services.storage.schema_version import is_current
from services.upgrade_backup import backup_before_upgrade

log = logging.getLogger(__name__)

# Any constant works; it only has to be the same for every CivicDesk station.
_PREPARE_LOCK_KEY = 0x43495643


def prepare_database(database: Database) -> bool:
    """Upgrade to the newest schema and seed an empty database. Returns True if it seeded.

    Stations starting together on a new database take turns: on PostgreSQL through an
    advisory lock, on SQLite through the write lock each step already takes. A database that
    is current and seeded (every start but the first) is only read, and Alembic not imported.

    A station that lacks the database's data key, or holds another one, stops here with
    ``DataKeyError`` before it reads or writes a resident (``services.privacy``).
    """
    with translate_outage():
        if is_current(database):
            with database.reader() as session:
                if is_seeded(session):
                    check_data_key(database)
                    return False
    with translate_outage(), _exclusive(database):
        from services.storage.migrate import upgrade

        if not is_current(database):
            backup_before_upgrade(database)
        # Before a database is first encrypted, the key is made (unless there is one).
        made = ensure_data_key(database)
        if made is not None:
            log.warning(
                "Made the data key %s, which encrypts residents' ID and phone numbers: "
                "back it up apart from the database.",
                made,
            )
        check_data_key(database)
        upgrade(database)
        with database.writer() as session:
            seeded = seed_initial_data(session)
            if seeded:
                seed_receiving_bodies(session)
        check_data_key(database)
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
