"""What the hall display shows: today's recent calls, waiting counts and the notice line.

Only ticket codes, counter numbers and service names: the display never shows personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.event_feed import FeedEvent
from services.queue.display_notice import get_display_notice
from services.queue.reads import ServiceQueue, eligible_for_call, queue_order, queue_status
from services.storage.models import Counter, QueueEvent, Service, Ticket

CALL_KINDS = ("called", "recalled")
RECENT_CALLS = 8


@dataclass(frozen=True)
class RecentCall:
    """One ticket's latest call: a recall replaces the earlier call of the same ticket."""

    event_id: int
    ticket_code: str
    counter_number: int
    service_code: str | None
    service_day: date
    called_at: datetime
    recall: bool = False
    appointment: bool = False  # a checked-in appointment's ticket: the board marks it 预约 / Appt.


@dataclass(frozen=True)
class NextTicket:
    """A ticket about to be called, as the "please get ready" line shows it."""

    code: str
    appointment: bool = False  # a checked-in appointment's ticket: marked as its call will be


@dataclass(frozen=True)
class DisplaySnapshot:
    service_day: date
    services: tuple[ServiceQueue, ...]
    calls: tuple[RecentCall, ...]
    notice: str
    center_name_zh: str
    center_name_en: str
    # "please get ready": the next tickets of the busiest services, in call order
    next_up: tuple[tuple[NextTicket, ...], ...] = ()


NEXT_UP_SERVICES = 4  # the display has room for this many lines
NEXT_UP_TICKETS = 3
BUSY_FROM = 2  # waiting tickets that make a service worth a line


def next_up(
    session: Session, services: tuple[ServiceQueue, ...], day: date, at: datetime
) -> tuple[tuple[NextTicket, ...], ...]:
    """The next few tickets of each of the busiest services, as the counters will call them."""
    busiest = sorted(
        (s for s in services if s.waiting >= BUSY_FROM and s.open_counters),
        key=lambda s: -s.waiting,
    )[:NEXT_UP_SERVICES]
    lines = []
    for service in busiest:
        rows = session.execute(
            select(Ticket.code, Ticket.appointment_at)
            .join(Service, Service.id == Ticket.service_id)
            .where(Service.code == service.code, eligible_for_call(day, at))
            .order_by(*queue_order(at))
            .limit(NEXT_UP_TICKETS)
        ).all()
        if rows:
            lines.append(
                tuple(NextTicket(code, appointment_at is not None) for code, appointment_at in rows)
            )
    return tuple(lines)


def call_from_event(event: FeedEvent) -> RecentCall | None:
    """The call an event announces, or ``None`` for every other kind of event."""
    if event.kind not in CALL_KINDS or not event.ticket_code or event.counter_number is None:
        return None
    return RecentCall(
        event_id=event.id,
        ticket_code=event.ticket_code,
        counter_number=event.counter_number,
        service_code=event.service_code,
        service_day=event.service_day,
        called_at=event.occurred_at,
        recall=event.kind == "recalled",
        appointment=event.appointment,
    )


def recent_calls(
    session: Session, *, limit: int = RECENT_CALLS, now: datetime | None = None
) -> list[RecentCall]:
    """Today's latest calls, newest first, one entry per ticket."""
    day = service_day(resolve_now(now), load_center_config(session).timezone)
    latest = (
        select(func.max(QueueEvent.id).label("event_id"))
        .where(
            QueueEvent.service_day == day,
            QueueEvent.kind.in_(CALL_KINDS),
            QueueEvent.ticket_id.is_not(None),
        )
        .group_by(QueueEvent.ticket_id)
        .subquery()
    )
    rows = session.execute(
        select(QueueEvent, Ticket.code, Counter.number, Service.code, Ticket.appointment_at)
        .join(latest, latest.c.event_id == QueueEvent.id)
        .join(Ticket, Ticket.id == QueueEvent.ticket_id)
        .join(Counter, Counter.id == QueueEvent.counter_id)
        .outerjoin(Service, Service.id == QueueEvent.service_id)
        .order_by(QueueEvent.id.desc())
        .limit(limit)
    ).all()
    return [
        RecentCall(
            event_id=event.id,
            ticket_code=code,
            counter_number=counter_number,
            service_code=service_code,
            service_day=event.service_day,
            called_at=event.occurred_at,
            recall=event.kind == "recalled",
            appointment=appointment_at is not None,
        )
        for event, code, counter_number, service_code, appointment_at in rows
    ]


def display_snapshot(session: Session, *, now: datetime | None = None) -> DisplaySnapshot:
    at = resolve_now(now)
    config = load_center_config(session)
    status = queue_status(session, now=at)
    return DisplaySnapshot(
        service_day=status.service_day,
        services=status.services,
        calls=tuple(recent_calls(session, now=at)),
        notice=get_display_notice(session),
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        next_up=next_up(session, status.services, status.service_day, at),
    )
