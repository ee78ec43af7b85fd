"""Operations that happen once even when their COMMIT was cut.

When the connection drops during COMMIT (a cable, a failover to the standby) the station
cannot know whether the ticket was issued. It retries with the idempotency key it made
before the first try; the operation stores its result under that key in its own transaction,
so the retry returns the first result instead of issuing or calling again.

``run_once`` is the station's side: it makes the retries, with backoff, until the database
answers or the deadline passes.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.errors import DatabaseUnavailable, ValidationError
from services.queue.tickets import TicketInfo, TicketStatus
from services.storage.db import Database, translate_outage
from services.storage.models import OperationResult

T = TypeVar("T")

KEY_LIMIT = 64


def new_key() -> str:
    """A key for one operation, made before its first try."""
    return uuid.uuid4().hex


def check_key(key: str) -> str:
    if not key or len(key) > KEY_LIMIT or not key.isprintable():
        raise ValidationError(f"An idempotency key has 1 to {KEY_LIMIT} printable characters.")
    return key


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def ticket_to_json(info: TicketInfo) -> dict[str, Any]:
    # Its fields are plain values: ``dataclasses.asdict``'s deep copy of each cost an issue
    # about a tenth of its time.
    return {name: _plain(getattr(info, name)) for name in _TICKET_FIELDS}


_TICKET_FIELDS = tuple(field.name for field in dataclasses.fields(TicketInfo))


_DATETIME_FIELDS = frozenset(
    {
        "issued_at",
        "first_called_at",
        "last_called_at",
        "started_at",
        "finished_at",
        "hold_until",
    }
)


def ticket_from_json(data: dict[str, Any]) -> TicketInfo:
    values = dict(data)
    for name in _DATETIME_FIELDS:
        if values.get(name) is not None:
            values[name] = datetime.fromisoformat(values[name])
    values["service_day"] = date.fromisoformat(values["service_day"])
    values["status"] = TicketStatus(values["status"])
    return TicketInfo(**values)


def earlier_value(session: Session, key: str | None, operation: str) -> dict[str, Any] | None:
    """What an earlier try of this operation kept, if that try committed."""
    if key is None:
        return None
    row = session.scalars(select(OperationResult).where(OperationResult.key == key)).first()
    if row is None:
        return None
    if row.operation != operation:
        raise ValidationError(f"The idempotency key {key} belongs to another operation.")
    return row.result


def remember_value(
    session: Session, key: str | None, operation: str, value: dict[str, Any], at: datetime
) -> None:
    """Keep ``value`` under ``key`` in the operation's transaction (before it commits)."""
    if key is None:
        return
    row = OperationResult(key=check_key(key), operation=operation, result=value, created_at=at)
    session.add(row)
    session.flush()


def earlier_ticket(session: Session, key: str | None, operation: str) -> TicketInfo | None:
    """The ticket an earlier try of this operation returned, if that try committed."""
    value = earlier_value(session, key, operation)
    return None if value is None else ticket_from_json(value)


def remember_ticket(
    session: Session, key: str | None, operation: str, info: TicketInfo, at: datetime
) -> None:
    if key is not None:
        remember_value(session, key, operation, ticket_to_json(info), at)


def run_once(
    database: Database,
    operation: Callable[[Session, str], T],
    *,
    key: str | None = None,
    deadline_seconds: float = 30.0,
    first_backoff: float = 0.25,
    max_backoff: float = 2.0,
) -> T:
    """Run ``operation(session, key)`` until it commits, retrying while the database is away.

    The same key goes with every try, so a try whose COMMIT was cut is not done again.
    Raises ``DatabaseUnavailable`` when the database has not come back by the deadline.
    """
    key = key or new_key()
    give_up = time.monotonic() + deadline_seconds
    backoff = first_backoff
    while True:
        try:
            with translate_outage(), database.writer() as session:
                return operation(session, key)
        except DatabaseUnavailable:
            if time.monotonic() + backoff > give_up:
                raise
            time.sleep(backoff)
            backoff = min(backoff * 2, max_backoff)
