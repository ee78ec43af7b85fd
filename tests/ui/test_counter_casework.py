"""Casework at the counter window: a full day by the keyboard, the resident's ID number
checked with the exact reason, the audited reveal, the receipt on paper and as PDF, and a
database outage that loses nothing the clerk typed."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devices.virtual_printer import VirtualPrinter
from printing.decoder import decode, decoded_text
from services.accounts.staff import StaffInfo, add_user
from services.core.actors import SYSTEM
from services.core.id_numbers import mask_id_number
from services.core.settings import PrinterSettings
from services.queue import ops as queue_ops
from services.storage.casework_models import Evaluation, Resident, ServiceRequest
from services.storage.db import Database, open_database
from services.storage.models import AuditLog, Ticket
from tests.databases import SqliteFactory
from tests.services.casework_helpers import id_number
from tests.strict import require_tool
from ui.common.print_station import PrintStation
from ui.counter.request_form import RequestForm
from ui.counter.window import CounterWindow
from ui.qt import QApplication, QInputMethodEvent, QLineEdit, Qt, QWidget

VALID_ID = id_number("110105", "19491231", "002")
TIMEOUT = 10_000


# --- shared by the counter's casework tests ------------------------------------------------


def clerk(database: Database, name: str) -> StaffInfo:
    with database.writer() as session:
        return add_user(
            session, SYSTEM, name, role="counter", password=f"{name}-password", full_name=name
        )


def open_window(
    qtbot: QtBot,
    database: Database,
    staff: StaffInfo,
    *,
    number: int = 1,
    print_station: PrintStation | None = None,
) -> CounterWindow:
    window = CounterWindow(database, number, staff, language="en", print_station=print_station)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.start()
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.counter.state == "open", timeout=TIMEOUT
    )
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT)
    return window


def virtual_station(database: Database, directory: Path) -> tuple[PrintStation, VirtualPrinter]:
    printer = VirtualPrinter(directory, name="counter-1-printer")
    return PrintStation(database, PrinterSettings(), "counter-1", printer=printer), printer


def issue(database: Database, service: str = "A") -> str:
    with database.writer() as session:
        return queue_ops.issue_ticket(session, SYSTEM, service).code


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type as a person does; the wedge filter lets the keys through once the burst ends."""
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: edit.text() == text, timeout=TIMEOUT)


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese comes from the input method as one committed string, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def serve_ticket(qtbot: QtBot, window: CounterWindow, code: str) -> None:
    window.call_code(code)
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == code, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.buttons["start"].isEnabled(), timeout=TIMEOUT)
    window.start_service()
    qtbot.waitUntil(lambda: window.buttons["finish"].isEnabled(), timeout=TIMEOUT)


def fill_resident(window: CounterWindow, number: str, name: str, phone: str = "") -> None:
    panel = window.request_page.resident_panel
    panel.id_edit.setText(number)
    panel.name_edit.setText(name)
    panel.phone_edit.setText(phone)


def requests_in(database: Database) -> list[ServiceRequest]:
    with database.reader() as session:
        return list(session.scalars(select(ServiceRequest).order_by(ServiceRequest.id)))


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


# --- a full day ------------------------------------------------------------------------------


def test_a_full_day_at_one_counter_driven_by_the_keyboard(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    issue(database, "A")
    station, printer = virtual_station(database, tmp_path / "printouts")
    window = open_window(qtbot, database, clerk(database, "alice"), print_station=station)
    page = window.request_page
    panel = page.resident_panel
    qtbot.waitUntil(lambda: window.waiting_model.rowCount() == 1, timeout=TIMEOUT)
    assert window.tabs.currentWidget() is page  # the tab a clerk works in

    qtbot.keyClick(window, Qt.Key.Key_F1)  # call
    qtbot.waitUntil(lambda: window.ticket_panel.code_text == "A001", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: window.buttons["start"].isEnabled(), timeout=TIMEOUT)
    qtbot.keyClick(window, Qt.Key.Key_F3)  # start: the form takes the focus
    qtbot.waitUntil(lambda: focused() is panel.id_edit, timeout=TIMEOUT)
    assert page.form.service_code() == "A"  # the ticket's matter by default

    # the ID number, typed: a new resident, so the name comes next
    qtbot.keyClicks(panel.id_edit, VALID_ID.lower())
    qtbot.waitUntil(lambda: "Not registered yet" in panel.id_feedback.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: focused() is panel.name_edit, timeout=TIMEOUT)
    commit_text(panel.name_edit, "王芳")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is panel.phone_edit
    qtbot.keyClicks(panel.phone_edit, "13812345678")
    qtbot.waitUntil(lambda: panel.phone_edit.text() == "13812345678", timeout=TIMEOUT)

    # materials: two of three ticked with the space bar; the third is the one-time notice
    materials = page.form.materials
    materials.setFocus()
    for row, ticked in ((0, ["身份证原件"]), (1, ["身份证原件", "户口簿"])):
        materials.setCurrentRow(row)
        qtbot.keyClick(materials, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda ticked=ticked: page.form.submitted() == ticked, timeout=TIMEOUT)
    assert "One-inch photo" in page.form.notice.text()  # an English counter reads English
    page.form.description.setFocus()
    qtbot.keyClicks(page.form.description, "Pension enrolment")
    qtbot.waitUntil(
        lambda: page.form.description.toPlainText() == "Pension enrolment", timeout=TIMEOUT
    )
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # accept

    qtbot.waitUntil(lambda: page.last_request is not None, timeout=TIMEOUT)
    request = page.last_request
    assert request is not None
    assert request.ticket_code == "A001"
    assert request.materials_missing == ("一寸照片",)
    assert "One-time notice" in page.form.last.text() or "一寸照片" in page.form.last.text()
    assert page.form.description.toPlainText() == ""  # ready for the next matter
    assert panel.id_edit.text() == mask_id_number(VALID_ID)  # masked once registered

    # the receipt, through the spool, on the virtual printer: the ID masked, never in full
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=TIMEOUT)
    text = decoded_text(decode(printer.jobs[0].bin_path.read_bytes(), chinese=True))
    assert request.number in text
    assert "王芳" in text
    assert mask_id_number(VALID_ID) in text
    assert VALID_ID not in text
    assert VALID_ID[6:14] not in text  # not even the birth date
    qtbot.waitUntil(lambda: "is printed" in window.message.text(), timeout=TIMEOUT)

    # finish: the resident rates on the panel that faces them
    qtbot.keyClick(window, Qt.Key.Key_F4)
    rating = window.rating_panel
    qtbot.waitUntil(lambda: rating.isVisible() and rating.ticket is not None, timeout=TIMEOUT)
    assert rating.ticket is not None
    assert rating.ticket.code == "A001"
    assert rating.isWindow()
    assert rating.window() is not window
    qtbot.mouseClick(rating.score_buttons[5], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rating.ticket is None, timeout=TIMEOUT)
    with database.reader() as session:
        evaluation = session.scalars(select(Evaluation)).one()
        assert evaluation.score == 5
        assert evaluation.reason is None
        ticket = session.get(Ticket, evaluation.ticket_id)
        assert ticket is not None
        assert ticket.code == "A001"
        assert ticket.status == "done"
        resident = session.scalars(select(Resident)).one()
        assert resident.id_number == VALID_ID
        assert resident.phone == "13812345678"
    window.close()


# --- the ID number -----------------------------------------------------------------------------

BAD_CHECK_DIGIT = VALID_ID[:17] + ("0" if VALID_ID[17] != "0" else "1")

INVALID_IDS = [
    pytest.param(BAD_CHECK_DIGIT, "Bad check digit", id="bad-check-digit"),
    pytest.param(
        id_number("110105", "19900231"),
        "No such birth date: 1990-02-31 does not exist",
        id="31-feb",
    ),
    pytest.param(
        id_number("110105", "19000229"),
        "No such birth date: 1900-02-29 (1900 is not a leap year)",
        id="29-feb-1900",
    ),
    pytest.param(id_number("110105", "19901301"), "there is no month 13", id="month-13"),
]


@pytest.mark.parametrize(("number", "reason"), INVALID_IDS)
def test_invalid_id_numbers_are_rejected_with_the_reason(
    qtbot: QtBot, sqlite_url: str, number: str, reason: str
) -> None:
    database = open_database(sqlite_url)
    window = open_window(qtbot, database, clerk(database, "alice"))
    panel = window.request_page.resident_panel
    type_into(qtbot, panel.id_edit, number)
    assert reason in panel.id_feedback.text()
    panel.name_edit.setText("Zhang San")
    window.request_page.accept()  # refused before any database work
    assert reason in window.message.text()
    qtbot.wait(200)
    assert requests_in(database) == []
    with database.reader() as session:
        assert session.scalars(select(Resident)).all() == []
    window.close()
    database.dispose()


def test_valid_edge_cases_are_accepted(qtbot: QtBot, sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    window = open_window(qtbot, database, clerk(database, "alice"))
    panel = window.request_page.resident_panel
    x_check = next(
        number
        for number in (id_number("110105", "19800101", f"{n:03d}") for n in range(1, 999))
        if number.endswith("X")
    )
    for number in (
        id_number("110105", "20000229"),  # 2000 is a leap year
        id_number("110105", "18991231"),  # born before 1900
        x_check.lower(),  # a small x is an X
    ):
        panel.clear()
        type_into(qtbot, panel.id_edit, number)
        assert panel.id_feedback.text().startswith("Valid ID number"), panel.id_feedback.text()
    window.close()
    database.dispose()


def test_a_letter_typed_in_the_number_is_pointed_out_at_once(qtbot: QtBot, sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    window = open_window(qtbot, database, clerk(database, "alice"))
    panel = window.request_page.resident_panel
    panel.clear()
    type_into(qtbot, panel.id_edit, "1101O5")
    assert "O at position 5 is not a digit" in panel.id_feedback.text()
    panel.clear()
    type_into(qtbot, panel.id_edit, "110105")
    assert panel.id_feedback.text() == "6 of 18 characters"
    window.close()
    database.dispose()


# --- a known resident, the masked number and the audited reveal ----------------------------


def test_a_known_resident_is_filled_in_masked_and_revealed_only_when_allowed(
    qtbot: QtBot, database: Database
) -> None:
    bob = clerk(database, "bob01")
    with database.writer() as session:
        from services.casework.residents import find_or_create_resident

        find_or_create_resident(
            session, bob.actor(), VALID_ID, "李四", "010-62345678", "东城区某街1号", "和平社区", "3"
        )
    issue(database, "A")
    window = open_window(qtbot, database, clerk(database, "alice"))
    serve_ticket(qtbot, window, "A001")
    panel = window.request_page.resident_panel
    panel.id_edit.setText(VALID_ID)
    panel.lookup()
    qtbot.waitUntil(lambda: panel.resident is not None, timeout=TIMEOUT)
    assert panel.name_edit.text() == "李四"
    assert panel.community_edit.text() == "和平社区"
    assert panel.id_edit.text() == mask_id_number(VALID_ID)
    assert panel.id_edit.isReadOnly()
    qtbot.wait(300)
    assert not panel.reveal_button.isEnabled()  # alice accepted nothing for him today

    window.request_page.accept()
    qtbot.waitUntil(lambda: window.request_page.last_request is not None, timeout=TIMEOUT)
    qtbot.waitUntil(panel.reveal_button.isEnabled, timeout=TIMEOUT)
    panel.reveal("The resident asks for his number on the form")
    qtbot.waitUntil(lambda: panel.id_edit.text() == VALID_ID, timeout=TIMEOUT)
    assert panel.reveal_button.text() == "Hide"
    panel.toggle_reveal()  # hide again
    assert panel.id_edit.text() == mask_id_number(VALID_ID)
    with database.reader() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.actor == "alice")))
    assert "resident.id_number_revealed" in actions
    window.close()


def test_a_different_name_under_a_known_number_is_questioned(
    qtbot: QtBot, database: Database
) -> None:
    with database.writer() as session:
        from services.casework.residents import find_or_create_resident

        find_or_create_resident(session, SYSTEM, VALID_ID, "李四")
    window = open_window(qtbot, database, clerk(database, "alice"))
    panel = window.request_page.resident_panel
    panel.name_edit.setText("王五")
    panel.id_edit.setText(VALID_ID)
    panel.lookup()
    qtbot.waitUntil(
        lambda: "registered under the name 李四" in panel.id_feedback.text(), timeout=TIMEOUT
    )
    assert panel.resident is None
    assert panel.name_edit.text() == "王五"  # what the clerk typed stays
    window.request_page.accept()
    qtbot.waitUntil(lambda: "another name" in window.message.text(), timeout=TIMEOUT)
    assert requests_in(database) == []
    window.close()


# --- the receipt as PDF ------------------------------------------------------------------------


def test_the_receipt_is_saved_as_pdf_on_demand(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    database = open_database(sqlite_url)
    issue(database, "B")
    window = open_window(qtbot, database, clerk(database, "alice"))
    serve_ticket(qtbot, window, "B001")
    fill_resident(window, VALID_ID, "王芳")
    window.request_page.accept()
    qtbot.waitUntil(lambda: window.request_page.last_request is not None, timeout=TIMEOUT)
    assert "no receipt printer" in window.message.text()
    target = tmp_path / "receipt.pdf"
    window.request_page.save_pdf(target)
    qtbot.waitUntil(lambda: "Saved the receipt" in window.message.text(), timeout=TIMEOUT)
    assert target.read_bytes().startswith(b"%PDF")
    pdftotext = require_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    request = window.request_page.last_request
    assert request is not None
    assert request.number in text
    assert mask_id_number(VALID_ID) in text
    assert VALID_ID not in text
    window.close()
    database.dispose()


# --- a lost database -------------------------------------------------------------------------


def _serving_with_a_typed_request(
    qtbot: QtBot, database: Database
) -> tuple[CounterWindow, RequestForm]:
    """A clerk serving A001 with a request typed in but not yet accepted."""
    issue(database, "A")
    window = open_window(qtbot, database, clerk(database, "alice"))
    serve_ticket(qtbot, window, "A001")
    fill_resident(window, VALID_ID, "王芳", "13812345678")
    form = window.request_page.form
    form.description.setPlainText("Pension enrolment")
    return window, form


def test_a_lost_database_shows_a_banner_keeps_the_form_and_recovers(
    qtbot: QtBot, sqlite_factory: SqliteFactory, tmp_path: Path
) -> None:
    hall = tmp_path / "hall"
    hall.mkdir()
    shutil.copyfile(sqlite_factory.template, hall / "civicdesk.sqlite3")
    database = open_database(f"sqlite:///{hall / 'civicdesk.sqlite3'}")
    window, form = _serving_with_a_typed_request(qtbot, database)
    form.tick("户口簿")

    hall.rename(tmp_path / "hall-unplugged")  # the file server is gone
    try:
        window.request_page.accept()
        qtbot.waitUntil(
            lambda: "database cannot be reached" in window.message.text(), timeout=TIMEOUT
        )
        qtbot.waitUntil(window._banner.isVisible, timeout=TIMEOUT)
        assert "Connection to the database lost" in window._banner.text()
        # nothing the clerk typed is lost
        panel = window.request_page.resident_panel
        assert panel.id_edit.text() == VALID_ID
        assert panel.name_edit.text() == "王芳"
        assert panel.phone_edit.text() == "13812345678"
        assert form.description.toPlainText() == "Pension enrolment"
        assert form.submitted() == ["户口簿"]
        assert form.accept_button.isEnabled()
    finally:
        (tmp_path / "hall-unplugged").rename(hall)

    qtbot.waitUntil(lambda: not window._banner.isVisible(), timeout=TIMEOUT)
    window.request_page.accept()  # the same form, sent again
    qtbot.waitUntil(lambda: window.request_page.last_request is not None, timeout=TIMEOUT)
    stored = requests_in(database)
    assert len(stored) == 1
    assert stored[0].description == "Pension enrolment"
    assert stored[0].materials_submitted == ["户口簿"]
    window.close()
    database.dispose()


def test_a_damaged_database_file_shows_the_banner_and_keeps_the_form(
    qtbot: QtBot, sqlite_factory: SqliteFactory, tmp_path: Path
) -> None:
    path = tmp_path / "civicdesk.sqlite3"
    shutil.copyfile(sqlite_factory.template, path)
    database = open_database(f"sqlite:///{path}")
    window, form = _serving_with_a_typed_request(qtbot, database)

    whole = path.read_bytes()
    with path.open("r+b") as file:  # the disk garbles the file's first page
        file.write(b"\x00garbage" * 16)
    # The station's kept connections notice it at their next use (SQLite itself would trust
    # the first page it has cached while the WAL is unchanged).
    try:
        window.request_page.accept()
        qtbot.waitUntil(lambda: "is damaged" in window.message.text(), timeout=TIMEOUT)
        assert str(path) in window.message.text()
        assert "db restore" in window.message.text()
        qtbot.waitUntil(window._banner.isVisible, timeout=TIMEOUT)  # reads fail too
        panel = window.request_page.resident_panel
        assert panel.id_edit.text() == VALID_ID
        assert panel.phone_edit.text() == "13812345678"
        assert form.description.toPlainText() == "Pension enrolment"
        assert form.accept_button.isEnabled()
    finally:
        path.write_bytes(whole)  # the backup is restored, and the station goes on

    qtbot.waitUntil(lambda: not window._banner.isVisible(), timeout=TIMEOUT)
    window.request_page.accept()
    qtbot.waitUntil(lambda: window.request_page.last_request is not None, timeout=TIMEOUT)
    assert [r.description for r in requests_in(database)] == ["Pension enrolment"]
    window.close()
    database.dispose()
