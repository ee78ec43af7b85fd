"""实名取号 at the kiosk with the virtual ID-card reader: a card then a service, a service that
asks for the card, the green channel by age, and cards the kiosk must refuse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from devices.idcard.virtual import VirtualIdCardReader
from services.admin.catalog import list_service_records, update_service
from services.appointments.booking import book_appointment
from services.appointments.models import Appointment
from services.core.actors import SYSTEM
from services.core.center_config import set_center_settings
from services.core.clock import center_now
from services.storage.db import Database, open_database
from services.storage.models import Ticket
from tests.devices.idcards import EXPIRED, LI, ZHANG
from tests.services.appointment_helpers import BEIJING, take_appointments
from tests.ui.kiosk_fixtures import make_kiosk, open_all_day
from tests.ui.test_kiosk import _button_for, _started
from ui.common.idcard_source import IdCardSource, masked_name
from ui.kiosk.window import KioskWindow
from ui.qt import Qt

TIMEOUT = 5000


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    open_all_day(db, counters=(1, 6))
    yield db
    db.dispose()


@pytest.fixture
def kiosk(qtbot: QtBot, database: Database, tmp_path: Path) -> Iterator[KioskWindow]:
    window, _printer = make_kiosk(database, tmp_path, id_cards=IdCardSource(None))
    _started(qtbot, window)
    yield window
    window.close()


def reader(kiosk: KioskWindow) -> VirtualIdCardReader:
    assert kiosk.id_cards is not None
    virtual = kiosk.id_cards.virtual
    assert virtual is not None
    return virtual


def tickets(database: Database) -> list[tuple[str, str | None, int | None]]:
    with database.reader() as session:
        rows = session.execute(
            select(Ticket.code, Ticket.priority_reason, Ticket.resident_id).order_by(Ticket.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_card_then_a_service_takes_a_real_name_ticket_with_the_green_channel(
    qtbot: QtBot, kiosk: KioskWindow, database: Database
) -> None:
    reader(kiosk).place(ZHANG)  # born 1949: the green channel
    qtbot.waitUntil(lambda: "张*英" in kiosk.home._prompt.text(), timeout=TIMEOUT)
    qtbot.mouseClick(_button_for(kiosk, "A"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=TIMEOUT)
    [(code, priority, resident)] = tickets(database)
    assert (code, priority) == ("A001", "elderly")
    assert resident is not None
    # The card is used once: the next touch is an ordinary ticket.
    kiosk.go_home()
    assert "张" not in kiosk.home._prompt.text()
    qtbot.mouseClick(_button_for(kiosk, "A"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A002", timeout=TIMEOUT)
    assert tickets(database)[1] == ("A002", None, None)


def test_a_real_name_service_asks_for_the_card_and_issues_when_it_comes(
    qtbot: QtBot, qapp: object, database: Database, tmp_path: Path
) -> None:
    with database.writer() as session:
        record = next(r for r in list_service_records(session, SYSTEM) if r.code == "C")
        update_service(
            session, SYSTEM, record.id, replace(record.fields(), real_name_required=True)
        )
    kiosk, _printer = make_kiosk(database, tmp_path, id_cards=IdCardSource(None))
    _started(qtbot, kiosk)
    button = _button_for(kiosk, "C")
    assert "please place your ID card" in button._waiting.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk._pages.currentWidget() is kiosk.message_page, timeout=TIMEOUT)
    assert "Please place your ID card on the reader" in kiosk.message_page.text
    assert tickets(database) == []
    reader(kiosk).place(LI)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "C001", timeout=TIMEOUT)
    [(_code, priority, resident)] = tickets(database)
    assert priority is None  # born 1990
    assert resident is not None
    kiosk.close()


def test_an_expired_card_is_refused_with_its_date(
    qtbot: QtBot, kiosk: KioskWindow, database: Database
) -> None:
    reader(kiosk).place(EXPIRED)
    qtbot.waitUntil(lambda: kiosk._pages.currentWidget() is kiosk.message_page, timeout=TIMEOUT)
    assert "2026-05-01" in kiosk.message_page.text
    qtbot.mouseClick(_button_for(kiosk, "A"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=TIMEOUT)
    assert tickets(database)[0][2] is None  # the refused card did not make it real-name


def test_the_daily_limit_is_told_at_the_kiosk(
    qtbot: QtBot, kiosk: KioskWindow, database: Database
) -> None:
    for number in range(1, 5):
        kiosk.go_home()
        reader(kiosk).place(LI)
        qtbot.waitUntil(lambda: "李*" in kiosk.home._prompt.text(), timeout=TIMEOUT)
        qtbot.mouseClick(_button_for(kiosk, "B"), Qt.MouseButton.LeftButton)
        if number <= 3:
            qtbot.waitUntil(
                lambda n=number: kiosk.ticket_page.code_text == f"B{n:03d}", timeout=TIMEOUT
            )
    qtbot.waitUntil(lambda: "may take 3 a day" in kiosk.message_page.text, timeout=TIMEOUT)
    assert len(tickets(database)) == 3


def test_names_are_masked_on_the_kiosk() -> None:
    assert masked_name("张秀英") == "张*英"
    assert masked_name("李明") == "李*"
    assert masked_name("欧阳娜娜") == "欧**娜"
    assert date(2026, 5, 1).isoformat() in EXPIRED.as_json()["valid_to"]


# --- appointments checked in at the kiosk --------------------------------------------------


def book_next_slot(database: Database, id_number: str, name: str, *, minutes_ahead: int = 0) -> str:
    """An appointment in a 5-minute slot 5-10 minutes ahead of the program's clock (never one
    that starts while the test books it)."""
    with database.writer() as session:
        set_center_settings(session, {"appointment_slot_minutes": 5})
        session.commit()
        take_appointments(session, "A", 3)
        local = center_now(BEIJING) + timedelta(minutes=minutes_ahead)
        slot = local.replace(second=0, microsecond=0) + timedelta(minutes=10 - local.minute % 5)
        return book_appointment(
            session, SYSTEM, "A", slot.date(), slot.time(), id_number, name=name
        ).code


def test_a_card_with_an_appointment_today_checks_it_in(
    qtbot: QtBot, kiosk: KioskWindow, database: Database
) -> None:
    code = book_next_slot(database, LI.id_number, LI.name)
    reader(kiosk).place(LI)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=TIMEOUT)
    assert "Appointment checked in" in kiosk.ticket_page.heading_text
    with database.reader() as session:
        status = session.scalar(select(Appointment.status).where(Appointment.code == code))
        ticket = session.scalars(select(Ticket)).one()
    assert status == "checked_in"
    assert ticket.appointment_at is not None


def test_a_scanned_booking_slip_checks_in_and_too_early_says_when(
    qtbot: QtBot, kiosk: KioskWindow, database: Database
) -> None:
    early = book_next_slot(database, ZHANG.id_number, ZHANG.name, minutes_ahead=60)
    kiosk.handle_scan(early.lower())
    qtbot.waitUntil(lambda: "too early" in kiosk.message_page.text, timeout=TIMEOUT)
    assert "opens at" in kiosk.message_page.text
    code = book_next_slot(database, LI.id_number, LI.name)
    kiosk.go_home()
    kiosk.handle_scan(code)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=TIMEOUT)
