"""Working days from the calendar table: holidays, swapped working days (调休), administration."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.calendar.holiday_seed import CHINA_2026, seed_holidays
from services.calendar.working_days import (
    add_working_days,
    clear_calendar_day,
    is_working_day,
    list_calendar,
    set_calendar_day,
    working_days_between,
)
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import NotFound, PermissionDenied, ValidationError
from services.storage.db import Database
from services.storage.models import QueueEvent
from tests.conftest import MORNING
from tests.services.casework_helpers import audit_actions

ADMIN = Actor("admin", Role.ADMIN)
COUNTER = Actor("clerk", Role.COUNTER)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def seeded(session: Session) -> Session:
    assert seed_holidays(session, SYSTEM, 2026, now=MORNING) == len(CHINA_2026)
    return session


def test_plain_weeks_count_monday_to_friday(session: Session) -> None:
    monday = date(2026, 11, 30)
    assert is_working_day(session, monday)
    assert not is_working_day(session, date(2026, 12, 5))  # Saturday
    assert add_working_days(session, monday, 0) == monday
    assert add_working_days(session, monday, 4) == date(2026, 12, 4)  # Friday
    assert add_working_days(session, monday, 5) == date(2026, 12, 7)  # over the weekend
    assert working_days_between(session, monday, date(2026, 12, 7)) == 5


def test_the_national_day_week_with_its_swapped_saturday(seeded: Session) -> None:
    s = seeded
    assert not is_working_day(s, date(2026, 10, 1))
    assert not is_working_day(s, date(2026, 10, 7))  # a Wednesday off
    assert is_working_day(s, date(2026, 10, 10))  # a Saturday worked (调休)
    assert is_working_day(s, date(2026, 9, 20))  # a Sunday worked
    eve = date(2026, 9, 30)  # Wednesday before the holiday
    assert add_working_days(s, eve, 1) == date(2026, 10, 8)
    assert add_working_days(s, eve, 2) == date(2026, 10, 9)
    assert add_working_days(s, eve, 3) == date(2026, 10, 10)  # the swapped Saturday counts
    assert add_working_days(s, eve, 4) == date(2026, 10, 12)  # Sunday 11th does not
    assert working_days_between(s, eve, date(2026, 10, 12)) == 4
    # The swapped Sunday before: Friday 18 Sep + 1 -> Sunday 20 Sep.
    assert add_working_days(s, date(2026, 9, 18), 1) == date(2026, 9, 20)


def test_start_on_a_holiday(seeded: Session) -> None:
    holiday = date(2026, 10, 3)
    assert add_working_days(seeded, holiday, 0) == holiday  # the day of acceptance itself
    assert add_working_days(seeded, holiday, 1) == date(2026, 10, 8)
    assert working_days_between(seeded, holiday, date(2026, 10, 8)) == 1


def test_spring_festival_and_mid_autumn(seeded: Session) -> None:
    # Friday 13 Feb; Saturday 14 is worked, then nine days off until Tuesday 24.
    assert add_working_days(seeded, date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert add_working_days(seeded, date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert not is_working_day(seeded, date(2026, 9, 25))  # 中秋节, a Friday


def test_working_days_between_is_the_inverse_of_add(seeded: Session) -> None:
    for start in (date(2026, 9, 14) + timedelta(days=i) for i in range(0, 40, 3)):
        for n in (0, 1, 3, 7, 15, 30):
            end = add_working_days(seeded, start, n)
            assert working_days_between(seeded, start, end) == n
            assert working_days_between(seeded, end, start) == -n


def test_long_spans_fetch_further_windows(seeded: Session) -> None:
    # 250 working days from New Year's Eve 2025: the year's 2026 schedule all on the way.
    end = add_working_days(seeded, date(2025, 12, 31), 250)
    assert working_days_between(seeded, date(2025, 12, 31), end) == 250
    assert is_working_day(seeded, end)


def test_negative_counts_are_refused(session: Session) -> None:
    with pytest.raises(ValidationError, match="0 or more"):
        add_working_days(session, date(2026, 11, 30), -1)


def test_admin_sets_and_clears_days_with_audit_and_event(session: Session) -> None:
    saturday = date(2026, 12, 5)
    events_before = session.scalar(select(func.count()).select_from(QueueEvent)) or 0
    info = set_calendar_day(session, ADMIN, saturday, "workday", " 调休上班 ", now=MORNING)
    assert (info.kind, info.name) == ("workday", "调休上班")
    assert is_working_day(session, saturday)
    assert add_working_days(session, date(2026, 12, 4), 1) == saturday
    # Replacing an entry keeps one row per day.
    set_calendar_day(session, ADMIN, saturday, "holiday", "活动日", now=MORNING)
    assert [(d.day, d.kind) for d in list_calendar(session, 2026)] == [(saturday, "holiday")]
    clear_calendar_day(session, ADMIN, saturday, now=MORNING)
    assert list_calendar(session, 2026) == []
    assert not is_working_day(session, saturday)
    assert audit_actions(session, "calendar.") == [
        "calendar.calendar_day_set",
        "calendar.calendar_day_set",
        "calendar.calendar_day_cleared",
    ]
    assert session.scalar(select(func.count()).select_from(QueueEvent)) == events_before + 3


def test_calendar_rules(session: Session) -> None:
    with pytest.raises(ValidationError, match="already a working day"):
        set_calendar_day(session, ADMIN, date(2026, 12, 2), "workday", now=MORNING)
    with pytest.raises(ValidationError, match="holiday or workday"):
        set_calendar_day(session, ADMIN, date(2026, 12, 2), "vacation", now=MORNING)
    with pytest.raises(ValidationError, match="control"):
        set_calendar_day(session, ADMIN, date(2026, 12, 2), "holiday", "a\x07b", now=MORNING)
    with pytest.raises(NotFound, match="2026-12-02 has no calendar entry"):
        clear_calendar_day(session, ADMIN, date(2026, 12, 2), now=MORNING)
    session.rollback()
    # A holiday on a weekday is the usual case.
    set_calendar_day(session, ADMIN, date(2026, 12, 2), "holiday", "停电", now=MORNING)
    assert not is_working_day(session, date(2026, 12, 2))


def test_only_administrators_edit_the_calendar(session: Session) -> None:
    with pytest.raises(PermissionDenied):
        set_calendar_day(session, COUNTER, date(2026, 12, 2), "holiday", now=MORNING)
    with pytest.raises(PermissionDenied):
        clear_calendar_day(session, Actor("boss", Role.MANAGER), date(2026, 12, 2), now=MORNING)
    with pytest.raises(PermissionDenied):
        seed_holidays(session, COUNTER, 2026, now=MORNING)


def test_seed_keeps_what_the_admin_entered_unless_told(session: Session) -> None:
    set_calendar_day(session, ADMIN, date(2026, 10, 8), "holiday", "本地假日", now=MORNING)
    set_calendar_day(session, ADMIN, date(2026, 10, 1), "holiday", "改过的名字", now=MORNING)
    assert seed_holidays(session, ADMIN, 2026, now=MORNING) == len(CHINA_2026) - 1
    names = {d.day: d.name for d in list_calendar(session, 2026)}
    assert names[date(2026, 10, 1)] == "改过的名字"
    assert names[date(2026, 10, 8)] == "本地假日"
    assert seed_holidays(session, ADMIN, 2026, now=MORNING) == 0
    assert seed_holidays(session, ADMIN, 2026, overwrite=True, now=MORNING) == len(CHINA_2026)
    names = {d.day: d.name for d in list_calendar(session, 2026)}
    assert names[date(2026, 10, 1)] == "国庆节"
    assert date(2026, 10, 8) in names  # not in the schedule, so never touched
    with pytest.raises(ValidationError, match="No holiday schedule is known for 2031"):
        seed_holidays(session, ADMIN, 2031, now=MORNING)


def test_the_2026_schedule_is_consistent() -> None:
    days = [day for day, _kind, _name in CHINA_2026]
    assert len(days) == len(set(days))
    for day, kind, _name in CHINA_2026:
        if kind == "workday":
            assert day.weekday() >= 5, day  # swapped working days fall on weekends
    holidays = {day for day, kind, _ in CHINA_2026 if kind == "holiday"}
    assert {date(2026, 10, d) for d in range(1, 8)} <= holidays
