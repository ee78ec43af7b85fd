"""What the administration operations share: checks of numbers and flags, the audit row with
the values before and after a change, and the event that tells every station. Text is
checked by ``services.core.text_checks``."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import service_day
from services.core.errors import ValidationError
from services.core.journal import record_audit, record_event


def checked_int(value: int, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"The {what} must be a whole number.")
    if not low <= value <= high:
        raise ValidationError(f"The {what} must be from {low} to {high}, not {value}.")
    return value


def checked_bool(value: bool, what: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"The {what} must be yes or no.")
    return value


def changes(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> dict[str, dict[str, Any] | None]:
    """The audit details of a change: the fields that differ, with their old and new values.

    A creation has ``before`` None (every field is new); a removal has ``after`` None.
    """
    if before is None or after is None:
        return {"before": None if before is None else dict(before), "after": _opt(after)}
    changed = [key for key in after if before.get(key) != after[key]]
    return {
        "before": {key: before.get(key) for key in changed},
        "after": {key: after[key] for key in changed},
    }


def _opt(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return None if values is None else dict(values)


def audit_change(
    session: Session,
    actor: Actor,
    action: str,
    *,
    at: datetime,
    target_type: str,
    target_id: object,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    event: str | None = None,
    **extra: Any,
) -> None:
    """Write the audit row of a change, and, with ``event``, a queue event for the live feed
    so kiosks, counters and the display read the catalog again within a second."""
    details: dict[str, Any] = {**changes(before, after), **extra}
    record_audit(
        session,
        actor,
        action,
        at=at,
        target_type=target_type,
        target_id=target_id,
        details=details,
    )
    if event is not None:
        day = service_day(at, load_center_config(session).timezone)
        record_event(
            session,
            actor,
            event,
            at=at,
            day=day,
            details={"target_type": target_type, "target_id": str(target_id)},
        )
