"""The hall display marks an appointment's call 预约, also when the event came first."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from services.queue.display_reads import RecentCall
from ui.display.model import RecentCallsModel

DAY = date(2026, 11, 30)


def test_an_appointment_call_is_marked_once_the_snapshot_says_so(qtbot: QtBot) -> None:
    model = RecentCallsModel()
    from_event = RecentCall(7, "A003", 5, "A", DAY, datetime(2026, 11, 30, 2, tzinfo=UTC))
    model.add_calls([from_event])
    assert model.data(model.index(0, model.TICKET)) == "A003"
    model.merge_snapshot([replace(from_event, appointment=True)], DAY)
    assert model.data(model.index(0, model.TICKET)) == "A003 预约"
    # A walk-in stays unmarked.
    model.add_calls([RecentCall(8, "A004", 5, "A", DAY, datetime(2026, 11, 30, 2, tzinfo=UTC))])
    assert model.data(model.index(0, model.TICKET)) == "A004"
