"""Administration of staff accounts: create, disable and enable, reset a password, change a
role (``Permission.MANAGE_STAFF``).

No password is ever made up or printed here. A password the administrator types (for a new
account or in a reset) is temporary: the person must replace it at their next sign-in. A
reset may instead clear the password, so the person chooses one at their next login. Every
change is audited; no audit row ever holds a password or its hash. The center always keeps
one active administrator.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.accounts.passwords import check_password_rules, hash_password
from services.accounts.staff import StaffInfo, add_user, check_full_name, check_username, staff_info
from services.admin.common import audit_change
from services.core.actors import STAFF_ROLES, Actor, Permission, Role
from services.core.clock import resolve_now
from services.core.errors import NotFound, ValidationError
from services.core.op_context import atomic
from services.inputs.quoting import quoted
from services.storage.models import Staff

ROLE_NAMES = tuple(role.value for role in STAFF_ROLES)


@dataclass(frozen=True)
class StaffAccount:
    """An account as the administrator sees it (never its password hash)."""

    id: int
    username: str
    full_name: str
    role: str
    active: bool
    has_password: bool
    must_change_password: bool
    locked_until: datetime | None
    created_at: datetime

    def locked(self, at: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > at


def _account(staff: Staff) -> StaffAccount:
    return StaffAccount(
        id=staff.id,
        username=staff.username,
        full_name=staff.full_name,
        role=staff.role,
        active=staff.active,
        has_password=staff.password_hash is not None,
        must_change_password=staff.must_change_password,
        locked_until=staff.locked_until,
        created_at=staff.created_at,
    )


def _snapshot(staff: Staff) -> dict[str, Any]:
    return {
        "username": staff.username,
        "full_name": staff.full_name,
        "role": staff.role,
        "active": staff.active,
    }


def _recorded(
    session: Session,
    actor: Actor,
    action: str,
    staff: Staff,
    *,
    at: datetime,
    before: dict[str, Any],
    after: dict[str, Any] | None = None,
) -> StaffAccount:
    """Audit a change to ``staff`` (by default from ``before`` to its state now), commit it,
    and return the account as it now is."""
    audit_change(
        session,
        actor,
        action,
        at=at,
        target_type="staff",
        target_id=staff.id,
        before=before,
        after=_snapshot(staff) if after is None else after,
        username=staff.username,
    )
    session.commit()
    return _account(staff)


def get_staff_by_id(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(f"There is no staff account with id {staff_id}.")
    return staff


def parse_role(role: str) -> str:
    if role not in ROLE_NAMES:
        raise ValidationError(f"Unknown role {quoted(role)}: use {', '.join(ROLE_NAMES)}.")
    return role


def _is_self(actor: Actor, staff: Staff) -> bool:
    return actor.staff_id == staff.id or (actor.staff_id is None and actor.name == staff.username)


def _keep_an_admin(session: Session, staff: Staff) -> None:
    """Refuse a change that would leave no active administrator to undo it."""
    if staff.role != Role.ADMIN.value or not staff.active:
        return
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.id != staff.id)
    )
    if not others:
        raise ValidationError(
            f"{staff.username} is the last active administrator; make another account an "
            "administrator first."
        )


def list_staff_accounts(session: Session, actor: Actor) -> list[StaffAccount]:
    actor.require(Permission.MANAGE_STAFF)
    return [_account(s) for s in session.scalars(select(Staff).order_by(Staff.username))]


@atomic
def create_staff(
    session: Session,
    actor: Actor,
    username: str,
    *,
    role: str,
    full_name: str = "",
    password: str | None = None,
    now: datetime | None = None,
) -> StaffInfo:
    """Create an account. ``password`` is temporary: the person replaces it at the first
    sign-in; with None, they choose one then."""
    actor.require(Permission.MANAGE_STAFF)
    name = check_username(username)
    role = parse_role(role)
    full = check_full_name(full_name)
    if password is not None:
        return add_user(
            session,
            actor,
            name,
            role=role,
            password=password,
            full_name=full,
            temporary=True,
            now=now,
        )
    at = resolve_now(now)
    if session.scalar(select(Staff.id).where(Staff.username == name)) is not None:
        raise ValidationError(f"The username {quoted(name)} is already taken.")
    staff = Staff(
        username=name,
        full_name=full or name,
        role=role,
        password_hash=None,
        must_change_password=True,
        failed_logins=0,
        active=True,
        created_at=at,
    )
    session.add(staff)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(f"The username {quoted(name)} is already taken.") from None
    audit_change(
        session,
        actor,
        "staff.add",
        at=at,
        target_type="staff",
        target_id=staff.id,
        before=None,
        after=_snapshot(staff),
        password="chosen at first login",
    )
    session.commit()
    return staff_info(staff)


@atomic
def set_staff_active(
    session: Session, actor: Actor, staff_id: int, active: bool, *, now: datetime | None = None
) -> StaffAccount:
    """Disable an account (it can no longer log in; its history stays) or enable it again."""
    actor.require(Permission.MANAGE_STAFF)
    at = resolve_now(now)
    staff = get_staff_by_id(session, staff_id)
    if not isinstance(active, bool):
        raise ValidationError("Say whether the account is to be enabled or disabled.")
    if staff.active == active:
        return _account(staff)
    if not active:
        if _is_self(actor, staff):
            raise ValidationError("You cannot disable your own account.")
        _keep_an_admin(session, staff)
    before = _snapshot(staff)
    staff.active = active
    if active:
        staff.failed_logins = 0
        staff.locked_until = None
    return _recorded(
        session, actor, "staff.enable" if active else "staff.disable", staff, at=at, before=before
    )


@atomic
def change_role(
    session: Session, actor: Actor, staff_id: int, role: str, *, now: datetime | None = None
) -> StaffAccount:
    actor.require(Permission.MANAGE_STAFF)
    at = resolve_now(now)
    staff = get_staff_by_id(session, staff_id)
    role = parse_role(role)
    if staff.role == role:
        return _account(staff)
    if _is_self(actor, staff):
        raise ValidationError("You cannot change your own role; ask another administrator.")
    if role != Role.ADMIN.value:
        _keep_an_admin(session, staff)
    before = _snapshot(staff)
    staff.role = role
    return _recorded(session, actor, "staff.role_change", staff, at=at, before=before)


@atomic
def rename_staff(
    session: Session, actor: Actor, staff_id: int, full_name: str, *, now: datetime | None = None
) -> StaffAccount:
    actor.require(Permission.MANAGE_STAFF)
    at = resolve_now(now)
    staff = get_staff_by_id(session, staff_id)
    full = check_full_name(full_name, required=True)
    if staff.full_name == full:
        return _account(staff)
    before = _snapshot(staff)
    staff.full_name = full
    return _recorded(session, actor, "staff.rename", staff, at=at, before=before)


@atomic
def reset_password(
    session: Session,
    actor: Actor,
    staff_id: int,
    *,
    temporary_password: str | None = None,
    now: datetime | None = None,
) -> StaffAccount:
    """Clear the password (chosen anew at the next login), or set a temporary one that must be
    changed at the next login. Either way the account is unlocked."""
    actor.require(Permission.MANAGE_STAFF)
    at = resolve_now(now)
    staff = get_staff_by_id(session, staff_id)
    if _is_self(actor, staff):
        raise ValidationError("Change your own password at login, not by a reset.")
    if temporary_password is not None:
        check_password_rules(temporary_password)
    had = "set" if staff.password_hash is not None else "none"
    staff.password_hash = None if temporary_password is None else hash_password(temporary_password)
    staff.must_change_password = True
    staff.failed_logins = 0
    staff.locked_until = None
    mode = "cleared" if temporary_password is None else "temporary"
    return _recorded(
        session,
        actor,
        "staff.password_reset",
        staff,
        at=at,
        before={"password": had},
        after={"password": mode},
    )
