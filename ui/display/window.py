"""The hall display (``python main.py display``): the wall screen residents watch for their call.

Read from two metres and more: the newest call very large and highlighted in Chinese and in
English, the last eight calls, people waiting per service, the date and time, and a notice
line. Calls arrive through the live feed (within a second of any counter calling, on any
machine) and are announced by voice; waiting counts, recent calls and the notice are also
re-read every few seconds off the GUI thread. When the database is lost a banner says so and
the screen keeps its last state until the connection comes back by itself.

Only ticket codes, counter numbers and service names are shown: never personal data.
"""

from __future__ import annotations

import logging
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from services.core.clock import center_now, utc_now
from services.core.errors import DatabaseUnavailable
from services.core.event_feed import FeedEvent
from services.queue.display_reads import (
    DisplaySnapshot,
    RecentCall,
    call_from_event,
    display_snapshot,
)
from services.storage.db import Database
from ui.common.live_feed import LiveFeed
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.display.model import RecentCallsModel
from ui.display.style import display_font, stylesheet
from ui.display.text import call_line, waiting_line
from ui.display.widgets import (
    ROLE_PROPERTY,
    FitLabel,
    Marquee,
    NextUpBoard,
    RecentCallsBoard,
    ScreenRoot,
    WaitingBoard,
    role_label,
)
from ui.qt import (
    QBoxLayout,
    QCloseEvent,
    QDate,
    QEvent,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QLocale,
    QMainWindow,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # speech and sound load only on the display station, when it speaks
    from ui.display.announcer import Announcer

log = logging.getLogger(__name__)

REFRESH_SECONDS = 5.0
# A call older than this when it reaches the display (say, caught up after an outage) is
# listed but neither announced nor highlighted: nobody is waiting for it any more.
ANNOUNCE_WITHIN = timedelta(minutes=2)


class HallDisplayWindow(QMainWindow):
    """The wall screen of the waiting hall.

    Args:
        database: where the queue lives.
        language: the interface language of the captions (``zh_CN`` or ``en``); the call
            line is always shown in both languages.
        highlight_seconds: how long the newest call stays highlighted.
        announcer: speaks each call; ``None`` keeps the display silent.
        screen_index: the screen ``show_on_screen()`` opens on by default.
        feed: a live feed to share; by default the window starts its own and stops it on close.
        refresh_seconds: how often waiting counts, recent calls and the notice are re-read.
    """

    def __init__(
        self,
        database: Database,
        language: str,
        *,
        highlight_seconds: float = 10.0,
        announcer: Announcer | None = None,
        screen_index: int = 0,
        feed: LiveFeed | None = None,
        refresh_seconds: float = REFRESH_SECONDS,
    ) -> None:
        super().__init__()
        self._database = database
        self._language = language
        self._locale = QLocale(language)
        self._announcer = announcer
        if announcer is not None and announcer.parent() is None:
            announcer.setParent(self)  # the display's voice lives and ends with it
        self._screen_index = screen_index
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self._model = RecentCallsModel(parent=self)
        self._scale = 1.0
        self._portrait = False
        self._closed = False
        self._refresh_again = False
        self._feed_online = True
        self._reads_ok = True
        self._live = False
        self._highlighted = False
        self._notice = ""
        self._panel_layouts: list[QVBoxLayout] = []
        self._build()
        self.retranslate()
        self.apply_fonts()

        self._clock = self._timer(1000, self._tick)
        self._refresh_timer = self._timer(int(refresh_seconds * 1000), self.refresh)
        self._calm_timer = self._timer(int(highlight_seconds * 1000), self._calm_down)
        self._calm_timer.setSingleShot(True)
        self._clock.start()
        self._refresh_timer.start()

        self._model.newest_changed.connect(self._show_newest)
        self._owns_feed = feed is None
        self._feed = feed if feed is not None else LiveFeed(database, self)
        self._feed.events_arrived.connect(self._on_events)
        self._feed.online_changed.connect(self._on_online)
        if self._owns_feed:
            self._feed.start()
        self._tick()
        self._show_newest(None)
        self.refresh()

    def _timer(self, interval_ms: int, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval_ms)
        timer.timeout.connect(slot)
        return timer

    # --- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        root = self._root = ScreenRoot()
        root.setObjectName("displayRoot")
        self._root_layout = QVBoxLayout(root)
        self._root_layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)

        header = QHBoxLayout()
        self._center_zh = role_label("center_zh")
        self._center_en = role_label("center_en", muted=True)
        self._date = role_label("date", muted=True)
        self._time = role_label("time")
        # Name and clock each on one line; stacked in two on a portrait screen.
        self._name_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._clock_box = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for label in (self._center_zh, self._center_en):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBaseline)
            self._name_box.addWidget(label, 0, Qt.AlignmentFlag.AlignBaseline)
        for label in (self._date, self._time):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBaseline)
            self._clock_box.addWidget(label, 0, Qt.AlignmentFlag.AlignBaseline)
        header.addLayout(self._name_box)
        header.addStretch(1)
        header.addLayout(self._clock_box)
        self._root_layout.addLayout(header)

        self._call_panel = QFrame()
        self._call_panel.setObjectName("callPanel")
        call_layout = QVBoxLayout(self._call_panel)
        self._panel_layouts.append(call_layout)
        self._call_caption = role_label("caption", muted=True)
        self._call_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._call_zh = FitLabel("call_zh")
        self._call_zh.setObjectName("callLine")
        self._call_en = FitLabel("call_en")
        call_layout.addWidget(self._call_caption)
        for label in (self._call_zh, self._call_en):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            call_layout.addWidget(label)
        self._root_layout.addWidget(self._call_panel)

        body = self._body = QHBoxLayout()
        self._recent_caption = role_label("section", muted=True)
        recent, recent_layout = self._panel("recentPanel", self._recent_caption)
        self._recent_board = RecentCallsBoard(self._model)
        # The newest calls beside "please get ready": the next tickets of the busy services.
        calls_and_next = QHBoxLayout()
        calls_and_next.addWidget(self._recent_board, 1)
        next_column = QVBoxLayout()
        self._next_caption = role_label("section", muted=True)
        self._next_board = NextUpBoard()
        next_column.addWidget(self._next_caption)
        next_column.addWidget(self._next_board, 1)
        calls_and_next.addLayout(next_column, 1)
        recent_layout.addLayout(calls_and_next, 1)
        self._waiting_caption = role_label("section", muted=True)
        waiting, waiting_layout = self._panel("waitingPanel", self._waiting_caption)
        self._waiting_board = WaitingBoard(self._language)
        waiting_layout.addWidget(self._waiting_board)
        waiting_layout.addStretch(1)
        body.addWidget(recent, 1)
        body.addWidget(waiting, 1)
        self._root_layout.addLayout(body, 1)

        self._marquee = Marquee()
        self._root_layout.addWidget(self._marquee)
        # The banner takes the notice line's place: the screen keeps its layout when offline.
        self._banner = FitLabel("banner")
        self._banner.setObjectName("offlineBanner")
        self._banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._banner.hide()
        self._root_layout.addWidget(self._banner)
        self.setCentralWidget(root)

    def _panel(self, name: str, caption: QLabel) -> tuple[QFrame, QVBoxLayout]:
        panel = QFrame()
        panel.setObjectName(name)
        layout = QVBoxLayout(panel)
        layout.addWidget(caption)
        self._panel_layouts.append(layout)
        return panel, layout

    def retranslate(self) -> None:
        """Re-read every caption in the interface language (also on a language switch)."""
        self.setWindowTitle(self.tr("CivicDesk — hall display"))
        self._call_caption.setText(self.tr("Now calling"))
        self._recent_caption.setText(self.tr("Recent calls"))
        self._next_caption.setText(self.tr("Please get ready"))
        self._waiting_caption.setText(self.tr("People waiting"))
        self._banner.setText(
            self.tr("Connection to the database lost — showing the last known state")
        )
        self._marquee.setText(self._notice or self._default_notice())
        self._model.retranslate()
        self._next_board.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_language(QLocale().name())
            self.retranslate()
        super().changeEvent(event)

    def _set_language(self, language: str) -> None:
        self._language = language
        self._locale = QLocale(language)
        self._waiting_board.set_language(language)
        self._tick()

    def apply_fonts(self) -> None:
        """Size every text for the window's height (1080 lines is the reference)."""
        root = self._root
        root.setStyleSheet(stylesheet(self._scale))
        margin = round(28 * self._scale)
        self._root_layout.setContentsMargins(margin, round(18 * self._scale), margin, margin)
        self._root_layout.setSpacing(round(16 * self._scale))
        inner = round(20 * self._scale)
        for layout in self._panel_layouts:
            layout.setContentsMargins(inner, inner // 2, inner, inner // 2)
        for widget in root.findChildren(QWidget):
            role = widget.property(ROLE_PROPERTY)
            if not role:
                continue
            font = display_font(str(role), self._scale, portrait=self._portrait)
            set_base_font = getattr(widget, "set_base_font", None)
            if callable(set_base_font):
                set_base_font(font)
            else:
                widget.setFont(font)
        badge = round(44 * self._scale)
        for label in root.findChildren(QLabel, "serviceBadge"):
            label.setFixedSize(badge, badge)
        self._recent_board.set_spacing(round(12 * self._scale))
        self._banner.setFixedHeight(self._marquee.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # A portrait screen stacks the boards: its reference is 1080 wide and 1920 high.
        portrait = self.height() > self.width()
        direction = (
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        for box in (self._body, self._name_box, self._clock_box):
            box.setDirection(direction)
        # Stacked, the waiting counts need only their rows: the calls take the rest.
        self._body.setStretch(1, 0 if portrait else 1)
        wide, high = (1080, 1920) if portrait else (1920, 1080)
        scale = max(0.35, min(self.height() / high, self.width() / wide))
        if abs(scale - self._scale) > 0.01 or portrait != self._portrait:
            self._scale = scale
            self._portrait = portrait
            self.apply_fonts()

    # --- what tests and the lead read ------------------------------------------------------

    @property
    def recent_model(self) -> RecentCallsModel:
        return self._model

    @property
    def is_live(self) -> bool:
        """The live feed has reached the database at least once."""
        return self._live

    @property
    def is_highlighted(self) -> bool:
        return self._highlighted

    def banner_visible(self) -> bool:
        return not self._banner.isHidden()

    def call_lines(self) -> tuple[str, str]:
        return self._call_zh.text(), self._call_en.text()

    def notice_text(self) -> str:
        return self._marquee.text()

    def waiting_counts(self) -> dict[str, int]:
        return self._waiting_board.counts()

    def next_up_texts(self) -> list[str]:
        return self._next_board.texts()

    def recent_slots(self) -> list[tuple[str, str]]:
        return self._recent_board.slot_texts()

    def recent_code_sizes(self) -> list[int]:
        return self._recent_board.slot_code_sizes()

    # --- screens ---------------------------------------------------------------------------

    def show_on_screen(self, index: int | None = None) -> None:
        """Open full screen on screen ``index`` (clamped to the screens there are)."""
        screens = QGuiApplication.screens()
        if screens:
            wanted = self._screen_index if index is None else index
            screen = screens[min(max(wanted, 0), len(screens) - 1)]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.showFullScreen()

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read waiting counts, recent calls and the notice (off the GUI thread)."""
        if self._closed:
            return
        if self._runner.busy:
            self._refresh_again = True
            return

        def read(session: Session) -> DisplaySnapshot:
            return display_snapshot(session)

        self._jobs.read(read, self._apply_snapshot, self._snapshot_failed)

    def _apply_snapshot(self, snapshot: DisplaySnapshot) -> None:
        if self._closed:
            return
        self._reads_ok = True
        self._update_banner()
        self._center_zh.setText(snapshot.center_name_zh)
        self._center_en.setText(snapshot.center_name_en)
        self._waiting_board.set_services(snapshot.services)
        self._next_board.set_next_up(snapshot.next_up)
        self._model.merge_snapshot(snapshot.calls, snapshot.service_day)
        self._notice = snapshot.notice
        self._marquee.setText(self._notice or self._default_notice())
        self._read_finished()

    def _snapshot_failed(self, error: BaseException) -> None:
        if self._closed:
            return
        if isinstance(error, DatabaseUnavailable):
            self._reads_ok = False
            self._update_banner()
        else:
            log.error("the hall display could not read the queue: %s", error)
        self._read_finished()

    def _read_finished(self) -> None:
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _default_notice(self) -> str:
        return self.tr(
            "Welcome. Please take a ticket at the kiosk and wait for your number to be called."
        )

    def _on_events(self, batch: list[FeedEvent]) -> None:
        if self._closed:
            return
        calls = [call for call in map(call_from_event, batch) if call is not None]
        if calls:
            self._model.add_calls(calls)
            fresh = [call for call in calls if _is_fresh(call)]
            if self._announcer is not None:
                for call in fresh:
                    self._announcer.announce_call(call.ticket_code, call.counter_number)
            if fresh:
                self._highlight()
        self.refresh()  # people waiting changed with almost every event

    def _on_online(self, online: bool) -> None:
        if self._closed:
            return
        came_back = online and not self._feed_online
        self._feed_online = online
        self._live = self._live or online
        self._update_banner()
        if came_back:
            self.refresh()

    def _update_banner(self) -> None:
        offline = not (self._feed_online and self._reads_ok)
        self._banner.setVisible(offline)
        self._marquee.setVisible(not offline)

    # --- the call panel --------------------------------------------------------------------

    def _show_newest(self, call: RecentCall | None) -> None:
        if call is None:
            chinese, english = waiting_line()
            self._calm_down()
        else:
            chinese, english = call_line(call.ticket_code, call.counter_number)
        self._call_zh.setText(chinese)
        self._call_en.setText(english)

    def highlight_newest(self) -> None:
        """Show the newest call as just called (for demonstrations and screenshots)."""
        if self._model.newest() is not None:
            self._highlight()

    def _highlight(self) -> None:
        self._set_highlighted(True)
        self._calm_timer.start()

    def _calm_down(self) -> None:
        self._calm_timer.stop()
        self._set_highlighted(False)

    def _set_highlighted(self, on: bool) -> None:
        if on == self._highlighted:
            return
        self._highlighted = on
        self._call_panel.setProperty("highlighted", on)
        for widget in (self._call_panel, *self._call_panel.findChildren(QLabel)):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self._call_panel.update()

    def _tick(self) -> None:
        now = center_now()
        self._time.setText(now.strftime("%H:%M:%S"))
        day = QDate(now.year, now.month, now.day)
        self._date.setText(self._locale.toString(day, QLocale.FormatType.LongFormat))

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        for timer in (self._clock, self._refresh_timer, self._calm_timer):
            timer.stop()
        self._feed.events_arrived.disconnect(self._on_events)
        self._feed.online_changed.disconnect(self._on_online)
        if self._owns_feed:
            self._feed.stop()
        if self._announcer is not None:
            self._announcer.shutdown()
        self._runner.shutdown()


def _is_fresh(call: RecentCall) -> bool:
    called_at = call.called_at
    if called_at.tzinfo is None:
        called_at = called_at.replace(tzinfo=UTC)
    return utc_now() - called_at <= ANNOUNCE_WITHIN
