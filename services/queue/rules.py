"""What issuing and calling write, said once for both paths.

The full ORM operation (``services.queue.ops``) applies these to its objects with values; the
fast path (``services.queue.fast``) builds its statements from the same functions with SQL
expressions in their place (bound parameters, the columns a CTE returns), once, and binds
at each call what the functions compute from plain values (the details). Which column of the
``queue_event`` and ``audit_log`` rows gets what is ``services.core.journal``'s.

``tests/services/test_queue_paths.py`` and the queue's hypothesis state machine run the same
operations with the fast path on and off and compare the rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, FromClause, and_, func

from services.core.actors import Actor, Role
from services.queue.reads import inline
from services.queue.tickets import ACTIVE_AT_COUNTER, TicketStatus

ISSUED = "issued"
CALLED = "called"


@dataclass(frozen=True)
class Entry:
    """One change to a ticket or counter, as its ``queue_event`` and ``audit_log`` rows tell it
    (the two share kind and details). Each field is a value or a SQL expression."""

    kind: str
    day: Any
    ticket_id: Any
    service_id: Any
    counter_id: Any
    target_type: str
    target_id: Any
    details: Any

    def event(self) -> dict[str, Any]:
        """The event's own arguments of ``journal.event_columns`` / ``record_event``."""
        return {
            "kind": self.kind,
            "day": self.day,
            "ticket_id": self.ticket_id,
            "counter_id": self.counter_id,
            "service_id": self.service_id,
            "details": self.details,
        }

    def audit(self) -> dict[str, Any]:
        """The audit row's own arguments of ``journal.audit_columns`` / ``record_audit``."""
        return {
            "action": f"queue.{self.kind}",
            "target_type": self.target_type,
            "target_id": self.target_id,
            "details": self.details,
        }


# --- issuing -------------------------------------------------------------------------------


def new_ticket(
    *, day: Any, number: Any, code: Any, service_id: Any, priority: Any, language: Any, at: Any
) -> dict[str, Any]:
    """The columns of a ticket just issued: it joins its service's queue at ``at``."""
    return {
        "service_day": day,
        "number": number,
        "code": code,
        "issue_service_id": service_id,
        "service_id": service_id,
        "priority_reason": priority,
        "status": TicketStatus.WAITING.value,
        "language": language,
        "issued_at": at,
        "queue_since": at,
        "call_count": 0,
        "recalls": 0,
        "transfer_count": 0,
    }


def issue_details(priority: str | None, **more: Any) -> dict[str, Any]:
    """What an issue's event and audit row say (a check-in or a real-name ticket says more)."""
    return {"priority": priority, **more}


def issued(*, day: Any, ticket_id: Any, service_id: Any, code: Any, details: Any) -> Entry:
    return Entry(ISSUED, day, ticket_id, service_id, None, "ticket", code, details)


# --- calling -------------------------------------------------------------------------------


def may_use_counter(actor: Actor, signed_in: int | None) -> bool:
    """Counter staff may not work at a counter another staff member signed in to."""
    return actor.role != Role.COUNTER or signed_in is None or signed_in == actor.staff_id


def at_counter(ticket: FromClause, counter_id: Any) -> ColumnElement[bool]:
    """A ticket (of ``ticket``, the table or an alias) called or in service at a counter: a
    counter with one is busy and calls nobody else."""
    return and_(
        ticket.c.counter_id == counter_id,
        ticket.c.status.in_([inline(status) for status in ACTIVE_AT_COUNTER]),
    )


def call(
    *, call_count: Any, first_called_at: Any, counter_id: Any, staff_id: Any, at: Any
) -> dict[str, Any]:
    """The columns a call sets. A held ticket called again keeps its first call's time, and the
    recall count starts again."""
    return {
        "status": TicketStatus.CALLED.value,
        "counter_id": counter_id,
        "staff_id": staff_id,
        "call_count": call_count + 1,
        "recalls": 0,
        "first_called_at": _kept(first_called_at, at),
        "last_called_at": at,
        "hold_until": None,
    }


def call_details(counter_number: Any, code: Any) -> dict[str, Any]:
    return {"counter_number": counter_number, "code": code}


def called(
    *, day: Any, ticket_id: Any, service_id: Any, counter_id: Any, code: Any, details: Any
) -> Entry:
    return Entry(CALLED, day, ticket_id, service_id, counter_id, "ticket", code, details)


def _kept(value: Any, otherwise: Any) -> Any:
    """``value`` once set, else ``otherwise`` (in SQL: ``coalesce``)."""
    if isinstance(value, ColumnElement):
        return func.coalesce(value, otherwise)
    return otherwise if value is None else value
