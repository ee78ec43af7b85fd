"""The append-only queue event log and the audit log, written inside each operation.

``event_columns`` and ``audit_columns`` say once which column gets what; the ORM writers
below and the queue's Core fast path (``services.queue.fast``, with SQL expressions for
values) both build their rows from them, and both send ``notification``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, func, literal, literal_column, select
from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.storage.models import AuditLog, QueueEvent

NOTIFY_CHANNEL = "civicdesk_events"


def event_columns(
    *,
    at: Any,
    day: Any,
    kind: Any,
    ticket_id: Any,
    counter_id: Any,
    service_id: Any,
    staff_id: Any,
    actor: Any,
    details: Any,
) -> dict[str, Any]:
    """A ``queue_event`` row; each value is a value or a SQL expression."""
    return {
        "occurred_at": at,
        "service_day": day,
        "kind": kind,
        "ticket_id": ticket_id,
        "counter_id": counter_id,
        "service_id": service_id,
        "staff_id": staff_id,
        "actor": actor,
        "details": details,
    }


def audit_columns(
    *,
    at: Any,
    actor: Any,
    actor_role: Any,
    action: Any,
    target_type: Any,
    target_id: Any,
    details: Any,
) -> dict[str, Any]:
    """An ``audit_log`` row; each value is a value or a SQL expression."""
    return {
        "occurred_at": at,
        "actor": actor,
        "actor_role": actor_role,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        "details": details,
    }


def notification(event_id: Any) -> ColumnElement[Any]:
    """``pg_notify`` of an event's id: delivered at commit, so listeners never see an event
    that was rolled back."""
    return func.pg_notify(literal_column(f"'{NOTIFY_CHANNEL}'"), cast(event_id, Text))


def record_event(
    session: Session,
    actor: Actor,
    kind: str,
    *,
    at: datetime,
    day: date,
    ticket_id: int | None = None,
    counter_id: int | None = None,
    service_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> QueueEvent:
    event = QueueEvent(
        **event_columns(
            at=at,
            day=day,
            kind=kind,
            ticket_id=ticket_id,
            counter_id=counter_id,
            service_id=service_id,
            staff_id=actor.staff_id,
            actor=actor.name,
            details=details or {},
        )
    )
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(notification(literal(event.id))))
    return event


def record_audit(
    session: Session,
    actor: Actor,
    action: str,
    *,
    at: datetime,
    target_type: str,
    target_id: object = None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditLog(
            **audit_columns(
                at=at,
                actor=actor.name,
                actor_role=actor.role.value,
                action=action,
                target_type=target_type,
                target_id=None if target_id is None else str(target_id),
                details=details or {},
            )
        )
    )
