"""The synthetic demo history: plausible, final, unique, deterministic, and never today."""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import PermissionDenied
from services.demo.history import DemoSummary, seed_demo_history
from services.queue import ops as queue_ops
from services.queue.tickets import FINAL_STATUSES, format_code
from services.storage.db import Database, open_database
from services.storage.models import QueueEvent, Service, Staff, Ticket, TicketSequence
from tests.conftest import MORNING

SHANGHAI = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 30)
FIVE_DAYS = [(TODAY - timedelta(days=n)).isoformat() for n in range(5, 0, -1)]
PER_DAY = 60


@pytest.fixture
def second_database(request: pytest.FixtureRequest, db_url: str) -> Iterator[Database]:
    """Another fresh database of the same kind as ``database``."""
    kind = "sqlite_factory" if db_url.startswith("sqlite") else "postgres_factory"
    db = open_database(request.getfixturevalue(kind).new_url())
    yield db
    db.dispose()


def seed(database: Database, days: int = 5, seed_value: int = 11) -> DemoSummary:
    with database.writer() as session:
        return seed_demo_history(
            session, SYSTEM, days=days, seed=seed_value, tickets_per_day=PER_DAY, now=MORNING
        )


def ticket_rows(database: Database) -> list[dict[str, Any]]:
    with database.reader() as session:
        codes = {s.id: s.code for s in session.scalars(select(Service))}
        return [
            {
                "day": t.service_day,
                "code": t.code,
                "number": t.number,
                "issue_service": codes[t.issue_service_id],
                "service": codes[t.service_id],
                "status": t.status,
                "priority": t.priority_reason,
                "issued": t.issued_at,
                "called": t.first_called_at,
                "started": t.started_at,
                "finished": t.finished_at,
                "calls": t.call_count,
                "transfers": t.transfer_count,
                "counter": t.counter_id is not None,
            }
            for t in session.scalars(
                select(Ticket).order_by(Ticket.service_day, Ticket.issued_at, Ticket.id)
            )
        ]


def test_five_days_of_plausible_final_tickets(database: Database) -> None:
    summary = seed(database)

    assert summary.days == FIVE_DAYS
    assert summary.skipped_days == []
    assert summary.tickets > 0
    assert sum(summary.by_status.values()) == summary.tickets
    assert set(summary.by_status) <= {s.value for s in FINAL_STATUSES}

    rows = ticket_rows(database)
    assert len(rows) == summary.tickets
    assert Tally(r["status"] for r in rows) == Tally(summary.by_status)
    assert {r["day"].isoformat() for r in rows} == set(FIVE_DAYS)
    assert all(r["status"] in FINAL_STATUSES for r in rows)
    assert not [r for r in rows if r["day"] >= TODAY]

    # Numbers: unique per (day, service), 1..n without gaps, and the code matches them.
    by_key: dict[tuple[date, str], list[int]] = {}
    for r in rows:
        by_key.setdefault((r["day"], r["issue_service"]), []).append(r["number"])
        assert r["code"] == format_code(r["issue_service"], r["number"])
    for numbers in by_key.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))

    for r in rows:
        assert r["issued"].astimezone(SHANGHAI).date() == r["day"]
        assert r["finished"] is not None
        assert r["finished"] >= r["issued"]
        if r["status"] == "done":
            assert r["issued"] <= r["called"] <= r["started"] <= r["finished"]
            assert r["counter"]
        if r["transfers"]:
            assert r["service"] != r["issue_service"]
            assert r["status"] == "done"

    with database.reader() as session:
        sequences = {
            (row.service_day, row.service_id): row.last_number
            for row in session.scalars(select(TicketSequence))
        }
        codes = {s.code: s.id for s in session.scalars(select(Service))}
        events = session.scalar(select(func.count()).select_from(QueueEvent))
        issued_events = session.scalar(
            select(func.count()).select_from(QueueEvent).where(QueueEvent.kind == "issued")
        )
        orphan_events = session.scalar(
            select(func.count()).select_from(QueueEvent).where(QueueEvent.ticket_id.is_(None))
        )
    expected = {(day, codes[code]): len(numbers) for (day, code), numbers in by_key.items()}
    assert sequences == expected
    assert events == summary.events
    assert issued_events == summary.tickets
    assert orphan_events == 0


def test_weekends_are_quieter_than_weekdays(database: Database) -> None:
    seed(database, days=7)
    per_day = Tally(r["day"] for r in ticket_rows(database))
    weekend = [n for day, n in per_day.items() if day.weekday() >= 5]
    weekdays = [n for day, n in per_day.items() if day.weekday() < 5]
    assert len(weekend) == 2
    assert len(weekdays) == 5
    assert max(weekend) < min(weekdays)


def test_today_is_left_to_the_live_queue(database: Database) -> None:
    seed(database)
    with database.writer() as session:
        info = queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
    assert (info.code, info.ahead, info.service_day) == ("A001", 0, TODAY)


def test_days_with_tickets_are_skipped(database: Database) -> None:
    first = seed(database, days=5)
    before = ticket_rows(database)

    again = seed(database, days=5)
    assert again.days == []
    assert again.skipped_days == FIVE_DAYS
    assert again.tickets == 0
    assert ticket_rows(database) == before

    longer = seed(database, days=7)
    assert longer.days == [(TODAY - timedelta(days=n)).isoformat() for n in (7, 6)]
    assert longer.skipped_days == FIVE_DAYS
    rows = ticket_rows(database)
    assert len(rows) == first.tickets + longer.tickets
    assert [r for r in rows if r["day"].isoformat() in FIVE_DAYS] == before

    with database.reader() as session:
        demo_staff = session.scalar(
            select(func.count()).select_from(Staff).where(Staff.username.like("demo%"))
        )
    assert demo_staff == 8  # created once, reused by later calls


def test_same_seed_same_history(database: Database, second_database: Database) -> None:
    one = seed(database, seed_value=2026)
    two = seed(second_database, seed_value=2026)
    assert one == two
    assert ticket_rows(database) == ticket_rows(second_database)


def test_another_seed_another_history(database: Database, second_database: Database) -> None:
    one = seed(database, seed_value=1)
    two = seed(second_database, seed_value=2)
    assert ticket_rows(database) != ticket_rows(second_database)
    assert one.days == two.days


@pytest.mark.parametrize("role", [Role.COUNTER, Role.MANAGER, Role.KIOSK])
def test_only_admins_and_the_system_seed(database: Database, role: Role) -> None:
    with database.writer() as session, pytest.raises(PermissionDenied):
        seed_demo_history(session, Actor("x", role), days=1, now=MORNING)
    assert ticket_rows(database) == []


def test_days_must_be_positive(database: Database) -> None:
    with database.writer() as session, pytest.raises(ValueError, match="positive"):
        seed_demo_history(session, SYSTEM, days=0, now=MORNING)
