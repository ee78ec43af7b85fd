"""Queue operations: one function per user action, each one transaction.

Every operation checks the actor's role, changes rows, appends a ``queue_event`` and an
``audit_log`` row, commits, and returns plain data. Illegal moves raise typed errors and
change nothing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.calendar.opening_hours import Refusal, service_refusal
from services.catalog.reads import get_counter, get_service
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.errors import (
    AlreadyTaken,
    CounterBusy,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    QueueEmpty,
    QuotaReached,
    RealNameRequired,
    ServiceClosed,
    ServicePaused,
    ValidationError,
)
from services.core.journal import record_audit, record_event
from services.core.op_context import OpContext
from services.core.settings import LANGUAGES
from services.core.text_checks import refuse_control_characters
from services.inputs.quoting import quoted
from services.queue import fast as queue_fast
from services.queue import rules
from services.queue.idempotency import earlier_ticket, remember_ticket
from services.queue.reads import eligible_for_call, queue_order, ticket_as_it_stands
from services.queue.tickets import (
    ACTIVE_AT_COUNTER,
    PriorityReason,
    TicketInfo,
    TicketStatus,
    find_ticket_by_code,
    format_code,
    parse_priority,
    ticket_info,
)
from services.storage.models import Counter, CounterService, Service, Ticket, TicketSequence

MAX_HOLD_MINUTES = 240
_TICKET = Ticket.__table__


class _Op(OpContext):
    """A queue operation, with its event and audit log."""

    def log(
        self,
        kind: str,
        ticket: Ticket | None = None,
        counter: Counter | None = None,
        **details: Any,
    ) -> None:
        counter_id = counter.id if counter else (ticket.counter_id if ticket else None)
        target_type, target_id = (
            ("ticket", ticket.code) if ticket else ("counter", counter.number if counter else None)
        )
        self.record(
            rules.Entry(
                kind,
                day=ticket.service_day if ticket else self.day,
                ticket_id=ticket.id if ticket else None,
                service_id=ticket.service_id if ticket else None,
                counter_id=counter_id,
                target_type=target_type,
                target_id=target_id,
                details=details,
            )
        )

    def record(self, entry: rules.Entry) -> None:
        record_event(self.session, self.actor, at=self.at, **entry.event())
        record_audit(self.session, self.actor, at=self.at, **entry.audit())


def _begin(session: Session, actor: Actor, permission: Permission, now: datetime | None) -> _Op:
    actor.require(permission)
    return _Op(session, actor, resolve_now(now), load_center_config(session))


def _info(op: _Op, ticket: Ticket) -> TicketInfo:
    return ticket_as_it_stands(op.session, ticket, op.at, op.config)


# --- tickets -------------------------------------------------------------------------------


def issue_ticket(
    session: Session,
    actor: Actor,
    service_code: str,
    *,
    priority: str | None = None,
    language: str = "zh_CN",
    now: datetime | None = None,
    idempotency_key: str | None = None,
) -> TicketInfo:
    """Issue a ticket. With ``idempotency_key``, a retry after a cut COMMIT returns the first
    ticket instead of issuing another (``services.queue.idempotency``)."""
    actor.require(Permission.ISSUE_TICKET)
    reason = parse_priority(priority)
    if language not in LANGUAGES:
        raise ValidationError(f"Unknown language {quoted(language)}: use zh_CN or en.")
    at = resolve_now(now)
    earlier = earlier_ticket(session, idempotency_key, "issue")
    if earlier is not None:
        session.commit()
        return earlier
    fast = queue_fast.issue(session, actor, service_code, reason, language, at)
    if fast is not None:
        remember_ticket(session, idempotency_key, "issue", fast, at)
        session.commit()
        return fast
    # An unknown or closed service, or settings changed meanwhile: the full operation decides.
    op = _begin(session, actor, Permission.ISSUE_TICKET, at)
    service = get_service(session, service_code)
    require_offered(op, service)
    if service.real_name_required:
        raise RealNameRequired(
            f"The service {service.code} ({service.name_en}) takes tickets by ID card only: "
            "place the ID card on the reader (请刷身份证)."
        )
    info = add_ticket(op, service, reason, language)
    remember_ticket(session, idempotency_key, "issue", info, at)
    session.commit()
    return info


def require_offered(op: _Op, service: Service) -> None:
    """Refuse a ticket for a service that is not offered, paused, or out of tickets today."""
    if not service.active:
        raise ServiceClosed(
            f"The service {service.code} ({service.name_en}) is not offered now.",
            key="service",
            **_names(service),
        )
    session = op.session
    if service.daily_quota is not None and session.get_bind().dialect.name == "postgresql":
        # Two kiosks at the quota's last ticket: the service row decides who gets it.
        session.execute(select(Service.id).where(Service.id == service.id).with_for_update())
    refusal = service_refusal(session, service, op.day)
    if refusal is Refusal.PAUSED:
        raise ServicePaused(
            f"The service {service.code} ({service.name_en}) is paused.",
            key="service",
            **_names(service),
        )
    if refusal is Refusal.QUOTA_REACHED:
        raise QuotaReached(
            f"Today's {service.daily_quota} tickets for {service.code} ({service.name_en}) "
            "have all been issued.",
            key="service",
            quota=service.daily_quota,
            **_names(service),
        )


def begin_issue(session: Session, actor: Actor, now: datetime | None) -> _Op:
    """The operation context of an issue that does more (a real-name ticket, a check-in)."""
    return _begin(session, actor, Permission.ISSUE_TICKET, now)


def add_ticket(
    op: _Op,
    service: Service,
    reason: PriorityReason | None,
    language: str,
    *,
    resident_id: int | None = None,
    appointment_at: datetime | None = None,
    **details: Any,
) -> TicketInfo:
    """Issue a ticket inside ``op``'s transaction (the caller commits)."""
    require_offered(op, service)
    if language not in LANGUAGES:
        raise ValidationError(f"Unknown language {quoted(language)}: use zh_CN or en.")
    number = _next_number(op.session, op.day, service.id)
    priority = reason.value if reason else None
    columns = rules.new_ticket(
        day=op.day,
        number=number,
        code=format_code(service.code, number),
        service_id=service.id,
        priority=priority,
        language=language,
        at=op.at,
    )
    ticket = Ticket(**columns, resident_id=resident_id, appointment_at=appointment_at)
    op.session.add(ticket)
    op.session.flush()
    op.record(
        rules.issued(
            day=ticket.service_day,
            ticket_id=ticket.id,
            service_id=ticket.service_id,
            code=ticket.code,
            details=rules.issue_details(priority, **details),
        )
    )
    return _info(op, ticket)


def _next_number(session: Session, day: date, service_id: int) -> int:
    """Allocate the next number of the day for a service, atomically across stations."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    # One statement: the day's first ticket creates the row, every later one bumps it (under
    # the row's lock on PostgreSQL, under the write lock on SQLite).
    statement = insert(TicketSequence).values(service_day=day, service_id=service_id, last_number=1)
    number = session.execute(
        statement.on_conflict_do_update(
            index_elements=["service_day", "service_id"],
            set_={"last_number": TicketSequence.last_number + 1},
        ).returning(TicketSequence.last_number)
    ).scalar_one()
    return int(number)


def cancel_ticket(
    session: Session, actor: Actor, code: str, *, now: datetime | None = None
) -> TicketInfo:
    op = _begin(session, actor, Permission.CANCEL_TICKET, now)
    ticket = find_ticket_by_code(session, op.day, code, lock=True)
    _require_status(ticket, TicketStatus.WAITING, TicketStatus.HELD, action="cancel")
    _finalise(ticket, TicketStatus.CANCELLED, op.at)
    op.log("cancelled", ticket)
    return _commit(op, ticket)


def reinstate_no_show(
    session: Session, actor: Actor, code: str, *, now: datetime | None = None
) -> TicketInfo:
    """Put a no-show, or a ticket cancelled by mistake, back in the queue the same day."""
    op = _begin(session, actor, Permission.SERVE, now)
    ticket = find_ticket_by_code(session, op.day, code, lock=True)
    _require_status(ticket, TicketStatus.NO_SHOW, TicketStatus.CANCELLED, action="reinstate")
    ticket.status = TicketStatus.WAITING
    ticket.counter_id = None
    ticket.finished_at = None
    ticket.queue_since = op.at
    op.log("reinstated", ticket)
    info = _info(op, ticket)
    session.commit()
    return info


def hold_ticket(
    session: Session, actor: Actor, code: str, minutes: int, *, now: datetime | None = None
) -> TicketInfo:
    """Postpone a waiting, called or serving ticket by ``minutes``; it then rejoins the queue
    (a resident sent to fetch a missing document mid-service is exactly who is held)."""
    op = _begin(session, actor, Permission.SERVE, now)
    ticket = find_ticket_by_code(session, op.day, code, lock=True)
    return _hold(op, ticket, minutes)


def _hold(op: _Op, ticket: Ticket, minutes: int) -> TicketInfo:
    if not 1 <= minutes <= MAX_HOLD_MINUTES:
        raise ValidationError(f"A hold lasts 1 to {MAX_HOLD_MINUTES} minutes, not {minutes}.")
    _require_status(
        ticket, TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, action="hold"
    )
    ticket.status = TicketStatus.HELD
    ticket.started_at = None  # served again from the next start, after the next call
    ticket.hold_until = op.at + timedelta(minutes=minutes)
    ticket.queue_since = ticket.hold_until
    op.log("held", ticket, minutes=minutes)  # names the counter that let the ticket go
    ticket.counter_id = None
    return _commit(op, ticket)


# --- the counter's current ticket ----------------------------------------------------------


def call_next(
    session: Session,
    actor: Actor,
    counter_number: int,
    *,
    open_if_closed: bool = False,
    now: datetime | None = None,
    idempotency_key: str | None = None,
) -> TicketInfo:
    """Call the best waiting ticket among the services this counter serves.

    With ``idempotency_key``, a retry after a cut COMMIT returns the ticket the first try
    called instead of calling the next one too.
    """
    actor.require(Permission.SERVE)
    at = resolve_now(now)
    earlier = earlier_ticket(session, idempotency_key, "call")
    if earlier is not None:
        session.commit()
        return earlier
    fast = queue_fast.call_next(session, actor, counter_number, at)
    if fast is not None:
        remember_ticket(session, idempotency_key, "call", fast, at)
        session.commit()
        return fast
    # The counter is closed, busy, signed in by someone else, or nobody is waiting: the full
    # operation decides (it opens the counter or raises the typed error).
    op = _begin(session, actor, Permission.SERVE, at)
    counter = _counter_for_calling(op, counter_number, open_if_closed)
    served = select(CounterService.service_id).where(CounterService.counter_id == counter.id)
    query = (
        select(Ticket)
        .where(eligible_for_call(op.day, op.at), Ticket.service_id.in_(served))
        .order_by(*queue_order(op.at))
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    ticket = session.scalars(query).first()
    if ticket is None:
        session.commit()  # keep a counter that was just opened open
        raise QueueEmpty(
            f"Nobody is waiting for counter {counter.number}.",
            key="counter",
            counter=counter.number,
        )
    _call(op, ticket, counter)
    return _commit(op, ticket, idempotency_key, "call")


def call_ticket(
    session: Session,
    actor: Actor,
    counter_number: int,
    code: str,
    *,
    now: datetime | None = None,
    idempotency_key: str | None = None,
) -> TicketInfo:
    """Call one particular ticket, for example a resident who asks at the counter."""
    op = _begin(session, actor, Permission.SERVE, now)
    earlier = earlier_ticket(session, idempotency_key, "call")
    if earlier is not None:
        session.commit()
        return earlier
    counter = _counter_for_calling(op, counter_number, open_if_closed=False)
    ticket = find_ticket_by_code(session, op.day, code, lock=True)
    if ticket.status in ACTIVE_AT_COUNTER:
        other = session.get(Counter, ticket.counter_id) if ticket.counter_id else None
        where = f"counter {other.number}" if other else "another counter"
        if other is not None:
            raise AlreadyTaken(
                f"{ticket.code} was already called by {where}.",
                key="counter",
                code=ticket.code,
                counter=other.number,
            )
        raise AlreadyTaken(f"{ticket.code} was already called by {where}.")
    _require_status(ticket, TicketStatus.WAITING, TicketStatus.HELD, action="call")
    _call(op, ticket, counter)
    return _commit(op, ticket, idempotency_key, "call")


def _call(op: _Op, ticket: Ticket, counter: Counter) -> None:
    change = rules.call(
        call_count=ticket.call_count,
        first_called_at=ticket.first_called_at,
        counter_id=counter.id,
        staff_id=op.actor.staff_id,
        at=op.at,
    )
    for column, value in change.items():
        setattr(ticket, column, value)
    op.record(
        rules.called(
            day=ticket.service_day,
            ticket_id=ticket.id,
            service_id=ticket.service_id,
            counter_id=counter.id,
            code=ticket.code,
            details=rules.call_details(counter.number, ticket.code),
        )
    )


def recall(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> TicketInfo:
    """Call the current ticket again; past the recall limit it becomes a no-show."""
    op = _begin(session, actor, Permission.SERVE, now)
    counter, ticket = _current(op, counter_number)
    _require_status(ticket, TicketStatus.CALLED, action="recall")
    recalls_done = ticket.recalls
    if recalls_done >= op.config.recall_limit:
        _finalise(ticket, TicketStatus.NO_SHOW, op.at)
        op.log("no_show", ticket, counter, reason="recall_limit", recalls=recalls_done)
    else:
        ticket.call_count += 1
        ticket.recalls += 1
        ticket.last_called_at = op.at
        op.log(
            "recalled",
            ticket,
            counter,
            counter_number=counter.number,
            code=ticket.code,
            recall=recalls_done + 1,
            limit=op.config.recall_limit,
        )
    return _commit(op, ticket)


def start_service(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> TicketInfo:
    op = _begin(session, actor, Permission.SERVE, now)
    counter, ticket = _current(op, counter_number)
    _require_status(ticket, TicketStatus.CALLED, action="start serving")
    ticket.status = TicketStatus.SERVING
    ticket.started_at = op.at
    ticket.staff_id = actor.staff_id
    op.log("started", ticket, counter)
    return _commit(op, ticket)


def finish_service(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> TicketInfo:
    """Finish the ticket in service; a called ticket finished at once (F4 without F3) was
    served from its call."""
    op = _begin(session, actor, Permission.SERVE, now)
    counter, ticket = _current(op, counter_number)
    _require_status(ticket, TicketStatus.CALLED, TicketStatus.SERVING, action="finish")
    if ticket.status == TicketStatus.CALLED:
        ticket.started_at = ticket.last_called_at or op.at
        ticket.staff_id = actor.staff_id
        op.log("started", ticket, counter, from_call=True)
    _finalise(ticket, TicketStatus.DONE, op.at)
    assert ticket.started_at is not None
    op.log(
        "finished",
        ticket,
        counter,
        service_seconds=round((op.at - ticket.started_at).total_seconds(), 1),
    )
    return _commit(op, ticket)


def mark_no_show(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> TicketInfo:
    op = _begin(session, actor, Permission.SERVE, now)
    counter, ticket = _current(op, counter_number)
    _require_status(ticket, TicketStatus.CALLED, action="mark as no-show")
    _finalise(ticket, TicketStatus.NO_SHOW, op.at)
    op.log("no_show", ticket, counter, reason="counter")
    return _commit(op, ticket)


def transfer(
    session: Session,
    actor: Actor,
    counter_number: int,
    service_code: str,
    *,
    note: str = "",
    now: datetime | None = None,
) -> TicketInfo:
    """Send the ticket in service to another service's queue; it keeps its number."""
    op = _begin(session, actor, Permission.SERVE, now)
    counter, ticket = _current(op, counter_number)
    _require_status(ticket, TicketStatus.SERVING, action="transfer")
    target = get_service(session, service_code)
    if not target.active:
        raise ServiceClosed(f"The service {target.code} ({target.name_en}) is not offered now.")
    if target.id == ticket.service_id:
        raise InvalidTransition(
            f"{ticket.code} is already in service {target.code}.",
            key="same_service",
            code=ticket.code,
            service=target.code,
        )
    note = refuse_control_characters(note.strip(), "transfer note")
    if len(note) > 200:
        raise ValidationError("A transfer note is at most 200 characters.")
    assert ticket.started_at is not None
    served = round((op.at - ticket.started_at).total_seconds(), 1)
    from_service = ticket.service_id
    op.log(
        "transferred", ticket, counter, to_service=target.code, note=note, service_seconds=served
    )
    ticket.transferred_from_service_id = from_service
    ticket.service_id = target.id
    ticket.transfer_count += 1
    ticket.transfer_note = note or None
    ticket.status = TicketStatus.WAITING
    ticket.counter_id = None
    ticket.started_at = None
    ticket.queue_since = op.at
    session.flush()
    info = _info(op, ticket)
    session.commit()
    return info


def hold_current(
    session: Session,
    actor: Actor,
    counter_number: int,
    minutes: int,
    *,
    now: datetime | None = None,
) -> TicketInfo:
    op = _begin(session, actor, Permission.SERVE, now)
    _counter, ticket = _current(op, counter_number)
    return _hold(op, ticket, minutes)


def current_ticket(session: Session, counter_number: int) -> TicketInfo | None:
    counter = get_counter(session, counter_number)
    ticket = _active_ticket(session, counter)
    return ticket_info(session, ticket) if ticket else None


# --- counters ------------------------------------------------------------------------------


def open_counter(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> None:
    op = _begin(session, actor, Permission.SERVE, now)
    counter = _lock_counter(op, counter_number)
    if counter.state == "open" and counter.staff_id == actor.staff_id:
        raise InvalidTransition(
            f"Counter {counter.number} is already open.", key="already_open", counter=counter.number
        )
    _set_counter_state(op, counter, "open", "counter_opened")
    counter.staff_id = actor.staff_id
    session.commit()


def pause_counter(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> None:
    op = _begin(session, actor, Permission.SERVE, now)
    counter = _lock_counter(op, counter_number)
    if counter.state != "open":
        raise InvalidTransition(
            f"Counter {counter.number} is {counter.state}, not open.",
            key="counter_not_open",
            counter=counter.number,
            state=counter.state,
        )
    _require_idle(op, counter, "pause")
    _set_counter_state(op, counter, "paused", "counter_paused")
    session.commit()


def close_counter(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> None:
    op = _begin(session, actor, Permission.SERVE, now)
    counter = _lock_counter(op, counter_number)
    if counter.state == "closed":
        raise InvalidTransition(
            f"Counter {counter.number} is already closed.",
            key="already_closed",
            counter=counter.number,
        )
    _require_idle(op, counter, "close")
    _set_counter_state(op, counter, "closed", "counter_closed")
    counter.staff_id = None
    session.commit()


def _set_counter_state(op: _Op, counter: Counter, state: str, kind: str) -> None:
    previous = counter.state
    counter.state = state
    counter.state_since = op.at
    op.log(kind, counter=counter, previous=previous)


def _lock_counter(op: _Op, number: int) -> Counter:
    counter = op.session.scalars(
        select(Counter).where(Counter.number == number).with_for_update()
    ).one_or_none()
    if counter is None:
        raise NotFound(f"There is no counter number {number}.", key="counter", counter=number)
    if not rules.may_use_counter(op.actor, counter.staff_id):
        raise PermissionDenied(
            f"Counter {counter.number} is signed in by another staff member.",
            key="counter_taken",
            counter=counter.number,
        )
    return counter


def _counter_for_calling(op: _Op, number: int, open_if_closed: bool) -> Counter:
    counter = _lock_counter(op, number)
    if counter.state == "closed" and open_if_closed:
        _set_counter_state(op, counter, "open", "counter_opened")
        counter.staff_id = op.actor.staff_id
    elif counter.state != "open":
        raise InvalidTransition(
            f"Counter {counter.number} is {counter.state}; open it first.",
            key="counter_not_open",
            counter=counter.number,
            state=counter.state,
        )
    _require_idle(op, counter, "call another ticket")
    return counter


def _active_ticket(session: Session, counter: Counter) -> Ticket | None:
    return session.scalars(
        select(Ticket)
        .where(rules.at_counter(_TICKET, counter.id))
        .order_by(Ticket.last_called_at.desc())
        .limit(1)
        .with_for_update()
    ).first()


def _require_idle(op: _Op, counter: Counter, action: str) -> None:
    ticket = _active_ticket(op.session, counter)
    if ticket is not None:
        raise CounterBusy(
            f"Counter {counter.number} still has {ticket.code} ({ticket.status}); "
            f"finish it before you {action}.",
            key="ticket",
            counter=counter.number,
            code=ticket.code,
            status=ticket.status,
        )


def _current(op: _Op, counter_number: int) -> tuple[Counter, Ticket]:
    counter = _lock_counter(op, counter_number)
    ticket = _active_ticket(op.session, counter)
    if ticket is None:
        raise InvalidTransition(
            f"Counter {counter.number} has no ticket called or in service.",
            key="no_current",
            counter=counter.number,
        )
    return counter, ticket


def _require_status(ticket: Ticket, *allowed: TicketStatus, action: str) -> None:
    if ticket.status not in allowed:
        raise InvalidTransition(
            f"Cannot {action} {ticket.code}: it is {ticket.status}.",
            key="status",
            action=action,
            code=ticket.code,
            status=ticket.status,
        )


def _names(service: Service) -> dict[str, object]:
    """A service as an error's parameters: the window names it in its own language."""
    return {"service": service.code, "name_zh": service.name_zh, "name_en": service.name_en}


def _commit(
    op: _Op, ticket: Ticket, idempotency_key: str | None = None, operation: str = ""
) -> TicketInfo:
    """Commit, answering with data read inside the transaction.

    Reading it after the commit would start a second transaction (on SQLite, a second
    ``BEGIN IMMEDIATE`` for the write lock) just to look up the service's names.
    """
    info = ticket_info(op.session, ticket)
    remember_ticket(op.session, idempotency_key, operation, info, op.at)
    op.session.commit()
    return info


def _finalise(ticket: Ticket, status: TicketStatus, at: datetime) -> None:
    ticket.status = status
    ticket.finished_at = at
    ticket.hold_until = None
