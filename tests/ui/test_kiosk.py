"""The kiosk issues tickets, prints them through the spool, and copes with printer faults."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.queue.tickets import PriorityReason
from services.storage.db import Database, open_database
from services.storage.models import PrintJob, Ticket
from tests.ui.kiosk_fixtures import make_kiosk, open_all_day
from ui.kiosk.window import KioskWindow
from ui.qt import Qt


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _button_for(kiosk: KioskWindow, code: str):  # type: ignore[no-untyped-def]
    for button in kiosk.home._buttons:
        if button.tile is not None and button.tile.service.code == code:
            return button
    raise AssertionError(f"no button for {code}")


def _started(qtbot: QtBot, kiosk: KioskWindow) -> None:
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.waitUntil(lambda: kiosk._state is not None and bool(kiosk.home._buttons), timeout=5000)


def test_pressing_a_service_issues_and_prints_a_ticket(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database)
    kiosk, printer = make_kiosk(database, tmp_path)
    _started(qtbot, kiosk)
    qtbot.mouseClick(_button_for(kiosk, "A"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=5000)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "take your ticket" in kiosk.ticket_page.print_state_text, timeout=5000)
    with database.reader() as session:
        job = session.scalars(select(PrintJob)).one()
        assert (job.document_ref, job.state) == (f"T-{_today(session)}-A001", "done")
    assert b"A001" in printer.jobs[0].bin_path.read_bytes()
    assert printer.jobs[0].png_path is not None
    kiosk.close()


def test_green_channel_issues_a_priority_ticket_in_english(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database)
    kiosk, _printer = make_kiosk(database, tmp_path)
    _started(qtbot, kiosk)
    kiosk.toggle_language()
    assert kiosk.language == "en"
    kiosk.home._green_buttons[PriorityReason.ELDERLY].click()
    qtbot.mouseClick(_button_for(kiosk, "C"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "C001", timeout=5000)
    with database.reader() as session:
        ticket = session.scalars(select(Ticket)).one()
    assert (ticket.priority_reason, ticket.language) == ("elderly", "en")
    assert kiosk.home.priority is None  # the choice does not stick to the next resident
    kiosk.close()


def test_out_of_paper_still_issues_and_says_remember_the_number(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database)
    kiosk, printer = make_kiosk(database, tmp_path)
    printer.set_fault("paper_end")
    _started(qtbot, kiosk)
    qtbot.mouseClick(_button_for(kiosk, "A"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=5000)
    qtbot.waitUntil(lambda: "remember" in kiosk.ticket_page.print_state_text, timeout=10000)
    assert "out of paper" in kiosk.ticket_page.print_state_text
    assert "A001" in kiosk.ticket_page.print_state_text
    assert printer.jobs == []
    printer.set_fault(None)  # paper refilled: the held job prints by itself
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10000)
    kiosk.close()


def test_before_any_counter_opens_tickets_are_issued_and_counters_open_shortly(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database, counters=())  # 08:30, every clerk still on the way
    kiosk, _printer = make_kiosk(database, tmp_path)
    _started(qtbot, kiosk)
    assert _button_for(kiosk, "A").isEnabled()
    kiosk.issue("A", None)
    qtbot.waitUntil(lambda: kiosk._pages.currentWidget() is kiosk.ticket_page, timeout=5000)
    assert "counters open shortly" in kiosk.ticket_page.ahead_text
    kiosk.close()


def test_a_paused_service_and_a_used_up_quota_each_say_so_on_their_tile(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from dataclasses import replace

    from services.admin.catalog import list_service_records, set_service_paused, update_service
    from services.core.actors import SYSTEM
    from services.queue.ops import issue_ticket

    open_all_day(database)
    with database.writer() as session:
        records = {r.code: r for r in list_service_records(session, SYSTEM)}
        set_service_paused(session, SYSTEM, records["A"].id, True)
        update_service(
            session, SYSTEM, records["B"].id, replace(records["B"].fields(), daily_quota=1)
        )
        issue_ticket(session, SYSTEM, "B")
    kiosk, _printer = make_kiosk(database, tmp_path)
    _started(qtbot, kiosk)
    paused, used_up = _button_for(kiosk, "A"), _button_for(kiosk, "B")
    assert not paused.isEnabled()
    assert not used_up.isEnabled()
    assert "Paused by the center" in paused._waiting.text()
    assert "numbers are all taken" in used_up._waiting.text()
    assert _button_for(kiosk, "C").isEnabled()
    kiosk.issue("B", None)  # pressed in the instant the last number went
    qtbot.waitUntil(lambda: kiosk._pages.currentWidget() is kiosk.message_page, timeout=5000)
    with database.reader() as session:
        assert len(session.scalars(select(Ticket)).all()) == 1
    kiosk.close()


def test_outside_opening_hours_the_kiosk_says_when_service_resumes(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    from services.core.center_config import set_center_settings

    with database.writer() as session:
        set_center_settings(session, {"opening_hours": "00:00-00:01"})
        session.commit()
    kiosk, _printer = make_kiosk(database, tmp_path)
    _started(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk._pages.currentWidget() is kiosk.message_page, timeout=5000)
    assert "resumes" in kiosk.message_page.text
    kiosk.close()


def _today(session) -> str:  # type: ignore[no-untyped-def]
    from services.core.center_config import load_center_config
    from services.core.clock import service_day, utc_now

    return service_day(utc_now(), load_center_config(session).timezone).strftime("%Y%m%d")


def test_a_second_kiosk_under_a_live_name_is_refused(qtbot: QtBot, database: Database) -> None:
    """Two kiosks under one name would both print every ticket of their shared queue."""
    from services.core.errors import StationNameTaken
    from services.core.settings import PrinterSettings, Settings
    from ui.stations import StationFactory

    settings = Settings(station_name="kiosk-hall", printer=PrinterSettings(kind="none"))
    factory = StationFactory(settings, database, "en")
    first = factory.kiosk()
    qtbot.addWidget(first)
    with pytest.raises(StationNameTaken, match="kiosk-hall is running"):
        factory.kiosk()
    first.close()  # a kiosk that closes gives its name up at once
    second = factory.kiosk()
    qtbot.addWidget(second)
    second.close()
