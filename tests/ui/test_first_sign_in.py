"""The seeded admin at a counter on a center's first morning, adding a clerk, and sign-out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.accounts.staff import StaffInfo, add_user, list_staff
from services.core.actors import SYSTEM
from services.core.settings import PrinterSettings, Settings
from services.storage.db import Database, open_database
from services.storage.models import Counter, Staff
from ui.common.i18n import translations
from ui.common.login_dialog import LoginDialog
from ui.counter.window import CounterWindow
from ui.manager.window import ManagerWindow
from ui.qt import QApplication
from ui.sign_in.cannot_serve import AddClerkDialog, CannotServeDialog, NextStep
from ui.stations import StationFactory


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """These tests read English words; a window opened earlier may have switched language."""
    translations(qapp).switch("en")


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _admin(database: Database) -> StaffInfo:
    with database.reader() as session:
        return next(s for s in list_staff(session) if s.username == "admin")


def _factory(database: Database) -> StationFactory:
    return StationFactory(Settings(printer=PrinterSettings(kind="none")), database, "en")


def test_the_login_dialog_starts_in_the_user_name(qtbot: QtBot, database: Database) -> None:
    dialog = LoginDialog(database, "Sign in")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username, timeout=3000)
    dialog.reject()  # stops its database thread


def test_the_admin_is_told_why_and_offered_to_add_a_clerk(qtbot: QtBot, database: Database) -> None:
    dialog = CannotServeDialog(database, _admin(database))
    qtbot.addWidget(dialog)
    assert "may not serve residents" in dialog.text()
    assert "no counter staff yet" in dialog.text()
    assert dialog.add_button is not None
    adding = AddClerkDialog(database, _admin(database))
    qtbot.addWidget(adding)
    adding.username.setText("wang")
    adding.full_name.setText("王小明")
    adding.add_clerk()
    assert adding.created is not None
    with database.reader() as session:
        clerk = session.scalars(select(Staff).where(Staff.username == "wang")).one()
    assert (clerk.role, clerk.password_hash) == ("counter", None)
    assert "no counter staff yet" not in CannotServeDialog(database, _admin(database)).text()


def test_a_bad_clerk_name_is_refused_in_the_dialog(qtbot: QtBot, database: Database) -> None:
    adding = AddClerkDialog(database, _admin(database))
    qtbot.addWidget(adding)
    adding.username.setText("has space")
    adding.add_clerk()
    assert adding.created is None
    assert adding.message.text()


def test_the_counter_asks_again_until_someone_who_may_serve_signs_in(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.writer() as session:
        clerk = add_user(session, SYSTEM, "li", role="counter", password="li-password-long")
    answers = [_admin(database), clerk]
    asked: list[str] = []

    def sign_in(_self: StationFactory, _title: str, username: str = "") -> StaffInfo:
        asked.append(username)
        return answers.pop(0)

    monkeypatch.setattr(StationFactory, "_sign_in", sign_in)
    monkeypatch.setattr(CannotServeDialog, "next_step", lambda _self: NextStep.SIGN_IN_AGAIN)
    factory = _factory(database)
    window = factory("counter", 2)
    assert isinstance(window, CounterWindow)
    qtbot.addWidget(window)
    assert len(asked) == 2
    assert window._staff.username == "li"
    window.close()


def test_sign_out_closes_the_counter_and_hands_it_to_the_next_clerk(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.writer() as session:
        first = add_user(session, SYSTEM, "li", role="counter", password="li-password-long")
        second = add_user(session, SYSTEM, "zhao", role="counter", password="zhao-password-long")
    answers = [first, second]
    monkeypatch.setattr(StationFactory, "_sign_in", lambda *_args, **_kw: answers.pop(0))
    factory = _factory(database)
    window = factory("counter", 3)
    assert isinstance(window, CounterWindow)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.view is not None and window.view.counter.state == "open")
    window.sign_out()
    qtbot.waitUntil(lambda: bool(factory.successors), timeout=5000)
    successor = factory.successors[0]
    assert isinstance(successor, CounterWindow)
    qtbot.addWidget(successor)
    qtbot.waitUntil(
        lambda: successor.view is not None and successor.view.counter.state == "open",
        timeout=5000,
    )
    with database.reader() as session:
        counter = session.scalars(select(Counter).where(Counter.number == 3)).one()
        assert counter.staff_id == second.id
    successor.close()


def test_the_manager_has_sign_out(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        boss = add_user(session, SYSTEM, "boss", role="manager", password="boss-password-long")
    window = ManagerWindow(database, boss, language="en")
    qtbot.addWidget(window)
    window.start()
    with qtbot.waitSignal(window.signed_out, timeout=2000):
        window.actions_menu["sign_out"].trigger()
    window.close()
