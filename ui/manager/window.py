"""The manager station (python main.py manager): the day's figures, the hall now, to-dos."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from printing.report_pdf import render_report_pdf
from services.accounts.staff import StaffInfo
from services.admin.catalog import ServiceRecord, list_pausable_services, set_service_paused
from services.core.actors import Actor
from services.core.clock import center_today
from services.district.days import publish_recent_days
from services.queue.day_close import DayClosePreview, DayCloseResult, close_day, preview_day_close
from services.queue.hall_now import HallNow, hall_now
from services.stats.cache import backfill
from services.stats.figures import CounterRow, Report, StaffRow
from services.stats.report import day_report, range_report
from services.storage.db import Database
from station.report_csv import write_report_csv
from station.report_document import report_document
from ui.admin.panel import AdministrationPanel
from ui.appointments.panel import AppointmentsPanel
from ui.center_clock.dates import center_qdate
from ui.common import theme
from ui.common.i18n import fill
from ui.common.live_feed import LiveFeed
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.tab_keys import keyed
from ui.common.table_model import Column, RowsModel
from ui.desk.panel import DeskPanel
from ui.layout.flow import FlowLayout
from ui.manager.charts import BarChart
from ui.manager.kpis import KpiRow
from ui.manager.now_tab import NowTab
from ui.manager.sortable import sortable_table
from ui.manager.todo import ToDoPanel
from ui.mediation.listing import MediationPanel
from ui.qt import (
    QAction,
    QCloseEvent,
    QDate,
    QDateEdit,
    QEvent,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    Qt,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

STYLE = f"""
QWidget#header {{ background: {theme.NAVY}; }}
QWidget#header QLabel {{ color: white; }}
QFrame#kpiCard {{ background: white; border: 1px solid #c5cfe0; border-radius: 8px; }}
QLabel#banner {{ background: {theme.AMBER}; color: white; padding: 6px; }}
"""


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


class ManagerWindow(QMainWindow):
    signed_out = Signal()  # the station asks who signs in next

    def __init__(
        self,
        database: Database,
        staff: StaffInfo,
        *,
        language: str = "zh_CN",
        pdf_font: str | None = None,
        mediation: MediationPanel | None = None,
        administration: AdministrationPanel | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._staff = staff
        self._actor: Actor = staff.actor()
        self._language = language
        self._pdf_font = pdf_font or None
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.report: Report | None = None
        self.mediation = mediation
        self.administration = administration
        self.setStyleSheet(STYLE)
        self._build()
        self._feed = LiveFeed(database, self)
        self._feed.events_arrived.connect(lambda _events: self._events_arrived())
        self._feed.online_changed.connect(self._show_online)
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QWidget()
        outer = QVBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QWidget()
        header.setObjectName("header")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(14, 8, 14, 8)
        self._title = QLabel()
        self._title.setFont(theme.font(17, bold=True))
        bar.addWidget(self._title, 0, Qt.AlignmentFlag.AlignTop)
        bar.addStretch(1)
        # The period and the exports wrap under each other on a narrow (portrait) screen.
        controls = FlowLayout()
        bar.addLayout(controls, 3)
        self._from_label = QLabel()
        self._to_label = QLabel()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for label, edit in ((self._from_label, self.date_from), (self._to_label, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(center_qdate())
            controls.addWidget(label)
            controls.addWidget(edit)
        self._buttons: dict[str, QPushButton] = {}
        for key, slot in (
            ("today", self.show_today),
            ("yesterday", self.show_yesterday),
            ("refresh", self.refresh),
            ("pdf", self.export_pdf_dialog),
            ("csv", self.export_csv_dialog),
        ):
            button = QPushButton()
            button.clicked.connect(slot)
            self._buttons[key] = button
            controls.addWidget(button)
        # What a manager does once a day or less waits behind one button: the header stays
        # one row at 1366x768.
        self._more = QToolButton()
        self._more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(self._more)
        self.actions_menu: dict[str, QAction] = {}
        for key, slot in (
            ("pause", self.pause_service_dialog),
            ("close_day", lambda: self.close_day()),
            ("sign_out", self.signed_out.emit),
        ):
            action = more_menu.addAction("")
            action.triggered.connect(slot)
            self.actions_menu[key] = action
        self._more.setMenu(more_menu)
        controls.addWidget(self._more)
        outer.addWidget(header)
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.hide()
        outer.addWidget(self._banner)
        body = QVBoxLayout()
        body.setContentsMargins(10, 8, 10, 4)
        # The day's figures head the overview; the other tabs need the room at 1366x768.
        self.kpis = KpiRow()
        self.tabs = QTabWidget()
        body.addWidget(self.tabs, 1)
        outer.addLayout(body, 1)
        self.message = QLabel()
        self.message.setContentsMargins(12, 2, 12, 6)
        outer.addWidget(self.message)
        self.setCentralWidget(root)

        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.addWidget(self.kpis)
        grid = QGridLayout()
        overview_layout.addLayout(grid, 1)
        self.hourly_chart = BarChart()
        self.wait_chart = BarChart()
        self.service_chart = BarChart()
        self.rating_chart = BarChart()
        grid.addWidget(self.hourly_chart, 0, 0)
        grid.addWidget(self.wait_chart, 0, 1)
        grid.addWidget(self.service_chart, 1, 0)
        grid.addWidget(self.rating_chart, 1, 1)
        self.tabs.addTab(keyed(overview, "overview"), "")

        tables = QWidget()  # one above the other: every column keeps a readable title
        tables_layout = QVBoxLayout(tables)
        self.counter_model: RowsModel[CounterRow] = RowsModel(self._counter_columns())
        self.staff_model: RowsModel[StaffRow] = RowsModel(self._staff_columns())
        self.counter_view = sortable_table(self.counter_model)  # type: ignore[arg-type]
        self.staff_view = sortable_table(self.staff_model)  # type: ignore[arg-type]
        tables_layout.addWidget(self.counter_view)
        tables_layout.addWidget(self.staff_view)
        self.tabs.addTab(keyed(tables, "counters"), "")

        self.now = NowTab(self._language)
        self.tabs.addTab(keyed(self.now, "now"), "")

        self.todo = ToDoPanel(self._database, self._actor, self._language)
        self.tabs.addTab(keyed(self.todo, "todo"), "")
        self.desk = DeskPanel(self._database, self._actor, self._language)
        self.tabs.addTab(keyed(self.desk, "desk"), "")
        # Phone bookings: the manager books, lists and cancels a day's appointments.
        self.appointments = AppointmentsPanel(
            self._jobs, self._actor, self._language, source="phone", say=self.say
        )
        self.tabs.addTab(keyed(self.appointments, "appointments"), "")
        self.tabs.currentChanged.connect(self._tab_changed)
        for key, panel in (("mediation", self.mediation), ("admin", self.administration)):
            if panel is not None:
                self.tabs.addTab(keyed(panel, key), "")
        # The first date edit would take the focus with its year selected: a stray key would
        # change the period. The tab bar takes it instead.
        self.tabs.tabBar().setFocus()

    def _counter_columns(self) -> list[Column[CounterRow]]:
        english = self._language.startswith("en")
        return [
            Column(lambda: self.tr("Counter"), lambda r: r.name_en if english else r.name_zh),
            Column(lambda: self.tr("Handled"), lambda r: r.handled, True),
            Column(lambda: self.tr("Served"), lambda r: r.served, True),
            Column(lambda: self.tr("No-shows"), lambda r: r.no_show, True),
            Column(lambda: self.tr("Transferred out"), lambda r: r.transferred_out, True),
            Column(lambda: self.tr("Mean service (min)"), lambda r: _minutes(r.service.mean), True),
            Column(lambda: self.tr("Good ratings"), lambda r: r.ratings.good, True),
        ]

    def _staff_columns(self) -> list[Column[StaffRow]]:
        return [
            Column(lambda: self.tr("Staff"), lambda r: r.full_name or r.username),
            Column(lambda: self.tr("Handled"), lambda r: r.handled, True),
            Column(lambda: self.tr("Served"), lambda r: r.served, True),
            Column(lambda: self.tr("No-shows"), lambda r: r.no_show, True),
            Column(lambda: self.tr("Mean service (min)"), lambda r: _minutes(r.service.mean), True),
            Column(lambda: self.tr("Good ratings"), lambda r: r.ratings.good, True),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CivicDesk manager"))
        self._title.setText(
            fill(self.tr("Manager: %1"), self._staff.full_name or self._staff.username)
        )
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("to"))
        labels = {
            "today": self.tr("Today"),
            "yesterday": self.tr("Yesterday"),
            "refresh": self.tr("Refresh"),
            "pdf": self.tr("Report PDF…"),
            "csv": self.tr("CSV…"),
            "pause": self.tr("Pause a service…"),
            "close_day": self.tr("Close the day…"),
            "sign_out": self.tr("Sign out"),
        }
        for key, button in self._buttons.items():
            button.setText(labels[key])
        for key, action in self.actions_menu.items():
            action.setText(labels[key])
        self._more.setText(self.tr("More…"))
        for index, title in enumerate(
            (self.tr("Overview"), self.tr("Counters and staff"), self.tr("Now"), self.tr("To do"))
        ):
            self.tabs.setTabText(index, title)
        self.tabs.setTabText(self.tabs.indexOf(self.desk), self.tr("Petitions and ledger"))
        self.tabs.setTabText(self.tabs.indexOf(self.appointments), self.tr("Appointments"))
        self.appointments.retranslate()
        if self.mediation is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.mediation), self.tr("Mediation"))
        if self.administration is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.administration), self.tr("Administration"))
        self.counter_model.refresh_headers()
        self.staff_model.refresh_headers()
        self.now.retranslate()
        if self.report is not None:
            self._show_charts(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------

    def start(self) -> None:
        self._feed.start()
        if self.mediation is not None:
            self.mediation.start()
        self.desk.start()
        self.refresh()

    @property
    def period(self) -> tuple[date, date]:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, date)
        assert isinstance(end, date)
        return (start, end) if start <= end else (end, start)

    def show_day(self, day: date) -> None:
        self.date_from.setDate(QDate(day.year, day.month, day.day))
        self.date_to.setDate(QDate(day.year, day.month, day.day))
        self.refresh()

    def show_today(self) -> None:
        self.show_day(center_today())

    def show_yesterday(self) -> None:
        self.show_day(center_today() - timedelta(days=1))

    def refresh(self) -> None:
        start, end = self.period

        def read() -> Report:
            # Closed days not yet in the statistics cache (e.g. an old or seeded history).
            backfill(self._database, self._actor, start, end)
            with self._database.reader() as session:
                if start == end:
                    return day_report(session, self._actor, start)
                return range_report(session, self._actor, start, end)

        self.message.setText(self.tr("Working…"))
        self._runner.submit(read, self._show_report, self._failed)
        self.todo.refresh()
        self.refresh_now()

    def refresh_now(self) -> None:
        def read(session: Session) -> HallNow:
            return hall_now(session)

        self._jobs.read(read, self._show_now, self._failed)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.appointments:
            self.appointments.shown()

    def _events_arrived(self) -> None:
        self.refresh_now()
        if self.tabs.currentWidget() is self.appointments:
            self.appointments.refresh()  # a check-in at the kiosk changes an appointment

    def say(self, text: str, warn: bool = False) -> None:
        self.message.setStyleSheet(f"color: {theme.RED if warn else theme.INK};")
        self.message.setText(text)

    def _show_report(self, report: Report) -> None:
        self.report = report
        self.message.clear()
        self.kpis.show_report(report)
        self._show_charts(report)
        self.counter_model.set_rows(report.by_counter)
        self.staff_model.set_rows(report.by_staff)

    def _show_charts(self, report: Report) -> None:
        hours = [row for row in report.by_hour if row.arrivals or row.served]
        self.hourly_chart.show_bars(
            self.tr("Arrivals and services per hour"),
            [f"{row.hour:02d}" for row in hours],
            [
                (self.tr("Arrivals"), [row.arrivals for row in hours]),
                (self.tr("Served"), [row.served for row in hours]),
            ],
        )
        self.wait_chart.show_bars(
            self.tr("Waiting time (minutes)"),
            [
                f"{b.lower_minutes}–{b.upper_minutes}" if b.upper_minutes else f"{b.lower_minutes}+"
                for b in report.wait_distribution
            ],
            [(self.tr("Tickets"), [b.count for b in report.wait_distribution])],
        )
        self.service_chart.show_bars(
            self.tr("Tickets per service"),
            [row.code for row in report.by_service],
            [
                (self.tr("Issued"), [row.queue.issued for row in report.by_service]),
                (self.tr("Served"), [row.queue.served for row in report.by_service]),
            ],
        )
        scores = sorted(report.ratings.by_score, key=lambda s: s.score)
        self.rating_chart.show_bars(
            self.tr("Ratings (1 very dissatisfied … 5 very satisfied)"),
            [str(s.score) for s in scores],
            [(self.tr("Ratings"), [s.count for s in scores])],
        )

    def _show_now(self, hall: HallNow) -> None:
        self._banner.hide()
        self.now.show_hall(hall)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    # --- the day and the services -----------------------------------------------------------

    def close_day(self, confirm: Callable[[str], bool] | None = None) -> None:
        """Say how many tickets closing the day expires (and whether the center is still
        open), and close it only when the manager confirms."""
        ask = confirm or self._confirm
        actor = self._actor

        def read(session: Session) -> DayClosePreview:
            return preview_day_close(session, actor)

        def answered(preview: DayClosePreview) -> None:
            if ask(self.close_day_question(preview)):
                self._runner.submit(close, self._day_closed, self._failed)

        def close() -> DayCloseResult:
            with self._database.writer() as session:
                result = close_day(session, actor, day=None, force=True)
                publish_recent_days(session, actor, closed=result.service_day)  # if in a district
                return result

        self._jobs.read(read, answered, self._failed)

    def close_day_question(self, preview: DayClosePreview) -> str:
        text = fill(
            self.tr(
                "Close the service day %1? %2 open tickets will expire and every counter closes."
            ),
            preview.service_day.isoformat(),
            str(preview.open_tickets),
        )
        if preview.during_opening_hours:
            text = self.tr("The center is still within its opening hours.") + " " + text
        return text

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Close the day"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _day_closed(self, result: DayCloseResult) -> None:
        self.message.setText(
            fill(
                self.tr("Closed %1: %2 tickets expired, %3 counters closed."),
                result.service_day.isoformat(),
                str(result.expired),
                str(result.counters_closed),
            )
        )
        self.refresh_now()

    def pause_service_dialog(self) -> None:
        actor = self._actor

        def read(session: Session) -> list[ServiceRecord]:
            return list_pausable_services(session, actor)

        self._jobs.read(read, self._choose_service_to_pause, self._failed)

    def _choose_service_to_pause(self, records: list[ServiceRecord]) -> None:
        offered = records
        names = [
            f"{r.code}  {r.name(self._language)}" + ("  " + self.tr("(paused)") if r.paused else "")
            for r in offered
        ]
        choice, accepted = QInputDialog.getItem(
            self,
            self.tr("Pause a service"),
            self.tr("Pause or resume which service at the kiosk?"),
            names,
            0,
            False,
        )
        if accepted and choice:
            record = offered[names.index(choice)]
            self.set_service_paused(record.id, not record.paused)

    def set_service_paused(self, service_id: int, paused: bool) -> None:
        actor = self._actor

        def work(session: Session) -> ServiceRecord:
            return set_service_paused(session, actor, service_id, paused)

        def done(record: ServiceRecord) -> None:
            text = (
                self.tr("%1 is paused: the kiosk takes no tickets for it.")
                if record.paused
                else self.tr("%1 takes tickets again.")
            )
            self.message.setText(fill(text, f"{record.code} {record.name(self._language)}"))

        self._jobs.write(work, done, self._failed)

    def _show_online(self, online: bool) -> None:
        if online:
            self._banner.hide()
        else:
            self._banner.setText(self.tr("Connection to the database lost. Retrying…"))
            self._banner.show()

    # --- exports --------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> None:
        report = self.report
        if report is None:
            return
        language = self._language
        font = self._pdf_font

        def work() -> Path:
            path.write_bytes(render_report_pdf(report_document(report, language), font))
            return path

        self._runner.submit(
            work,
            lambda saved: self.message.setText(fill(self.tr("Saved %1."), str(saved))),
            self._failed,
        )

    def export_csv(self, directory: Path) -> None:
        report = self.report
        if report is None:
            return
        language = self._language

        def work() -> int:
            directory.mkdir(parents=True, exist_ok=True)
            return len(write_report_csv(report_document(report, language), directory))

        self._runner.submit(
            work,
            lambda count: self.message.setText(
                fill(self.tr("Saved %1 CSV files in %2."), str(count), str(directory))
            ),
            self._failed,
        )

    def export_pdf_dialog(self) -> None:
        start, end = self.period
        name = f"report-{start}.pdf" if start == end else f"report-{start}-{end}.pdf"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), name, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def export_csv_dialog(self) -> None:
        directory = QFileDialog.getExistingDirectory(self, self.tr("Folder for the CSV files"))
        if directory:
            self.export_csv(Path(directory))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._feed.stop()
        self.todo.shutdown()
        self.desk.shutdown()
        for panel in (self.mediation, self.administration):
            if panel is not None:
                panel.shutdown()
        self._runner.shutdown()
        super().closeEvent(event)
