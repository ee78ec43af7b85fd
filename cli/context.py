"""What every command needs: the settings, the database, and the acting identity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.core.actors import SYSTEM, Actor
from services.core.center_config import load_center_config
from services.core.settings import Settings, load_settings
from services.privacy.keyring import key_file_for, use_key_file
from services.storage.checks import require_current
from services.storage.db import Database, open_database


@dataclass
class CommandContext:
    settings: Settings
    as_json: bool
    actor: Actor = SYSTEM
    _database: Database | None = None

    @property
    def database(self) -> Database:
        """The database; it must exist and be current: only ``db upgrade`` creates one."""
        if self._database is None:
            database = open_database(self.settings.database_url)
            try:
                require_current(database)
            except BaseException:
                database.dispose()
                raise
            with database.reader() as session:
                load_center_config(session)  # the training clock reads the center's zone
            self._database = database
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def make_context(config: str | None, db: str | None, as_json: bool) -> CommandContext:
    settings = load_settings(Path(config) if config else None, db_override=db)
    use_key_file(key_file_for(settings))
    return CommandContext(settings=settings, as_json=as_json)
