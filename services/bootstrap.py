"""Bringing a database to the current schema and seeding it on first use."""

from __future__ import annotations

from services.catalog_seed import seed_initial_data
from services.db import Database, translate_outage
from services.migrate import upgrade


def prepare_database(database: Database) -> bool:
    """Upgrade to the newest schema and seed an empty database. Returns True if it seeded."""
    with translate_outage():
        upgrade(database)
        with database.writer() as session:
            return seed_initial_data(session)
