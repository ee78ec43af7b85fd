"""Temporary passwords, on both databases: a password an administrator typed lets the person
sign in only as far as choosing their own; nothing else is allowed until they have."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.accounts.passwords import MIN_PASSWORD_LENGTH, verify_password
from services.accounts.staff import MAX_FAILED_LOGINS, add_user, login, replace_required_password
from services.admin.staff import create_staff, reset_password, set_staff_active
from services.core.actors import SYSTEM
from services.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    PasswordChangeRequired,
    TemporaryPasswordMustChange,
    ValidationError,
)
from services.storage.db import Database
from services.storage.models import AuditLog, Staff
from tests.conftest import MORNING
from tests.services.test_admin_catalog import admin_actor

TEMPORARY = "temporary-2026"
OWN = "窗口-own-choice-1"


def new_clerk(session: Session, password: str | None = TEMPORARY) -> int:
    return create_staff(
        session, admin_actor(session), "li.na", role="counter", password=password, now=MORNING
    ).id


def actions(session: Session, staff_id: int) -> list[str]:
    return list(
        session.scalars(
            select(AuditLog.action)
            .where(AuditLog.target_type == "staff", AuditLog.target_id == str(staff_id))
            .order_by(AuditLog.id)
        )
    )


def row(session: Session, staff_id: int) -> Staff:
    session.expire_all()
    staff = session.get(Staff, staff_id)
    assert staff is not None
    return staff


def test_the_temporary_password_signs_in_only_to_replace_it(database: Database) -> None:
    with database.writer() as session:
        clerk = new_clerk(session)
        assert row(session, clerk).must_change_password
        with pytest.raises(TemporaryPasswordMustChange, match="temporary password"):
            login(session, "li.na", TEMPORARY, now=MORNING)
        # the attempt is audited as what it is, not as a completed sign-in
        assert actions(session, clerk) == ["staff.add", "staff.login_temporary_password"]
        info = replace_required_password(session, "li.na", TEMPORARY, OWN, now=MORNING)
        assert not info.must_change_password
        assert actions(session, clerk)[-1] == "staff.temporary_password_replaced"
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            login(session, "li.na", TEMPORARY, now=MORNING)
        me = login(session, "li.na", OWN, now=MORNING)
        assert (me.id, me.role) == (clerk, "counter")
        assert actions(session, clerk)[-1] == "staff.login"
        stored = row(session, clerk).password_hash
        assert verify_password(OWN, stored)
        assert TEMPORARY not in str(session.scalars(select(AuditLog.details)).all())


@pytest.mark.parametrize(
    ("new_password", "error", "message"),
    [
        (TEMPORARY, ValidationError, "differ from the temporary one"),
        ("x" * (MIN_PASSWORD_LENGTH - 1), ValidationError, f"at least {MIN_PASSWORD_LENGTH}"),
        ("", ValidationError, "at least"),
    ],
)
def test_a_refused_new_password_keeps_the_account_temporary(
    database: Database, new_password: str, error: type[Exception], message: str
) -> None:
    with database.writer() as session:
        clerk = new_clerk(session)
        with pytest.raises(error, match=message):
            replace_required_password(session, "li.na", TEMPORARY, new_password, now=MORNING)
        staff = row(session, clerk)
        assert staff.must_change_password
        assert verify_password(TEMPORARY, staff.password_hash)
        with pytest.raises(TemporaryPasswordMustChange):
            login(session, "li.na", TEMPORARY, now=MORNING)


def test_a_wrong_temporary_password_counts_towards_the_lockout(database: Database) -> None:
    with database.writer() as session:
        clerk = new_clerk(session)
        for attempt in range(MAX_FAILED_LOGINS - 1):
            with pytest.raises(AuthenticationFailed, match="wrong password"):
                replace_required_password(
                    session,
                    "li.na",
                    "not-the-temporary",
                    OWN,
                    now=MORNING + timedelta(seconds=attempt),
                )
        with pytest.raises(AccountLocked):
            replace_required_password(session, "li.na", "not-the-temporary", OWN, now=MORNING)
        # locked: even the right temporary password is refused until the lockout ends
        with pytest.raises(AccountLocked):
            replace_required_password(session, "li.na", TEMPORARY, OWN, now=MORNING)
        assert row(session, clerk).must_change_password
        later = MORNING + timedelta(minutes=16)
        replace_required_password(session, "li.na", TEMPORARY, OWN, now=later)
        assert login(session, "li.na", OWN, now=later).id == clerk


def test_only_a_required_change_goes_through_this_door(database: Database) -> None:
    with database.writer() as session:
        add_user(session, SYSTEM, "wang.fang", role="counter", password=TEMPORARY, now=MORNING)
        assert login(session, "wang.fang", TEMPORARY, now=MORNING).username == "wang.fang"
        with pytest.raises(ValidationError, match="not temporary"):
            replace_required_password(session, "wang.fang", TEMPORARY, OWN, now=MORNING)
        assert login(session, "wang.fang", TEMPORARY, now=MORNING).username == "wang.fang"
        with pytest.raises(AuthenticationFailed, match="Unknown user name"):
            replace_required_password(session, "nobody", TEMPORARY, OWN, now=MORNING)


def test_an_account_without_a_password_chooses_its_first_one(database: Database) -> None:
    with database.writer() as session:
        clerk = new_clerk(session, password=None)
        with pytest.raises(PasswordChangeRequired) as raised:
            login(session, "li.na", "", now=MORNING)
        assert not isinstance(raised.value, TemporaryPasswordMustChange)
        replace_required_password(session, "li.na", "", OWN, now=MORNING)
        assert login(session, "li.na", OWN, now=MORNING).id == clerk
        assert "staff.first_password" in actions(session, clerk)


def test_a_reset_to_a_temporary_password_is_replaced_the_same_way(database: Database) -> None:
    with database.writer() as session:
        clerk = new_clerk(session)
        replace_required_password(session, "li.na", TEMPORARY, OWN, now=MORNING)
        reset_password(session, admin_actor(session), clerk, temporary_password="reset-2026-x")
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            login(session, "li.na", OWN, now=MORNING)
        with pytest.raises(TemporaryPasswordMustChange):
            login(session, "li.na", "reset-2026-x", now=MORNING)
        # the new password may be the one used before the reset: only the temporary is refused
        replace_required_password(session, "li.na", "reset-2026-x", OWN, now=MORNING)
        assert login(session, "li.na", OWN, now=MORNING).id == clerk


def test_a_disabled_account_cannot_replace_its_password(database: Database) -> None:
    with database.writer() as session:
        clerk = new_clerk(session)
        set_staff_active(session, admin_actor(session), clerk, False)
        with pytest.raises(AuthenticationFailed, match="Unknown user name"):
            replace_required_password(session, "li.na", TEMPORARY, OWN, now=MORNING)
        assert row(session, clerk).must_change_password
