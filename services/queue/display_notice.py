"""The notice line that scrolls along the bottom of the hall display, set by an administrator."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.clock import resolve_now
from services.core.errors import ValidationError
from services.core.journal import record_audit
from services.storage.models import SettingRow

NOTICE_KEY = "display_notice"
MAX_NOTICE_LENGTH = 500


def get_display_notice(session: Session) -> str:
    """The notice text, or ``""`` when none is set (the display then shows its welcome line)."""
    value = session.scalar(select(SettingRow.value).where(SettingRow.key == NOTICE_KEY))
    return value.strip() if isinstance(value, str) else ""


def set_display_notice(
    session: Session, actor: Actor, text: str, *, now: datetime | None = None
) -> str:
    """Store the notice (an empty text restores the welcome line); returns what was stored."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_NOTICE_LENGTH:
        raise ValidationError(
            f"The notice is {len(cleaned)} characters long; at most {MAX_NOTICE_LENGTH} fit."
        )
    row = session.get(SettingRow, NOTICE_KEY)
    previous = row.value if row is not None else None
    if row is None:
        session.add(SettingRow(key=NOTICE_KEY, value=cleaned))
    else:
        row.value = cleaned
    record_audit(
        session,
        actor,
        "display.notice_set",
        at=at,
        target_type="setting",
        target_id=NOTICE_KEY,
        details={"previous": previous, "text": cleaned},
    )
    session.commit()
    return cleaned
