"""Staff accounts: creation, login with lockout, and the password a sign-in asks for.

A password an administrator typed for someone else is temporary (``must_change_password``):
the sign-in checks it, then refuses to go further until the person has chosen their own
password (``replace_required_password``). An account with no password at all (the seeded
admin, or after a reset that cleared it) chooses one the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.accounts.passwords import check_password_rules, hash_password, verify_password
from services.core.actors import STAFF_ROLES, Actor, Permission, Role
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PasswordChangeRequired,
    PasswordReused,
    TemporaryPasswordMustChange,
    TextProblem,
    TextRefused,
    ValidationError,
)
from services.core.journal import record_audit
from services.core.text_checks import clean_text
from services.storage.models import Staff

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
USERNAME_LIMIT = 64  # the column's width
FULL_NAME_LIMIT = 100


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    full_name: str
    role: str
    active: bool
    must_change_password: bool

    def actor(self) -> Actor:
        return Actor(self.username, Role(self.role), self.id)


def staff_info(staff: Staff) -> StaffInfo:
    return StaffInfo(
        id=staff.id,
        username=staff.username,
        full_name=staff.full_name,
        role=staff.role,
        active=staff.active,
        must_change_password=staff.must_change_password,
    )


def check_username(username: str) -> str:
    """A user name as stored: the text rules of ``services.core.text_checks``, and no spaces."""
    name = clean_text(username, "user name", max_length=USERNAME_LIMIT, required=True)
    if any(char.isspace() for char in name):
        raise TextRefused("user name", TextProblem.SPACE)
    return name


def check_full_name(full_name: str, *, required: bool = False) -> str:
    """A full name as stored (empty when not ``required``: the user name stands in)."""
    return clean_text(full_name, "full name", max_length=FULL_NAME_LIMIT, required=required)


def _find(session: Session, username: str) -> Staff | None:
    return session.scalars(select(Staff).where(Staff.username == username)).one_or_none()


def add_user(
    session: Session,
    actor: Actor,
    username: str,
    *,
    role: str,
    password: str,
    full_name: str = "",
    temporary: bool = False,
    now: datetime | None = None,
) -> StaffInfo:
    """Create an account with a password; ``temporary`` when someone else chose it, so the
    person must replace it at their first sign-in."""
    actor.require(Permission.MANAGE_STAFF)
    at = resolve_now(now)
    username = check_username(username)
    full_name = check_full_name(full_name)
    if role not in {r.value for r in STAFF_ROLES}:
        raise ValidationError(f"Unknown role {role!r}: use counter, mediator, manager or admin.")
    check_password_rules(password)
    if _find(session, username) is not None:
        raise ValidationError(
            f"The username {username!r} is already taken.", key="username_taken", user=username
        )
    staff = Staff(
        username=username,
        full_name=full_name or username,
        role=role,
        password_hash=hash_password(password),
        must_change_password=temporary,
        failed_logins=0,
        active=True,
        created_at=at,
    )
    session.add(staff)
    session.flush()
    record_audit(
        session,
        actor,
        "staff.add",
        at=at,
        target_type="staff",
        target_id=staff.id,
        details={"username": username, "role": role, "temporary_password": temporary},
    )
    session.commit()
    return staff_info(staff)


def login(
    session: Session, username: str, password: str, *, now: datetime | None = None
) -> StaffInfo:
    """Check a password. Failed attempts count towards a lockout; every attempt is audited."""
    at = resolve_now(now)
    staff = _find(session, username)
    if staff is None or not staff.active:
        _audit_attempt(session, username, "staff.login_unknown", at, None)
        raise AuthenticationFailed("Unknown user name or wrong password.", key="wrong")
    _refuse_locked(session, staff, at)
    if staff.password_hash is None:
        _audit_attempt(session, username, "staff.login_needs_password", at, staff)
        raise PasswordChangeRequired(f"{username} must set a password before the first login.")
    if not verify_password(password, staff.password_hash):
        _count_failure(session, staff, at)
    staff.failed_logins = 0
    staff.locked_until = None
    if staff.must_change_password:
        _audit_attempt(session, username, "staff.login_temporary_password", at, staff)
        raise TemporaryPasswordMustChange(
            f"{username} signs in with a temporary password and must choose a new password now."
        )
    _audit_attempt(session, username, "staff.login", at, staff)
    return staff_info(staff)


def _audit_attempt(
    session: Session,
    username: str,
    action: str,
    at: datetime,
    staff: Staff | None,
    **details: object,
) -> None:
    actor = (
        Actor(staff.username, Role(staff.role), staff.id)
        if staff is not None
        else Actor(username[:64] or "?", Role.SYSTEM)
    )
    record_audit(
        session,
        actor,
        action,
        at=at,
        target_type="staff",
        target_id=staff.id if staff else username[:64],
        details=dict(details),
    )
    session.commit()


def _refuse_locked(session: Session, staff: Staff, at: datetime) -> None:
    if staff.locked_until is None or staff.locked_until <= at:
        return
    _audit_attempt(session, staff.username, "staff.login_locked", at, staff)
    local = staff.locked_until.astimezone(load_center_config(session).timezone)
    raise AccountLocked(
        f"The account {staff.username} is locked after too many failed attempts; "
        f"try again after {local:%H:%M} or ask an administrator.",
        key="until",
        user=staff.username,
        until=f"{local:%H:%M}",
    )


def _count_failure(session: Session, staff: Staff, at: datetime) -> NoReturn:
    staff.failed_logins += 1
    locked = staff.failed_logins >= MAX_FAILED_LOGINS
    if locked:
        staff.locked_until = at + LOCKOUT
        staff.failed_logins = 0
    _audit_attempt(session, staff.username, "staff.login_failed", at, staff, locked=locked)
    if locked:
        minutes = int(LOCKOUT.total_seconds() // 60)
        raise AccountLocked(
            f"Too many failed attempts: the account {staff.username} is locked for "
            f"{minutes} minutes.",
            key="minutes",
            user=staff.username,
            minutes=minutes,
        )
    raise AuthenticationFailed("Unknown user name or wrong password.", key="wrong")


def set_first_password(
    session: Session, username: str, new_password: str, *, now: datetime | None = None
) -> StaffInfo:
    """Let an account with no password yet (the seeded admin) choose one."""
    at = resolve_now(now)
    staff = _find(session, username)
    if staff is None:
        raise NotFound(f"No account named {username!r}.", key="account", user=username)
    if staff.password_hash is not None:
        raise AuthenticationFailed(
            f"{username} already has a password; log in to change it.",
            key="has_password",
            user=username,
        )
    check_password_rules(new_password)
    staff.password_hash = hash_password(new_password)
    staff.must_change_password = False
    actor = Actor(staff.username, Role(staff.role), staff.id)
    record_audit(
        session, actor, "staff.first_password", at=at, target_type="staff", target_id=staff.id
    )
    session.commit()
    return staff_info(staff)


def change_password(
    session: Session,
    username: str,
    old_password: str,
    new_password: str,
    *,
    now: datetime | None = None,
) -> StaffInfo:
    at = resolve_now(now)
    staff = _find(session, username)
    if staff is None or not staff.active:
        _audit_attempt(session, username, "staff.change_password_unknown", at, None)
        raise AuthenticationFailed("Unknown user name or wrong password.", key="wrong")
    _refuse_locked(session, staff, at)
    if not verify_password(old_password, staff.password_hash):
        _count_failure(session, staff, at)
    check_password_rules(new_password)
    if new_password == old_password:
        raise PasswordReused("The new password must differ from the old one.")
    staff.password_hash = hash_password(new_password)
    staff.must_change_password = False
    staff.failed_logins = 0
    _audit_attempt(session, username, "staff.change_password", at, staff)
    return staff_info(staff)


def replace_required_password(
    session: Session,
    username: str,
    current_password: str,
    new_password: str,
    *,
    now: datetime | None = None,
) -> StaffInfo:
    """The password change a sign-in asks for: the first password of an account that has none,
    or the person's own password in place of a temporary one (``current_password``; a wrong
    one counts towards the lockout). Sign in with the new password afterwards."""
    at = resolve_now(now)
    staff = _find(session, username)
    if staff is None or not staff.active:
        _audit_attempt(session, username, "staff.change_password_unknown", at, None)
        raise AuthenticationFailed("Unknown user name or wrong password.", key="wrong")
    if staff.password_hash is None:
        return set_first_password(session, username, new_password, now=at)
    _refuse_locked(session, staff, at)
    if not verify_password(current_password, staff.password_hash):
        _count_failure(session, staff, at)
    if not staff.must_change_password:
        raise ValidationError(f"The password of {username} is not temporary; sign in with it.")
    check_password_rules(new_password)
    if new_password == current_password:
        raise PasswordReused("The new password must differ from the temporary one.")
    staff.password_hash = hash_password(new_password)
    staff.must_change_password = False
    staff.failed_logins = 0
    _audit_attempt(session, username, "staff.temporary_password_replaced", at, staff)
    return staff_info(staff)


def list_staff(session: Session) -> list[StaffInfo]:
    return [staff_info(s) for s in session.scalars(select(Staff).order_by(Staff.username))]
