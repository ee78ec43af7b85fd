"""Helpers of the statistics tests: local times, staff actors, tickets inserted as rows."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Role
from services.queue.tickets import format_code
from services.stats.figures import Report
from services.storage.models import Service, Staff, Ticket

BEIJING = ZoneInfo("Asia/Shanghai")
DAY = date(2026, 11, 30)  # a Monday
MANAGER = Actor("manager", Role.MANAGER)


def at(hour: int, minute: int = 0, second: int = 0, *, day: date = DAY) -> datetime:
    """An aware UTC instant at ``hour:minute:second`` Beijing time on ``day``."""
    return datetime.combine(day, time(hour, minute, second), BEIJING).astimezone(UTC)


def add_staff(session: Session, username: str, role: Role = Role.COUNTER) -> Actor:
    staff = Staff(
        username=username,
        full_name=f"{username} 同志",
        role=role.value,
        password_hash=None,
        must_change_password=False,
        failed_logins=0,
        active=True,
        created_at=at(8),
    )
    session.add(staff)
    session.commit()
    return Actor(username, role, staff.id)


def service_ids(session: Session) -> dict[str, int]:
    return {code: ident for ident, code in session.execute(select(Service.id, Service.code))}


def insert_ticket(
    session: Session,
    service: str,
    number: int,
    *,
    issued: datetime,
    status: str = "done",
    waited: float | None = None,
    served: float | None = None,
    day: date = DAY,
    counter_id: int | None = None,
    staff_id: int | None = None,
) -> Ticket:
    """A ticket row as the queue would leave it: called ``waited`` seconds after issue,
    finished ``served`` seconds after the start of service."""
    ident = service_ids(session)[service]
    called = issued + timedelta(seconds=waited) if waited is not None else None
    finished = called + timedelta(seconds=served) if called and served is not None else None
    ticket = Ticket(
        service_day=day,
        number=number,
        code=format_code(service, number),
        issue_service_id=ident,
        service_id=ident,
        priority_reason=None,
        status=status,
        language="zh_CN",
        issued_at=issued,
        queue_since=issued,
        first_called_at=called,
        last_called_at=called,
        started_at=called if finished else None,
        finished_at=finished,
        counter_id=counter_id,
        staff_id=staff_id,
        call_count=1 if called else 0,
        transfer_count=0,
    )
    session.add(ticket)
    session.flush()
    return ticket


def figures(report: Report) -> dict[str, Any]:
    """The report without the moment it was made, for comparing two reports."""
    plain = dataclasses.asdict(report)
    plain.pop("generated_at")
    return plain
