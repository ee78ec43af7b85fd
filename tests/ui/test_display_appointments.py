"""The hall display marks an appointment's ticket, in its call row and in "please get ready"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from pytestqt.qtbot import QtBot

from services.appointments.booking import book_appointment
from services.appointments.check_in import check_in
from services.core.actors import SYSTEM, kiosk_actor
from services.core.clock import TRAINING_CLOCK_VARIABLE, restart_training_clock
from services.queue import ops as queue_ops
from services.queue.display_reads import RecentCall
from services.storage.db import Database, open_database
from tests.services.appointment_helpers import person, take_appointments
from ui.common.i18n import translations
from ui.common.live_feed import LiveFeed
from ui.display.model import RecentCallsModel
from ui.display.window import HallDisplayWindow
from ui.qt import QApplication

DAY = date(2026, 11, 30)
SOCIAL_SECURITY_DESK = 5  # serves A and G only


def test_an_appointment_call_is_marked_once_the_snapshot_says_so(qtbot: QtBot) -> None:
    model = RecentCallsModel()
    from_event = RecentCall(7, "A003", 5, "A", DAY, datetime(2026, 11, 30, 2, tzinfo=UTC))
    model.add_calls([from_event])
    assert model.data(model.index(0, model.TICKET)) == "A003"
    model.merge_snapshot([replace(from_event, appointment=True)], DAY)
    assert model.data(model.index(0, model.TICKET)) == "A003 Appt."
    # A walk-in stays unmarked.
    model.add_calls([RecentCall(8, "A004", 5, "A", DAY, datetime(2026, 11, 30, 2, tzinfo=UTC))])
    assert model.data(model.index(0, model.TICKET)) == "A004"


@pytest.fixture
def hall_with_an_appointment(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Database]:
    """Monday 09:50: two walk-ins for A, then a resident checked in for the 10:00 slot."""
    monkeypatch.setenv(TRAINING_CLOCK_VARIABLE, "2026-11-30T09:50")
    restart_training_clock()
    database = open_database(sqlite_url)
    with database.writer() as session:
        take_appointments(session, "A", 1)
        booked = book_appointment(session, SYSTEM, "A", DAY, time(10, 0), person(1), name="李明")
        queue_ops.issue_ticket(session, kiosk_actor(), "A")
        queue_ops.issue_ticket(session, kiosk_actor(), "A")
        check_in(session, kiosk_actor(), code=booked.code)
        queue_ops.open_counter(session, SYSTEM, SOCIAL_SECURITY_DESK)
    yield database
    database.dispose()


def test_please_get_ready_marks_the_appointment_and_not_the_walk_ins(
    qtbot: QtBot, qapp: QApplication, hall_with_an_appointment: Database
) -> None:
    database = hall_with_an_appointment
    window = HallDisplayWindow(database, "en", feed=LiveFeed(database), refresh_seconds=0.2)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: bool(window.next_up_texts()), timeout=5000)
        # The slot has not begun: the appointment waits in its turn, marked as its call will be.
        assert window.next_up_texts() == ["A001  A002  A003 Appt."]
        translations(qapp).switch("zh_CN")
        qtbot.waitUntil(lambda: window.next_up_texts() == ["A001  A002  A003 预约"], timeout=5000)
        with database.writer() as session:
            queue_ops.call_ticket(session, SYSTEM, SOCIAL_SECURITY_DESK, "A003")
        # Its call row says the same; the walk-ins left waiting stay unmarked.
        qtbot.waitUntil(lambda: window.next_up_texts() == ["A001  A002"], timeout=5000)
        assert window.recent_slots()[0] == ("A003 预约", "5 号窗口")
        # The mark stands beside the code: the code is as large as in a row without one.
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: window.recent_code_sizes()[0] > 0, timeout=5000)
        sizes = window.recent_code_sizes()
        assert sizes[0] == sizes[-1], sizes
    finally:
        translations(qapp).switch("en")
        window.close()
