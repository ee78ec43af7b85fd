"""What every command needs: the settings, the database, and the acting identity."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from services.actors import SYSTEM, Actor
from services.bootstrap import prepare_database
from services.center_config import load_center_config
from services.db import Database, open_database
from services.settings import Settings, load_settings


@dataclass
class CommandContext:
    settings: Settings
    as_json: bool
    actor: Actor = SYSTEM
    _database: Database | None = None

    @property
    def database(self) -> Database:
        """The database, brought up to date on first use so a fresh install just works."""
        if self._database is None:
            database = open_database(self.settings.database_url)
            prepare_database(database)
            with database.reader() as session:
                load_center_config(session)  # the training clock reads the center's zone
            self._database = database
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def make_context(config: str | None, db: str | None, as_json: bool) -> CommandContext:
    settings = load_settings(Path(config) if config else None, db_override=db)
    return CommandContext(settings=settings, as_json=as_json)
