"""When the center takes new tickets: opening hours on working days, for services that a
manager has not paused and whose daily quota (限号) is not reached. A service whose counters
are all still closed takes tickets too: counters open during the morning."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from services.calendar.working_days import is_working_day
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.errors import ValidationError
from services.inputs.quoting import quoted
from services.storage.models import Counter, CounterService, Service, Ticket

LOOKAHEAD_DAYS = 31


class Refusal(StrEnum):
    """Why a service takes no tickets during opening hours; the kiosk tile says which."""

    PAUSED = "paused"  # a manager paused it
    QUOTA_REACHED = "quota_reached"  # its daily quota (限号) is used up


@dataclass(frozen=True)
class Availability:
    """Whether the kiosk may issue tickets now, and for which services."""

    open_now: bool
    resumes_at: datetime | None  # local time of the next opening when closed
    open_services: frozenset[str]  # service letters with at least one counter not closed
    refused: Mapping[str, Refusal] = field(default_factory=dict)  # letter -> why not

    def accepts(self, service_code: str) -> bool:
        return self.open_now and service_code not in self.refused

    def refusal(self, service_code: str) -> Refusal | None:
        return self.refused.get(service_code)

    def counters_open(self, service_code: str) -> bool:
        return service_code in self.open_services


def parse_opening_hours(text: str) -> list[tuple[time, time]]:
    """``"08:30-12:00,13:30-17:30"`` → ordered (start, end) periods."""
    periods: list[tuple[time, time]] = []
    try:
        for part in text.split(","):
            start_text, end_text = (p.strip() for p in part.split("-"))
            start = time.fromisoformat(start_text)
            end = time.max if end_text == "24:00" else time.fromisoformat(end_text)
            if end <= start:
                raise ValueError
            periods.append((start, end))
    except ValueError:
        raise ValidationError(
            f"Opening hours {quoted(text)} must look like 08:30-12:00,13:30-17:30."
        ) from None
    return sorted(periods)


def kiosk_availability(session: Session, *, now: datetime | None = None) -> Availability:
    at = resolve_now(now)
    config = load_center_config(session)
    local = at.astimezone(config.timezone)
    periods = parse_opening_hours(config.opening_hours)
    open_days = config.open_on_non_working_days
    open_now = (open_days or is_working_day(session, local.date())) and any(
        start <= local.time() < end for start, end in periods
    )
    resumes = None if open_now else _next_opening(session, local, periods, open_days)
    return Availability(
        open_now=open_now,
        resumes_at=resumes,
        open_services=_open_services(session),
        refused=_refused(session, local.date()),
    )


def service_refusal(session: Session, service: Service, day: date) -> Refusal | None:
    """Whether a service takes no more tickets on ``day``, and why."""
    if service.paused:
        return Refusal.PAUSED
    quota = service.daily_quota
    if quota is not None and tickets_issued(session, day, service.id) >= quota:
        return Refusal.QUOTA_REACHED
    return None


def tickets_issued(session: Session, day: date, service_id: int) -> int:
    """How many numbers a service gave out on ``day`` (transfers in keep their own)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.service_day == day, Ticket.issue_service_id == service_id)
        )
        or 0
    )


def _refused(session: Session, day: date) -> dict[str, Refusal]:
    limited = session.scalars(
        select(Service).where(
            Service.active.is_(True),
            or_(Service.paused.is_(True), Service.daily_quota.is_not(None)),
        )
    )
    refused = {s.code: service_refusal(session, s, day) for s in limited}
    return {code: why for code, why in refused.items() if why is not None}


def _next_opening(
    session: Session, local: datetime, periods: list[tuple[time, time]], every_day: bool
) -> datetime | None:
    for offset in range(LOOKAHEAD_DAYS):
        day: date = local.date() + timedelta(days=offset)
        if not every_day and not is_working_day(session, day):
            continue
        for start, _end in periods:
            candidate = datetime.combine(day, start, tzinfo=local.tzinfo)
            if candidate > local:
                return candidate
    return None


def _open_services(session: Session) -> frozenset[str]:
    rows = session.scalars(
        select(Service.code)
        .join(CounterService, CounterService.service_id == Service.id)
        .join(Counter, Counter.id == CounterService.counter_id)
        .where(Counter.state != "closed", Service.active.is_(True))
        .distinct()
    )
    return frozenset(rows)
