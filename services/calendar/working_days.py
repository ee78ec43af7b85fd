"""Working days: Monday to Friday, except the public holidays and swapped working days (调休)
kept in the ``calendar_day`` table, which an administrator edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import NotFound, ValidationError
from services.core.journal import record_audit, record_event
from services.storage.casework_models import CalendarDay

MAX_NAME_LENGTH = 100
_ONE_DAY = timedelta(days=1)


class DayKind(StrEnum):
    HOLIDAY = "holiday"  # a day off, also when it falls on a weekday
    WORKDAY = "workday"  # a Saturday or Sunday worked in exchange (调休上班)


@dataclass(frozen=True)
class CalendarDayInfo:
    day: date
    kind: str
    name: str


def _default_is_working(day: date) -> bool:
    return day.weekday() < 5


def _exceptions(session: Session, first: date, last: date) -> dict[date, str]:
    rows = session.execute(
        select(CalendarDay.day, CalendarDay.kind).where(
            CalendarDay.day >= first, CalendarDay.day <= last
        )
    ).all()
    return {day: kind for day, kind in rows}


def _working(day: date, exceptions: Mapping[date, str]) -> bool:
    kind = exceptions.get(day)
    if kind is None:
        return _default_is_working(day)
    return kind == DayKind.WORKDAY


def is_working_day(session: Session, day: date) -> bool:
    return _working(day, _exceptions(session, day, day))


def add_working_days(session: Session, start: date, n: int) -> date:
    """The day on which the ``n``-th working day after ``start`` falls; ``start`` when n is 0.

    ``start`` itself never counts, whether or not it is a working day: a matter accepted on a
    Saturday with one working day promised is due on the next working day.
    """
    if n < 0:
        raise ValidationError(f"A number of working days is 0 or more, not {n}.")
    day = start
    remaining = n
    # Fetch the calendar in windows wide enough for the usual case (weekends and a long
    # holiday), and fetch further windows only when a window runs out.
    window = timedelta(days=n * 2 + 21)
    while remaining:
        first, last = day + _ONE_DAY, day + window
        exceptions = _exceptions(session, first, last)
        while remaining and day < last:
            day += _ONE_DAY
            if _working(day, exceptions):
                remaining -= 1
    return day


def working_days_between(session: Session, start: date, end: date) -> int:
    """How many working days fall after ``start`` up to and including ``end``.

    It is the inverse of ``add_working_days``: ``working_days_between(s, add_working_days(s,
    n)) == n``. When ``end`` is before ``start`` the count is negative.
    """
    if end < start:
        return -working_days_between(session, end, start)
    exceptions = _exceptions(session, start + _ONE_DAY, end)
    count = 0
    day = start
    while day < end:
        day += _ONE_DAY
        if _working(day, exceptions):
            count += 1
    return count


# --- administration ------------------------------------------------------------------------


def _check_entry(day: date, kind: str, name: str) -> tuple[DayKind, str]:
    try:
        parsed = DayKind(kind)
    except ValueError:
        raise ValidationError(
            f"Unknown calendar day kind {kind!r}: use holiday or workday."
        ) from None
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"A calendar day name is at most {MAX_NAME_LENGTH} characters.")
    if any(not ch.isprintable() for ch in name):
        raise ValidationError("A calendar day name cannot contain control characters.")
    if parsed == DayKind.WORKDAY and _default_is_working(day):
        raise ValidationError(
            f"{day.isoformat()} is a {day:%A} and already a working day; "
            "a swapped working day (调休) falls on a Saturday or Sunday."
        )
    return parsed, name


def upsert_calendar_rows(session: Session, entries: list[CalendarDayInfo]) -> None:
    """Write calendar rows inside the caller's transaction (no checks, no audit, no commit)."""
    if not entries:
        return
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    for entry in entries:
        statement = insert(CalendarDay).values(day=entry.day, kind=entry.kind, name=entry.name)
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["day"],
                set_={"kind": statement.excluded.kind, "name": statement.excluded.name},
            )
        )


def set_calendar_day(
    session: Session,
    actor: Actor,
    day: date,
    kind: str,
    name: str = "",
    *,
    now: datetime | None = None,
) -> CalendarDayInfo:
    """Mark ``day`` as a holiday or a swapped working day, replacing any earlier entry."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    parsed, name = _check_entry(day, kind, name)
    previous = session.get(CalendarDay, day)
    before = {"kind": previous.kind, "name": previous.name} if previous else None
    info = CalendarDayInfo(day=day, kind=parsed.value, name=name)
    upsert_calendar_rows(session, [info])
    _log(session, actor, at, "calendar_day_set", day, kind=parsed.value, name=name, before=before)
    session.commit()
    session.expire_all()
    return info


def clear_calendar_day(
    session: Session, actor: Actor, day: date, *, now: datetime | None = None
) -> None:
    """Remove the entry of ``day``: it becomes an ordinary weekday or weekend day again."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    previous = session.get(CalendarDay, day)
    if previous is None:
        raise NotFound(f"{day.isoformat()} has no calendar entry.")
    before = {"kind": previous.kind, "name": previous.name}
    session.execute(delete(CalendarDay).where(CalendarDay.day == day))
    _log(session, actor, at, "calendar_day_cleared", day, before=before)
    session.commit()
    session.expire_all()


def list_calendar(session: Session, year: int) -> list[CalendarDayInfo]:
    rows = session.scalars(
        select(CalendarDay)
        .where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
        .order_by(CalendarDay.day)
    )
    return [CalendarDayInfo(day=r.day, kind=r.kind, name=r.name) for r in rows]


def _log(
    session: Session, actor: Actor, at: datetime, event: str, day: date, **details: object
) -> None:
    payload = {"day": day.isoformat(), **details}
    today = service_day(at, load_center_config(session).timezone)
    record_event(session, actor, event, at=at, day=today, details=payload)
    record_audit(
        session,
        actor,
        f"calendar.{event}",
        at=at,
        target_type="calendar_day",
        target_id=day.isoformat(),
        details=payload,
    )
