"""Booking appointments in the windows: at the counter (the slip printed, its barcodes read back
with zbarimg), a slot filled meanwhile refused with its reason and nothing typed lost, phone
bookings and cancelling in the manager's tab, and checked-in appointments marked in the
counter's waiting list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from printing.preview import render_preview_png
from services.accounts.staff import StaffInfo, add_user
from services.appointments.booking import book_appointment
from services.appointments.check_in import check_in
from services.core.actors import SYSTEM, kiosk_actor
from services.core.clock import TRAINING_CLOCK_VARIABLE, restart_training_clock
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from tests.printing.tools import scan_barcodes
from tests.services.appointment_helpers import SATURDAY, TUESDAY, take_appointments
from tests.services.casework_helpers import id_number
from tests.ui.test_counter_casework import (
    TIMEOUT,
    clerk,
    commit_text,
    open_window,
    type_into,
    virtual_station,
)
from ui.appointments.panel import AppointmentsPanel
from ui.common.i18n import translations
from ui.manager.window import ManagerWindow
from ui.qt import QApplication, Qt

MONDAY_MORNING = "2026-11-30T09:50"  # the day before TUESDAY, in the center's zone
LI = id_number("110105", "19800101", "011")
WANG = id_number("110105", "19800101", "022")
ZHAO = id_number("110105", "19800101", "033")
QIAN = id_number("110105", "19800101", "044")


@pytest.fixture
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv(TRAINING_CLOCK_VARIABLE, MONDAY_MORNING)
    restart_training_clock()
    db = open_database(sqlite_url)
    with db.writer() as session:
        take_appointments(session, "A", 1)
    yield db
    db.dispose()


def slots_shown(panel: AppointmentsPanel, day: object) -> bool:
    slots = panel.form.slots
    return slots is not None and slots.day == day and panel.form.slot_list.count() > 0


def slot_text(panel: AppointmentsPanel, hhmm: str) -> str:
    items = [panel.form.slot_list.item(i) for i in range(panel.form.slot_list.count())]
    return next(item.text() for item in items if item.text().startswith(hhmm))


def fill_in(qtbot: QtBot, panel: AppointmentsPanel, hhmm: str, number: str, name: str) -> None:
    form = panel.form
    form.choose_time(hhmm)
    assert form.chosen_time == hhmm
    form.clear_resident()
    type_into(qtbot, form.id_edit, number)
    qtbot.keyClick(form.id_edit, Qt.Key.Key_Return)
    assert form.name_edit.hasFocus()
    commit_text(form.name_edit, name)
    qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    assert form.phone_edit.hasFocus()
    type_into(qtbot, form.phone_edit, "13800138000")


def test_the_counter_books_prints_the_slip_and_refuses_a_slot_filled_meanwhile(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    station, printer = virtual_station(database, tmp_path / "printouts")
    window = open_window(qtbot, database, clerk(database, "alice"), print_station=station)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    panel = window.appointments
    assert window.current_tab is panel
    panel.form.choose("A", TUESDAY)
    qtbot.waitUntil(lambda: slots_shown(panel, TUESDAY), timeout=TIMEOUT)
    assert slot_text(panel, "09:00") == "09:00   1 of 1 free"

    fill_in(qtbot, panel, "09:00", LI, "李明")
    qtbot.keyClick(panel.form.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Y-20261201-0001" in window.message.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=TIMEOUT)
    slip = tmp_path / "slip.png"
    slip.write_bytes(render_preview_png(printer.jobs[0].bin_path.read_bytes()))
    assert scan_barcodes(slip) == ["Y-20261201-0001", "Y-20261201-0001"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=TIMEOUT)
    booked = panel.model.row_at(0)
    assert (booked.code, booked.time, booked.source, booked.phone) == (
        "Y-20261201-0001",
        "09:00",
        "counter",
        "13800138000",
    )
    assert panel.state_text(booked) == "booked"
    assert panel.form.id_edit.text() == ""  # ready for the next resident
    qtbot.waitUntil(lambda: "full (1)" in slot_text(panel, "09:00"), timeout=TIMEOUT)

    # 09:30 is offered, then a phone booking takes it before the clerk presses Enter.
    fill_in(qtbot, panel, "09:30", WANG, "王芳")
    with database.writer() as session:
        book_appointment(session, SYSTEM, "A", TUESDAY, time(9, 30), ZHAO, name="赵六")
    qtbot.keyClick(panel.form.phone_edit, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "is full" in window.message.text(), timeout=TIMEOUT)
    assert window.message.text() == (
        "The slot 2026-12-01 09:30 of A is full (1 appointments): choose another slot."
    )
    assert (panel.form.id_edit.text(), panel.form.name_edit.text()) == (WANG, "王芳")
    qtbot.waitUntil(lambda: "full (1)" in slot_text(panel, "09:30"), timeout=TIMEOUT)
    assert len(printer.jobs) == 1

    # A registered resident at the counter is booked by record, the ID number kept masked.
    window.request_page.resident_panel.fill_from_card(LI)
    qtbot.waitUntil(lambda: panel.form.resident_id is not None, timeout=TIMEOUT)
    assert panel.form.id_edit.isReadOnly()
    assert "*" in panel.form.id_edit.text()
    panel.form.choose("A", TUESDAY)
    qtbot.waitUntil(lambda: slots_shown(panel, TUESDAY), timeout=TIMEOUT)
    panel.form.choose_time("10:00")
    panel.form.book()
    qtbot.waitUntil(lambda: "already has appointment" in window.message.text(), timeout=TIMEOUT)
    assert "Y-20261201-0001" in window.message.text()

    # The next resident, not registered yet, typed at the resident panel: Ctrl+B takes them.
    resident_panel = window.request_page.resident_panel
    resident_panel.clear()
    assert panel.form.resident_id is None
    assert panel.form.id_edit.text() == ""
    window.show_request_form()
    resident_panel.fill_from_card(QIAN, "钱七")
    qtbot.waitUntil(
        lambda: "Not registered yet" in resident_panel.id_feedback.text(), timeout=TIMEOUT
    )
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert (panel.form.id_edit.text(), panel.form.name_edit.text()) == (QIAN, "钱七")
    assert not panel.form.id_edit.isReadOnly()
    window.close()


def test_the_manager_books_by_phone_and_cancels_after_confirming(
    qtbot: QtBot, database: Database
) -> None:
    with database.writer() as session:
        manager: StaffInfo = add_user(
            session, SYSTEM, "boss", role="manager", password="a-long-password"
        )
    window = ManagerWindow(database, manager, language="en")
    qtbot.addWidget(window)
    window.show()
    window.start()
    panel = window.appointments
    window.tabs.setCurrentWidget(panel)
    assert not panel.print_button.isVisible()  # the manager's station prints no slips

    panel.form.choose("A", SATURDAY)
    qtbot.waitUntil(lambda: "closed" in panel.form.slot_note.text(), timeout=TIMEOUT)
    assert (
        panel.form.slot_note.text() == "The center is closed on 2026-12-05: choose a working day."
    )
    assert panel.form.slot_list.count() == 0
    panel.form.book()
    assert window.message.text() == "Choose a free time in the list."

    panel.form.choose("A", TUESDAY)
    qtbot.waitUntil(lambda: slots_shown(panel, TUESDAY), timeout=TIMEOUT)
    wrong = WANG[:17] + ("1" if WANG[17] != "1" else "2")
    fill_in(qtbot, panel, "10:00", wrong, "王芳")
    qtbot.keyClick(panel.form.phone_edit, Qt.Key.Key_Return)
    assert window.message.text().startswith("ID number: Bad check digit: the last character")
    assert panel.form.id_edit.hasFocus()
    assert panel.form.name_edit.text() == "王芳"  # nothing typed is lost
    fill_in(qtbot, panel, "10:00", WANG, "王芳")
    qtbot.keyClick(panel.form.phone_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=TIMEOUT)
    assert window.message.text() == "Booked Y-20261201-0001: Social security, 2026-12-01 10:00."
    assert panel.model.row_at(0).source == "phone"

    questions: list[str] = []
    panel.view.selectRow(0)
    panel.cancel_selected(confirm=lambda q: questions.append(q) or False)
    assert questions == [
        "Cancel appointment Y-20261201-0001 of 王芳 on 2026-12-01 at 10:00? "
        "Its place is offered again."
    ]
    assert panel.model.row_at(0).status == "booked"  # not confirmed: nothing changed
    panel.cancel_selected(confirm=lambda q: True)
    qtbot.waitUntil(lambda: panel.model.row_at(0).status == "cancelled", timeout=TIMEOUT)
    assert window.message.text() == "Appointment Y-20261201-0001 is cancelled."
    assert panel.state_text(panel.model.row_at(0)) == "cancelled"
    qtbot.waitUntil(lambda: "1 of 1 free" in slot_text(panel, "10:00"), timeout=TIMEOUT)
    panel.cancel_selected(confirm=lambda q: True)
    assert window.message.text() == (
        "Appointment Y-20261201-0001 is cancelled: only a booked one can be cancelled."
    )

    # The hall now: how many of the waiting are checked-in appointments.
    with database.writer() as session:
        monday = TUESDAY.replace(day=30, month=11)
        code = book_appointment(session, SYSTEM, "A", monday, time(10, 0), LI, name="李明").code
        check_in(session, kiosk_actor(), code=code)
    window.refresh_now()
    now = window.now.service_model

    def appointments_of_a() -> object:
        row = now.find(lambda s: s.code == "A")
        return None if row is None else now.index(row, now.column_of("appointments")).data()

    qtbot.waitUntil(lambda: appointments_of_a() == "1", timeout=TIMEOUT)
    window.show_today()  # the day's figures: every appointment figure on the card's tooltip
    card = window.kpis.cards["appointments"]
    qtbot.waitUntil(lambda: "checked in 1 (on time 1)" in card.toolTip(), timeout=TIMEOUT)
    assert card.toolTip().startswith("Booked 1, checked in 1 (on time 1), no-shows 0")
    window.close()


def test_the_waiting_list_marks_checked_in_appointments(
    qtbot: QtBot, qapp: QApplication, database: Database
) -> None:
    with database.writer() as session:
        monday = TUESDAY.replace(day=30, month=11)
        code = book_appointment(session, SYSTEM, "A", monday, time(10, 0), LI, name="李明").code
        queue_ops.issue_ticket(session, kiosk_actor(), "A")
        queue_ops.issue_ticket(session, kiosk_actor(), "A", priority="elderly")
        check_in(session, kiosk_actor(), code=code)
    window = open_window(qtbot, database, clerk(database, "alice"))
    qtbot.waitUntil(lambda: window.waiting_model.rowCount() == 3, timeout=TIMEOUT)
    column = window.waiting_model.column_of("priority")
    marks = {
        window.waiting_model.row_at(row).code: window.waiting_model.index(row, column).data()
        for row in range(3)
    }
    assert marks == {"A001": "", "A002": "Elderly", "A003": "Appointment 10:00"}
    translations(qapp).switch("zh_CN")
    row = window.waiting_model.find(lambda ticket: ticket.code == "A003")
    assert window.waiting_model.index(row, column).data() == "预约 10:00"
    window.close()
