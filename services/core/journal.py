"""The append-only queue event log and the audit log, written inside each operation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.storage.models import AuditLog, QueueEvent

NOTIFY_CHANNEL = "civicdesk_events"


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
        occurred_at=at,
        service_day=day,
        kind=kind,
        ticket_id=ticket_id,
        counter_id=counter_id,
        service_id=service_id,
        staff_id=actor.staff_id,
        actor=actor.name,
        details=details or {},
    )
    session.add(event)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        # Delivered at commit, so listeners never see an event that was rolled back.
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": NOTIFY_CHANNEL, "payload": str(event.id)},
        )
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
            occurred_at=at,
            actor=actor.name,
            actor_role=actor.role.value,
            action=action,
            target_type=target_type,
            target_id=None if target_id is None else str(target_id),
            details=details or {},
        )
    )
