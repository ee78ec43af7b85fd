"""The all-in-one station: a newcomer opens every window of the center from here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from services.calendar.opening_hours import Availability, kiosk_availability
from services.core.center_config import load_center_config
from services.core.clock import center_now
from services.queue.reads import QueueStatus, queue_status
from services.sandbox.training import training_start
from services.storage.db import Database
from ui.common import theme
from ui.common.i18n import fill
from ui.common.live_feed import LiveFeed
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.printout_viewer import PrintoutViewer
from ui.common.session_jobs import DatabaseJobs
from ui.qt import (
    QCloseEvent,
    QEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class LauncherView:
    status: QueueStatus
    availability: Availability
    center_name: str


# station name (and counter number for counters) -> a new window
WindowFactory = Callable[[str, int], QMainWindow | None]


class LauncherWindow(QMainWindow):
    def __init__(
        self,
        database: Database,
        language: str,
        *,
        open_window: WindowFactory | None = None,
        printouts: Path | None = None,
        start_training: Callable[[datetime], None] | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._language = language
        self._open_window = open_window
        self._printouts = printouts
        self._start_training = start_training
        self._training_at: datetime | None = None
        self._children: list[QWidget] = []
        self._center_name = ""
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self._build()
        self._feed = LiveFeed(database, self)
        self._feed.events_arrived.connect(lambda _events: self.refresh())
        self._feed.online_changed.connect(self._show_online)
        self._feed.start()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(14)
        self._title = QLabel()
        self._title.setFont(theme.font(26, bold=True))
        layout.addWidget(self._title)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._intro.setFont(theme.font(13))
        layout.addWidget(self._intro)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self._kiosk = self._station_button(buttons, lambda: self._open("kiosk"))
        self._display = self._station_button(buttons, lambda: self._open("display"))
        # The counter's number beside its button, in the same row: every station button
        # shares the width equally (stretch 1), the label and the number take what they need.
        self._counter = self._station_button(buttons, lambda: self._open("counter"))
        self._counter_number_label = QLabel()
        self._counter_number_label.setFont(theme.font(12))
        buttons.addWidget(self._counter_number_label)
        self._counter_number = QSpinBox()
        self._counter_number.setRange(1, 99)
        self._counter_number.setValue(1)
        self._counter_number.setFont(theme.font(14))
        self._counter_number_label.setBuddy(self._counter_number)
        buttons.addWidget(self._counter_number)
        self._manager = self._station_button(buttons, lambda: self._open("manager"))
        self._printout_button = self._station_button(buttons, self._open_printouts)
        layout.addLayout(buttons)
        if self._printouts is None:  # hidden, never shown before it has a parent (a window)
            self._printout_button.hide()
        self._closed_box = QFrame()
        self._closed_box.setObjectName("closedBox")
        self._closed_box.setStyleSheet(
            f"QFrame#closedBox {{ background: {theme.MIST}; border: 1px solid {theme.AMBER}; }}"
        )
        closed = QHBoxLayout(self._closed_box)
        self._closed_text = QLabel()
        self._closed_text.setWordWrap(True)
        self._closed_text.setFont(theme.font(13))
        closed.addWidget(self._closed_text, 1)
        self._training_button = QPushButton()
        self._training_button.setMinimumHeight(44)
        self._training_button.setFont(theme.font(13, bold=True))
        self._training_button.clicked.connect(self.start_training_demo)
        closed.addWidget(self._training_button)
        self._closed_box.hide()
        layout.addWidget(self._closed_box)
        self._where = QLabel()
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._where)
        self._summary = QLabel()
        self._summary.setFont(theme.font(16, bold=True))
        self._summary.setWordWrap(True)
        layout.addWidget(self._summary)
        self._kiosk_state = QLabel()
        self._kiosk_state.setFont(theme.font(13, bold=True))
        self._kiosk_state.setWordWrap(True)
        layout.addWidget(self._kiosk_state)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(24)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._status = QLabel()
        self._status.setWordWrap(True)
        layout.addWidget(self._status)
        self.setCentralWidget(central)

    def _station_button(self, layout: QHBoxLayout, action: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setMinimumHeight(56)
        button.setFont(theme.font(14, bold=True))
        button.clicked.connect(action)
        layout.addWidget(button, 1)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CivicDesk — all-in-one station"))
        # the center's configured name once it is read
        self._title.setText(self._center_name or self.tr("CivicDesk public service center"))
        self._intro.setText(
            self.tr(
                "Try the whole center on this machine: open the kiosk and take a ticket, open a "
                "counter and call it, watch the hall display, and read the figures as a manager. "
                "Tickets print on a virtual printer; open Printouts to see them."
            )
        )
        self._kiosk.setText(self.tr("Kiosk"))
        self._display.setText(self.tr("Hall display"))
        self._counter.setText(self.tr("Counter"))
        self._counter_number_label.setText(self.tr("Counter no.:"))
        self._manager.setText(self.tr("Manager"))
        self._printout_button.setText(self.tr("Printouts"))
        self._training_button.setText(self.tr("Start the demonstration on the training clock"))
        self._where.setText(fill(self.tr("Database: %1"), self._database.url))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _open(self, station: str) -> None:
        if self._open_window is None:
            return
        try:
            window = self._open_window(station, self._counter_number.value())
        except Exception as exc:  # a window that cannot open must not take the launcher down
            self._status.setText(user_message(exc))
            return
        if window is None:
            self._status.setText(self.tr("This station is not available yet."))
            return
        self._children.append(window)
        window.show()

    def _open_printouts(self) -> None:
        if self._printouts is None:
            return
        viewer = PrintoutViewer(self._printouts)
        viewer.resize(900, 700)
        self._children.append(viewer)
        viewer.show()

    def refresh(self) -> None:
        if self._runner.busy:
            return

        def read(session: Session) -> LauncherView:
            config = load_center_config(session)
            return LauncherView(
                queue_status(session),
                kiosk_availability(session),
                config.center_name_en if self._language.startswith("en") else config.center_name_zh,
            )

        self._jobs.read(read, self._show, self._show_error)

    def _show(self, view: LauncherView) -> None:
        status = view.status
        self._status.clear()
        self._center_name = view.center_name
        self._title.setText(view.center_name or self.tr("CivicDesk public service center"))
        if view.availability.open_now:
            self._kiosk_state.setText(self.tr("The kiosk is open: residents can take tickets."))
            self._kiosk_state.setStyleSheet(f"color: {theme.GREEN};")
        else:
            self._kiosk_state.setText(self.tr("The kiosk is closed now (outside opening hours)."))
            self._kiosk_state.setStyleSheet(f"color: {theme.AMBER};")
        self._offer_training(view.availability)
        self._summary.setText(
            fill(
                self.tr("Service day %1: %2 waiting"),
                status.service_day.isoformat(),
                str(status.total_waiting),
            )
        )
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        english = self._language.startswith("en")
        for row, service in enumerate(status.services):
            name = service.name_en if english else service.name_zh
            self._grid.addWidget(QLabel(f"{service.code}  {name}"), row, 0)
            self._grid.addWidget(QLabel(fill(self.tr("%1 waiting"), str(service.waiting))), row, 1)

    def _offer_training(self, availability: Availability) -> None:
        """Outside opening hours a newcomer would see only closed pages: offer the training
        clock, set to the center's next opening, in a practice database of its own."""
        offer = not availability.open_now and self._start_training is not None
        self._closed_box.setVisible(offer)
        if not offer:
            return
        self._training_at = training_start(availability, center_now())
        self._closed_text.setText(
            fill(
                self.tr(
                    "The center is closed now, so the kiosk takes no tickets. To try everything "
                    "as during opening hours, start the demonstration on the training clock: the "
                    "program's time starts at %1, and practice tickets go into a separate "
                    "training database."
                ),
                self._training_at.strftime("%Y-%m-%d %H:%M"),
            )
        )

    @property
    def offers_training(self) -> bool:
        return not self._closed_box.isHidden()

    def start_training_demo(self) -> None:
        if self._start_training is None or self._training_at is None:
            return
        self._start_training(self._training_at)
        self.close()

    def _show_error(self, error: BaseException) -> None:
        self._status.setText(user_message(error))

    def _show_online(self, online: bool) -> None:
        if not online:
            self._status.setText(self.tr("The database cannot be reached; retrying…"))
        else:
            self._status.clear()

    @property
    def summary_text(self) -> str:
        return self._summary.text()

    @property
    def title_text(self) -> str:
        return self._title.text()

    @property
    def kiosk_state_text(self) -> str:
        return self._kiosk_state.text()

    @property
    def counter_number_label(self) -> QLabel:
        return self._counter_number_label

    def closeEvent(self, event: QCloseEvent) -> None:
        for child in self._children:
            child.close()
        self._feed.stop()
        self._runner.shutdown()
        super().closeEvent(event)
