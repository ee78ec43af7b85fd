"""The hall as a manager watches it: per service the line and its longest wait against the
target, per counter who sits there and how long its ticket has been called or served.

Times are kept as instants, not minutes, so that a window can show the minutes as they pass
(``minutes_since``) without reading the database again."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from statistics import mean

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.clock import resolve_now
from services.queue.reads import QueueStatus, eligible_for_call, queue_status, recent_service_times
from services.queue.tickets import TicketStatus
from services.storage.models import Service, Ticket

# A called resident who has not come up after this long is probably not coming.
CALLED_TOO_LONG_MINUTES = 5
# A service this many times as long as the service's recent average is worth a look...
SLOW_SERVICE_FACTOR = 2
# ...once at least this many of its tickets were finished today to make an average.
SLOW_SERVICE_MIN_SAMPLES = 3

# Why a row is highlighted (the window words them).
OVER_TARGET = "over_target"
NO_OPEN_COUNTER = "no_open_counter"
CALLED_TOO_LONG = "called_too_long"
SERVING_TOO_LONG = "serving_too_long"


def minutes_since(since: datetime | None, at: datetime) -> int | None:
    """Whole minutes from ``since`` to ``at`` (never negative), or None without a start."""
    if since is None:
        return None
    return max(0, math.floor((at - since).total_seconds() / 60))


@dataclass(frozen=True)
class ServiceNow:
    code: str
    name_zh: str
    name_en: str
    waiting: int
    open_counters: int
    appointments_waiting: int
    paused: bool
    target_wait_minutes: int | None  # None when the catalog sets no target
    oldest_waiting_since: datetime | None  # the earliest queue_since among the waiting

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh

    def longest_wait_minutes(self, at: datetime) -> int | None:
        return minutes_since(self.oldest_waiting_since, at)

    def alerts(self, at: datetime) -> tuple[str, ...]:
        """Why the manager should look at this service at ``at`` (empty when all is well)."""
        found = []
        longest = self.longest_wait_minutes(at)
        if self.target_wait_minutes and longest is not None and longest > self.target_wait_minutes:
            found.append(OVER_TARGET)
        if self.waiting and not self.open_counters:
            found.append(NO_OPEN_COUNTER)
        return tuple(found)


@dataclass(frozen=True)
class CounterHallNow:
    number: int
    name_zh: str
    name_en: str
    state: str  # open, paused, closed
    staff_name: str | None
    ticket_code: str | None
    ticket_status: str | None  # called or serving
    ticket_since: datetime | None  # last called, or service started
    usual_service_seconds: float | None  # the ticket's service's recent average, if known

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh

    def minutes_at_counter(self, at: datetime) -> int | None:
        return minutes_since(self.ticket_since, at)

    def alerts(self, at: datetime) -> tuple[str, ...]:
        minutes = self.minutes_at_counter(at)
        if minutes is None:
            return ()
        if self.ticket_status == TicketStatus.CALLED and minutes > CALLED_TOO_LONG_MINUTES:
            return (CALLED_TOO_LONG,)
        if (
            self.ticket_status == TicketStatus.SERVING
            and self.usual_service_seconds is not None
            and minutes * 60 > SLOW_SERVICE_FACTOR * self.usual_service_seconds
        ):
            return (SERVING_TOO_LONG,)
        return ()


@dataclass(frozen=True)
class HallNow:
    at: datetime  # the instant of the reading
    service_day: date
    services: tuple[ServiceNow, ...]
    counters: tuple[CounterHallNow, ...]

    @property
    def total_waiting(self) -> int:
        return sum(s.waiting for s in self.services)

    @property
    def open_counters(self) -> int:
        return sum(1 for c in self.counters if c.state == "open")

    def longest_wait_minutes(self, at: datetime) -> int | None:
        waits = [m for s in self.services if (m := s.longest_wait_minutes(at)) is not None]
        return max(waits, default=None)


def hall_now(session: Session, *, now: datetime | None = None) -> HallNow:
    at = resolve_now(now)
    status = queue_status(session, now=at)
    day = status.service_day
    oldest = dict(
        session.execute(
            select(Service.code, func.min(Ticket.queue_since))
            .join(Service, Service.id == Ticket.service_id)
            .where(eligible_for_call(day, at))
            .group_by(Service.code)
        ).all()
    )
    services = tuple(
        ServiceNow(
            code=s.code,
            name_zh=s.name_zh,
            name_en=s.name_en,
            waiting=s.waiting,
            open_counters=s.open_counters,
            appointments_waiting=s.appointments_waiting,
            paused=s.paused,
            target_wait_minutes=s.target_wait_minutes or None,
            oldest_waiting_since=oldest.get(s.code),
        )
        for s in status.services
    )
    return HallNow(
        at=at, service_day=day, services=services, counters=_counters(session, status, day)
    )


def _counters(session: Session, status: QueueStatus, day: date) -> tuple[CounterHallNow, ...]:
    usual: dict[int, float | None] = {}
    for counter in status.counters:
        service_id = counter.ticket_service_id
        if service_id is not None and service_id not in usual:
            recent = session.execute(recent_service_times(service_id, day)).all()
            seconds = [(f - s).total_seconds() for s, f in recent if s and f]
            usual[service_id] = mean(seconds) if len(seconds) >= SLOW_SERVICE_MIN_SAMPLES else None
    return tuple(
        CounterHallNow(
            number=counter.number,
            name_zh=counter.name_zh,
            name_en=counter.name_en,
            state=counter.state,
            staff_name=counter.staff_name,
            ticket_code=counter.ticket_code,
            ticket_status=counter.ticket_status,
            ticket_since=counter.ticket_since,
            usual_service_seconds=(
                usual.get(counter.ticket_service_id) if counter.ticket_service_id else None
            ),
        )
        for counter in status.counters
    )
