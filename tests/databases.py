"""Fresh, migrated and seeded databases for tests, on SQLite files and on a real PostgreSQL.

Each kind is prepared once per test run as a template (running the real migrations), and every
test gets its own copy: a file copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from services.storage.bootstrap import prepare_database
from services.storage.db import open_database

# One template per test run, so runs sharing a server (parallel sessions) do not collide.
_TEMPLATE_DB = f"civicdesk_test_template_{os.getpid()}"


class SqliteFactory:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.template = workdir / "template.sqlite3"
        database = open_database(f"sqlite:///{self.template}")
        prepare_database(database)
        database.dispose()

    def new_url(self) -> str:
        target = self.workdir / f"{uuid.uuid4().hex}.sqlite3"
        shutil.copyfile(self.template, target)
        target.chmod(0o600)  # as CivicDesk creates its databases: private
        return f"sqlite:///{target}"


class PostgresFactory:
    def __init__(self, admin_url: str) -> None:
        self.admin = make_url(admin_url).set(drivername="postgresql")
        self.created: list[str] = []
        self._execute(f"DROP DATABASE IF EXISTS {_TEMPLATE_DB}")
        self._execute(f"CREATE DATABASE {_TEMPLATE_DB}")
        database = open_database(self._url_for(_TEMPLATE_DB))
        prepare_database(database)
        database.dispose()

    def _url_for(self, name: str) -> str:
        return self.admin.set(database=name).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        conninfo = self.admin.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_url(self) -> str:
        name = f"civicdesk_test_{uuid.uuid4().hex[:12]}"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE_DB}")
        self.created.append(name)
        return self._url_for(name)

    def drop_all(self) -> None:
        for name in self.created:
            self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self._execute(f"DROP DATABASE IF EXISTS {_TEMPLATE_DB} WITH (FORCE)")
