"""The administration panel under pytest-qt: each tab does its job through the real services,
errors show as messages, the table models pass the model tester, and the printer test page
reaches a real pseudo-terminal printer."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.accounts.staff import login
from services.admin.audit_log import list_audit
from services.admin.catalog import list_service_records
from services.admin.staff import create_staff, list_staff_accounts
from services.calendar.holiday_seed import seed_holidays
from services.calendar.working_days import is_working_day, list_calendar
from services.catalog.reads import counter_service_codes, get_counter, list_counters
from services.core.actors import SYSTEM, Actor, Role
from services.core.center_config import load_center_config
from services.core.clock import utc_now
from services.core.errors import AuthenticationFailed, TemporaryPasswordMustChange
from services.core.journal import record_audit
from services.core.settings import PrinterSettings, ScannerSettings, Settings
from services.queue.display_notice import get_display_notice
from services.storage.db import Database, open_database
from services.storage.models import Staff
from tests.devices.fake_printer import FakePrinter
from tests.devices.pty_pair import PtyPair
from tests.strict import require_tool
from tests.ui.admin_look import clipped_texts
from ui.admin.audit import PAGE_SIZE, AuditLogModel, AuditTab
from ui.admin.audit_words import action_text
from ui.admin.calendar import CalendarTableModel, HoursTab
from ui.admin.catalog import CountersTab, CounterTableModel, ServicesTab, ServiceTableModel
from ui.admin.devices import DevicesTab
from ui.admin.notice import NoticeTab
from ui.admin.panel import AdministrationPanel
from ui.admin.staff import StaffTab, StaffTableModel
from ui.qt import QDate, Qt

TIMEOUT = 10_000
PASSWORD = "counter-pass-1"


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def admin(database: Database) -> Actor:
    with database.reader() as session:
        staff_id = session.scalars(select(Staff.id).where(Staff.username == "admin")).one()
    return Actor("admin", Role.ADMIN, staff_id)


def open_panel(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    actor: Actor | None = None,
    settings: Settings | None = None,
) -> AdministrationPanel:
    path = tmp_path / "civicdesk.toml"
    panel = AdministrationPanel(
        database,
        actor or admin(database),
        "en",
        path,
        settings or Settings(station_name="manager-1", source=path),
        printouts_dir=tmp_path / "printouts",
    )
    qtbot.addWidget(panel)
    panel.resize(1600, 900)
    panel.show()
    return panel


def idle(qtbot: QtBot, panel: AdministrationPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=TIMEOUT)


# --- the models ----------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(
    qtmodeltester: ModelTester, database: Database
) -> None:
    with database.writer() as session:
        seed_holidays(session, SYSTEM, 2026)
        create_staff(session, SYSTEM, "li.na", role="counter")
        services = list_service_records(session, SYSTEM)
        counters = list_counters(session)
        staff = list_staff_accounts(session, SYSTEM)
        days = list_calendar(session, 2026)
        entries = list_audit(session, SYSTEM)
    for rows in (services, counters, staff, days, entries):
        assert rows
    checks = (
        (ServiceTableModel(), services),
        (CounterTableModel(), counters),
        (StaffTableModel(), staff),
        (CalendarTableModel(), days),
    )
    for model, rows in checks:
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        assert model.data(model.index(0, 0)) not in (None, "")
        model.set_rows([])
        qtmodeltester.check(model, force_py=True)
    audit = AuditLogModel()
    audit.set_entries(entries, load_tz(database))
    qtmodeltester.check(audit, force_py=True)
    assert audit.data(audit.index(0, 3)) == action_text(entries[0].action)
    audit.set_entries([], load_tz(database))
    qtmodeltester.check(audit, force_py=True)


def load_tz(database: Database):  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return load_center_config(session).timezone


# --- who sees what -------------------------------------------------------------------------


def test_tabs_follow_the_role(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    assert list(panel.pages) == [
        "services",
        "counters",
        "staff",
        "hours",
        "devices",
        "notice",
        "map",
        "audit",
    ]
    manager = open_panel(qtbot, database, tmp_path, Actor("wang", Role.MANAGER))
    assert list(manager.pages) == ["audit"]
    qtbot.waitUntil(lambda: manager.pages["audit"].loaded, timeout=TIMEOUT)
    clerk = open_panel(qtbot, database, tmp_path, Actor("li.na", Role.COUNTER))
    assert clerk.pages == {}
    assert "no administration tasks" in clerk.message.text()


# --- services and counters -----------------------------------------------------------------


def test_create_a_service_and_see_it_in_the_list(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("services")
    assert isinstance(tab, ServicesTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 8, timeout=TIMEOUT)
    tab.new_service()
    assert tab.code_edit.text() == "I"  # the first free letter
    # a refusal shows as a message and keeps what was typed
    tab.name_en_edit.setText("Housing provident fund")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chinese name cannot be empty" in panel.message.text(), timeout=TIMEOUT)
    assert tab.name_en_edit.text() == "Housing provident fund"
    tab.name_zh_edit.setText("公积金")
    tab.materials_edit.setPlainText("身份证原件\n\n银行卡\n")
    tab.wait_spin.setValue(25)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 9, timeout=TIMEOUT)
    row = tab.model.find(lambda r: r.code == "I")
    assert row is not None
    assert tab.model.data(tab.model.index(row, 1)) == "公积金"
    assert tab.model.data(tab.model.index(row, 3)) == "25 min"
    assert tab.editing is not None
    assert tab.editing.materials == ("身份证原件", "银行卡")
    assert "Saved the service I" in panel.message.text()
    # edit it: stop offering it
    tab.active_check.setChecked(False)
    tab.save()
    qtbot.waitUntil(
        lambda: tab.model.row_at(tab.model.find(lambda r: r.code == "I")).active is False,
        timeout=TIMEOUT,
    )
    with database.reader() as session:
        actions = [e.action for e in list_audit(session, SYSTEM, action_prefix="service.")]
    assert actions == ["service.update", "service.create"]


def test_counters_serve_the_ticked_services_in_order(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("counters")
    assert isinstance(tab, CountersTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 8, timeout=TIMEOUT)
    tab.view.selectRow(tab.model.find(lambda c: c.number == 5))
    assert tab.checked_codes() == ("A", "G")
    tab.set_checked_codes(["G", "A", "H"])
    tab.name_en_edit.setText("Social security window")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved counter 5" in panel.message.text(), timeout=TIMEOUT)
    with database.reader() as session:
        assert counter_service_codes(session, get_counter(session, 5).id) == ("G", "A", "H")
    # a new counter, then removed again
    tab.new_counter()
    assert tab.number_spin.value() == 9
    tab.name_zh_edit.setText("临时窗口")
    tab.name_en_edit.setText("Spare window")
    tab.set_checked_codes(["B"])
    tab.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 9, timeout=TIMEOUT)
    assert tab.editing is not None
    assert tab.editing.number == 9
    tab.remove_selected(confirmed=True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 8, timeout=TIMEOUT)
    assert "Removed counter 9" in panel.message.text()


# --- staff ---------------------------------------------------------------------------------


def test_disable_a_staff_account_and_they_cannot_log_in(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("staff")
    assert isinstance(tab, StaffTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=TIMEOUT)
    # create the account in the form
    tab.username_edit.setText("li.na")
    tab.full_name_edit.setText("李娜")
    tab.new_role_combo.setCurrentIndex(tab.new_role_combo.findData("counter"))
    tab.password_edit.setText(PASSWORD)
    tab.repeat_edit.setText(PASSWORD + "x")
    tab.create_account()
    assert "differ" in panel.message.text()
    tab.repeat_edit.setText(PASSWORD)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: tab.selected is not None and tab.selected.username == "li.na")
    row = tab.model.find(lambda a: a.username == "li.na")
    assert tab.model.data(tab.model.index(row, 3)) == "must change the password"
    with database.writer() as session, pytest.raises(TemporaryPasswordMustChange):
        login(session, "li.na", PASSWORD)  # typed by the administrator: temporary
    # disable it
    assert tab.active_button.text() == "Disable"
    qtbot.mouseClick(tab.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.selected is not None and not tab.selected.active, timeout=TIMEOUT)
    row = tab.model.find(lambda a: a.username == "li.na")
    assert tab.model.data(tab.model.index(row, 3)) == "disabled"
    assert tab.active_button.text() == "Enable"
    with database.writer() as session, pytest.raises(AuthenticationFailed, match="Unknown user"):
        login(session, "li.na", PASSWORD)
    # the administrator cannot disable themself: a message, not a traceback
    tab.select_username("admin")
    tab.toggle_selected_active()
    qtbot.waitUntil(lambda: "your own account" in panel.message.text(), timeout=TIMEOUT)
    # reset and role change for li.na
    tab.select_username("li.na")
    tab.reset_selected_password(confirmed=True)
    qtbot.waitUntil(lambda: "is cleared" in panel.message.text(), timeout=TIMEOUT)
    tab.change_selected_role("manager")
    qtbot.waitUntil(
        lambda: tab.selected is not None and tab.selected.role == "manager", timeout=TIMEOUT
    )


# --- opening hours and holidays ------------------------------------------------------------


def test_add_and_remove_a_holiday_and_seed_a_year(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("hours")
    assert isinstance(tab, HoursTab)
    tab.year_spin.setValue(2026)
    qtbot.waitUntil(lambda: tab.loaded and not panel.busy, timeout=TIMEOUT)
    assert tab.model.rowCount() == 0
    assert tab.hours_edit.text() == "08:30-12:00,13:30-17:30"
    christmas_eve = date(2026, 12, 24)
    tab.day_edit.setDate(QDate(2026, 12, 24))
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("holiday"))
    tab.day_name_edit.setText("平安夜")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=TIMEOUT)
    assert tab.model.data(tab.model.index(0, 0)) == "2026-12-24"
    assert tab.model.data(tab.model.index(0, 1)) == "Thursday"
    with database.reader() as session:
        assert not is_working_day(session, christmas_eve)
    # a swapped working day must fall on a weekend
    tab.day_edit.setDate(QDate(2026, 12, 23))
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("workday"))
    tab.add_day()
    qtbot.waitUntil(lambda: "already a working day" in panel.message.text(), timeout=TIMEOUT)
    # remove the holiday again
    tab.view.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=TIMEOUT)
    with database.reader() as session:
        assert is_working_day(session, christmas_eve)
    # seed the year
    assert tab.seed_button.isEnabled()
    assert "2026" in tab.seed_button.text()
    tab.seed_year(confirmed=True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 39, timeout=TIMEOUT)
    tab.year_spin.setValue(2031)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=TIMEOUT)
    assert not tab.seed_button.isEnabled()


def test_center_settings(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("hours")
    assert isinstance(tab, HoursTab)
    qtbot.waitUntil(lambda: tab.loaded and not panel.busy, timeout=TIMEOUT)
    tab.hours_edit.setText("08:00-12:00,11:00-17:00")
    tab.save_center()
    qtbot.waitUntil(lambda: "overlap" in panel.message.text(), timeout=TIMEOUT)
    assert tab.hours_edit.text() == "08:00-12:00,11:00-17:00"  # kept for correction
    tab.hours_edit.setText(" 13:00-17:00, 08:00-12:00")
    tab.timezone_combo.setCurrentText("Asia/Urumqi")
    tab.recall_spin.setValue(2)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the center settings" in panel.message.text(), timeout=TIMEOUT)
    assert tab.hours_edit.text() == "08:00-12:00,13:00-17:00"
    with database.reader() as session:
        config = load_center_config(session)
    assert (config.opening_hours, config.timezone.key, config.recall_limit) == (
        "08:00-12:00,13:00-17:00",
        "Asia/Urumqi",
        2,
    )


# --- the display notice --------------------------------------------------------------------


def test_display_notice(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("notice")
    assert isinstance(tab, NoticeTab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=TIMEOUT)
    tab.edit.setPlainText("下午 14:00 系统维护\nMaintenance at 14:00")
    assert tab.count_label.text().startswith("34 of 500")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.stored != "", timeout=TIMEOUT)
    with database.reader() as session:
        assert get_display_notice(session) == "下午 14:00 系统维护 Maintenance at 14:00"
    tab.edit.setPlainText("x" * 501)
    tab.save()
    qtbot.waitUntil(lambda: "at most 500 fit" in panel.message.text(), timeout=TIMEOUT)
    qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.stored == "", timeout=TIMEOUT)
    assert "removed" in panel.message.text()


# --- the audit log -------------------------------------------------------------------------


def test_audit_viewer_filters_and_pages(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    now = utc_now()
    with database.writer() as session:
        for i in range(PAGE_SIZE + 5):
            record_audit(
                session,
                Actor("chen.admin", Role.ADMIN),
                "staff.rename",
                at=now,
                target_type="staff",
                target_id=i,
                details={"n": i},
            )
        record_audit(
            session,
            Actor("sun.li", Role.MANAGER),
            "service.update",
            at=now,
            target_type="service",
            target_id="A",
        )
        record_audit(
            session,
            Actor("chen.admin", Role.ADMIN),
            "counter.update",
            at=now - timedelta(days=30),
            target_type="counter",
            target_id=1,
        )
        session.commit()
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("audit")
    assert isinstance(tab, AuditTab)
    qtbot.waitUntil(lambda: tab.loaded and not panel.busy, timeout=TIMEOUT)
    seeded = tab.total
    assert seeded >= PAGE_SIZE + 6  # ours and the seeding's, not the month-old one
    assert tab.model.rowCount() == PAGE_SIZE
    assert tab.older_button.isEnabled()
    assert not tab.newer_button.isEnabled()
    assert tab.page_label.text() == f"Entries 1–{PAGE_SIZE} of {seeded}"
    tab.go(PAGE_SIZE)
    qtbot.waitUntil(lambda: tab.offset == PAGE_SIZE and not panel.busy, timeout=TIMEOUT)
    assert tab.model.rowCount() == seeded - PAGE_SIZE
    assert tab.newer_button.isEnabled()
    # by person and action
    tab.actor_edit.setText("SUN")
    tab.search()
    qtbot.waitUntil(lambda: tab.total == 1 and tab.offset == 0, timeout=TIMEOUT)
    assert tab.model.data(tab.model.index(0, 3)) == "Service changed"
    assert tab.model.data(tab.model.index(0, 2)) == "Manager"
    tab.actor_edit.setText("chen")
    tab.action_combo.setCurrentText("staff.")
    tab.search()
    qtbot.waitUntil(lambda: tab.total == PAGE_SIZE + 5, timeout=TIMEOUT)
    assert {e.action for e in tab.model.rows} == {"staff.rename"}
    # by dates: only the month-old change
    tab.action_combo.setCurrentText("")
    month_ago = (now - timedelta(days=30)).astimezone(load_tz(database)).date()
    qmonth = QDate(month_ago.year, month_ago.month, month_ago.day)
    tab.from_edit.setDate(qmonth)
    tab.to_edit.setDate(qmonth)
    tab.search()
    qtbot.waitUntil(lambda: tab.total == 1, timeout=TIMEOUT)
    assert tab.model.data(tab.model.index(0, 3)) == "Counter changed"
    tab.view.selectRow(0)
    assert "counter.update" in tab.details.toPlainText()
    # a period that ends before it starts is a message
    tab.from_edit.setDate(qmonth.addDays(1))
    tab.search()
    qtbot.waitUntil(lambda: "ends" in panel.message.text(), timeout=TIMEOUT)
    # the action choices include the actions in the log
    choices = {tab.action_combo.itemText(i) for i in range(tab.action_combo.count())}
    assert {
        "Staff (staff.)",
        "Staff renamed (staff.rename)",
        "Service changed (service.update)",
    } <= choices


# --- devices -------------------------------------------------------------------------------


def test_device_settings_are_saved_and_a_test_page_printed(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text('# station\nstation_name = "manager-1"\n\n[printer]\nchinese = true\n')
    settings = Settings(station_name="manager-1", source=path)
    panel = open_panel(qtbot, database, tmp_path, settings=settings)
    tab = panel.show_tab("devices")
    assert isinstance(tab, DevicesTab)
    idle(qtbot, panel)
    assert str(path) in tab.file_label.text()
    tab.paper_combo.setCurrentIndex(tab.paper_combo.findData(58))
    tab.scanner_port_combo.setCurrentText("/dev/ttyACM0")
    tab.scanner_baud_combo.setCurrentIndex(tab.scanner_baud_combo.findData(115200))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restart this station" in panel.message.text(), timeout=TIMEOUT)
    stored = tomllib.loads(path.read_text(encoding="utf-8"))
    assert stored["printer"]["paper_width_mm"] == 58
    assert stored["printer"]["chinese"] is True
    assert stored["scanner"] == {"port": "/dev/ttyACM0", "baudrate": 115200}
    assert path.read_text(encoding="utf-8").startswith("# station\n")
    # the virtual printer's test page
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_check is not None, timeout=TIMEOUT)
    assert tab.last_check is not None
    assert tab.last_check.printed
    assert "The printer is ready." in tab.status_label.text()
    assert (tmp_path / "printouts" / "0001.bin").exists()
    # a serial printer needs a port: refused with a message, the file unchanged
    before = path.read_text(encoding="utf-8")
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("serial"))
    tab.printer_port_combo.setCurrentText("")
    tab.save()
    qtbot.waitUntil(lambda: "needs a port" in panel.message.text(), timeout=TIMEOUT)
    assert path.read_text(encoding="utf-8") == before
    tab.check(print_page=True)
    qtbot.waitUntil(lambda: "needs a port" in tab.status_label.text(), timeout=TIMEOUT)


def test_a_corrupt_settings_file_is_reported(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text("[printer\n")
    panel = open_panel(qtbot, database, tmp_path, settings=Settings(source=path))
    tab = panel.show_tab("devices")
    assert isinstance(tab, DevicesTab)
    tab.save()
    qtbot.waitUntil(lambda: "is not valid TOML" in panel.message.text(), timeout=TIMEOUT)
    assert path.read_text() == "[printer\n"


@pytest.fixture
def serial_printer(tmp_path: Path) -> Iterator[tuple[PtyPair, FakePrinter]]:
    pair = PtyPair(tmp_path / "pty", socat=require_tool("socat"))
    pair.directory.mkdir()
    pair.start()
    printer = FakePrinter()
    printer.attach(pair.peer)
    printer.start()
    yield pair, printer
    printer.stop()
    pair.stop()


@pytest.mark.serial
def test_test_page_on_a_serial_printer(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    serial_printer: tuple[PtyPair, FakePrinter],
) -> None:
    pair, printer = serial_printer
    settings = Settings(
        station_name="counter-3",
        printer=PrinterSettings(kind="serial", port=str(pair.ours), baudrate=9600),
        scanner=ScannerSettings(),
        source=tmp_path / "civicdesk.toml",
    )
    panel = open_panel(qtbot, database, tmp_path, settings=settings)
    tab = panel.show_tab("devices")
    assert isinstance(tab, DevicesTab)
    tab.check(print_page=True)
    qtbot.waitUntil(lambda: tab.last_check is not None, timeout=TIMEOUT)
    assert tab.last_check is not None
    assert tab.last_check.printed
    assert "The test page was printed." in tab.status_label.text()
    qtbot.waitUntil(lambda: b"CivicDesk printer test" in printer.printed, timeout=TIMEOUT)
    # out of paper: the status says so, nothing is printed
    printer.mode = "paper_end"
    printed = len(printer.printed)
    tab.check(print_page=True)
    qtbot.waitUntil(lambda: "out of paper" in tab.status_label.text(), timeout=TIMEOUT)
    assert "Nothing was printed." in tab.status_label.text()
    assert len(printer.printed) == printed
    # unplugged: the port's own words
    pair.stop()
    printer.detach()
    tab.check(print_page=False)
    qtbot.waitUntil(lambda: "unavailable" in tab.status_label.text(), timeout=TIMEOUT)
    assert tab.test_button.isEnabled()


# --- the look ------------------------------------------------------------------------------


def test_nothing_is_clipped_at_1920x1080(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    panel = open_panel(qtbot, database, tmp_path)
    panel.resize(1920, 1080)
    for key in panel.pages:
        page = panel.show_tab(key)
        qtbot.waitUntil(lambda page=page: page.loaded and not panel.busy, timeout=TIMEOUT)
        assert clipped_texts(panel) == [], key


def test_the_panel_never_waits_for_the_database(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    """Saving runs on the worker: the call returns at once, the result arrives later."""
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("notice")
    assert isinstance(tab, NoticeTab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=TIMEOUT)
    tab.edit.setPlainText("hello")
    started = datetime.now(UTC)
    tab.save()
    assert panel.busy
    assert datetime.now(UTC) - started < timedelta(seconds=1)
    qtbot.waitUntil(lambda: tab.stored == "hello", timeout=TIMEOUT)
