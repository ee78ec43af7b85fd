"""Fixtures of the petition, ledger and district-map tests: a writer session on the test
database (SQLite and PostgreSQL) with the 2026 holidays seeded, and a clock that starts at
10:00 in Beijing on Monday 1 June 2026. A module whose tests need another start defines its
own ``session`` or ``clock``, which pytest prefers to these."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from services.calendar.holiday_seed import seed_holidays
from services.core.actors import SYSTEM
from services.storage.db import Database
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import JUNE_FIRST


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        seed_holidays(s, SYSTEM, 2026, now=JUNE_FIRST)
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock(JUNE_FIRST)
