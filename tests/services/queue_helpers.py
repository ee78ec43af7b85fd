"""Small helpers shared by the queue tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.queue import fast as queue_fast
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


@contextmanager
def fast_path_off() -> Iterator[None]:
    """Issuing and calling with the fast path declining every call: the full ORM operation
    runs, as it does for every case the fast path hands back."""
    kept = queue_fast.issue, queue_fast.call_next
    queue_fast.issue = lambda *args: None  # type: ignore[assignment]
    queue_fast.call_next = lambda *args: None  # type: ignore[assignment]
    try:
        yield
    finally:
        queue_fast.issue, queue_fast.call_next = kept


def written_rows(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every ``ticket``, ``queue_event`` and ``audit_log`` row, column by column, in order."""

    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, datetime) else value

    def table(model: Any) -> list[tuple[Any, ...]]:
        rows = session.execute(select(*model.__table__.columns).order_by(model.id)).all()
        return [tuple(plain(v) for v in row) for row in rows]

    return {"ticket": table(Ticket), "queue_event": table(QueueEvent), "audit_log": table(AuditLog)}
