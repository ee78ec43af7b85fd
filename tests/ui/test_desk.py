"""The petitions and ledger desk under pytest-qt: a tab of the counter on F12, the list and
detail of petitions, accepting by keyboard, registering, resolving a ledger entry, the
community × risk table, and the early warnings on the manager's to-do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.core.actors import Actor, Role
from services.core.clock import utc_now
from services.ledger.models import LedgerEntry
from services.petitions import common as petition_common
from services.petitions.models import Petition
from services.storage.db import Database, open_database
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import WANG, ZHANG, register
from tests.ui.test_counter_casework import TIMEOUT, clerk, open_window
from ui.desk.panel import DeskPanel
from ui.desk.register_dialog import Registration
from ui.manager.todo import ToDoPanel
from ui.qt import Qt

COUNTER = Actor("li.counter", Role.COUNTER)


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _seed(database: Database) -> tuple[petition_common.PetitionInfo, petition_common.PetitionInfo]:
    with database.writer() as session:
        clock = Clock(utc_now() - timedelta(days=20))
        late = register(session, clock, petitioners=[WANG], category="health")
        clock = Clock(utc_now() - timedelta(hours=1))
        fresh = register(session, clock)
        grids = district(session, clock)
        add(session, clock, grids[0], risk="grave")
        add(session, clock, grids[2], parties=["孙三"], people=7, risk="major")
    return late, fresh


@pytest.fixture
def desk(qtbot: QtBot, database: Database) -> Iterator[DeskPanel]:
    """The desk over two petitions and two ledger entries, loaded."""
    _seed(database)
    panel = DeskPanel(database, COUNTER, "en")
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.start()
    qtbot.waitUntil(lambda: panel.petitions.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.ledger.model.rowCount() == 2, timeout=TIMEOUT)
    yield panel
    panel.shutdown()


def _state(database: Database, number: str) -> str:
    with database.reader() as session:
        return session.scalars(select(Petition.state).where(Petition.number == number)).one()


def test_the_list_the_detail_and_accepting_by_keyboard(
    qtbot: QtBot, database: Database, desk: DeskPanel
) -> None:
    page = desk.petitions
    fresh, late = (page.model.row_at(i) for i in range(2))  # newest first
    assert (fresh.category, late.category) == ("urban_construction", "health")
    page.view.selectRow(1)
    assert late.number in page.detail.text()
    overdue = page.model.index(1, 5)
    assert page.model.data(overdue) == "Overdue"
    qtbot.keyClick(page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _state(database, late.number) == "accepted", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Handle by" in page.detail.text(), timeout=TIMEOUT)
    handle_by = page.selected().deadlines.handle_by  # type: ignore[union-attr]
    assert page.message.text() == f"{late.number} accepted. Due: {handle_by}"
    chosen = page.selected()
    assert chosen is not None
    assert chosen.number == late.number


def test_registering_declining_and_a_clear_error(
    qtbot: QtBot, database: Database, desk: DeskPanel
) -> None:
    page = desk.petitions
    page.register(
        Registration("visit", "education", "区教育局", "学位", (ZHANG, WANG), headcount=6)
    )
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "registered" in page.message.text(), timeout=TIMEOUT)
    new = page.selected()
    assert new is not None
    assert new.collective
    assert "registered" in page.message.text()
    page.act("decline", routes=["litigation"], note="")
    qtbot.waitUntil(lambda: "note" in page.message.text(), timeout=TIMEOUT)
    assert _state(database, new.number) == "registered"
    page.act("decline", routes=["litigation"], note="属于诉讼事项")
    qtbot.waitUntil(lambda: _state(database, new.number) == "declined", timeout=TIMEOUT)


def test_the_ledger_page_resolves_and_counts_by_community(
    qtbot: QtBot, database: Database, desk: DeskPanel
) -> None:
    page = desk.ledger
    rows = [(page.risks.row_at(i).community, page.risks.row_at(i).counts) for i in range(2)]
    assert rows == [
        ("和平社区", {"general": 0, "major": 1, "grave": 0}),
        ("幸福社区", {"general": 0, "major": 0, "grave": 1}),
    ]
    page.view.selectRow(0)
    first = page.model.row_at(0).number
    page.resolve("双方和解")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=TIMEOUT)
    with database.reader() as session:
        state = session.scalars(select(LedgerEntry.state).where(LedgerEntry.number == first))
        assert state.one() == "resolved"


def test_f12_and_a_scanned_slip_open_the_desk_at_the_counter(
    qtbot: QtBot, database: Database
) -> None:
    late, _fresh = _seed(database)
    window = open_window(qtbot, database, clerk(database, "zhou"))
    assert window.current_tab is not window.desk
    qtbot.keyClick(window, Qt.Key.Key_F12)
    assert window.current_tab is window.desk
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Petitions  [F12]"
    qtbot.waitUntil(lambda: window.desk.petitions.model.rowCount() == 2, timeout=TIMEOUT)
    window.tabs.setCurrentWidget(window.request_page)
    window.handle_scan(late.number.lower())  # the registration slip's CODE128
    assert window.current_tab is window.desk
    page = window.desk.petitions

    def shown() -> bool:
        chosen = page.selected()
        return chosen is not None and chosen.number == late.number

    qtbot.waitUntil(shown, timeout=TIMEOUT)
    window.handle_scan("L-2026-999999")
    qtbot.waitUntil(lambda: "not an open entry" in window.desk.ledger.message.text())
    assert window.desk.pages.currentWidget() is window.desk.ledger
    window.close()


def test_early_warnings_on_the_manager_s_to_do(qtbot: QtBot, database: Database) -> None:
    late, _fresh = _seed(database)
    todo = ToDoPanel(database, Actor("chen", Role.MANAGER), "en")
    qtbot.addWidget(todo)
    todo.refresh()
    qtbot.waitUntil(lambda: todo.warnings.rowCount() == 3, timeout=TIMEOUT)
    reasons = {
        todo.warnings.row_at(i).code: todo.warnings.data(todo.warnings.index(i, 2))
        for i in range(3)
    }
    assert reasons[late.number] == "overdue"
    assert "grave risk" in reasons["L-" + late.number[2:6] + "-000001"]
    assert "five or more people" in reasons["L-" + late.number[2:6] + "-000002"]
    todo.shutdown()


def test_an_administrator_s_to_do_shows_the_warnings_without_the_ratings(
    qtbot: QtBot, database: Database
) -> None:
    """An administrator may not follow ratings up: the rest of the to-do still shows, each
    state in words, and the ratings' part is not offered."""
    _seed(database)
    todo = ToDoPanel(database, Actor("root", Role.ADMIN), "en")
    qtbot.addWidget(todo)
    todo.show()
    todo.refresh()
    try:
        qtbot.waitUntil(lambda: todo.warnings.rowCount() == 3, timeout=TIMEOUT)
        states = {todo.warnings.data(todo.warnings.index(i, 1)) for i in range(3)}
        assert states <= {"Registered", "Accepted"}, states
        assert todo.message.text() == ""
        assert not todo._ratings_view.isVisible()
        assert not todo._close_button.isVisible()
    finally:
        todo.shutdown()


def test_an_empty_desk_says_there_is_nothing_yet(qtbot: QtBot, database: Database) -> None:
    panel = DeskPanel(database, COUNTER, "en")
    qtbot.addWidget(panel)
    panel.show()
    panel.start()
    try:
        qtbot.waitUntil(
            lambda: panel.petitions.detail.text() == "No petition registered yet.",
            timeout=TIMEOUT,
        )
        panel.pages.setCurrentWidget(panel.ledger)
        qtbot.waitUntil(
            lambda: panel.ledger.detail.text() == "No open dispute in the ledger.",
            timeout=TIMEOUT,
        )
    finally:
        panel.shutdown()


def test_an_administrator_is_not_handed_the_registration_form(
    qtbot: QtBot, database: Database
) -> None:
    """Registering a petition is the clerks' and managers' work: an administrator would type
    the whole form only to be refused."""
    _seed(database)
    panel = DeskPanel(database, Actor("root", Role.ADMIN), "en")
    qtbot.addWidget(panel)
    panel.show()
    panel.start()
    try:
        qtbot.waitUntil(lambda: panel.petitions.model.rowCount() == 2, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: panel.ledger.model.rowCount() == 2, timeout=TIMEOUT)
        assert not panel.petitions.buttons["register"].isEnabled()
        assert not panel.ledger.buttons["add"].isEnabled()
    finally:
        panel.shutdown()
    clerk_panel = DeskPanel(database, COUNTER, "en")
    qtbot.addWidget(clerk_panel)
    clerk_panel.start()
    try:
        qtbot.waitUntil(lambda: clerk_panel.petitions.model.rowCount() == 2, timeout=TIMEOUT)
        assert clerk_panel.petitions.buttons["register"].isEnabled()
    finally:
        clerk_panel.shutdown()
