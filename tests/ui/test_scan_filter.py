"""Scanning at the counter: a keyboard-wedge burst is a scan, slower keys are typing; a serial
scanner's reads arrive as signals. Tickets, receipts and cases open what they name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.casework.requests import RequestInfo, accept_request
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.settings import ScannerSettings
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from services.storage.models import Ticket
from tests.devices.pty_pair import PtyPair
from tests.services.casework_helpers import id_number
from tests.strict import require_tool
from tests.ui.test_counter_casework import TIMEOUT, clerk, focused, open_window
from ui.counter.window import CounterWindow
from ui.qt import Qt


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _request(database: Database) -> RequestInfo:
    with database.writer() as session:
        resident = find_or_create_resident(session, SYSTEM, id_number(), "张三")
    with database.writer() as session:
        return accept_request(session, SYSTEM, resident_id=resident.id, service_code="A")


def _scan(qtbot: QtBot, text: str) -> None:
    """What a wedge scanner does: the whole code in a burst, then Enter."""
    target = focused()
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def _scanned(window: CounterWindow) -> list[str]:
    seen: list[str] = []
    window.scan_filter.scanned.connect(seen.append)
    return seen


def test_a_scanned_receipt_opens_the_request(qtbot: QtBot, database: Database) -> None:
    request = _request(database)
    window = open_window(qtbot, database, clerk(database, "alice"))
    id_edit = window.request_page.resident_panel.id_edit
    window.show_request_form()
    assert focused() is id_edit
    seen = _scanned(window)
    _scan(qtbot, request.number)
    assert seen == [request.number]
    qtbot.waitUntil(
        lambda: (
            window.request_list.selected is not None
            and window.request_list.selected.number == request.number
        ),
        timeout=TIMEOUT,
    )
    assert window.current_tab is window.request_list
    assert request.number in window.request_list.detail.text()
    assert "张三" in window.request_list.detail.text()
    qtbot.wait(100)
    assert id_edit.text() == ""  # the scan was not typed into the field that had the focus
    window.close()


def test_slow_typing_passes_through(qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database, clerk(database, "alice"))
    search = window.request_list.search_edit
    window.show_request_list()
    seen = _scanned(window)
    for char in "R-2026":
        qtbot.keyClick(search, char)
        qtbot.wait(90)  # a person: far slower than a scanner
    qtbot.waitUntil(lambda: search.text() == "R-2026", timeout=TIMEOUT)
    qtbot.keyClick(search, Qt.Key.Key_Backspace)  # editing keys keep working
    assert search.text() == "R-202"
    # a short fast burst with Enter is typing too (fewer characters than any code)
    qtbot.keyClicks(search, "6-0")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert search.text() == "R-2026-0"
    assert seen == []
    window.close()


def test_garbled_scans_say_so(qtbot: QtBot, database: Database) -> None:
    window = open_window(qtbot, database, clerk(database, "alice"))
    window.show_request_list()
    for garbled in ("HELLO-WORLD-42", "T-20261331-A001"):
        _scan(qtbot, garbled)
        assert "Could not use that scan" in window.message.text()
        assert window.request_list.search_edit.text() == ""
    assert "impossible day" in window.message.text()
    window.close()


def test_a_scanned_ticket_is_called_and_a_case_is_handed_on(
    qtbot: QtBot, database: Database
) -> None:
    with database.writer() as session:
        ticket = queue_ops.issue_ticket(session, SYSTEM, "A")
    window = open_window(qtbot, database, clerk(database, "alice"))
    window.show_request_form()
    _scan(qtbot, ticket.barcode)
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == ticket.code, timeout=TIMEOUT)
    with database.reader() as session:
        assert session.scalars(select(Ticket.status)).one() == "called"
    _scan(qtbot, ticket.barcode)  # again: it is here already
    qtbot.waitUntil(lambda: "is at this counter" in window.message.text(), timeout=TIMEOUT)

    with qtbot.waitSignal(window.case_requested, timeout=TIMEOUT) as blocker:
        _scan(qtbot, "M-2026-000045")
    assert blocker.args == ["M-2026-000045"]
    assert window.current_tab is window.mediation  # the case opens where it is handled
    qtbot.waitUntil(lambda: "M-2026-000045" in window.mediation.message.text(), timeout=TIMEOUT)
    window.close()


@pytest.mark.serial
def test_a_serial_scanner_opens_the_request(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    pair = PtyPair(tmp_path, socat=require_tool("socat"))
    pair.start()
    try:
        request = _request(database)
        window = CounterWindow(
            database,
            1,
            clerk(database, "alice"),
            language="en",
            scanner=ScannerSettings(port=str(pair.ours)),
        )
        qtbot.addWidget(window)
        window.show()
        window.start()
        scanner = window.serial_scanner
        assert scanner is not None
        qtbot.waitUntil(lambda: scanner.connected, timeout=TIMEOUT)  # reads before this are lost
        device = serial.Serial(str(pair.peer), timeout=0.1)
        try:
            device.write(b"]C0NOT-OURS\r\n")
            qtbot.waitUntil(
                lambda: "Could not use that scan" in window.message.text(), timeout=TIMEOUT
            )
            device.write(f"{request.number}\r\n".encode())
            qtbot.waitUntil(
                lambda: (
                    window.request_list.selected is not None
                    and window.request_list.selected.number == request.number
                ),
                timeout=TIMEOUT,
            )
        finally:
            device.close()
        window.close()
    finally:
        pair.stop()
