"""The periods of the Regulations on Letters and Visits (2022), on the center's calendar.

A period of N days counts calendar days from the day after the starting day (the day of
receipt is not counted), and a period whose last day is a rest day or public holiday ends on
the next working day of the center's calendar (``services.calendar.working_days``: holidays and
swapped working days included).

- deciding whether to accept: 15 days from receipt (Art. 30);
- handling an accepted petition: 60 days from acceptance, extended once by at most 30 days
  with a reason (Art. 32); the extension lengthens the period itself, so the extended period
  is 60 + N days from acceptance before the rest-day rule applies;
- asking for a review: 30 days from receiving the reply; the review decided within 30 days;
  the re-review likewise, from receiving the review opinion (Art. 35).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from services.calendar.working_days import add_working_days, is_working_day
from services.core.errors import ValidationError

DECISION_DAYS = 15
HANDLING_DAYS = 60
MAX_EXTENSION_DAYS = 30
REVIEW_REQUEST_DAYS = 30
REVIEW_DECISION_DAYS = 30
REPEAT_WINDOW_DAYS = 90


def period_end(session: Session, start: date, days: int) -> date:
    """The last day of a period of ``days`` days that starts on ``start`` (not counted)."""
    if days < 1:
        raise ValidationError(f"A period lasts at least one day, not {days}.")
    last = start + timedelta(days=days)
    if is_working_day(session, last):
        return last
    return add_working_days(session, last, 1)


def decide_by(session: Session, received_on: date) -> date:
    return period_end(session, received_on, DECISION_DAYS)


def handle_by(session: Session, accepted_on: date, extension_days: int = 0) -> date:
    return period_end(session, accepted_on, HANDLING_DAYS + extension_days)


def check_extension(days: int) -> int:
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValidationError("An extension is a whole number of days.")
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValidationError(
            f"An extension lasts 1 to {MAX_EXTENSION_DAYS} days, not {days} (Art. 32)."
        )
    return days


def review_request_by(session: Session, reply_received_on: date) -> date:
    return period_end(session, reply_received_on, REVIEW_REQUEST_DAYS)


def review_decide_by(session: Session, requested_on: date) -> date:
    return period_end(session, requested_on, REVIEW_DECISION_DAYS)
