"""Counter traps of a first morning: the previous resident's data, hold in service, an
undone cancel, F4 on a called ticket, and the recall that turns a ticket into a no-show."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from services.storage.models import Ticket
from tests.ui.test_counter_casework import (
    TIMEOUT,
    VALID_ID,
    clerk,
    fill_resident,
    issue,
    open_window,
    serve_ticket,
)
from ui.common.i18n import translations
from ui.qt import QApplication


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    """These tests read English words; a window opened earlier may have switched language."""
    translations(qapp).switch("en")


def _ticket(database: Database, code: str) -> Ticket:
    with database.reader() as session:
        return session.scalars(select(Ticket).where(Ticket.code == code)).one()


def test_the_next_call_clears_the_previous_residents_request(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    database = open_database(sqlite_url)
    issue(database, "B")
    issue(database, "B")
    window = open_window(qtbot, database, clerk(database, "alice"))
    serve_ticket(qtbot, window, "B001")
    fill_resident(window, VALID_ID, "王芳")
    page = window.request_page
    page.accept()
    qtbot.waitUntil(lambda: page.last_request is not None, timeout=TIMEOUT)
    assert page.form.pdf_button.isEnabled()
    window.finish()
    qtbot.waitUntil(lambda: window.buttons["call_next"].isEnabled(), timeout=TIMEOUT)
    window.say("An old refusal", warn=True)
    window.call_next()
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == "B002", timeout=TIMEOUT)
    assert page.last_request is None
    assert not page.form.pdf_button.isEnabled()
    assert not page.form.print_button.isEnabled()
    assert page.form.last.text() == ""
    assert page.resident_panel.id_edit.text() == ""
    assert page.resident_panel.name_edit.text() == ""
    assert "An old refusal" not in window.message.text()
    window.close()
    database.dispose()


def test_hold_in_service_f4_on_a_call_and_the_recall_limit_in_words(
    qtbot: QtBot, sqlite_url: str
) -> None:
    database = open_database(sqlite_url)
    for _ in range(3):
        issue(database, "A")
    window = open_window(qtbot, database, clerk(database, "bob"))
    serve_ticket(qtbot, window, "A001")
    assert window.buttons["hold"].isEnabled()  # serving, a document missing
    window.hold_for(15)
    qtbot.waitUntil(lambda: _ticket(database, "A001").status == "held", timeout=TIMEOUT)
    assert _ticket(database, "A001").started_at is None
    qtbot.waitUntil(lambda: window.buttons["call_next"].isEnabled(), timeout=TIMEOUT)
    window.call_code("A002")
    qtbot.waitUntil(lambda: window.buttons["finish"].isEnabled(), timeout=TIMEOUT)
    window.finish()  # F4 without F3
    qtbot.waitUntil(lambda: _ticket(database, "A002").status == "done", timeout=TIMEOUT)
    done = _ticket(database, "A002")
    assert done.started_at == done.last_called_at
    qtbot.waitUntil(lambda: window.buttons["call_next"].isEnabled(), timeout=TIMEOUT)
    window.call_code("A003")
    qtbot.waitUntil(lambda: window.buttons["recall"].isEnabled(), timeout=TIMEOUT)
    for _ in range(4):  # three recalls, then the one past the limit
        qtbot.waitUntil(lambda: window.buttons["recall"].isEnabled(), timeout=TIMEOUT)
        window.recall()
        qtbot.waitUntil(lambda: not window._runner.busy, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _ticket(database, "A003").status == "no_show", timeout=TIMEOUT)
    assert "no-show" in window.message.text()
    assert "did not come" in window.message.text()
    window.close()
    database.dispose()


def test_a_cancel_by_mistake_is_undone_the_same_day(database: Database) -> None:
    with database.writer() as session:
        code = queue_ops.issue_ticket(session, SYSTEM, "A").code
        queue_ops.cancel_ticket(session, SYSTEM, code)
        again = queue_ops.reinstate_no_show(session, SYSTEM, code)
    assert again.status == "waiting"
    assert again.code == code
