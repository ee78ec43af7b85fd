"""Staff accounts on both databases: creation, login, lockout, first password, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from services.accounts.passwords import MIN_PASSWORD_LENGTH, verify_password
from services.accounts.staff import (
    LOCKOUT,
    MAX_FAILED_LOGINS,
    add_user,
    change_password,
    list_staff,
    login,
    set_first_password,
)
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import (
    AccountLocked,
    AuthenticationFailed,
    PasswordChangeRequired,
    PermissionDenied,
    ValidationError,
)
from services.storage.db import Database
from services.storage.models import AuditLog, Staff
from tests.conftest import MORNING

PASSWORD = "窗口-counter-2026"


def audit_rows(database: Database) -> list[tuple[str, str, str | None]]:
    with database.reader() as session:
        rows = session.execute(
            select(AuditLog.action, AuditLog.actor, AuditLog.target_id).order_by(AuditLog.id)
        )
        return [(action, actor, target) for action, actor, target in rows]


def audit_count(database: Database) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)


def stored_hash(database: Database, username: str) -> str | None:
    with database.reader() as session:
        return session.scalar(select(Staff.password_hash).where(Staff.username == username))


def add(
    database: Database,
    username: str = "li.na",
    role: str = "counter",
    password: str = PASSWORD,
    actor: Actor = SYSTEM,
) -> None:
    with database.writer() as session:
        add_user(session, actor, username, role=role, password=password, now=MORNING)


def try_login(database: Database, username: str, password: str, minutes: float = 0) -> object:
    with database.writer() as session:
        return login(session, username, password, now=MORNING + timedelta(minutes=minutes))


def test_add_user_then_login(database: Database) -> None:
    with database.writer() as session:
        info = add_user(
            session,
            SYSTEM,
            "  li.na ",
            role="counter",
            password=PASSWORD,
            full_name="李娜",
            now=MORNING,
        )
    assert (info.username, info.full_name, info.role) == ("li.na", "李娜", "counter")
    assert info.must_change_password is False

    with database.writer() as session:
        me = login(session, "li.na", PASSWORD, now=MORNING)
    assert me.id == info.id
    assert me.actor() == Actor("li.na", Role.COUNTER, info.id)
    with database.reader() as session:
        assert "li.na" in [s.username for s in list_staff(session)]
    assert ("staff.add", "system", str(info.id)) in audit_rows(database)


def test_password_hashes_are_salted_scrypt(database: Database) -> None:
    add(database, "wang.fang", password=PASSWORD)
    add(database, "zhao.lei", password=PASSWORD)
    first, second = stored_hash(database, "wang.fang"), stored_hash(database, "zhao.lei")
    assert first is not None
    assert second is not None
    for stored in (first, second):
        scheme, n, r, p, salt, digest = stored.split("$")
        assert scheme == "scrypt"
        assert int(n) >= 2**14
        assert int(r) >= 8
        assert int(p) >= 1
        assert stored != PASSWORD
        assert PASSWORD not in stored
        assert verify_password(PASSWORD, stored)
        assert not verify_password(PASSWORD + "x", stored)
    assert first != second  # a fresh salt per account


@pytest.mark.parametrize(
    ("username", "role", "password", "match"),
    [
        ("li.na", "boss", PASSWORD, "Unknown role"),
        ("li.na", "system", PASSWORD, "Unknown role"),
        ("li.na", "kiosk", PASSWORD, "Unknown role"),
        ("li.na", "counter", "x" * (MIN_PASSWORD_LENGTH - 1), "at least"),
        ("li.na", "counter", "", "at least"),
        ("li na", "counter", PASSWORD, "user name cannot contain spaces"),
        ("   ", "counter", PASSWORD, "user name cannot be empty"),
        ("u" * 65, "counter", PASSWORD, "user name is at most 64"),
    ],
)
def test_add_user_validation(
    database: Database, username: str, role: str, password: str, match: str
) -> None:
    before = audit_count(database)
    with database.writer() as session, pytest.raises(ValidationError, match=match):
        add_user(session, SYSTEM, username, role=role, password=password, now=MORNING)
    with database.reader() as session:
        assert [s.username for s in list_staff(session)] == ["admin"]
    assert audit_count(database) == before


def test_minimum_length_password_is_accepted_for_every_role(database: Database) -> None:
    for role in ("counter", "manager", "admin"):
        add(database, f"user-{role}", role=role, password="p" * MIN_PASSWORD_LENGTH)
    with database.reader() as session:
        roles = {s.username: s.role for s in list_staff(session)}
    assert roles == {
        "admin": "admin",
        "user-counter": "counter",
        "user-manager": "manager",
        "user-admin": "admin",
    }


def test_duplicate_username_is_refused(database: Database) -> None:
    add(database, "li.na")
    with database.writer() as session, pytest.raises(ValidationError, match="already taken"):
        add_user(session, SYSTEM, "li.na", role="manager", password=PASSWORD, now=MORNING)
    with database.writer() as session, pytest.raises(ValidationError, match="already taken"):
        add_user(session, SYSTEM, "admin", role="admin", password=PASSWORD, now=MORNING)
    with database.reader() as session:
        assert [s.role for s in list_staff(session) if s.username == "li.na"] == ["counter"]


@pytest.mark.parametrize("role", [Role.COUNTER, Role.MANAGER, Role.KIOSK])
def test_only_admins_and_the_system_add_users(database: Database, role: Role) -> None:
    with database.writer() as session, pytest.raises(PermissionDenied):
        add_user(
            session,
            Actor("someone", role, None),
            "intruder",
            role="admin",
            password=PASSWORD,
            now=MORNING,
        )
    with database.reader() as session:
        assert "intruder" not in [s.username for s in list_staff(session)]


def test_a_logged_in_counter_clerk_cannot_add_users_but_an_admin_can(database: Database) -> None:
    add(database, "clerk", role="counter")
    add(database, "boss", role="admin")
    with database.writer() as session:
        clerk = login(session, "clerk", PASSWORD, now=MORNING).actor()
        boss = login(session, "boss", PASSWORD, now=MORNING).actor()
    with database.writer() as session, pytest.raises(PermissionDenied):
        add_user(session, clerk, "friend", role="admin", password=PASSWORD, now=MORNING)
    with database.writer() as session:
        add_user(session, boss, "friend", role="counter", password=PASSWORD, now=MORNING)
    assert ("staff.add", "boss") in [(a, n) for a, n, _ in audit_rows(database)]


def test_wrong_password_and_unknown_user_fail_alike(database: Database) -> None:
    add(database, "li.na")
    with pytest.raises(AuthenticationFailed) as wrong:
        try_login(database, "li.na", PASSWORD + "!")
    with pytest.raises(AuthenticationFailed) as unknown:
        try_login(database, "nobody", PASSWORD)
    assert type(wrong.value) is AuthenticationFailed
    assert type(unknown.value) is AuthenticationFailed
    assert str(wrong.value) == str(unknown.value)  # does not tell which names exist


def test_five_failures_lock_the_account_for_fifteen_minutes(database: Database) -> None:
    assert MAX_FAILED_LOGINS == 5
    assert timedelta(minutes=15) == LOCKOUT
    add(database, "li.na")
    for attempt in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed) as raised:
            try_login(database, "li.na", "wrong-password", minutes=attempt)
        assert not isinstance(raised.value, AccountLocked)
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", "wrong-password", minutes=4)

    # Locked from the fifth failure (minute 4): the right password does not help yet.
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", PASSWORD, minutes=5)
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", PASSWORD, minutes=4 + 14)
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", PASSWORD, minutes=4 + 14.98)

    info = try_login(database, "li.na", PASSWORD, minutes=4 + 15 + 1 / 60)
    assert getattr(info, "username", None) == "li.na"
    with database.reader() as session:
        staff = session.scalars(select(Staff).where(Staff.username == "li.na")).one()
        assert staff.locked_until is None
        assert staff.failed_logins == 0


def test_a_successful_login_resets_the_failure_count(database: Database) -> None:
    add(database, "li.na")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            try_login(database, "li.na", "wrong-password")
    try_login(database, "li.na", PASSWORD)
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed) as raised:
            try_login(database, "li.na", "wrong-password")
        assert not isinstance(raised.value, AccountLocked)
    try_login(database, "li.na", PASSWORD)


def test_seeded_admin_sets_a_first_password_once(database: Database) -> None:
    assert stored_hash(database, "admin") is None
    for guess in ("", "admin", "password", "12345678"):
        with pytest.raises(PasswordChangeRequired):
            try_login(database, "admin", guess)

    with database.writer() as session, pytest.raises(ValidationError, match="at least"):
        set_first_password(session, "admin", "short", now=MORNING)
    assert stored_hash(database, "admin") is None

    with database.writer() as session:
        info = set_first_password(session, "admin", "first-chosen-secret", now=MORNING)
    assert (info.role, info.must_change_password) == ("admin", False)
    admin = try_login(database, "admin", "first-chosen-secret")
    assert getattr(admin, "role", None) == "admin"
    with pytest.raises(AuthenticationFailed):
        try_login(database, "admin", "someone-else-1")

    # A second "first" password would let anyone take the account over: refused.
    with database.writer() as session, pytest.raises(AuthenticationFailed):
        set_first_password(session, "admin", "someone-else-1", now=MORNING)
    try_login(database, "admin", "first-chosen-secret")
    with pytest.raises(AuthenticationFailed):
        try_login(database, "admin", "someone-else-1")
    assert ("staff.first_password", "admin", str(info.id)) in audit_rows(database)


def test_change_password(database: Database) -> None:
    add(database, "li.na")
    with database.writer() as session, pytest.raises(AuthenticationFailed):
        change_password(session, "li.na", "not-the-password", "brand-new-secret", now=MORNING)
    with database.writer() as session, pytest.raises(ValidationError, match="differ"):
        change_password(session, "li.na", PASSWORD, PASSWORD, now=MORNING)
    with database.writer() as session, pytest.raises(ValidationError, match="at least"):
        change_password(session, "li.na", PASSWORD, "short", now=MORNING)
    try_login(database, "li.na", PASSWORD)

    with database.writer() as session:
        change_password(session, "li.na", PASSWORD, "brand-new-secret", now=MORNING)
    with pytest.raises(AuthenticationFailed):
        try_login(database, "li.na", PASSWORD)
    try_login(database, "li.na", "brand-new-secret")
    assert stored_hash(database, "li.na") != "brand-new-secret"
    assert "staff.change_password" in [a for a, _, _ in audit_rows(database)]


def test_change_password_is_refused_while_the_account_is_locked(database: Database) -> None:
    # Otherwise change_password is a password-guessing oracle that bypasses the lockout.
    add(database, "li.na")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            try_login(database, "li.na", "wrong-password")
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", "wrong-password")
    with database.writer() as session, pytest.raises(AuthenticationFailed):
        change_password(session, "li.na", PASSWORD, "attacker-chosen-1", now=MORNING)
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", "attacker-chosen-1", minutes=1)
    try_login(database, "li.na", PASSWORD, minutes=16)


def test_login_success_and_failure_are_audited(database: Database) -> None:
    add(database, "li.na")
    before = audit_count(database)
    try_login(database, "li.na", PASSWORD)
    with pytest.raises(AuthenticationFailed):
        try_login(database, "li.na", "wrong-password")
    for _ in range(MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthenticationFailed):
            try_login(database, "li.na", "wrong-password")
    rows = audit_rows(database)[before:]
    assert [(action, actor) for action, actor, _ in rows] == (
        [("staff.login", "li.na")] + [("staff.login_failed", "li.na")] * MAX_FAILED_LOGINS
    )


def test_login_attempt_on_a_locked_account_is_audited(database: Database) -> None:
    add(database, "li.na")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationFailed):
            try_login(database, "li.na", "wrong-password")
    before = audit_count(database)
    with pytest.raises(AccountLocked):
        try_login(database, "li.na", PASSWORD, minutes=1)
    assert audit_count(database) == before + 1


def test_login_attempt_before_the_first_password_is_audited(database: Database) -> None:
    before = audit_count(database)
    with pytest.raises(PasswordChangeRequired):
        try_login(database, "admin", "guess-guess")
    assert audit_count(database) == before + 1


def test_login_attempt_with_an_unknown_name_is_audited(database: Database) -> None:
    before = audit_count(database)
    with pytest.raises(AuthenticationFailed):
        try_login(database, "ghost", "guess-guess")
    rows = audit_rows(database)
    assert len(rows) == before + 1
    assert "ghost" in (rows[-1][1], rows[-1][2])
