"""The district station (``python main.py district``): every center side by side.

The district's command center reads each center's closed days (replicated or imported,
``services.district``) for a period: a ranking table by median wait, the district's total
below it, centers whose data is older than yesterday marked stale, and the table as CSV.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.district.month_cache import cache_months
from services.district.report import CenterFigures, DistrictReport, district_report
from services.storage.db import Database

if TYPE_CHECKING:
    from printing.report_data import ReportDocument
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel
from ui.qt import (
    QCloseEvent,
    QDate,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


class DistrictWindow(QMainWindow):
    def __init__(
        self, database: Database, actor: Actor, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._actor = actor
        self.report: DistrictReport | None = None
        self._zone: ZoneInfo | None = None
        self._jobs = DatabaseJobs(database, OpRunner(self), self._failed)
        central = QWidget()
        layout = QVBoxLayout(central)
        self.title = QLabel()
        self.title.setFont(theme.font(20, bold=True))
        layout.addWidget(self.title)
        controls = QHBoxLayout()
        self.from_label = QLabel()
        self.to_label = QLabel()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setFont(theme.font(13))
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.export_pdf)
        for widget in (
            self.from_label,
            self.date_from,
            self.to_label,
            self.date_to,
            self.show_button,
            self.csv_button,
            self.pdf_button,
        ):
            widget.setFont(theme.font(13))
            controls.addWidget(widget)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.model: RowsModel[CenterFigures] = RowsModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setFont(theme.font(13))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Fourteen columns share the width: a long heading wraps (up to three lines) rather
        # than lose its ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 8)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout.addWidget(self.table, 1)
        self.total = QLabel()
        self.total.setFont(theme.font(14, bold=True))
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.message = QLabel()
        self.message.setFont(theme.font(12))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        self.table.setFocus()  # not the first date edit, whose selected year a key would change
        self.resize(1280, 720)
        self.retranslate()

    def _columns(self) -> list[Column[CenterFigures]]:
        def name(row: CenterFigures) -> str:
            shown = row.name_en if self._language.startswith("en") else row.name_zh
            return f"{row.code}  {shown}"

        return [
            Column(
                lambda: self.tr("Rank"),
                lambda r: r.rank,
                align_right=True,
                name="rank",
                sort_key=lambda r: r.rank if r.rank is not None else 10_000,
            ),
            Column(lambda: self.tr("Center"), name, name="center"),
            Column(lambda: self.tr("Tickets"), lambda r: r.issued, align_right=True),
            Column(lambda: self.tr("Served"), lambda r: r.served, align_right=True),
            Column(
                lambda: self.tr("No-shows"),
                lambda r: r.no_show_rate,
                align_right=True,
                display=lambda r: _percent(r.no_show_rate),
            ),
            Column(
                lambda: self.tr("Median wait (min)"),
                lambda r: r.wait_median,
                align_right=True,
                display=lambda r: _minutes(r.wait_median),
                name="wait",
            ),
            Column(
                lambda: self.tr("Wait p90 (min)"),
                lambda r: r.wait_p90,
                align_right=True,
                display=lambda r: _minutes(r.wait_p90),
            ),
            Column(
                lambda: self.tr("Median service (min)"),
                lambda r: r.service_median,
                align_right=True,
                display=lambda r: _minutes(r.service_median),
            ),
            Column(
                lambda: self.tr("Good ratings"),
                lambda r: r.good_rate,
                align_right=True,
                display=lambda r: _percent(r.good_rate),
            ),
            Column(
                lambda: self.tr("Requests on time"),
                lambda r: r.on_time_rate,
                align_right=True,
                display=lambda r: _percent(r.on_time_rate),
            ),
            Column(
                lambda: self.tr("Mediation cases"),
                lambda r: r.mediation_registered,
                align_right=True,
            ),
            Column(
                lambda: self.tr("Petitions"),
                lambda r: r.petitions_received,
                align_right=True,
            ),
            Column(
                lambda: self.tr("Petitions on time"),
                lambda r: r.petitions_on_time_rate,
                align_right=True,
                display=lambda r: _percent(r.petitions_on_time_rate),
            ),
            Column(
                lambda: self.tr("Data"),
                lambda r: r.stale,
                display=lambda r: self.tr("stale") if r.stale else self.tr("current"),
                colour=lambda r: theme.RED if r.stale else theme.GREEN,
                name="stale",
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CivicDesk — district overview"))
        self.title.setText(self.tr("District overview: every center side by side"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1)
        )
        self._show_total()

    def start(self, today: date | None = None) -> None:
        """Show the month so far (to yesterday), as the district reads it in the morning."""
        if today is None:
            today = self._today()
        last = today - timedelta(days=1)
        first = last.replace(day=1)
        self.date_from.setDate(QDate(first.year, first.month, first.day))
        self.date_to.setDate(QDate(last.year, last.month, last.day))
        self.refresh()

    def _today(self) -> date:
        with self._jobs.database.reader() as session:
            return service_day(utc_now(), load_center_config(session).timezone)

    def _period(self) -> tuple[date, date]:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, date)
        assert isinstance(end, date)
        return start, end

    def refresh(self) -> None:
        start, end = self._period()
        actor = self._actor

        def work(session: Session) -> tuple[DistrictReport, ZoneInfo]:
            cache_months(session, actor, start, end)  # whole months summed once
            zone = load_center_config(session).timezone
            return district_report(session, actor, start, end), zone

        self._jobs.write(work, self._show)

    def _show(self, result: tuple[DistrictReport, ZoneInfo]) -> None:
        report, self._zone = result
        self.report = report
        self.model.set_rows(report.centers)
        self._show_total()
        stale = [c.code for c in report.centers if c.stale]
        if not report.centers:
            self.message.setText(
                self.tr(
                    "No center has sent figures yet: subscribe to each center "
                    "(district subscribe) or import their files (district import)."
                )
            )
        elif stale:
            self.message.setText(fill(self.tr("Data older than yesterday: %1."), "、".join(stale)))
        else:
            self.message.setText(self.tr("Every center's data is current."))

    def _show_total(self) -> None:
        if self.report is None:
            self.total.setText("")
            return
        total = self.report.total
        self.total.setText(
            fill(
                self.tr(
                    "District total: %1 tickets, %2 served, median wait %3 min, "
                    "good ratings %4, requests on time %5."
                ),
                total.issued,
                total.served,
                _minutes(total.wait_median),
                _percent(total.good_rate),
                _percent(total.on_time_rate),
            )
        )

    def export_csv(self) -> None:
        if self.report is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the table as CSV in"))
        if folder:
            self.save_csv(Path(folder))

    def save_csv(self, folder: Path) -> Path | None:
        """The tables as CSV files in ``folder``; returns the ranking table's file."""
        from station.report_csv import write_report_csv

        try:
            files = write_report_csv(self._document(), folder)
        except OSError as error:
            self.message.setText(fill(self.tr("Could not save: %1"), error.strerror or error))
            return None
        self.message.setText(fill(self.tr("Saved %1."), folder))
        return next(path for path in files if path.stem == "district")

    def export_pdf(self) -> None:
        if self.report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as PDF"), "district.pdf", "PDF (*.pdf)"
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path) -> bool:
        from printing.report_pdf import render_report_pdf

        try:
            path.write_bytes(render_report_pdf(self._document()))
        except OSError as error:
            self.message.setText(fill(self.tr("Could not save: %1"), error.strerror or error))
            return False
        self.message.setText(fill(self.tr("Saved %1."), path))
        return True

    def _document(self) -> ReportDocument:
        from station.district_document import district_document

        assert self.report is not None
        assert self._zone is not None
        language = "en" if self._language.startswith("en") else "zh_CN"
        return district_document(self.report, language, self._zone)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._jobs.runner.shutdown()
        super().closeEvent(event)
