"""Closing a service day: every ticket still open expires and every counter closes.

The days whose tickets it finishes, and the closed day itself, go into the statistics cache
in the same transaction (``services.stats.cache``)."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.calendar.opening_hours import kiosk_availability
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import DayStillOpen
from services.core.journal import record_audit, record_event
from services.queue.tickets import OPEN_STATUSES, TicketStatus
from services.stats.cache import fill_days
from services.storage.models import Counter, Ticket


@dataclass(frozen=True)
class DayCloseResult:
    service_day: date
    expired: int
    expired_by_status: dict[str, int]
    counters_closed: int


@dataclass(frozen=True)
class DayClosePreview:
    """What closing the day now would do, for the person about to confirm it."""

    service_day: date
    open_tickets: int  # tickets of that day and earlier that would expire
    during_opening_hours: bool  # the center is open now: residents may still be waiting


def preview_day_close(
    session: Session, actor: Actor, *, day: date | None = None, now: datetime | None = None
) -> DayClosePreview:
    actor.require(Permission.CLOSE_DAY)
    at = resolve_now(now)
    today = service_day(at, load_center_config(session).timezone)
    day = day or today
    count = session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(Ticket.service_day <= day, Ticket.status.in_(OPEN_STATUSES))
    )
    return DayClosePreview(
        service_day=day,
        open_tickets=int(count or 0),
        during_opening_hours=day >= today and kiosk_availability(session, now=at).open_now,
    )


def close_day(
    session: Session,
    actor: Actor,
    *,
    day: date | None = None,
    now: datetime | None = None,
    force: bool = False,
) -> DayCloseResult:
    """Expire open tickets of ``day`` and earlier (default: today) and close all counters.

    During the center's opening hours of that day it is refused unless ``force``: residents
    waiting and a ticket just called would expire without a word.
    """
    preview = preview_day_close(session, actor, day=day, now=now)
    if preview.during_opening_hours and not force:
        raise DayStillOpen(
            f"The center is open now: closing {preview.service_day} would expire "
            f"{preview.open_tickets} open tickets. Close it after opening hours, or force it.",
            day=preview.service_day.isoformat(),
            count=preview.open_tickets,
        )
    at = resolve_now(now)
    today = service_day(at, load_center_config(session).timezone)
    day = preview.service_day
    tickets = session.scalars(
        select(Ticket)
        .where(Ticket.service_day <= day, Ticket.status.in_(OPEN_STATUSES))
        .order_by(Ticket.id)
        .with_for_update()
    ).all()
    tally: Tally[str] = Tally()
    for ticket in tickets:
        tally[ticket.status] += 1
        record_event(
            session,
            actor,
            "expired",
            at=at,
            day=ticket.service_day,
            ticket_id=ticket.id,
            counter_id=ticket.counter_id,
            service_id=ticket.service_id,
            details={"was": ticket.status},
        )
        ticket.status = TicketStatus.EXPIRED
        ticket.finished_at = at
        ticket.hold_until = None
    counters = session.scalars(
        select(Counter).where(Counter.state != "closed").with_for_update()
    ).all()
    for counter in counters:
        record_event(
            session,
            actor,
            "counter_closed",
            at=at,
            day=day,
            counter_id=counter.id,
            details={"previous": counter.state, "reason": "day_close"},
        )
        counter.state = "closed"
        counter.state_since = at
        counter.staff_id = None
    record_event(
        session,
        actor,
        "day_closed",
        at=at,
        day=day,
        details={"expired": len(tickets), "counters_closed": len(counters)},
    )
    record_audit(
        session,
        actor,
        "queue.day_closed",
        at=at,
        target_type="day",
        target_id=day.isoformat(),
        details={"expired": dict(tally)},
    )
    session.flush()
    closed = {ticket.service_day for ticket in tickets} | {day}
    fill_days(session, sorted(d for d in closed if d < today), at=at, final=True)
    # Today's figures may still change (a ticket issued or reinstated after the close).
    fill_days(session, sorted(d for d in closed if d >= today), at=at, final=False)
    session.commit()
    return DayCloseResult(
        service_day=day,
        expired=len(tickets),
        expired_by_status=dict(tally),
        counters_closed=len(counters),
    )
