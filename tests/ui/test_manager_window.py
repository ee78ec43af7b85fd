"""The manager's dashboard: figures of a day, the hall now, to-dos, exports and roles."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from services.accounts.staff import StaffInfo, add_user
from services.core.actors import SYSTEM
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.settings import Settings
from services.demo.history import seed_demo_history
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from tests.strict import require_tool
from ui.admin.panel import AdministrationPanel
from ui.common import theme
from ui.common.table_model import RowsModel
from ui.manager.window import ManagerWindow
from ui.qt import Qt

DISPLAY = Qt.ItemDataRole.DisplayRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _staff(database: Database, role: str) -> StaffInfo:
    with database.writer() as session:
        return add_user(session, SYSTEM, f"{role}1", role=role, password="a-long-password")


def _window(qtbot: QtBot, database: Database, staff: StaffInfo) -> ManagerWindow:
    window = ManagerWindow(database, staff, language="en")
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def test_a_seeded_day_adds_up_on_the_dashboard(
    qtbot: QtBot, database: Database, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    with database.writer() as session:
        summary = seed_demo_history(session, SYSTEM, days=2, seed=3)
        today = service_day(utc_now(), load_center_config(session).timezone)
    day = today - timedelta(days=1)
    window = _window(qtbot, database, _staff(database, "manager"))
    window.show_day(day)
    qtbot.waitUntil(
        lambda: window.report is not None and window.report.period.start == day, timeout=10000
    )
    report = window.report
    assert report is not None
    seeded = summary.tickets - report.queue.issued  # the other seeded day
    assert 0 < report.queue.issued <= summary.tickets
    assert seeded >= 0
    assert window.kpis.value("issued") == str(report.queue.issued)
    assert report.queue.issued == (
        report.queue.served
        + report.queue.no_show
        + report.queue.cancelled
        + report.queue.expired
        + report.queue.open
    )
    assert sum(window.hourly_chart.values["Arrivals"]) == report.queue.issued
    assert window.counter_model.rowCount() == len(report.by_counter) > 0
    shown = window.counter_view.model()  # counters by number, as the report lists them
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == [
        window.counter_model.index(row, 0).data() for row in range(len(report.by_counter))
    ]
    assert [row.number for row in report.by_counter] == sorted(
        row.number for row in report.by_counter
    )
    qtmodeltester.check(window.counter_model)
    qtmodeltester.check(window.staff_model)

    pdf = tmp_path / "report.pdf"
    window.export_pdf(pdf)
    qtbot.waitUntil(lambda: "Saved" in window.message.text(), timeout=20000)
    pdftotext = require_tool("pdftotext")
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert str(report.queue.issued) in text
    window.export_csv(tmp_path / "csv")
    qtbot.waitUntil(lambda: "CSV" in window.message.text(), timeout=20000)
    assert list((tmp_path / "csv").glob("*.csv"))
    window.close()


def test_the_now_panel_follows_the_hall(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot, database, _staff(database, "manager"))
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.issue_ticket(session, SYSTEM, "B")
    qtbot.waitUntil(lambda: "2 waiting now" in window.now.summary.text(), timeout=5000)
    window.close()


def _cell(model: RowsModel[Any], row: int, column: str, role: int = DISPLAY) -> Any:
    return model.index(row, model.column_of(column)).data(role)


def test_the_now_tab_shows_the_hall_and_what_needs_a_look(
    qtbot: QtBot, database: Database, qtmodeltester: ModelTester
) -> None:
    with database.writer() as session:
        clerk = add_user(
            session, SYSTEM, "wang", role="counter", password="a-long-password", full_name="王丽"
        ).actor()
        for service in "AAB":
            queue_ops.issue_ticket(session, SYSTEM, service)
        queue_ops.call_next(session, clerk, 5, open_if_closed=True)  # serves A and G
    window = _window(qtbot, database, _staff(database, "manager"))
    now = window.now
    qtbot.waitUntil(lambda: "2 waiting now, 1 counter open" in now.summary.text(), timeout=5000)
    services, counters = now.service_model, now.counter_model
    qtmodeltester.check(services)
    qtmodeltester.check(counters)
    a = services.find(lambda s: s.code == "A")
    b = services.find(lambda s: s.code == "B")
    desk = counters.find(lambda c: c.number == 5)
    assert a is not None
    assert b is not None
    assert desk is not None
    assert [_cell(services, a, c) for c in ("waiting", "longest", "target", "open_counters")] == [
        "1",
        "0",
        "20",
        "1",
    ]
    assert _cell(services, a, "service", FOREGROUND) is None
    # B waits and nobody serves it: red, and the tooltip says why.
    assert _cell(services, b, "open_counters") == "0"
    assert _cell(services, b, "service", FOREGROUND).color().name() == theme.RED
    assert "no open counter" in _cell(services, b, "waiting", TOOLTIP)
    assert [_cell(counters, desk, c) for c in ("state", "staff", "ticket", "ticket_status")] == [
        "Open",
        "王丽",
        "A001",
        "Called",
    ]
    assert _cell(counters, desk, "minutes") == "0"
    assert _cell(counters, desk, "ticket", FOREGROUND) is None

    # Half an hour on, without a reading: A is over its target, A001 called too long.
    now.show_minutes_at(utc_now() + timedelta(minutes=30))
    assert _cell(services, a, "longest") == "30"
    assert _cell(services, a, "service", FOREGROUND).color().name() == theme.RED
    assert "over the target of 20 min" in _cell(services, a, "longest", TOOLTIP)
    assert _cell(counters, desk, "minutes") == "30"
    assert "Called 30 min ago" in _cell(counters, desk, "staff", TOOLTIP)
    assert "longest wait 30 min" in now.summary.text()
    window.close()


def test_an_empty_day_s_charts_say_they_have_nothing(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot, database, _staff(database, "manager"))
    qtbot.waitUntil(lambda: window.report is not None, timeout=10000)
    assert window.rating_chart.chart().title() == (
        "Ratings (1 very dissatisfied … 5 very satisfied): none in this period"
    )
    assert window.hourly_chart.chart().title().endswith(": none in this period")
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
    window.refresh()
    qtbot.waitUntil(
        lambda: window.hourly_chart.chart().title() == "Arrivals and services per hour",
        timeout=10000,
    )
    window.close()


def test_counter_staff_get_a_clear_refusal(qtbot: QtBot, database: Database) -> None:
    window = _window(qtbot, database, _staff(database, "counter"))
    qtbot.waitUntil(lambda: "not allowed" in window.message.text(), timeout=5000)
    assert window.report is None
    window.close()


def test_the_window_opens_with_the_tab_bar_focused_not_the_period(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    staff = _staff(database, "admin")
    settings = Settings(station_name="manager-1", source=tmp_path / "civicdesk.toml")
    administration = AdministrationPanel(
        database, staff.actor(), "en", settings.source, settings, printouts_dir=tmp_path
    )
    window = ManagerWindow(database, staff, language="en", administration=administration)
    qtbot.addWidget(window)
    window.start()
    window.show()
    services = administration.pages["services"]
    # The administration's forms load behind their tab; none may take the window's focus.
    qtbot.waitUntil(lambda: window.report is not None and services.loaded, timeout=10000)
    qtbot.waitUntil(lambda: not administration.busy, timeout=10000)
    assert window.focusWidget() is window.tabs.tabBar()
    period = window.period
    qtbot.keyClicks(window.focusWidget(), "1")  # a stray key press
    assert window.period == period


@pytest.mark.usefixtures("chinese")
def test_the_now_tab_sums_up_the_hall_in_chinese(qtbot: QtBot, database: Database) -> None:
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "B")  # nobody serves B: one row in red
    window = ManagerWindow(database, _staff(database, "manager"), language="zh_CN")
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: window.now.service_model.rowCount() > 0, timeout=5000)
    assert window.now.summary.text() == (
        "当前等候 1 人，开放窗口 0 个，最长等候 0 分钟。红色 1 项需要关注。"
    )
    b = window.now.service_model.find(lambda s: s.code == "B")
    assert b is not None
    assert _cell(window.now.service_model, b, "service") == "B 民政服务"
    window.close()
