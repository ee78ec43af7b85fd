"""The periods of the Regulations on Letters and Visits on the center's calendar: the issue's
fixed-date table, holidays, swapped working days (调休), year ends and leap years."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from services.calendar.working_days import set_calendar_day
from services.core.actors import SYSTEM
from services.core.errors import ValidationError
from services.petitions import deadlines
from tests.conftest import MORNING

# (what, start, days, last day)
TABLE = [
    # The table.
    ("registered Mon 1 June: decide within 15 days", date(2026, 6, 1), 15, date(2026, 6, 16)),
    ("accepted Tue 2 June: day 60 is a Saturday", date(2026, 6, 2), 60, date(2026, 8, 3)),
    # Holidays and swapped working days of 2026 (services.calendar.holiday_seed).
    ("day 15 is National Day: the holiday week", date(2026, 9, 16), 15, date(2026, 10, 8)),
    ("day 15 is a Saturday worked in exchange", date(2026, 9, 25), 15, date(2026, 10, 10)),
    ("day 15 is a Sunday worked in exchange", date(2026, 9, 5), 15, date(2026, 9, 20)),
    ("day 15 is in the Spring Festival", date(2026, 1, 31), 15, date(2026, 2, 24)),
    ("day 15 is in the Dragon Boat Festival", date(2026, 6, 5), 15, date(2026, 6, 22)),
    ("a reply's 30 days end on National Day", date(2026, 9, 1), 30, date(2026, 10, 8)),
    ("60 + 30 days of an extension", date(2026, 6, 2), 90, date(2026, 8, 31)),
    ("across the year end", date(2026, 12, 20), 15, date(2027, 1, 4)),
    # Leap years count 29 February; a non-leap February ends on the 28th.
    ("leap year: 60 days to 29 Feb 2028, a Tuesday", date(2027, 12, 31), 60, date(2028, 2, 29)),
    ("leap year: 29 Feb 2020 is a Saturday", date(2020, 2, 14), 15, date(2020, 3, 2)),
    ("no 29 Feb in 2027: 28 Feb is a Sunday", date(2027, 2, 13), 15, date(2027, 3, 1)),
]


@pytest.mark.parametrize(("what", "start", "days", "last"), TABLE, ids=[row[0] for row in TABLE])
def test_period_end(session: Session, what: str, start: date, days: int, last: date) -> None:
    assert deadlines.period_end(session, start, days) == last


def test_the_named_periods(session: Session) -> None:
    assert deadlines.decide_by(session, date(2026, 6, 1)) == date(2026, 6, 16)
    assert deadlines.handle_by(session, date(2026, 6, 2)) == date(2026, 8, 3)
    assert deadlines.handle_by(session, date(2026, 6, 2), 30) == date(2026, 8, 31)
    assert deadlines.review_request_by(session, date(2026, 9, 1)) == date(2026, 10, 8)
    assert deadlines.review_decide_by(session, date(2026, 6, 1)) == date(2026, 7, 1)


def test_an_administrator_s_new_holiday_moves_the_deadline(session: Session) -> None:
    assert deadlines.decide_by(session, date(2026, 6, 1)) == date(2026, 6, 16)
    set_calendar_day(session, SYSTEM, date(2026, 6, 16), "holiday", "停电", now=MORNING)
    assert deadlines.decide_by(session, date(2026, 6, 1)) == date(2026, 6, 17)


@pytest.mark.parametrize("days", [0, 31, -1, True])
def test_an_extension_is_one_to_thirty_days(days: int) -> None:
    with pytest.raises(ValidationError):
        deadlines.check_extension(days)


def test_extensions_within_the_limit_pass() -> None:
    assert deadlines.check_extension(1) == 1
    assert deadlines.check_extension(30) == 30
