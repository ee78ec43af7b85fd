"""Shared fixtures: a fresh database of each kind per test, and the clock."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy.engine import make_url

from services.privacy.keys import KEY_ENV_VAR
from services.storage.db import Database, open_database
from tests.databases import PostgresFactory, SqliteFactory
from tests.privacy.keys import TEST_DATA_KEY
from tests.strict import postgres_admin_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Where bytecode may not be written beside the sources (PYTHONDONTWRITEBYTECODE), each of the
# hundreds of commands, stations and drill processes the tests start would compile the whole
# program again, a fifth of its start-up: they share one compiled copy, private to this run.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None) and "PYTHONPYCACHEPREFIX" not in os.environ:
    _bytecode = tempfile.mkdtemp(prefix="civicdesk-tests-bytecode-")
    os.environ["PYTHONPYCACHEPREFIX"] = _bytecode
    atexit.register(shutil.rmtree, _bytecode, ignore_errors=True)
# One data key for the whole run, in-process and in the stations and commands tests start,
# so no test writes a key file into the user's config folder. Tests of the key itself
# (tests/privacy) take it away or replace it.
os.environ[KEY_ENV_VAR] = TEST_DATA_KEY

# 10:00 in Beijing on a Monday: inside opening hours, far from midnight.
MORNING = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def sqlite_factory(tmp_path_factory: pytest.TempPathFactory) -> SqliteFactory:
    return SqliteFactory(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def postgres_factory() -> Iterator[PostgresFactory]:
    factory = PostgresFactory(postgres_admin_url())
    yield factory
    factory.drop_all()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A URL of a fresh, migrated, seeded database: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_factory").new_url()  # type: ignore[no-any-return]
    return request.getfixturevalue("postgres_factory").new_url()  # type: ignore[no-any-return]


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_url(sqlite_factory: SqliteFactory) -> str:
    return sqlite_factory.new_url()


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    """A brand-new, empty PostgreSQL database, as an installer would create it."""
    admin = make_url(postgres_admin_url()).set(drivername="postgresql")
    name = f"civicdesk_empty_{uuid.uuid4().hex[:12]}"
    conninfo = admin.render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    yield admin.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _training_clock_kept_to_its_test() -> Iterator[None]:
    """A test that starts the training clock from the program (the launcher's demonstration
    sets ``CIVICDESK_NOW`` in the process) leaves the next test on the real clock."""
    from services.core.clock import TRAINING_CLOCK_VARIABLE, restart_training_clock

    before = os.environ.get(TRAINING_CLOCK_VARIABLE)
    yield
    if before is None:
        os.environ.pop(TRAINING_CLOCK_VARIABLE, None)
    else:
        os.environ[TRAINING_CLOCK_VARIABLE] = before
    restart_training_clock()
