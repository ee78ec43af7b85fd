"""Read-only views of the queue: people ahead, estimated waits, the state of the hall."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from services.catalog.reads import list_services
from services.core.center_config import CenterConfig, load_center_config
from services.core.clock import resolve_now, service_day
from services.queue.tickets import ACTIVE_AT_COUNTER, TicketInfo, TicketStatus, ticket_info
from services.storage.models import Counter, CounterService, Service, Staff, Ticket

RECENT_SERVICES_FOR_ESTIMATE = 20


def inline(value: str | int) -> ColumnElement[Any]:
    """A constant written into the SQL rather than bound: the busiest statements built from
    these pieces (``services.queue.fast``) stay short and convert fewer parameters per call."""
    return literal_column(f"'{value}'" if isinstance(value, str) else str(int(value)))


def eligible_for_call(day: object, now: object) -> ColumnElement[bool]:
    """Tickets a counter may call: waiting, or held whose hold has run out.

    ``day`` and ``now`` are values or SQL expressions (bound parameters). The status list
    repeats what the condition below says so that SQLite looks the tickets up by day and status
    (only those waiting or held) instead of reading every ticket of the day: at the end of a
    2,000-ticket day a count of the people ahead took 14 times as long."""
    return and_(
        Ticket.service_day == day,
        Ticket.status.in_([inline(TicketStatus.WAITING), inline(TicketStatus.HELD)]),
        or_(
            Ticket.status == inline(TicketStatus.WAITING),
            and_(Ticket.status == inline(TicketStatus.HELD), Ticket.hold_until <= now),
        ),
    )


def queue_order(now: object) -> tuple[Any, ...]:
    """Green channel first, then checked-in appointments whose slot has started (at ``now``,
    a value or a SQL expression), then transferred tickets, then by time joined."""
    priority_rank = case((Ticket.priority_reason.is_(None), inline(1)), else_=inline(0))
    appointment_rank = case((Ticket.appointment_at <= now, inline(0)), else_=inline(1))
    transfer_rank = case((Ticket.transferred_from_service_id.is_(None), inline(1)), else_=inline(0))
    return priority_rank, appointment_rank, transfer_rank, Ticket.queue_since, Ticket.id


def appointment_rank_of(ticket: Ticket, now: datetime) -> int:
    """A ticket's place in ``queue_order`` between the green channel and transfers."""
    return 0 if ticket.appointment_at is not None and ticket.appointment_at <= now else 1


def people_ahead(session: Session, ticket: Ticket, now: datetime) -> int:
    """How many tickets of the same service would be called before this one.

    Counted by the database in one query, in the order of ``queue_order``.
    """
    if ticket.status not in (TicketStatus.WAITING, TicketStatus.HELD):
        return 0
    count = session.scalar(
        count_ahead(
            service_id=ticket.service_id,
            day=ticket.service_day,
            now=now,
            priority_rank=0 if ticket.priority_reason else 1,
            appointment_rank=appointment_rank_of(ticket, now),
            transfer_rank=0 if ticket.transferred_from_service_id else 1,
            queue_since=ticket.queue_since,
            ticket_id=ticket.id,
        )
    )
    return int(count or 0)


def count_ahead(
    *,
    service_id: object,
    day: object,
    now: object,
    priority_rank: object,
    appointment_rank: object,
    transfer_rank: object,
    queue_since: object,
    ticket_id: object,
) -> Select[Any]:
    """``SELECT COUNT`` of the tickets callable before a ticket with these properties.

    The ranks are those of ``queue_order`` (0 for a green-channel ticket, an appointment
    whose slot has started, a transferred ticket; 1 otherwise). Each argument is a value or
    a SQL expression, such as a bound parameter of a statement compiled once.
    """
    theirs = queue_order(now)
    ours = (priority_rank, appointment_rank, transfer_rank, queue_since, ticket_id)
    # Lexicographic: before at the first key that differs.
    before: ColumnElement[bool] = theirs[-1] < ours[-1]  # the ids
    for their_key, our_key in reversed(list(zip(theirs[:-1], ours[:-1], strict=True))):
        before = or_(their_key < our_key, and_(their_key == our_key, before))
    return (
        select(func.count())
        .select_from(Ticket)
        .where(
            eligible_for_call(day, now),
            Ticket.service_id == service_id,
            Ticket.id != ticket_id,
            before,
        )
    )


def estimated_wait_minutes(
    session: Session, ticket: Ticket, ahead: int, *, default_minutes: int
) -> int:
    """People ahead times the recent service time, shared among the open counters."""
    if ahead == 0:
        return 0
    recent = session.execute(recent_service_times(ticket.service_id, ticket.service_day)).all()
    counters = session.scalar(count_open_counters(ticket.service_id)) or 0
    seconds = [(f - s).total_seconds() for s, f in recent if s and f]
    return wait_minutes(ahead, seconds, counters, default_minutes)


def ticket_as_it_stands(
    session: Session, ticket: Ticket, now: datetime, config: CenterConfig
) -> TicketInfo:
    """The ticket with the people ahead of it and its estimated wait as they are at ``now``.

    Both are None unless the ticket waits in today's line: a called, finished, held or missed
    ticket, or one of another day, has nobody ahead of it to count (a reprint leaves the
    line out rather than say nobody is ahead).
    """
    if ticket.status != TicketStatus.WAITING or ticket.service_day != service_day(
        now, config.timezone
    ):
        return ticket_info(session, ticket)
    ahead = people_ahead(session, ticket, now)
    wait = estimated_wait_minutes(
        session, ticket, ahead, default_minutes=config.default_service_minutes
    )
    return ticket_info(session, ticket, ahead=ahead, estimated_wait=wait)


def recent_service_times(
    service_id: object, day: object
) -> Select[datetime | None, datetime | None]:
    """When the service's last finished tickets of the day started and finished."""
    return (
        select(Ticket.started_at, Ticket.finished_at)
        .where(
            Ticket.service_id == service_id,
            Ticket.status == inline(TicketStatus.DONE),
            Ticket.started_at.is_not(None),
            Ticket.service_day == day,
        )
        .order_by(Ticket.finished_at.desc())
        .limit(RECENT_SERVICES_FOR_ESTIMATE)
    )


def count_open_counters(service_id: object) -> Select[Any]:
    return (
        select(func.count(func.distinct(Counter.id)))
        .join(CounterService, CounterService.counter_id == Counter.id)
        .where(CounterService.service_id == service_id, Counter.state == inline("open"))
    )


def wait_minutes(ahead: int, service_seconds: list[float], counters: int, default: int) -> int:
    """The estimated wait from the people ahead, the recent service times (seconds, newest
    first), the open counters, and the center's default minutes when nothing is finished."""
    if ahead == 0:
        return 0
    durations = [seconds / 60 for seconds in service_seconds]
    minutes_each = (sum(durations) / len(durations)) if durations else float(default)
    return max(1, math.ceil(ahead * minutes_each / (counters or 1)))


@dataclass(frozen=True)
class ServiceQueue:
    code: str
    name_zh: str
    name_en: str
    waiting: int
    priority_waiting: int
    held: int
    open_counters: int
    appointments_waiting: int = 0  # checked-in appointments among the waiting
    paused: bool = False
    target_wait_minutes: int = 0  # the catalog's target; 0 when it sets none


@dataclass(frozen=True)
class CounterNow:
    number: int
    name_zh: str
    name_en: str
    state: str
    staff_name: str | None
    ticket_code: str | None
    ticket_status: str | None
    ticket_since: datetime | None = None  # last called, or service started when serving
    ticket_service_id: int | None = None


@dataclass(frozen=True)
class QueueStatus:
    service_day: date
    services: tuple[ServiceQueue, ...]
    counters: tuple[CounterNow, ...]

    @property
    def total_waiting(self) -> int:
        return sum(s.waiting for s in self.services)


def queue_status(session: Session, *, now: datetime | None = None) -> QueueStatus:
    at = resolve_now(now)
    day = service_day(at, load_center_config(session).timezone)
    waiting = dict(
        session.execute(
            select(Ticket.service_id, func.count())
            .where(eligible_for_call(day, at))
            .group_by(Ticket.service_id)
        ).all()
    )
    priority = dict(
        session.execute(
            select(Ticket.service_id, func.count())
            .where(eligible_for_call(day, at), Ticket.priority_reason.is_not(None))
            .group_by(Ticket.service_id)
        ).all()
    )
    appointments = dict(
        session.execute(
            select(Ticket.service_id, func.count())
            .where(eligible_for_call(day, at), Ticket.appointment_at.is_not(None))
            .group_by(Ticket.service_id)
        ).all()
    )
    held = dict(
        session.execute(
            select(Ticket.service_id, func.count())
            .where(
                Ticket.service_day == day,
                Ticket.status == TicketStatus.HELD,
                Ticket.hold_until > at,
            )
            .group_by(Ticket.service_id)
        ).all()
    )
    open_counters = dict(
        session.execute(
            select(CounterService.service_id, func.count())
            .join(Counter, Counter.id == CounterService.counter_id)
            .where(Counter.state == "open")
            .group_by(CounterService.service_id)
        ).all()
    )
    services = tuple(
        ServiceQueue(
            code=s.code,
            name_zh=s.name_zh,
            name_en=s.name_en,
            waiting=waiting.get(s.id, 0),
            priority_waiting=priority.get(s.id, 0),
            held=held.get(s.id, 0),
            open_counters=open_counters.get(s.id, 0),
            appointments_waiting=appointments.get(s.id, 0),
            paused=s.paused,
            target_wait_minutes=s.target_wait_minutes,
        )
        for s in list_services(session)
    )
    return QueueStatus(service_day=day, services=services, counters=_counters_now(session))


def _counters_now(session: Session) -> tuple[CounterNow, ...]:
    active = {
        row.counter_id: row
        for row in session.execute(
            select(
                Ticket.counter_id,
                Ticket.code,
                Ticket.status,
                Ticket.last_called_at,
                Ticket.started_at,
                Ticket.service_id,
            ).where(Ticket.status.in_(ACTIVE_AT_COUNTER))
        )
    }
    rows = session.execute(
        select(Counter, Staff.full_name)
        .outerjoin(Staff, Staff.id == Counter.staff_id)
        .order_by(Counter.number)
    )
    result = []
    for counter, staff_name in rows:
        ticket = active.get(counter.id)
        result.append(
            CounterNow(
                number=counter.number,
                name_zh=counter.name_zh,
                name_en=counter.name_en,
                state=counter.state,
                staff_name=staff_name,
                ticket_code=ticket.code if ticket else None,
                ticket_status=ticket.status if ticket else None,
                ticket_since=(
                    _at_counter_since(ticket.status, ticket.last_called_at, ticket.started_at)
                    if ticket
                    else None
                ),
                ticket_service_id=ticket.service_id if ticket else None,
            )
        )
    return tuple(result)


def _at_counter_since(
    status: str, called: datetime | None, started: datetime | None
) -> datetime | None:
    """When the ticket at a counter began what it is doing: its service, or its last call."""
    return started if status == TicketStatus.SERVING else called


def service_name_map(session: Session) -> dict[int, Service]:
    return {s.id: s for s in session.scalars(select(Service))}


@dataclass(frozen=True)
class WaitingTicket:
    id: int
    code: str
    service_code: str
    priority_reason: str | None
    transferred: bool
    issued_at: datetime
    queue_since: datetime
    status: str
    hold_until: datetime | None
    # A checked-in appointment's slot start (its ticket is marked 预约 in waiting lists).
    appointment_at: datetime | None = None


def waiting_for_counter(
    session: Session, counter_number: int, *, now: datetime | None = None
) -> list[WaitingTicket]:
    """The tickets this counter could call, best first; held ones last, until their time."""
    at = resolve_now(now)
    day = service_day(at, load_center_config(session).timezone)
    service_ids = (
        select(CounterService.service_id)
        .join(Counter, Counter.id == CounterService.counter_id)
        .where(Counter.number == counter_number)
    )
    rows = session.execute(
        select(Ticket, Service.code)
        .join(Service, Service.id == Ticket.service_id)
        .where(
            Ticket.service_day == day,
            Ticket.status.in_((TicketStatus.WAITING, TicketStatus.HELD)),
            Ticket.service_id.in_(service_ids),
        )
        .order_by(*queue_order(at))
    ).all()
    ready = [
        WaitingTicket(
            id=t.id,
            code=t.code,
            service_code=code,
            priority_reason=t.priority_reason,
            transferred=t.transferred_from_service_id is not None,
            issued_at=t.issued_at,
            queue_since=t.queue_since,
            status=t.status,
            hold_until=t.hold_until,
            appointment_at=t.appointment_at,
        )
        for t, code in rows
    ]
    callable_now = [
        w for w in ready if w.status == TicketStatus.WAITING or (w.hold_until or at) <= at
    ]
    later = [w for w in ready if w not in callable_now]
    return callable_now + later


def service_wait_estimates(session: Session, status: QueueStatus) -> dict[str, int]:
    """For each service letter of ``status``, the estimated wait in minutes of a ticket
    taken now: the people waiting, the recent service times, the open counters."""
    config = load_center_config(session)
    ids: dict[str, int] = {
        code: id_ for code, id_ in session.execute(select(Service.code, Service.id))
    }
    estimates: dict[str, int] = {}
    for service in status.services:
        recent = session.execute(recent_service_times(ids[service.code], status.service_day)).all()
        seconds = [(f - s).total_seconds() for s, f in recent if s and f]
        estimates[service.code] = wait_minutes(
            service.waiting, seconds, service.open_counters, config.default_service_minutes
        )
    return estimates
