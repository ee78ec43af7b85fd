"""The demonstration on the training clock: where it keeps its practice data, when it starts."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from services.calendar.opening_hours import Availability
from services.core.clock import TRAINING_CLOCK_VARIABLE
from services.core.settings import default_data_dir

# When the calendar holds no opening in the month ahead: the next morning, as a center opens.
_FALLBACK_START = timedelta(days=1)


def training_database_url() -> str:
    """Practice tickets never mix with a center's real ones: they have their own file."""
    return f"sqlite:///{default_data_dir() / 'training.sqlite3'}"


def training_start(availability: Availability, now: datetime) -> datetime:
    """The next opening of the center, where a demonstration shows a hall at work."""
    if availability.resumes_at is not None:
        return availability.resumes_at
    morning = (now + _FALLBACK_START).replace(hour=9, minute=15, second=0, microsecond=0)
    return morning


def start_training_clock(at: datetime) -> None:
    """From now on this process (and the stations it starts) runs on the training clock."""
    os.environ[TRAINING_CLOCK_VARIABLE] = at.isoformat(timespec="minutes")
