"""The database remembers which data key encrypted it (its id, never the key): a station
started with a missing or wrong key stops at once with a clear message, before it reads or
writes a single resident."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import JSON, Connection, column, select, table, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError, ProgrammingError

from services.privacy.errors import DataKeyMismatch, DataKeyMissing
from services.privacy.keyring import (
    current_key,
    ensure_key,
    forget_key,
    key_file,
    key_source,
)
from services.privacy.keys import KEY_ENV_VAR, DataKey, read_key_file
from services.storage.db import Database

KEY_SETTING = "data_key_id"
_setting = table("setting", column("key"), column("value", JSON))

log = logging.getLogger(__name__)


def pending_key_file() -> Path:
    """Where ``db rotate-key`` puts the new key until the database is re-encrypted."""
    path = key_file()
    return path.with_name(path.name + ".new")


def retired_key_file(key_id: str) -> Path:
    path = key_file()
    return path.with_name(f"{path.name}.{key_id}.retired")


def recorded_key_id(database: Database) -> str | None:
    """The id of the key this database is encrypted with; None before it was."""
    try:
        with database.engine.connect() as connection:
            value = connection.execute(
                select(_setting.c.value).where(_setting.c.key == KEY_SETTING)
            ).scalar_one_or_none()
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).lower()
        if "no such table" in message or "does not exist" in message:
            return None
        raise
    return str(value) if value is not None else None


def record_key(connection: Connection, key: DataKey) -> None:
    exists = connection.execute(select(_setting.c.key).where(_setting.c.key == KEY_SETTING)).first()
    if exists:
        connection.execute(
            update(_setting).where(_setting.c.key == KEY_SETTING).values(value=key.key_id)
        )
    else:
        insert = pg_insert if connection.dialect.name == "postgresql" else sqlite_insert
        connection.execute(insert(_setting).values(key=KEY_SETTING, value=key.key_id))


def ensure_data_key(database: Database) -> Path | None:
    """Before a database is first encrypted: make a key file if there is no key at all.
    Returns the new file. A database already encrypted never gets a new key here."""
    if recorded_key_id(database) is not None:
        return None
    return ensure_key()


def check_data_key(database: Database) -> None:
    """``DataKeyMissing`` or ``DataKeyMismatch`` unless this process holds the database's key."""
    recorded = recorded_key_id(database)
    if recorded is None:
        return
    try:
        key = current_key()
    except DataKeyMissing as exc:
        raise DataKeyMissing(f"This database needs data key {recorded}. {exc}") from None
    if key.key_id == recorded:
        return
    if _finish_interrupted_rotation(recorded):
        return
    raise DataKeyMismatch(
        f"This database's residents' data is encrypted with data key {recorded}, but "
        f"{key_source()} holds key {key.key_id}: it belongs to another database. Use the "
        "key file made with this database (or restore the database that goes with this key)."
    )


def _finish_interrupted_rotation(recorded: str) -> bool:
    """``db rotate-key`` re-encrypted the database but stopped before swapping key files."""
    pending = pending_key_file()
    if os.environ.get(KEY_ENV_VAR) or not pending.exists():
        return False
    new = read_key_file(pending)
    if new.key_id != recorded:
        return False
    install_pending_key(read_key_file(key_file()).key_id)
    log.warning("Finished an interrupted key rotation: %s now holds key %s.", key_file(), recorded)
    return True


def install_pending_key(old_key_id: str) -> Path:
    """The new key becomes the key file; the old one is kept beside it. Returns where."""
    active = key_file()
    retired = retired_key_file(old_key_id)
    os.replace(active, retired)
    os.replace(pending_key_file(), active)
    forget_key()
    return retired
