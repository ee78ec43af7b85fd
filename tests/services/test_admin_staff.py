"""Administration of staff accounts, on both databases: create, disable and enable, reset a
password, change a role; audited before and after, never with a password in the log."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.accounts.staff import (
    MAX_FAILED_LOGINS,
    change_password,
    login,
    replace_required_password,
    set_first_password,
)
from services.admin.staff import (
    change_role,
    create_staff,
    list_staff_accounts,
    rename_staff,
    reset_password,
    set_staff_active,
)
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    NotFound,
    PasswordChangeRequired,
    TemporaryPasswordMustChange,
    ValidationError,
)
from services.storage.db import Database
from services.storage.models import AuditLog, Staff
from tests.conftest import MORNING
from tests.services.test_admin_catalog import admin_actor, audit_total, details, last_audit

PASSWORD = "窗口-counter-2026"
TEMPORARY = "temporary-2026"
OWN = "my-own-password-1"


def staff_id(session: Session, username: str) -> int:
    return session.scalars(select(Staff.id).where(Staff.username == username)).one()


def second_admin(session: Session) -> Actor:
    info = create_staff(
        session, admin_actor(session), "wang.admin", role="admin", password=PASSWORD
    )
    return info.actor()


def choose_own_password(session: Session, username: str) -> None:
    """What the sign-in makes the person do with the temporary password PASSWORD."""
    replace_required_password(session, username, PASSWORD, OWN, now=MORNING)


def test_a_password_set_at_creation_is_temporary(database: Database) -> None:
    with database.writer() as session:
        info = create_staff(
            session,
            admin_actor(session),
            " li.na ",
            role="counter",
            full_name="李娜",
            password=PASSWORD,
            now=MORNING,
        )
        assert (info.username, info.full_name, info.role, info.active) == (
            "li.na",
            "李娜",
            "counter",
            True,
        )
        assert last_audit(session).action == "staff.add"
        assert info.must_change_password
        with pytest.raises(TemporaryPasswordMustChange):
            login(session, "li.na", PASSWORD, now=MORNING)
        choose_own_password(session, "li.na")
        assert login(session, "li.na", OWN, now=MORNING).role == "counter"


def test_create_without_a_password_lets_the_person_choose_it(database: Database) -> None:
    with database.writer() as session:
        info = create_staff(session, admin_actor(session), "zhao", role="mediator", now=MORNING)
        audit = last_audit(session)
        assert (audit.action, audit.target_id) == ("staff.add", str(info.id))
        assert audit.details["before"] is None
        assert audit.details["after"] == {
            "username": "zhao",
            "full_name": "zhao",
            "role": "mediator",
            "active": True,
        }
        with pytest.raises(PasswordChangeRequired, match="must set a password"):
            login(session, "zhao", "", now=MORNING)
        set_first_password(session, "zhao", PASSWORD, now=MORNING)
        assert login(session, "zhao", PASSWORD, now=MORNING).role == "mediator"
        account = next(
            a for a in list_staff_accounts(session, admin_actor(session)) if a.id == info.id
        )
        assert account.has_password
        assert not account.must_change_password


@pytest.mark.parametrize(
    ("username", "role", "password", "message"),
    [
        ("two words", "counter", PASSWORD, "user name cannot contain spaces"),
        ("", "counter", PASSWORD, "user name cannot be empty"),
        ("x" * 65, "counter", PASSWORD, "user name is at most 64 characters (65 given)"),
        ("li\x00na", "counter", PASSWORD, "not allowed (U+0000)"),
        ("li\u202ena", "counter", PASSWORD, "not allowed (U+202E)"),
        ("admin", "counter", None, "already taken"),
        ("admin", "counter", PASSWORD, "already taken"),
        ("new.one", "boss", PASSWORD, "Unknown role 'boss'"),
        ("new.one", "system", None, "Unknown role 'system'"),
        ("new.one", "counter", "short", "at least 8 characters"),
    ],
)
def test_create_is_validated(
    database: Database, username: str, role: str, password: str | None, message: str
) -> None:
    with database.writer() as session:
        before = audit_total(session)
        with pytest.raises(ValidationError, match=re.escape(message)):
            create_staff(session, admin_actor(session), username, role=role, password=password)
        assert audit_total(session) == before


def test_disable_stops_login_and_enable_restores_it(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        account = set_staff_active(session, actor, info.id, False, now=MORNING)
        assert not account.active
        audit = last_audit(session)
        assert (audit.action, audit.target_id) == ("staff.disable", str(info.id))
        assert details(session) == {
            "before": {"active": True},
            "after": {"active": False},
            "username": "li.na",
        }
        with pytest.raises(AuthenticationFailed, match="Unknown user name"):
            login(session, "li.na", PASSWORD, now=MORNING)
        count = audit_total(session)
        set_staff_active(session, actor, info.id, False, now=MORNING)  # already disabled
        assert audit_total(session) == count
        assert set_staff_active(session, actor, info.id, True, now=MORNING).active
        assert last_audit(session).action == "staff.enable"
        choose_own_password(session, "li.na")
        assert login(session, "li.na", OWN, now=MORNING).username == "li.na"


def test_the_last_administrator_and_oneself_are_protected(database: Database) -> None:
    with database.writer() as session:
        admin = admin_actor(session)
        admin_id = staff_id(session, "admin")
        with pytest.raises(ValidationError, match="your own account"):
            set_staff_active(session, admin, admin_id, False)
        with pytest.raises(ValidationError, match="your own role"):
            change_role(session, admin, admin_id, "manager")
        with pytest.raises(ValidationError, match="own password"):
            reset_password(session, admin, admin_id)
        other = second_admin(session)
        # another administrator may demote or disable the first, but not the last one
        assert change_role(session, other, admin_id, "manager", now=MORNING).role == "manager"
        with pytest.raises(ValidationError, match="last active administrator"):
            set_staff_active(session, SYSTEM, staff_id(session, "wang.admin"), False)
        assert change_role(session, other, admin_id, "admin").role == "admin"
        assert not set_staff_active(session, other, admin_id, False).active
        with pytest.raises(ValidationError, match="last active administrator"):
            change_role(session, SYSTEM, staff_id(session, "wang.admin"), "counter")


def test_last_admin_cannot_be_disabled_by_the_system(database: Database) -> None:
    with database.writer() as session:
        with pytest.raises(ValidationError, match="last active administrator"):
            set_staff_active(session, SYSTEM, staff_id(session, "admin"), False)
        with pytest.raises(ValidationError, match="last active administrator"):
            change_role(session, SYSTEM, staff_id(session, "admin"), "counter")


def test_change_role(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        account = change_role(session, actor, info.id, "manager", now=MORNING)
        assert account.role == "manager"
        assert details(session) == {
            "before": {"role": "counter"},
            "after": {"role": "manager"},
            "username": "li.na",
        }
        choose_own_password(session, "li.na")
        assert login(session, "li.na", OWN, now=MORNING).actor().role == Role.MANAGER
        with pytest.raises(ValidationError, match="Unknown role"):
            change_role(session, actor, info.id, "kiosk")
        with pytest.raises(NotFound):
            change_role(session, actor, 9999, "counter")


def test_rename(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        assert rename_staff(session, actor, info.id, " 李娜 ", now=MORNING).full_name == "李娜"
        assert details(session) == {
            "before": {"full_name": "li.na"},
            "after": {"full_name": "李娜"},
            "username": "li.na",
        }
        with pytest.raises(ValidationError, match="full name cannot be empty"):
            rename_staff(session, actor, info.id, " ")


def test_reset_clears_the_password_and_unlocks(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        for _ in range(MAX_FAILED_LOGINS - 1):
            with pytest.raises(AuthenticationFailed):
                login(session, "li.na", "wrong-password", now=MORNING)
        with pytest.raises(AccountLocked):
            login(session, "li.na", "wrong-password", now=MORNING)
        account = reset_password(session, actor, info.id, now=MORNING + timedelta(minutes=1))
        assert (account.has_password, account.must_change_password) == (False, True)
        assert not account.locked(MORNING + timedelta(minutes=1))
        assert details(session) == {
            "before": {"password": "set"},
            "after": {"password": "cleared"},
            "username": "li.na",
        }
        with pytest.raises(PasswordChangeRequired):
            login(session, "li.na", PASSWORD, now=MORNING + timedelta(minutes=1))
        set_first_password(session, "li.na", "a-new-password-1")
        assert login(session, "li.na", "a-new-password-1").username == "li.na"


def test_reset_to_a_temporary_password_forces_a_change(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        with pytest.raises(ValidationError, match="at least 8"):
            reset_password(session, actor, info.id, temporary_password="short")
        reset_password(session, actor, info.id, temporary_password=TEMPORARY, now=MORNING)
        assert details(session)["after"] == {"password": "temporary"}
        with pytest.raises(AuthenticationFailed):
            login(session, "li.na", PASSWORD, now=MORNING)
        with pytest.raises(PasswordChangeRequired, match="must choose a new password"):
            login(session, "li.na", TEMPORARY, now=MORNING)
        change_password(session, "li.na", TEMPORARY, "a-new-password-1", now=MORNING)
        assert login(session, "li.na", "a-new-password-1", now=MORNING).username == "li.na"


def test_no_password_or_hash_is_ever_audited(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_staff(session, actor, "li.na", role="counter", password=PASSWORD)
        create_staff(session, actor, "zhao", role="counter")
        reset_password(session, actor, info.id, temporary_password=TEMPORARY)
        stored_hash = session.scalar(select(Staff.password_hash).where(Staff.id == info.id))
        assert stored_hash
        for row in session.scalars(select(AuditLog)):
            text = json.dumps(row.details, ensure_ascii=False)
            for secret in (PASSWORD, TEMPORARY, stored_hash, "scrypt$"):
                assert secret not in text
