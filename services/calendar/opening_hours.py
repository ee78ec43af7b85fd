"""When the center takes new tickets: opening hours on working days, and open counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.calendar.working_days import is_working_day
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.errors import ValidationError
from services.inputs.quoting import quoted
from services.storage.models import Counter, CounterService, Service

LOOKAHEAD_DAYS = 31


@dataclass(frozen=True)
class Availability:
    """Whether the kiosk may issue tickets now, and for which services."""

    open_now: bool
    resumes_at: datetime | None  # local time of the next opening when closed
    open_services: frozenset[str]  # service letters with at least one counter not closed

    def accepts(self, service_code: str) -> bool:
        return self.open_now and service_code in self.open_services


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
        open_now=open_now, resumes_at=resumes, open_services=_open_services(session)
    )


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
