"""During opening hours a service takes tickets unless a manager paused it or its daily
quota (限号) is reached; closed counters do not stop the kiosk."""

from __future__ import annotations

from dataclasses import replace

import pytest

from services.accounts.staff import add_user
from services.admin.catalog import list_service_records, set_service_paused, update_service
from services.calendar.opening_hours import Refusal, kiosk_availability
from services.core.actors import SYSTEM
from services.core.center_config import set_center_settings
from services.core.errors import PermissionDenied, QuotaReached, ServicePaused, ValidationError
from services.queue import ops as queue_ops
from services.storage.db import Database
from tests.conftest import MORNING


def _service_id(database: Database, code: str) -> int:
    with database.reader() as session:
        return next(r.id for r in list_service_records(session, SYSTEM) if r.code == code)


def test_with_every_counter_closed_the_kiosk_still_takes_tickets(database: Database) -> None:
    with database.reader() as session:
        availability = kiosk_availability(session, now=MORNING)
    assert availability.open_now
    assert availability.accepts("A")
    assert not availability.counters_open("A")


def test_a_manager_pauses_a_service_and_resumes_it(database: Database) -> None:
    with database.writer() as session:
        manager = add_user(session, SYSTEM, "boss", role="manager", password="a-long-password")
        clerk = add_user(session, SYSTEM, "clerk", role="counter", password="a-long-password")
    service = _service_id(database, "A")
    with database.writer() as session, pytest.raises(PermissionDenied):
        set_service_paused(session, clerk.actor(), service, True)
    with database.writer() as session:
        set_service_paused(session, manager.actor(), service, True)
        assert kiosk_availability(session, now=MORNING).refusal("A") is Refusal.PAUSED
    with database.writer() as session, pytest.raises(ServicePaused):
        queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
    with database.writer() as session:
        set_service_paused(session, manager.actor(), service, False)
        assert queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING).code == "A001"


def test_the_daily_quota_stops_the_service_for_the_day_only(database: Database) -> None:
    with database.writer() as session:
        set_center_settings(session, {"open_on_non_working_days": True})
        session.commit()
        record = next(r for r in list_service_records(session, SYSTEM) if r.code == "B")
        update_service(session, SYSTEM, record.id, replace(record.fields(), daily_quota=2))
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "B", now=MORNING)
        queue_ops.issue_ticket(session, SYSTEM, "B", now=MORNING)
        assert kiosk_availability(session, now=MORNING).refusal("B") is Refusal.QUOTA_REACHED
    with database.writer() as session, pytest.raises(QuotaReached):
        queue_ops.issue_ticket(session, SYSTEM, "B", now=MORNING)
    from datetime import timedelta

    tomorrow = MORNING + timedelta(days=1)
    with database.writer() as session:
        assert kiosk_availability(session, now=tomorrow).accepts("B")
        assert queue_ops.issue_ticket(session, SYSTEM, "B", now=tomorrow).code == "B001"


def test_a_quota_below_one_is_refused(database: Database) -> None:
    with database.writer() as session:
        record = next(r for r in list_service_records(session, SYSTEM) if r.code == "B")
        with pytest.raises(ValidationError, match="quota"):
            update_service(session, SYSTEM, record.id, replace(record.fields(), daily_quota=0))
