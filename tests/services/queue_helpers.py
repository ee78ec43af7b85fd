"""Small helpers shared by the queue tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.storage.models import AuditLog, QueueEvent, Ticket


class Clock:
    """A test clock that moves forward only when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def tick(self, seconds: float = 30) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def counts(session: Session) -> tuple[int, int]:
    events = session.scalar(select(func.count()).select_from(QueueEvent)) or 0
    audits = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    return events, audits


def statuses(session: Session) -> dict[str, str]:
    return dict(session.execute(select(Ticket.code, Ticket.status)).all())


def event_kinds(session: Session, code: str) -> list[str]:
    return list(
        session.scalars(
            select(QueueEvent.kind)
            .join(Ticket, Ticket.id == QueueEvent.ticket_id)
            .where(Ticket.code == code)
            .order_by(QueueEvent.id)
        )
    )
