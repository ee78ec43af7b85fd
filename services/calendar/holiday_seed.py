"""The public holidays and swapped working days (调休) of mainland China, as a starting point.

The schedule follows the State Council's notice for 2026 as best known when this was
written. It is only a seed: an administrator checks it against the official notice and
edits it (``services.calendar.working_days.set_calendar_day``) — the calendar table is the truth.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.calendar.working_days import CalendarDayInfo, DayKind, upsert_calendar_rows
from services.core.actors import Actor, Permission
from services.core.clock import resolve_now
from services.core.errors import ValidationError
from services.core.journal import record_audit
from services.storage.casework_models import CalendarDay


def _span(first: date, last: date, name: str) -> list[tuple[date, str, str]]:
    days = (last - first).days + 1
    return [(first + timedelta(days=i), DayKind.HOLIDAY.value, name) for i in range(days)]


def _workday(day: date, name: str) -> tuple[date, str, str]:
    return (day, DayKind.WORKDAY.value, f"{name}调休上班")


# (day, kind, name). Editable by the administrator; verify against the official notice.
CHINA_2026: tuple[tuple[date, str, str], ...] = (
    *_span(date(2026, 1, 1), date(2026, 1, 3), "元旦"),
    _workday(date(2026, 1, 4), "元旦"),
    _workday(date(2026, 2, 14), "春节"),
    *_span(date(2026, 2, 15), date(2026, 2, 23), "春节"),
    _workday(date(2026, 2, 28), "春节"),
    *_span(date(2026, 4, 4), date(2026, 4, 6), "清明节"),
    *_span(date(2026, 5, 1), date(2026, 5, 5), "劳动节"),
    _workday(date(2026, 5, 9), "劳动节"),
    *_span(date(2026, 6, 19), date(2026, 6, 21), "端午节"),
    *_span(date(2026, 9, 25), date(2026, 9, 27), "中秋节"),
    _workday(date(2026, 9, 20), "国庆节"),
    *_span(date(2026, 10, 1), date(2026, 10, 7), "国庆节"),
    _workday(date(2026, 10, 10), "国庆节"),
)

SCHEDULES: dict[int, tuple[tuple[date, str, str], ...]] = {2026: CHINA_2026}


def seed_holidays(
    session: Session,
    actor: Actor,
    year: int = 2026,
    *,
    overwrite: bool = False,
    now: datetime | None = None,
) -> int:
    """Write the known schedule of ``year``; returns how many days were written.

    Days the administrator already entered are kept unless ``overwrite``.
    """
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    schedule = SCHEDULES.get(year)
    if schedule is None:
        known = ", ".join(str(y) for y in sorted(SCHEDULES))
        raise ValidationError(f"No holiday schedule is known for {year} (known: {known}).")
    existing = set(
        session.scalars(
            select(CalendarDay.day).where(
                CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31)
            )
        )
    )
    entries = [
        CalendarDayInfo(day=day, kind=kind, name=name)
        for day, kind, name in schedule
        if overwrite or day not in existing
    ]
    upsert_calendar_rows(session, entries)
    record_audit(
        session,
        actor,
        "calendar.seeded",
        at=at,
        target_type="calendar",
        target_id=year,
        details={"written": len(entries), "overwrite": overwrite},
    )
    session.commit()
    session.expire_all()
    return len(entries)
