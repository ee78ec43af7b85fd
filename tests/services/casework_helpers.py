"""Small helpers shared by the casework tests: staff actors, valid ID numbers, served tickets."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor, Role
from services.core.id_numbers import checksum_char
from services.queue import ops as q
from services.queue.tickets import TicketInfo
from services.storage.models import AuditLog, Staff
from tests.conftest import MORNING

BEIJING = ZoneInfo("Asia/Shanghai")


def make_staff(session: Session, username: str, role: Role, full_name: str = "") -> Actor:
    staff = Staff(
        username=username,
        full_name=full_name or f"{username} 同志",
        role=role.value,
        password_hash=None,
        must_change_password=False,
        failed_logins=0,
        active=True,
        created_at=MORNING,
    )
    session.add(staff)
    session.commit()
    return Actor(username, role, staff.id)


def id_number(first6: str = "110105", birth: str = "19491231", sequence: str = "002") -> str:
    first17 = first6 + birth + sequence
    return first17 + checksum_char(first17)


def at_local(day: date, hour: int = 10, minute: int = 0) -> datetime:
    """An aware UTC instant at ``hour:minute`` Beijing time on ``day``."""
    return datetime.combine(day, time(hour, minute), BEIJING).astimezone(UTC)


def serve(
    session: Session,
    actor: Actor,
    counter: int,
    service: str,
    now: datetime,
    *,
    finish: bool = False,
) -> TicketInfo:
    """Issue a ticket and bring it to ``counter``: serving, or done when ``finish``."""
    q.issue_ticket(session, SYSTEM, service, now=now)
    q.call_next(session, actor, counter, open_if_closed=True, now=now + timedelta(seconds=10))
    ticket = q.start_service(session, actor, counter, now=now + timedelta(seconds=20))
    if finish:
        ticket = q.finish_service(session, actor, counter, now=now + timedelta(seconds=30))
    return ticket


def audit_actions(session: Session, prefix: str) -> list[str]:
    return list(
        session.scalars(
            select(AuditLog.action).where(AuditLog.action.like(f"{prefix}%")).order_by(AuditLog.id)
        )
    )


def audit_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditLog)) or 0
