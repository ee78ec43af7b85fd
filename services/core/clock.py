"""Time: every operation runs at one instant, and the service day is a local date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def utc_now() -> datetime:
    return datetime.now(UTC)


def resolve_now(now: datetime | None) -> datetime:
    if now is None:
        return utc_now()
    if now.tzinfo is None:
        raise ValueError("operations need an aware datetime")
    return now.astimezone(UTC)


def service_day(at: datetime, timezone: ZoneInfo) -> date:
    """The local date on which ``at`` falls in the center's time zone."""
    return at.astimezone(timezone).date()
