"""Which appointment slots a service offers: within opening hours, on open days, ahead."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from services.calendar.opening_hours import parse_opening_hours
from services.calendar.working_days import is_working_day
from services.core.center_config import CenterConfig
from services.core.errors import SlotUnavailable


def day_slots(config: CenterConfig, day: date) -> list[time]:
    """Slot starts of a day: each opening period cut into whole slots (a part slot is none)."""
    length = timedelta(minutes=config.appointment_slot_minutes)
    starts: list[time] = []
    for start, end in parse_opening_hours(config.opening_hours):
        at = datetime.combine(day, start)
        close = datetime.combine(day, end)
        while at + length <= close:
            starts.append(at.time())
            at += length
    return starts


def check_open_day(session: Session, config: CenterConfig, day: date) -> None:
    """``SlotUnavailable`` when the center is closed on ``day``."""
    if not config.open_on_non_working_days and not is_working_day(session, day):
        raise SlotUnavailable(
            f"{day.isoformat()} is not a working day: the center is closed.",
            key="closed_day",
            day=day.isoformat(),
        )


def slot_start(
    session: Session, config: CenterConfig, day: date, start: time, now: datetime
) -> datetime:
    """The slot's start as a UTC instant; ``SlotUnavailable`` saying why there is none."""
    check_open_day(session, config, day)
    offered = day_slots(config, day)
    if start not in offered:
        shown = ", ".join(f"{t:%H:%M}" for t in offered[:3])
        raise SlotUnavailable(
            f"{start:%H:%M} is not a slot of the opening hours {config.opening_hours} "
            f"({config.appointment_slot_minutes}-minute slots: {shown}, …).",
            key="not_a_slot",
            time=f"{start:%H:%M}",
            hours=config.opening_hours,
            minutes=config.appointment_slot_minutes,
        )
    starts = datetime.combine(day, start, tzinfo=config.timezone).astimezone(UTC)
    if starts <= now:
        raise SlotUnavailable(
            f"The slot {day.isoformat()} {start:%H:%M} has begun or passed: book a later one.",
            key="past",
            day=day.isoformat(),
            time=f"{start:%H:%M}",
        )
    return starts
