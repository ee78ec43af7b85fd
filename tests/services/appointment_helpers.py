"""Shared by the appointment tests: services that take appointments, and instants."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from services.admin.catalog import list_service_records, update_service
from services.core.actors import SYSTEM
from tests.services.casework_helpers import id_number

BEIJING = ZoneInfo("Asia/Shanghai")
TUESDAY = date(2026, 12, 1)  # MORNING (Monday 2026-11-30 10:00) is the day before
SATURDAY = date(2026, 12, 5)
NINE = time(9, 0)


def person(n: int) -> str:
    """The ID number of the n-th resident of a test (born 1980-01-01 in Beijing)."""
    return id_number("110105", "19800101", f"{n:03d}")


def take_appointments(session: Session, code: str, capacity: int) -> None:
    record = next(r for r in list_service_records(session, SYSTEM) if r.code == code)
    update_service(
        session, SYSTEM, record.id, replace(record.fields(), appointment_capacity=capacity)
    )


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BEIJING).astimezone(UTC)
