"""Center-wide settings kept in the database, so every station agrees on them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, Engine, String, literal_column, select
from sqlalchemy.orm import Session

from services.core.clock import use_center_zone
from services.core.errors import ValidationError
from services.inputs.quoting import quoted
from services.storage.models import SettingRow

DEFAULTS: dict[str, object] = {
    "timezone": "Asia/Shanghai",
    "recall_limit": 3,
    "default_service_minutes": 6,
    "center_name_zh": "区政务服务中心",
    "center_name_en": "District Public Service Center",
    "opening_hours": "08:30-12:00,13:30-17:30",
    "open_on_non_working_days": False,
    # The green channel by age for real-name tickets: the Law on the Protection of the
    # Rights and Interests of the Elderly counts citizens of 60 and over.
    "elderly_age": 60,
    "real_name_daily_limit": 3,  # real-name tickets per resident, service and day
    "appointment_slot_minutes": 30,
    "check_in_early_minutes": 30,  # check-in opens this long before the slot
    "check_in_late_minutes": 15,  # and closes this long after its start
    # printed on every ticket for a resident who missed their number; 12345 is the national
    # government service hotline until a center sets its own line
    "center_phone": "12345",
}


@dataclass(frozen=True)
class CenterConfig:
    timezone: ZoneInfo
    recall_limit: int
    default_service_minutes: int
    center_name_zh: str
    center_name_en: str
    opening_hours: str
    open_on_non_working_days: bool
    elderly_age: int = 60
    real_name_daily_limit: int = 3
    appointment_slot_minutes: int = 30
    check_in_early_minutes: int = 30
    check_in_late_minutes: int = 15
    center_phone: str = "12345"


def load_center_config(session: Session) -> CenterConfig:
    rows = session.execute(select(SettingRow.key, SettingRow.value)).all()
    config = _config_from({key: value for key, value in rows})
    use_center_zone(config.timezone)
    return config


def _config_from(stored: Mapping[str, object]) -> CenterConfig:
    values = {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}
    return CenterConfig(
        timezone=parse_timezone(str(values["timezone"])),
        recall_limit=_int(values["recall_limit"]),
        default_service_minutes=_int(values["default_service_minutes"]),
        center_name_zh=str(values["center_name_zh"]),
        center_name_en=str(values["center_name_en"]),
        opening_hours=str(values["opening_hours"]),
        open_on_non_working_days=bool(values["open_on_non_working_days"]),
        elderly_age=_int(values["elderly_age"]),
        real_name_daily_limit=_int(values["real_name_daily_limit"]),
        appointment_slot_minutes=_int(values["appointment_slot_minutes"]),
        check_in_early_minutes=_int(values["check_in_early_minutes"]),
        check_in_late_minutes=_int(values["check_in_late_minutes"]),
        center_phone=str(values["center_phone"]),
    )


# --- the per-process copy for the busiest operations -------------------------------------
#
# Issuing and calling tickets read the settings on every operation. They keep a copy per
# engine instead, together with a fingerprint of the whole ``setting`` table, and compare
# that fingerprint with the table's inside their own statements: a change saved at any
# station is used by the very next operation, never a stale copy.

_FINGERPRINT_SQL = {
    "postgresql": "(SELECT coalesce(string_agg(key || '=' || CAST(value AS TEXT), ';' "
    "ORDER BY key COLLATE \"C\"), '') FROM setting)",
    # The order only has to be stable between two reads: a different order means a reload.
    "sqlite": "(SELECT coalesce(group_concat(key || '=' || value, ';'), '') "
    "FROM (SELECT key, value FROM setting ORDER BY key))",
}
_cached: WeakKeyDictionary[Engine, tuple[str, CenterConfig]] = WeakKeyDictionary()


def settings_fingerprint(dialect: str) -> ColumnElement[str]:
    """A scalar SQL expression that changes whenever any center setting changes."""
    return literal_column(_FINGERPRINT_SQL[dialect], String)


def cached_center_config(session: Session) -> tuple[str, CenterConfig]:
    """The settings and their fingerprint as last read through this session's engine.

    The caller must compare the fingerprint with ``settings_fingerprint`` in its own
    statement and call ``forget_center_config`` when they differ.
    """
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    cached = _cached.get(engine)
    if cached is None:
        fingerprint = session.execute(select(settings_fingerprint(engine.dialect.name))).scalar()
        cached = (str(fingerprint or ""), load_center_config(session))
        _cached[engine] = cached
    return cached


def forget_center_config(session: Session) -> None:
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    _cached.pop(engine, None)


def set_center_settings(session: Session, values: dict[str, object]) -> None:
    """Store center settings (the caller checks the role and audits)."""
    for key, value in values.items():
        if key not in DEFAULTS:
            raise ValidationError(f"Unknown center setting {quoted(key)}.")
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value


def parse_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"Unknown time zone {quoted(name)}.") from None


def _int(value: object) -> int:
    return value if isinstance(value, int) else int(str(value))
