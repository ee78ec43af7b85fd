"""``db rotate-key``: every stored ID and phone number re-encrypted under a new data key.

The new key is written to ``civicdesk.key.new`` first, the database re-encrypted in one
transaction, and only then the key files swapped, so that no crash leaves data without its
key: a start after a crash between the last two steps finishes the swap
(``store.check_data_key``). Stations should be stopped: one still running holds the old key
in memory and would write what the new key cannot open.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from services.privacy.errors import DataKeyError
from services.privacy.keyring import current_key, forget_key, key_file
from services.privacy.keys import KEY_ENV_VAR, new_key, write_key_file
from services.privacy.rows import live_layout, reseal_rows
from services.privacy.store import (
    check_data_key,
    install_pending_key,
    pending_key_file,
    record_key,
)
from services.storage import casework_models  # noqa: F401 - declares the sealed columns
from services.storage.db import Database
from services.storage.models import Base


@dataclass(frozen=True)
class Rotation:
    old_key_id: str
    new_key_id: str
    residents: int
    parties: int
    rows: dict[str, int]  # per table, every table with sealed columns
    key_file: Path  # where the new key is
    retired_key_file: Path | None  # the old key, for backups made before (key files only)
    set_env_var: bool  # the key comes from CIVICDESK_DATA_KEY: set it to the new key's text


def rotate_data_key(database: Database) -> Rotation:
    check_data_key(database)
    old = current_key()
    new = new_key()
    pending = pending_key_file()
    try:
        write_key_file(pending, new)
    except DataKeyError:
        raise DataKeyError(
            f"{pending} exists: an earlier rotate-key did not finish. Start any command once "
            "(it completes the rotation if the database was re-encrypted), then delete the "
            "file if it is still there and try again."
        ) from None
    layout = live_layout(Base.metadata)
    try:
        with database.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Stations that write a resident meanwhile wait instead of mixing keys.
                names = ", ".join(t.name for t in layout)
                connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
            counts = reseal_rows(connection, layout, old, new)
            record_key(connection, new)
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    from_env = bool(os.environ.get(KEY_ENV_VAR))
    retired: Path | None = None
    active = pending
    if not from_env:
        active = key_file()
        retired = install_pending_key(old.key_id)
    forget_key()
    return Rotation(
        old_key_id=old.key_id,
        new_key_id=new.key_id,
        residents=counts["resident"],
        parties=counts["mediation_party"],
        rows=counts,
        key_file=active,
        retired_key_file=retired,
        set_env_var=from_env,
    )
