"""Center-wide settings kept in the database, so every station agrees on them."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.errors import ValidationError
from services.models import SettingRow

DEFAULTS: dict[str, object] = {
    "timezone": "Asia/Shanghai",
    "recall_limit": 3,
    "default_service_minutes": 6,
    "center_name_zh": "区政务服务中心",
    "center_name_en": "District Public Service Center",
    "opening_hours": "08:30-12:00,13:30-17:30",
    "open_on_non_working_days": False,
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


def load_center_config(session: Session) -> CenterConfig:
    rows = session.execute(select(SettingRow.key, SettingRow.value)).all()
    stored: dict[str, object] = {key: value for key, value in rows}
    values = {**DEFAULTS, **{k: v for k, v in stored.items() if k in DEFAULTS}}
    return CenterConfig(
        timezone=parse_timezone(str(values["timezone"])),
        recall_limit=_int(values["recall_limit"]),
        default_service_minutes=_int(values["default_service_minutes"]),
        center_name_zh=str(values["center_name_zh"]),
        center_name_en=str(values["center_name_en"]),
        opening_hours=str(values["opening_hours"]),
        open_on_non_working_days=bool(values["open_on_non_working_days"]),
    )


def set_center_settings(session: Session, values: dict[str, object]) -> None:
    """Store center settings (the caller checks the role and audits)."""
    for key, value in values.items():
        if key not in DEFAULTS:
            raise ValidationError(f"Unknown center setting {key!r}.")
        row = session.get(SettingRow, key)
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value


def parse_timezone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"Unknown time zone {name!r}.") from None


def _int(value: object) -> int:
    return value if isinstance(value, int) else int(str(value))
