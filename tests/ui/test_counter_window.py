"""A counter driven by the keyboard alone, and two counters racing for one ticket."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.accounts.staff import StaffInfo, add_user
from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from services.storage.models import Ticket
from ui.counter.window import CounterWindow
from ui.qt import Qt


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _clerk(database: Database, name: str) -> StaffInfo:
    with database.writer() as session:
        return add_user(session, SYSTEM, name, role="counter", password=f"{name}-password")


def _window(qtbot: QtBot, database: Database, number: int, staff: StaffInfo) -> CounterWindow:
    window = CounterWindow(database, number, staff, language="en")
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.counter.state == "open", timeout=5000
    )
    return window


def _status(database: Database, code: str) -> str:
    with database.reader() as session:
        return session.scalars(select(Ticket.status).where(Ticket.code == code)).one()


def test_a_ticket_served_with_the_keyboard_alone(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.issue_ticket(session, SYSTEM, "C", priority="elderly")
    window = _window(qtbot, database, 1, _clerk(database, "alice"))
    qtbot.waitUntil(lambda: window.waiting_model.rowCount() == 2, timeout=5000)
    assert window.waiting_model.row_at(0).code == "C001"  # green channel first

    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == "C001", timeout=5000)
    qtbot.waitUntil(lambda: "(0/3)" in window.buttons["recall"].text(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "(1/3)" in window.buttons["recall"].text(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: _status(database, "C001") == "serving", timeout=5000)
    qtbot.waitUntil(lambda: window.buttons["finish"].isEnabled(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: _status(database, "C001") == "done", timeout=5000)
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == "—", timeout=5000)
    assert "C001 finished" in window.message.text()
    window.close()


def test_two_counters_race_for_one_ticket(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
    first = _window(qtbot, database, 1, _clerk(database, "alice"))
    second = _window(qtbot, database, 2, _clerk(database, "bob01"))
    first.call_code("A001")
    second.call_code("A001")
    windows = {1: first, 2: second}

    def lost() -> list[int]:
        return [
            number
            for number, window in windows.items()
            if "already called by counter" in window.message.text()
        ]

    qtbot.waitUntil(lambda: len(lost()) == 1, timeout=5000)
    loser = windows[lost()[0]]
    winner = windows[3 - lost()[0]]
    assert f"already called by counter {3 - lost()[0]}" in loser.message.text()
    qtbot.waitUntil(lambda: winner.ticket_panel.code_text == "A001", timeout=5000)
    assert loser.ticket_panel.code_text == "—"
    loser.call_next()
    qtbot.waitUntil(lambda: "Nobody is waiting" in loser.message.text(), timeout=5000)
    with database.reader() as session:
        ticket = session.scalars(select(Ticket)).one()
        assert ticket.call_count == 1
    first.close()
    second.close()


def test_a_clerk_cannot_take_over_a_colleagues_counter(qtbot: QtBot, database: Database) -> None:
    _window(qtbot, database, 3, _clerk(database, "alice")).close()
    intruder = CounterWindow(database, 3, _clerk(database, "mallory"), language="en")
    qtbot.addWidget(intruder)
    intruder.start()
    qtbot.waitUntil(lambda: "another staff member" in intruder.message.text(), timeout=5000)
    intruder.close()


def test_a_call_refreshes_the_counter_once(qtbot: QtBot, database: Database) -> None:
    """F1's answer is read back once; the live feed's news of the same call adds nothing,
    while a ticket issued at a kiosk (news this counter does not show yet) refreshes it."""
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
    window = _window(qtbot, database, 1, _clerk(database, "dora"))
    qtbot.waitUntil(lambda: window.waiting_model.rowCount() == 1, timeout=5000)
    qtbot.wait(1500)  # the feed's first news settles
    before = window.refreshes
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == "A001", timeout=5000)
    qtbot.wait(2000)  # the live feed delivers the call event meanwhile
    assert window.refreshes - before == 1
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
    qtbot.waitUntil(lambda: window.waiting_model.rowCount() == 1, timeout=5000)
    assert window.refreshes - before == 2
    window.close()
