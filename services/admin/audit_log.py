"""Reading the audit log, newest first, with filters and paging.

Administrators and managers may read it (``Permission.ADMINISTER`` or
``Permission.READ_STATISTICS``); counter staff may not. Reading is not itself audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.errors import PermissionDenied, ValidationError
from services.storage.models import AuditLog

MAX_LIMIT = 1000
FILTER_LIMIT = 64


@dataclass(frozen=True)
class AuditEntry:
    id: int
    occurred_at: datetime
    actor: str
    actor_role: str
    action: str
    target_type: str
    target_id: str | None
    details: dict[str, Any]

    def summary(self) -> str:
        """The details in one line: ``name_en: 'Old' → 'New'; …`` for a change."""
        return describe_details(self.details)


@dataclass(frozen=True)
class AuditFilter:
    """What to show. Times are aware; ``until`` is exclusive. Empty texts filter nothing."""

    since: datetime | None = None
    until: datetime | None = None
    actor_name: str = ""
    action_prefix: str = ""
    target_type: str = ""


def may_read_audit(actor: Actor) -> bool:
    return actor.may(Permission.ADMINISTER) or actor.may(Permission.READ_STATISTICS)


def _require_reader(actor: Actor) -> None:
    if not may_read_audit(actor):
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) may not read the audit log.")


def local_day_range(timezone: ZoneInfo, first: date, last: date) -> tuple[datetime, datetime]:
    """From local midnight starting ``first`` to local midnight ending ``last`` (exclusive)."""
    if last < first:
        raise ValidationError(f"The period ends ({last}) before it starts ({first}).")
    start = datetime.combine(first, time.min, tzinfo=timezone)
    end = datetime.combine(last + timedelta(days=1), time.min, tzinfo=timezone)
    return start, end


def _text(value: str | None, what: str) -> str:
    text = (value or "").strip()
    if len(text) > FILTER_LIMIT:
        raise ValidationError(f"The {what} filter is at most {FILTER_LIMIT} characters.")
    return text


def _filtered(query: Select[Any], flt: AuditFilter) -> Select[Any]:
    for moment in (flt.since, flt.until):
        if moment is not None and moment.tzinfo is None:
            raise ValidationError("Audit log times must carry a time zone.")
    if flt.since is not None and flt.until is not None and flt.until <= flt.since:
        raise ValidationError("The period of the audit log ends before it starts.")
    if flt.since is not None:
        query = query.where(AuditLog.occurred_at >= flt.since)
    if flt.until is not None:
        query = query.where(AuditLog.occurred_at < flt.until)
    actor_name = _text(flt.actor_name, "actor")
    if actor_name:
        query = query.where(
            func.lower(AuditLog.actor).contains(actor_name.lower(), autoescape=True)
        )
    prefix = _text(flt.action_prefix, "action")
    if prefix:
        query = query.where(AuditLog.action.startswith(prefix, autoescape=True))
    target_type = _text(flt.target_type, "target")
    if target_type:
        query = query.where(AuditLog.target_type == target_type)
    return query


def _entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        occurred_at=row.occurred_at,
        actor=row.actor,
        actor_role=row.actor_role,
        action=row.action,
        target_type=row.target_type,
        target_id=row.target_id,
        details=dict(row.details or {}),
    )


def list_audit(
    session: Session,
    actor: Actor,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    actor_name: str | None = None,
    action_prefix: str | None = None,
    target_type: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[AuditEntry]:
    """Audit rows matching every filter given, newest first.

    ``actor_name`` matches any part of the name, ignoring case; ``action_prefix`` the start
    of the action (``staff.`` for every staff change); ``until`` is exclusive.
    """
    _require_reader(actor)
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(f"Show 1 to {MAX_LIMIT} audit rows at a time, not {limit}.")
    if not isinstance(offset, int) or offset < 0:
        raise ValidationError(f"An offset is 0 or more, not {offset}.")
    flt = AuditFilter(since, until, actor_name or "", action_prefix or "", target_type or "")
    query = (
        _filtered(select(AuditLog), flt)
        .order_by(AuditLog.occurred_at.desc(), AuditLog.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [_entry(row) for row in session.scalars(query)]


def count_audit(session: Session, actor: Actor, flt: AuditFilter) -> int:
    """How many rows ``list_audit`` would page through with the same filters."""
    _require_reader(actor)
    query = _filtered(select(func.count()).select_from(AuditLog), flt)
    return int(session.scalar(query) or 0)


def list_audit_page(
    session: Session, actor: Actor, flt: AuditFilter, *, limit: int = 100, offset: int = 0
) -> tuple[list[AuditEntry], int]:
    """One page of entries and the total number matching, read in one transaction."""
    entries = list_audit(
        session,
        actor,
        since=flt.since,
        until=flt.until,
        actor_name=flt.actor_name,
        action_prefix=flt.action_prefix,
        target_type=flt.target_type,
        limit=limit,
        offset=offset,
    )
    return entries, count_audit(session, actor, flt)


def list_audit_actions(session: Session, actor: Actor) -> list[str]:
    """Every action that occurs in the log, for the filter's choices."""
    _require_reader(actor)
    return list(session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action)))


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def describe_details(
    details: dict[str, Any],
    *,
    key_text: Callable[[str], str] = str,
    value_text: Callable[[Any], str] = _shown,
    colon: str = ": ",
    separator: str = "; ",
) -> str:
    """The details in one line; a window passes its own words for keys and values, and its
    language's punctuation."""
    parts: list[str] = []
    rest = dict(details)
    k, v = key_text, value_text
    if "after" in details and "before" in details:  # a change written by admin_common
        before, after = rest.pop("before"), rest.pop("after")
        if isinstance(before, dict) and isinstance(after, dict):
            parts.extend(
                f"{k(key)}{colon}{v(before.get(key))} → {v(value)}" for key, value in after.items()
            )
        elif isinstance(after, dict):
            parts.extend(f"{k(key)}{colon}{v(value)}" for key, value in after.items())
        elif isinstance(before, dict):
            parts.extend(f"{k(key)}{colon}{v(value)} → —" for key, value in before.items())
    parts.extend(f"{k(key)}{colon}{v(value)}" for key, value in rest.items())
    return separator.join(parts)
