"""A lively hall for demonstrations and screenshots of an empty database."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.accounts.staff import StaffInfo, staff_info
from services.core.actors import SYSTEM
from services.core.center_config import load_center_config, set_center_settings
from services.core.clock import resolve_now, service_day, utc_now
from services.core.journal import record_audit
from services.queue import ops as queue_ops
from services.storage.models import Staff, Ticket

_ARRIVALS = "AACAGBACEAHCAGDFACBA"
_SERVING_COUNTERS = (1, 2, 3, 5, 6)
DEMO_CLERK = "demo-clerk"
DEMO_MANAGER = "demo-manager"


def stage_demo_hall(session: Session, *, now: datetime | None = None) -> bool:
    """On a database that never had a ticket: open all day, open counters, a queue, calls.

    Returns False and changes nothing when the database already has tickets.
    """
    at = resolve_now(now)
    if session.scalar(select(func.count()).select_from(Ticket)):
        return False
    set_center_settings(session, {"opening_hours": "00:00-24:00", "open_on_non_working_days": True})
    record_audit(session, SYSTEM, "demo.stage_hall", at=at, target_type="database")
    session.commit()
    start, step = _arrivals_today(session, at)
    for index, code in enumerate(_ARRIVALS):
        priority = "elderly" if index in (4, 11) else None
        queue_ops.issue_ticket(session, SYSTEM, code, priority=priority, now=start + index * step)
    for offset, counter in enumerate(_SERVING_COUNTERS):
        called = queue_ops.call_next(
            session,
            SYSTEM,
            counter,
            open_if_closed=True,
            now=at - timedelta(seconds=50 - offset * 10),
        )
        if offset < 2:
            queue_ops.start_service(session, SYSTEM, counter, now=at - timedelta(seconds=5))
        del called
    return True


def _arrivals_today(session: Session, at: datetime) -> tuple[datetime, timedelta]:
    """When the first resident came and how often others followed: every two minutes,
    squeezed after the center's midnight when staged just after it, so that every ticket
    belongs to today's queue."""
    step = timedelta(minutes=2)
    start = at - step * len(_ARRIVALS)
    local = at.astimezone(load_center_config(session).timezone)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    first_call = at - timedelta(seconds=60)
    if start < midnight:
        start = midnight + timedelta(seconds=1)
        step = (first_call - start) / (len(_ARRIVALS) + 1)
    return start, step


def demo_clerk(session: Session, *, now: datetime | None = None) -> StaffInfo:
    """A counter clerk to show in screenshots, created without a password when missing."""
    return _demo_account(session, DEMO_CLERK, "王小明", "counter", now)


def demo_manager(session: Session, *, now: datetime | None = None) -> StaffInfo:
    """A manager to show in screenshots, created without a password when missing."""
    return _demo_account(session, DEMO_MANAGER, "李主任", "admin", now)


def _demo_account(
    session: Session, username: str, full_name: str, role: str, now: datetime | None
) -> StaffInfo:
    # Inactive and without a password: it can render a screenshot, never sign in.
    staff = session.scalars(select(Staff).where(Staff.username == username)).one_or_none()
    if staff is None:
        staff = Staff(
            username=username,
            full_name=full_name,
            role=role,
            password_hash=None,
            must_change_password=True,
            failed_logins=0,
            active=False,
            created_at=resolve_now(now),
        )
        session.add(staff)
        session.commit()
    return staff_info(staff)


def busiest_recent_day(session: Session) -> date:
    """The latest day with the most tickets among the last seven, for the demo dashboard."""
    rows = session.execute(
        select(Ticket.service_day, func.count())
        .group_by(Ticket.service_day)
        .order_by(Ticket.service_day.desc())
        .limit(7)
    ).all()
    if not rows:
        return service_day(utc_now(), load_center_config(session).timezone)
    return max(rows, key=lambda row: (row[1], row[0]))[0]
