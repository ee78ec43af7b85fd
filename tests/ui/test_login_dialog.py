"""The sign-in dialog under pytest-qt, through the real services: a temporary password must be
replaced (asked twice, the password rules, not the temporary one again) before anyone is
signed in, and an account without a password chooses its first one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.accounts.staff import login
from services.admin.staff import create_staff
from services.core.actors import SYSTEM
from services.core.errors import AuthenticationFailed, TemporaryPasswordMustChange
from services.storage.db import Database, open_database
from services.storage.models import AuditLog, Staff
from ui.common.login_dialog import LoginDialog
from ui.qt import QDialog, QDialogButtonBox, Qt

TIMEOUT = 10_000
TEMPORARY = "temporary-2026"
OWN = "my-own-password-1"


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    with db.writer() as session:
        create_staff(session, SYSTEM, "li.na", role="counter", password=TEMPORARY)
    yield db
    db.dispose()


@pytest.fixture
def dialog(qtbot: QtBot, database: Database) -> LoginDialog:
    widget = LoginDialog(database, "Sign in")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def press_ok(qtbot: QtBot, dialog: LoginDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def sign_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    press_ok(qtbot, dialog)


def choose(qtbot: QtBot, dialog: LoginDialog, new: str, repeat: str | None = None) -> None:
    dialog.new_password.clear()
    dialog.repeat_password.clear()
    qtbot.keyClicks(dialog.new_password, new)
    qtbot.keyClicks(dialog.repeat_password, new if repeat is None else repeat)
    press_ok(qtbot, dialog)


def must_change(database: Database, username: str) -> bool:
    with database.reader() as session:
        flag = session.scalar(select(Staff.must_change_password).where(Staff.username == username))
    return bool(flag)


def test_a_temporary_password_must_be_replaced_before_signing_in(
    qtbot: QtBot, dialog: LoginDialog, database: Database
) -> None:
    sign_in(qtbot, dialog, "li.na", TEMPORARY)
    qtbot.waitUntil(lambda: dialog.choosing_password, timeout=TIMEOUT)
    assert "temporary" in dialog.prompt.text()
    assert "8 characters" in dialog.prompt.text()
    assert dialog.new_password.isVisible()
    assert dialog.repeat_password.isVisible()
    assert not dialog.password.isVisible()
    assert dialog.username.isReadOnly()
    assert dialog.staff is None
    # the two entries differ: refused in the dialog, nothing sent
    choose(qtbot, dialog, OWN, OWN + "x")
    assert dialog.message.text() == "The two passwords differ."
    # the temporary password again, then a too short one: refused by the domain
    choose(qtbot, dialog, TEMPORARY)
    qtbot.waitUntil(lambda: "differ from the one it replaces" in dialog.message.text())
    choose(qtbot, dialog, "short1")
    qtbot.waitUntil(lambda: "at least 8 characters" in dialog.message.text())
    assert dialog.staff is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert must_change(database, "li.na")
    # an acceptable one signs in
    choose(qtbot, dialog, OWN)
    qtbot.waitUntil(lambda: dialog.staff is not None, timeout=TIMEOUT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.staff is not None
    assert (dialog.staff.username, dialog.staff.must_change_password) == ("li.na", False)
    assert not must_change(database, "li.na")
    with database.writer() as session:
        assert login(session, "li.na", OWN).username == "li.na"
        with pytest.raises(AuthenticationFailed):
            login(session, "li.na", TEMPORARY)
        replaced = session.scalars(
            select(AuditLog.action).where(AuditLog.action == "staff.temporary_password_replaced")
        ).all()
    assert len(replaced) == 1


def test_cancelling_the_change_signs_nobody_in(
    qtbot: QtBot, dialog: LoginDialog, database: Database
) -> None:
    sign_in(qtbot, dialog, "li.na", TEMPORARY)
    qtbot.waitUntil(lambda: dialog.choosing_password, timeout=TIMEOUT)
    dialog.reject()
    assert dialog.staff is None
    assert must_change(database, "li.na")
    with database.writer() as session, pytest.raises(TemporaryPasswordMustChange):
        login(session, "li.na", TEMPORARY)


def test_a_wrong_password_never_reaches_the_change(qtbot: QtBot, dialog: LoginDialog) -> None:
    sign_in(qtbot, dialog, "li.na", "not-the-temporary")
    qtbot.waitUntil(lambda: "wrong password" in dialog.message.text(), timeout=TIMEOUT)
    assert not dialog.choosing_password
    assert dialog.password.text() == ""
    assert dialog.staff is None


def test_the_seeded_admin_chooses_a_first_password(
    qtbot: QtBot, dialog: LoginDialog, database: Database
) -> None:
    sign_in(qtbot, dialog, "admin", "")
    qtbot.waitUntil(lambda: dialog.choosing_password, timeout=TIMEOUT)
    assert "temporary" not in dialog.prompt.text()
    assert dialog.prompt.text() == "Choose your password (at least 8 characters)."
    choose(qtbot, dialog, OWN)
    qtbot.waitUntil(lambda: dialog.staff is not None, timeout=TIMEOUT)
    assert dialog.staff is not None
    assert dialog.staff.role == "admin"
    with database.writer() as session:
        assert login(session, "admin", OWN).username == "admin"
