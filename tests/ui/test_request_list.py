"""The counter's request list: today's and overdue requests, search, and the lifecycle."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.casework.requests import RequestInfo, accept_request, list_requests
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.clock import utc_now
from services.storage.casework_models import ServiceRequest
from services.storage.db import Database, open_database
from tests.services.casework_helpers import id_number
from tests.ui.test_counter_casework import TIMEOUT, clerk, open_window
from ui.counter.request_list import RequestListModel
from ui.counter.window import CounterWindow

ZHANG = id_number("110105", "19491231", "002")
LI = id_number("310104", "19800517", "021")


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _accept(
    database: Database, number: str, name: str, service: str = "A", *, days_ago: int = 0
) -> RequestInfo:
    now = utc_now() - timedelta(days=days_ago)
    with database.writer() as session:
        resident = find_or_create_resident(session, SYSTEM, number, name, now=now)
    with database.writer() as session:
        return accept_request(
            session, SYSTEM, resident_id=resident.id, service_code=service, now=now
        )


def _numbers(window: CounterWindow) -> list[str]:
    model = window.request_list.model
    return [model.row_at(row).number for row in range(model.rowCount())]


def _status(database: Database, number: str) -> str:
    with database.reader() as session:
        return session.scalars(
            select(ServiceRequest.status).where(ServiceRequest.number == number)
        ).one()


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, database: Database) -> None:
    _accept(database, ZHANG, "张三")
    _accept(database, LI, "李四", "B", days_ago=40)
    with database.reader() as session:
        infos = list_requests(session, SYSTEM, day=None, overdue=False, query="R-")
    assert len(infos) == 2
    model = RequestListModel("en")
    model.set_requests(infos)
    qtmodeltester.check(model, force_py=True)
    model.set_requests([])
    qtmodeltester.check(model, force_py=True)


def test_today_overdue_and_search(qtbot: QtBot, database: Database) -> None:
    today = _accept(database, ZHANG, "张三")
    old = _accept(database, LI, "李四", "B", days_ago=40)  # promised long ago, still open
    window = open_window(qtbot, database, clerk(database, "alice"))
    page = window.request_list
    window.show_request_list()
    qtbot.waitUntil(lambda: _numbers(window) == [today.number], timeout=TIMEOUT)

    page.set_mode("overdue")
    qtbot.waitUntil(lambda: _numbers(window) == [old.number], timeout=TIMEOUT)
    assert "overdue" in page.model.data(page.model.index(0, 1))
    page.set_mode("today")
    qtbot.waitUntil(lambda: _numbers(window) == [today.number], timeout=TIMEOUT)

    for query, expected in (
        ("李四", [old.number]),  # by name, any day
        (LI, [old.number]),  # by the full ID number
        (ZHANG[-4:], [today.number]),  # by its last 4
        (old.number.lower(), [old.number]),  # by the request number
    ):
        page.search_edit.setText(query)
        page.refresh()
        qtbot.waitUntil(lambda expected=expected: _numbers(window) == expected, timeout=TIMEOUT)
    # the list never shows a full ID number
    assert page.model.data(page.model.index(0, 3)) == old.resident_id_masked
    window.close()


def test_an_empty_list_says_so_rather_than_ask_for_a_choice(
    qtbot: QtBot, database: Database
) -> None:
    window = open_window(qtbot, database, clerk(database, "alice"))
    page = window.request_list
    window.show_request_list()
    qtbot.waitUntil(lambda: page.detail.text() == "No request recorded today.", timeout=TIMEOUT)
    page.set_mode("overdue")
    qtbot.waitUntil(lambda: page.detail.text() == "No overdue request.", timeout=TIMEOUT)
    page.search_edit.setText("王五")
    page.refresh()
    qtbot.waitUntil(lambda: page.detail.text() == "No request matches 王五.", timeout=TIMEOUT)
    today = _accept(database, ZHANG, "张三")
    page.search_edit.setText("")
    page.set_mode("today")
    qtbot.waitUntil(lambda: _numbers(window) == [today.number], timeout=TIMEOUT)
    assert page.detail.text() != "No request recorded today."
    window.close()


def test_start_complete_and_reject_with_a_reason(qtbot: QtBot, database: Database) -> None:
    first = _accept(database, ZHANG, "张三")
    second = _accept(database, LI, "李四", "B")
    window = open_window(qtbot, database, clerk(database, "alice"))
    page = window.request_list
    window.show_request_list()
    qtbot.waitUntil(lambda: len(_numbers(window)) == 2, timeout=TIMEOUT)

    page.view.selectRow(_numbers(window).index(first.number))
    assert page.selected is not None
    assert page.selected.number == first.number
    assert page.start_button.isEnabled()
    assert not page.complete_button.isEnabled()
    page.start_selected()
    qtbot.waitUntil(lambda: _status(database, first.number) == "in_progress", timeout=TIMEOUT)
    qtbot.waitUntil(
        lambda: page.selected is not None and page.selected.status == "in_progress",
        timeout=TIMEOUT,
    )
    assert page.complete_button.isEnabled()
    page.complete_selected()
    qtbot.waitUntil(lambda: _status(database, first.number) == "completed", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "is now completed" in window.message.text(), timeout=TIMEOUT)

    page.view.selectRow(_numbers(window).index(second.number))
    assert page.selected is not None
    assert page.selected.number == second.number
    page.reject_selected("   ")
    assert "needs a reason" in window.message.text()
    assert _status(database, second.number) == "accepted"
    page.reject_selected("Not our district: the resident lives in Xicheng")
    qtbot.waitUntil(lambda: _status(database, second.number) == "rejected", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Not our district" in page.detail.text(), timeout=TIMEOUT)
    assert not page.reject_button.isEnabled()
    window.close()
