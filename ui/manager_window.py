"""The manager station (python main.py manager): the day's figures, the hall now, to-dos."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from printing.report_pdf import render_report_pdf
from services.actors import Actor
from services.db import Database
from services.queue_reads import QueueStatus, queue_status
from services.staff import StaffInfo
from services.stats import day_report, range_report
from services.stats_cache import backfill
from services.stats_types import CounterRow, Report, StaffRow
from station.report_csv import write_report_csv
from station.report_document import report_document
from ui import theme
from ui.admin_panel import AdministrationPanel
from ui.case_list import MediationPanel
from ui.layout.flow import FlowLayout
from ui.live_feed import LiveFeed
from ui.manager_charts import BarChart
from ui.manager_kpis import KpiRow
from ui.manager_todo import ToDoPanel
from ui.messages import user_message
from ui.op_runner import OpRunner
from ui.qt import (
    QAbstractItemView,
    QCloseEvent,
    QDate,
    QDateEdit,
    QEvent,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from ui.table_model import Column, RowsModel

STYLE = f"""
QWidget#header {{ background: {theme.NAVY}; }}
QWidget#header QLabel {{ color: white; }}
QFrame#kpiCard {{ background: white; border: 1px solid #c5cfe0; border-radius: 8px; }}
QLabel#banner {{ background: {theme.AMBER}; color: white; padding: 6px; }}
"""


def _sortable(model: RowsModel[object]) -> QTableView:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


class ManagerWindow(QMainWindow):
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
        self.report: Report | None = None
        self.mediation = mediation
        self.administration = administration
        self.setStyleSheet(STYLE)
        self._build()
        self._feed = LiveFeed(database, self)
        self._feed.events_arrived.connect(lambda _events: self.refresh_now())
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
            edit.setDate(QDate.currentDate())
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
        self.tabs.addTab(overview, "")

        tables = QWidget()  # one above the other: every column keeps a readable title
        tables_layout = QVBoxLayout(tables)
        self.counter_model: RowsModel[CounterRow] = RowsModel(self._counter_columns())
        self.staff_model: RowsModel[StaffRow] = RowsModel(self._staff_columns())
        tables_layout.addWidget(_sortable(self.counter_model))  # type: ignore[arg-type]
        tables_layout.addWidget(_sortable(self.staff_model))  # type: ignore[arg-type]
        self.tabs.addTab(tables, "")

        now = QWidget()
        now_layout = QVBoxLayout(now)
        self.now_label = QLabel()
        self.now_label.setFont(theme.font(13))
        self.now_label.setWordWrap(True)
        self.now_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        now_layout.addWidget(self.now_label)
        self.tabs.addTab(now, "")

        self.todo = ToDoPanel(self._database, self._actor, self._language)
        self.tabs.addTab(self.todo, "")
        for panel in (self.mediation, self.administration):
            if panel is not None:
                self.tabs.addTab(panel, "")

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
            self.tr("Manager: %1").replace("%1", self._staff.full_name or self._staff.username)
        )
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("to"))
        labels = {
            "today": self.tr("Today"),
            "yesterday": self.tr("Yesterday"),
            "refresh": self.tr("Refresh"),
            "pdf": self.tr("Report PDF…"),
            "csv": self.tr("CSV…"),
        }
        for key, button in self._buttons.items():
            button.setText(labels[key])
        for index, title in enumerate(
            (self.tr("Overview"), self.tr("Counters and staff"), self.tr("Now"), self.tr("To do"))
        ):
            self.tabs.setTabText(index, title)
        if self.mediation is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.mediation), self.tr("Mediation"))
        if self.administration is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.administration), self.tr("Administration"))
        self.counter_model.refresh_headers()
        self.staff_model.refresh_headers()
        if self.report is not None:
            self._show_charts(self.report)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------

    def start(self) -> None:
        self._feed.start()
        if self.mediation is not None:
            self.mediation.start()
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
        self.show_day(QDate.currentDate().toPython())  # type: ignore[arg-type]

    def show_yesterday(self) -> None:
        self.show_day(QDate.currentDate().addDays(-1).toPython())  # type: ignore[arg-type]

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
        def read() -> QueueStatus:
            with self._database.reader() as session:
                return queue_status(session)

        self._runner.submit(read, self._show_now, self._failed)

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

    def _show_now(self, status: QueueStatus) -> None:
        self._banner.hide()
        english = self._language.startswith("en")
        lines = [self.tr("%1 waiting now.").replace("%1", str(status.total_waiting))]
        for service in status.services:
            name = service.name_en if english else service.name_zh
            lines.append(f"{service.code} {name}: {service.waiting}")
        lines.append("")
        states = {
            "open": self.tr("open"),
            "paused": self.tr("on a break"),
            "closed": self.tr("closed"),
        }
        for counter in status.counters:
            name = counter.name_en if english else counter.name_zh
            current = f" — {counter.ticket_code}" if counter.ticket_code else ""
            staff = f" ({counter.staff_name})" if counter.staff_name else ""
            lines.append(f"{name}: {states.get(counter.state, counter.state)}{staff}{current}")
        self.now_label.setText("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

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
            lambda saved: self.message.setText(self.tr("Saved %1.").replace("%1", str(saved))),
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
                self.tr("Saved %1 CSV files in %2.")
                .replace("%1", str(count))
                .replace("%2", str(directory))
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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._feed.stop()
        self.todo.shutdown()
        for panel in (self.mediation, self.administration):
            if panel is not None:
                panel.shutdown()
        self._runner.shutdown()
        super().closeEvent(event)
