"""The all-in-one station: one window from which a newcomer tries the whole center."""

from __future__ import annotations

from services.db import Database
from services.queue_reads import QueueStatus, queue_status
from ui.messages import user_message
from ui.op_runner import OpRunner
from ui.qt import QFont, QGridLayout, QLabel, QMainWindow, Qt, QTimer, QVBoxLayout, QWidget

REFRESH_MS = 2000


class LauncherWindow(QMainWindow):
    def __init__(self, database: Database, language: str) -> None:
        super().__init__()
        self._database = database
        self._language = language
        self._runner = OpRunner(self)
        self.setWindowTitle(self.tr("CivicDesk — all-in-one station"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        title = QLabel(self.tr("CivicDesk public service center"))
        title_font = QFont(title.font())
        title_font.setPointSize(24)
        title_font.setBold(True)
        title.setFont(title_font)
        layout.addWidget(title)
        self._where = QLabel(self.tr("Database: %1").replace("%1", database.url))
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._where)
        self._summary = QLabel()
        summary_font = QFont(self._summary.font())
        summary_font.setPointSize(16)
        self._summary.setFont(summary_font)
        layout.addWidget(self._summary)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._status = QLabel()
        layout.addWidget(self._status)
        self.setCentralWidget(central)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._runner.busy:
            return

        def read() -> QueueStatus:
            with self._database.reader() as session:
                return queue_status(session)

        self._runner.submit(read, self._show, self._show_error)

    def _show(self, status: QueueStatus) -> None:
        self._status.clear()
        self._summary.setText(
            self.tr("Service day %1: %2 waiting")
            .replace("%1", status.service_day.isoformat())
            .replace("%2", str(status.total_waiting))
        )
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        english = self._language.startswith("en")
        for row, service in enumerate(status.services):
            name = service.name_en if english else service.name_zh
            self._grid.addWidget(QLabel(f"{service.code}  {name}"), row, 0)
            self._grid.addWidget(QLabel(self.tr("%n waiting", "", service.waiting)), row, 1)

    def _show_error(self, error: BaseException) -> None:
        self._status.setText(user_message(error))

    def closeEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        self._runner.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
