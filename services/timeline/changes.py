"""The timeline row and the audit row that every change of a case-like record writes (a
mediation case, a petition, a ledger entry): one function, so the three stay alike."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from services.core.journal import record_audit
from services.core.op_context import OpContext


def jsonable(value: Any) -> Any:
    """Dates to ISO text, enums to their values, tuples to lists: safe for JSON columns."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [jsonable(v) for v in value]
        return sorted(items) if isinstance(value, set | frozenset) else items
    return value


def log_change(
    op: OpContext,
    event_type: type[Any],
    owner: dict[str, int],
    *,
    audit_prefix: str,
    target_type: str,
    target_id: str,
    kind: str,
    from_state: str | None,
    to_state: str | None,
    note: str = "",
    details: dict[str, Any] | None = None,
) -> None:
    """Add a timeline row (``event_type(**owner, …)``) and an audit row
    (``{audit_prefix}.{to_state}`` for a transition, else ``{audit_prefix}.{kind}``)."""
    safe = jsonable(details or {})
    assert isinstance(safe, dict)
    op.session.add(
        event_type(
            **owner,
            occurred_at=op.at,
            actor=op.actor.name,
            kind=str(kind),
            from_state=None if from_state is None else str(from_state),
            to_state=None if to_state is None else str(to_state),
            note=note,
            details=safe,
        )
    )
    action = str(to_state) if kind == "transition" and to_state else str(kind)
    record_audit(
        op.session,
        op.actor,
        f"{audit_prefix}.{action}",
        at=op.at,
        target_type=target_type,
        target_id=target_id,
        details={"from": jsonable(from_state), "to": jsonable(to_state), **safe},
    )
