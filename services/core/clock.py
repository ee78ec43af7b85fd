"""Time: every operation runs at one instant, and the service day is a local date.

Every "now" of the program comes from :func:`utc_now`. With the environment variable
``CIVICDESK_NOW`` set (ISO 8601, e.g. ``2026-12-08T09:15``; in the center's time zone unless
it carries an offset) the program runs on a *training clock*: it starts at that instant when
first read and then runs on at the real pace, for staff training, demonstrations and tests.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from services.core.errors import ValidationError

TRAINING_CLOCK_VARIABLE = "CIVICDESK_NOW"
DEFAULT_CENTER_ZONE = ZoneInfo("Asia/Shanghai")

# (the variable's text, the zone it was read in) -> how far the training clock is ahead.
# One entry: a new value (or a new center zone) starts the training clock again.
_offsets: dict[tuple[str, str], timedelta] = {}
_center_zone: ZoneInfo = DEFAULT_CENTER_ZONE


class TrainingClockError(ValidationError):
    """``CIVICDESK_NOW`` is not an ISO date and time."""


def utc_now() -> datetime:
    """The program's current instant: the real one, or the training clock's."""
    real = datetime.now(UTC)
    text = os.environ.get(TRAINING_CLOCK_VARIABLE, "").strip()
    if not text:
        _offsets.clear()
        return real
    key = (text, str(_center_zone))
    offset = _offsets.get(key)
    if offset is None:
        _offsets.clear()
        offset = _offsets[key] = parse_training_start(text, _center_zone) - real
    return real + offset


def restart_training_clock() -> None:
    """The next reading starts the training clock again at ``CIVICDESK_NOW`` (for tests)."""
    _offsets.clear()


def training_clock_start() -> datetime | None:
    """Where the training clock started (aware), or None when the real clock runs."""
    text = os.environ.get(TRAINING_CLOCK_VARIABLE, "").strip()
    return parse_training_start(text, _center_zone) if text else None


def is_training_clock() -> bool:
    return bool(os.environ.get(TRAINING_CLOCK_VARIABLE, "").strip())


def parse_training_start(text: str, zone: ZoneInfo) -> datetime:
    try:
        start = datetime.fromisoformat(text)
    except ValueError:
        raise TrainingClockError(
            f"{TRAINING_CLOCK_VARIABLE}={text!r} is not a date and time such as 2026-12-08T09:15."
        ) from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    return start.astimezone(UTC)


def use_center_zone(zone: ZoneInfo) -> None:
    """The zone in which a training clock without an offset is read (the center's)."""
    global _center_zone
    _center_zone = zone


def center_zone() -> ZoneInfo:
    """The center's time zone as this process last read it from the database."""
    return _center_zone


def center_now(zone: ZoneInfo | None = None) -> datetime:
    """The program's current time on the center's wall clock (never the PC's zone)."""
    return utc_now().astimezone(zone or _center_zone)


def center_today(zone: ZoneInfo | None = None) -> date:
    return center_now(zone).date()


def resolve_now(now: datetime | None) -> datetime:
    if now is None:
        return utc_now()
    if now.tzinfo is None:
        raise ValueError("operations need an aware datetime")
    return now.astimezone(UTC)


def service_day(at: datetime, timezone: ZoneInfo) -> date:
    """The local date on which ``at`` falls in the center's time zone."""
    return at.astimezone(timezone).date()
