"""Administration of the center-wide settings: names, opening hours, time zone, recall limit
(``Permission.ADMINISTER``), stored through ``center_config.set_center_settings``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import available_timezones

from sqlalchemy.orm import Session

from services.admin.common import audit_change, checked_bool, checked_int
from services.calendar.opening_hours import parse_opening_hours
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config, parse_timezone, set_center_settings
from services.core.clock import resolve_now
from services.core.errors import ValidationError
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted

CENTER_NAME_LIMIT = 100
MAX_RECALL_LIMIT = 10
MAX_SERVICE_MINUTES = 240
CENTER_EVENT = "center_settings_changed"
# The law says 60; a center may be kinder, never stricter than it can defend.
MIN_ELDERLY_AGE = 50
MAX_ELDERLY_AGE = 100
MAX_DAILY_LIMIT = 20
MAX_SLOT_MINUTES = 240


@dataclass(frozen=True)
class CenterSettings:
    """The center settings an administrator edits, in plain values (time zone by name)."""

    center_name_zh: str
    center_name_en: str
    opening_hours: str
    timezone: str
    recall_limit: int
    default_service_minutes: int
    open_on_non_working_days: bool
    elderly_age: int = 60
    real_name_daily_limit: int = 3
    appointment_slot_minutes: int = 30
    check_in_early_minutes: int = 30
    check_in_late_minutes: int = 15


def read_center_settings(session: Session, actor: Actor) -> CenterSettings:
    actor.require(Permission.ADMINISTER)
    config = load_center_config(session)
    return CenterSettings(
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        opening_hours=config.opening_hours,
        timezone=config.timezone.key,
        recall_limit=config.recall_limit,
        default_service_minutes=config.default_service_minutes,
        open_on_non_working_days=config.open_on_non_working_days,
        elderly_age=config.elderly_age,
        real_name_daily_limit=config.real_name_daily_limit,
        appointment_slot_minutes=config.appointment_slot_minutes,
        check_in_early_minutes=config.check_in_early_minutes,
        check_in_late_minutes=config.check_in_late_minutes,
    )


def normalise_opening_hours(text: str) -> str:
    """Check opening hours and write them the one canonical way: ``08:30-12:00,13:30-17:30``.

    Periods must not overlap; ``24:00`` ends a period at midnight.
    """
    if not isinstance(text, str) or not text.strip():
        raise ValidationError("Give the opening hours, such as 08:30-12:00,13:30-17:30.")
    periods = parse_opening_hours(text.strip())
    for (_start, end), (next_start, _next_end) in zip(periods, periods[1:], strict=False):
        if next_start < end:
            raise ValidationError(
                f"The opening periods overlap at {next_start:%H:%M}; give each time once."
            )
    return ",".join(f"{start:%H:%M}-{_clock(end)}" for start, end in periods)


def _clock(end: time) -> str:
    return "24:00" if end == time.max else f"{end:%H:%M}"


def _checked(settings: CenterSettings) -> dict[str, Any]:
    timezone = settings.timezone.strip() if isinstance(settings.timezone, str) else ""
    if not timezone:
        raise ValidationError("Give the center's time zone, such as Asia/Shanghai.")
    return {
        "center_name_zh": clean_text(
            settings.center_name_zh,
            "Chinese center name",
            max_length=CENTER_NAME_LIMIT,
            required=True,
        ),
        "center_name_en": clean_text(
            settings.center_name_en,
            "English center name",
            max_length=CENTER_NAME_LIMIT,
            required=True,
        ),
        "opening_hours": normalise_opening_hours(settings.opening_hours),
        "timezone": _checked_timezone(timezone),
        "recall_limit": checked_int(settings.recall_limit, "recall limit", 0, MAX_RECALL_LIMIT),
        "default_service_minutes": checked_int(
            settings.default_service_minutes,
            "default service time (minutes)",
            1,
            MAX_SERVICE_MINUTES,
        ),
        "open_on_non_working_days": checked_bool(
            settings.open_on_non_working_days, "open on non-working days"
        ),
        "elderly_age": checked_int(
            settings.elderly_age, "age of the green channel", MIN_ELDERLY_AGE, MAX_ELDERLY_AGE
        ),
        "real_name_daily_limit": checked_int(
            settings.real_name_daily_limit,
            "real-name tickets per person and day",
            1,
            MAX_DAILY_LIMIT,
        ),
        "appointment_slot_minutes": checked_int(
            settings.appointment_slot_minutes, "appointment slot (minutes)", 5, MAX_SLOT_MINUTES
        ),
        "check_in_early_minutes": checked_int(
            settings.check_in_early_minutes, "check-in before the slot (minutes)", 0, 240
        ),
        "check_in_late_minutes": checked_int(
            settings.check_in_late_minutes, "check-in after the slot starts (minutes)", 0, 240
        ),
    }


def _checked_timezone(name: str) -> str:
    """An IANA name exactly as spelt in the time zone database, so that every station (a
    Windows one reads names case-blind) finds the same zone."""
    key = parse_timezone(name).key
    known = available_timezones()
    if known and key not in known:
        raise ValidationError(f"Unknown time zone {quoted(name)}; write it as in Asia/Shanghai.")
    return key


@atomic
def update_center_settings(
    session: Session, actor: Actor, settings: CenterSettings, *, now: datetime | None = None
) -> CenterSettings:
    """Store every center setting of ``settings``; returns what is stored (normalised)."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    values = _checked(settings)
    before = asdict(read_center_settings(session, actor))
    changed = {key: value for key, value in values.items() if before.get(key) != value}
    if changed:
        set_center_settings(session, changed)
        session.flush()
        audit_change(
            session,
            actor,
            "center.settings_update",
            at=at,
            target_type="setting",
            target_id="center",
            before=before,
            after=values,
            event=CENTER_EVENT,
        )
    session.commit()
    return read_center_settings(session, actor)
