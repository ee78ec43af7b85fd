"""A one-PC center's database with its data upgrades to the newest schema.

Migrations rebuild a SQLite table to alter it (copy, drop, rename); with foreign keys
enforced, dropping a table other rows refer to fails, and the center could not upgrade.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from services.storage.db import open_database
from services.storage.migrate import current_revision, head_revision, upgrade


def test_a_catalog_with_counters_upgrades_from_the_first_release(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'center.sqlite3'}")
    try:
        upgrade(database, "0005")
        with database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO service (id, code, name_zh, name_en, description_zh,"
                    " description_en, promised_days, target_wait_minutes, is_dispute, active,"
                    " sort_order, materials) VALUES (1, 'A', '社会保障', 'Social security', '',"
                    " '', 5, 20, 0, 1, 0, '[]')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO counter (id, number, name_zh, name_en, state)"
                    " VALUES (1, 1, '综合窗口 1', 'General window 1', 'closed')"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO counter_service (counter_id, service_id, position)"
                    " VALUES (1, 1, 0)"
                )
            )
        upgrade(database)
        assert current_revision(database) == head_revision(database)
        with database.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            links = connection.execute(text("SELECT counter_id, service_id FROM counter_service"))
            assert links.fetchall() == [(1, 1)]
    finally:
        database.dispose()
