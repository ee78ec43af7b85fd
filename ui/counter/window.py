"""The counter workstation (python main.py counter --counter N): call, serve, record, print."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from devices.idcard.card_text import IdCardRecord
from devices.idcard.poller import ReaderState, ReaderStatus
from devices.scan_payload import InvalidIdNumberScan, InvalidScan, ScanPayload, parse_payload
from services.accounts.staff import StaffInfo
from services.appointments.check_in import CheckIn, check_in
from services.casework.residents import ResidentInfo
from services.catalog.reads import (
    CounterInfo,
    ServiceInfo,
    counter_info,
    get_counter,
    list_services,
)
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import DatabaseUnavailable, QueueEmpty
from services.core.event_feed import FeedEvent, Topic, latest_event_id
from services.core.id_numbers import normalise
from services.core.settings import ScannerSettings
from services.queue import ops as queue_ops
from services.queue.reads import WaitingTicket, waiting_for_counter
from services.queue.tickets import TicketInfo, TicketStatus, find_ticket_by_code, ticket_info
from services.storage.db import Database
from ui.appointments.panel import AppointmentsPanel
from ui.appointments.slip_printing import SlipPrinter
from ui.common import theme
from ui.common.i18n import fill
from ui.common.idcard_source import IdCardSource
from ui.common.lazy_page import LazyPage
from ui.common.live_feed import LiveFeed
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.print_station import PrintStation
from ui.common.scan_filter import SerialScanSource, WedgeScanFilter
from ui.common.session_jobs import DatabaseJobs
from ui.common.tab_keys import keyed
from ui.counter.rating_panel import RatingPanel
from ui.counter.request_context import CounterContext
from ui.counter.request_form import RequestPage
from ui.counter.request_list import RequestListPage, status_text
from ui.counter.request_receipts import ReceiptDesk
from ui.counter.ticket_panel import TicketPanel
from ui.counter.waiting_model import WaitingModel
from ui.desk.panel import DeskPanel
from ui.layout.direction import DirectionBox
from ui.layout.scaling import FontScaler, screen_scale
from ui.mediation.listing import MediationPanel
from ui.qt import (
    QAbstractItemView,
    QAction,
    QCloseEvent,
    QEvent,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

RETRY_MS = 2000

STYLE = f"""
QLabel#banner {{ background: {theme.AMBER}; color: white; padding: 6px; }}
QWidget#header {{ background: {theme.NAVY}; }}
QWidget#header QLabel {{ color: white; }}
QFrame#ticketPanel {{ background: white; border: 2px solid {theme.NAVY}; border-radius: 8px; }}
QPushButton {{ min-height: 40px; padding: 4px 10px; }}
"""


@dataclass(frozen=True)
class CounterView:
    counter: CounterInfo
    current: TicketInfo | None
    waiting: list[WaitingTicket]
    recall_limit: int
    services: list[ServiceInfo]
    as_of_event: int  # the newest queue event this view already shows


@dataclass(frozen=True)
class _Command:
    key: str
    shortcut: str
    run: Callable[[], None]


@dataclass(frozen=True)
class _ScannedTicket:
    action: str  # "called", "show" or "other_day"
    ticket: TicketInfo | None
    code: str
    day: date | None


class CounterWindow(QMainWindow):
    """``case_requested(str)`` carries a scanned mediation case number (``M-…``)."""

    case_requested = Signal(str)
    signed_out = Signal()  # the counter is closed; the station asks who signs in next

    def __init__(
        self,
        database: Database,
        counter_number: int,
        staff: StaffInfo,
        *,
        language: str = "zh_CN",
        print_station: PrintStation | None = None,
        scanner: ScannerSettings | None = None,
        pdf_font: str = "",
        id_cards: IdCardSource | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._number = counter_number
        self._staff = staff
        self._actor = staff.actor()
        self._language = language
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self._refreshing = False
        self._refresh_again = False
        self.refreshes = 0  # reads of the counter's view so far (the window refreshes once)
        self._runner.busy_changed.connect(self._show_busy)
        self._print_station = print_station
        self._closed = False
        self._started = False
        self.view: CounterView | None = None
        self.context = CounterContext(
            database=database,
            runner=self._runner,
            actor=self._actor,
            counter_number=counter_number,
            language=language,
            say=lambda text, warn: self.say(text, warn=warn),
            failed=self._action_failed,
        )
        self.receipts = ReceiptDesk(self.context, print_station, pdf_font=pdf_font, parent=self)
        self.slips = SlipPrinter(
            self.context,
            print_station,
            language,
            lambda text, warn: self.say(text, warn=warn),
            self,
        )
        self.setStyleSheet(STYLE)
        self._build()
        self.rating_panel = RatingPanel(database, self._runner, counter_number, language=language)
        self.scan_filter = WedgeScanFilter(self)
        self.scan_filter.scanned.connect(self.handle_scan)
        self.serial_scanner: SerialScanSource | None = None
        if scanner is not None and scanner.port:
            self.serial_scanner = SerialScanSource(scanner, self)
            self.serial_scanner.scanned.connect(self.open_payload)
            self.serial_scanner.failed.connect(self._scanner_failed)
        # A card placed on the counter's reader fills the resident panel at any time.
        self.id_cards = id_cards
        if id_cards is not None:
            id_cards.card_read.connect(self.card_placed)
            id_cards.status_changed.connect(self._card_reader_status)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.refresh)
        self._feed = LiveFeed(database, self)
        self._feed.events_arrived.connect(self._events_arrived)
        self._feed.online_changed.connect(self._online_changed)
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
        self._counter_label = QLabel()
        self._counter_label.setFont(theme.font(17, bold=True))
        self._staff_label = QLabel()
        self._staff_label.setFont(theme.font(13))
        self._state_label = QLabel()
        self._state_label.setFont(theme.font(13, bold=True))
        bar.addWidget(self._counter_label)
        bar.addSpacing(20)
        bar.addWidget(self._staff_label)
        bar.addStretch(1)
        bar.addWidget(self._state_label)
        self._pause_button = QPushButton()
        self._pause_button.clicked.connect(self.toggle_pause)
        self._close_button = QPushButton()
        self._close_button.clicked.connect(self.close_counter)
        self._sign_out_button = QPushButton()
        self._sign_out_button.clicked.connect(self.sign_out)
        for button in (self._pause_button, self._close_button):
            button.setFont(theme.font(13, bold=True))
            button.setMinimumWidth(96)
        bar.addWidget(self._pause_button)
        bar.addWidget(self._close_button)
        bar.addWidget(self._sign_out_button)
        outer.addWidget(header)
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setWordWrap(True)
        self._banner.hide()
        outer.addWidget(self._banner)
        # The ticket beside the tabs on a landscape screen, above them on a portrait one.
        self._body = DirectionBox()
        body = self._body.box
        body.setContentsMargins(10, 8, 10, 4)
        left = QVBoxLayout()
        self.ticket_panel = TicketPanel()
        left.addWidget(self.ticket_panel, 1)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        self._shortcuts: dict[str, str] = {}
        commands = [
            _Command("call_next", "F1", self.call_next),
            _Command("recall", "F2", self.recall),
            _Command("start", "F3", self.start_service),
            _Command("finish", "F4", self.finish),
            _Command("no_show", "F5", self.no_show),
            _Command("transfer", "F6", self.transfer),
            _Command("hold", "F7", self.hold),
            _Command("call_code", "F8", self.call_specific),
        ]
        for index, command in enumerate(commands):
            button = QPushButton()
            button.setFont(theme.font(13, bold=True))
            button.clicked.connect(command.run)
            action = QAction(self)
            action.setShortcut(QKeySequence(command.shortcut))
            action.triggered.connect(command.run)
            self.addAction(action)
            self._shortcuts[command.key] = command.shortcut
            self.buttons[command.key] = button
            grid.addWidget(button, index // 2, index % 2)
        left.addLayout(grid)
        body.addLayout(left, 1)
        self.tabs = QTabWidget()
        self.tabs.setFont(theme.font(12))
        self.request_page = RequestPage(self.context, self.receipts)
        # The tabs a clerk opens now and then are built when first shown (``LazyPage``).
        self._request_list_page = LazyPage(self._build_request_list)
        self.request_page.accepted.connect(lambda _request: self._refresh_request_list())
        self.tabs.addTab(keyed(self.request_page, "request"), "")
        self.tabs.addTab(keyed(self._request_list_page, "requests"), "")
        self.waiting_model = WaitingModel(self._language)
        self.waiting_view = QTableView()
        self.waiting_view.setModel(self.waiting_model)
        self.waiting_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waiting_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.waiting_view.verticalHeader().hide()
        self.waiting_view.doubleClicked.connect(self._call_selected)
        self.tabs.addTab(keyed(self.waiting_view, "waiting"), "")
        self._mediation_page = LazyPage(self._build_mediation)
        self.tabs.addTab(keyed(self._mediation_page, "mediation"), "")
        self._desk_page = LazyPage(self._build_desk)
        self.tabs.addTab(keyed(self._desk_page, "desk"), "")
        self._appointments_page = LazyPage(self._build_appointments)
        self.tabs.addTab(keyed(self._appointments_page, "appointments"), "")
        self.request_page.resident_panel.resident_changed.connect(self._resident_shown)
        self.tabs.setCurrentWidget(self.request_page)  # what a clerk works in all day
        self.tabs.currentChanged.connect(self._tab_changed)
        body.addWidget(self.tabs, 4)
        for shortcut, run in (
            ("F9", self.show_request_form),
            ("F10", self.show_request_list),
            ("F11", self.show_mediation),
            ("F12", self.show_desk),
            ("Ctrl+B", self.show_appointments),
            ("Ctrl+Return", self.request_page.accept),
            ("Ctrl+Enter", self.request_page.accept),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(run)
            self.addAction(action)
        outer.addWidget(self._body, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(theme.font(13))
        self.message.setContentsMargins(12, 4, 12, 8)
        outer.addWidget(self.message)
        self.setCentralWidget(root)
        self._fonts = FontScaler(root)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        # A clerk at a larger screen sits as far from it: the texts grow with it.
        self._fonts.apply(screen_scale(self.width(), self.height(), (1366, 768), 1.35))

    def retranslate(self) -> None:
        self.setWindowTitle(fill(self.tr("CivicDesk counter %1"), str(self._number)))
        labels = {
            "call_next": self.tr("Call next"),
            "recall": self.tr("Recall"),
            "start": self.tr("Start"),
            "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"),
            "transfer": self.tr("Transfer…"),
            "hold": self.tr("Hold…"),
            "call_code": self.tr("Call a ticket…"),
        }
        for key, button in self.buttons.items():
            text = labels[key]
            if key == "recall" and self.view is not None and self.view.current is not None:
                used = self.view.current.recalls
                text = f"{text} ({used}/{self.view.recall_limit})"
            button.setText(f"{text}  [{self._shortcuts[key]}]")
        self.tabs.setTabText(self.tabs.indexOf(self.request_page), self.tr("Record request  [F9]"))
        self.tabs.setTabText(self.tabs.indexOf(self._request_list_page), self.tr("Requests  [F10]"))
        waiting = self.tr("Waiting")
        if self.view is not None:
            waiting = fill(self.tr("Waiting (%1)"), str(len(self.view.waiting)))
        self.tabs.setTabText(self.tabs.indexOf(self.waiting_view), waiting)
        self.tabs.setTabText(self.tabs.indexOf(self._mediation_page), self.tr("Mediation  [F11]"))
        self.tabs.setTabText(self.tabs.indexOf(self._desk_page), self.tr("Petitions  [F12]"))
        self.tabs.setTabText(
            self.tabs.indexOf(self._appointments_page), self.tr("Appointments  [Ctrl+B]")
        )
        if (appointments := self._appointments_page.built) is not None:
            appointments.retranslate()
        self.request_page.retranslate()
        if (requests := self._request_list_page.built) is not None:
            requests.retranslate()
        self._staff_label.setText(
            fill(self.tr("Signed in: %1"), self._staff.full_name or self._staff.username)
        )
        self._show_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------

    def start(self, *, open_counter: bool = True) -> None:
        self._feed.start()
        self.scan_filter.install()
        if self.serial_scanner is not None:
            self.serial_scanner.start()
        if self.id_cards is not None:
            self.id_cards.start()
        if self._print_station is not None:
            self._print_station.start()
        self._started = True
        self._refresh_request_list()
        for page in (self._mediation_page, self._desk_page):
            if (panel := page.built) is not None:
                panel.start()
        if open_counter:
            self._run(lambda s: self._open_if_closed(s))
        else:
            self.refresh()

    def _open_if_closed(self, session: Any) -> None:
        counter = get_counter(session, self._number)
        if counter.state == "closed" or counter.staff_id != self._staff.id:
            queue_ops.open_counter(session, self._actor, self._number)

    def refresh(self) -> None:
        """Read the counter's view again: one read at a time, and one more at most when
        something asked for it meanwhile (an action's answer and the live feed's news of it
        come together)."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        self.refreshes += 1

        def read(session: Session) -> CounterView:
            counter = counter_info(session, get_counter(session, self._number))
            return CounterView(
                counter=counter,
                current=queue_ops.current_ticket(session, self._number),
                waiting=waiting_for_counter(session, self._number),
                recall_limit=load_center_config(session).recall_limit,
                services=list_services(session),
                as_of_event=latest_event_id(session),
            )

        self._jobs.read(read, self._show_view, self._refresh_failed)

    def _refresh_done(self) -> None:
        self._refreshing = False
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _refresh_failed(self, error: BaseException) -> None:
        self._refresh_done()
        self._show_error(error)

    def _show_view(self, view: CounterView) -> None:
        self._refresh_done()
        self.view = view
        self._show_online(True)
        self.ticket_panel.show_ticket(view.current, self._language)
        self.waiting_model.set_rows(view.waiting)
        self.request_page.set_services(view.services)
        if view.current is not None:
            self.request_page.set_ticket(view.current)
        self._enable_buttons()
        self.retranslate()

    def _show_counter(self) -> None:
        view = self.view
        if view is None:
            self._counter_label.setText(fill(self.tr("Counter %1"), str(self._number)))
            return
        self._counter_label.setText(view.counter.name(self._language))
        states = {
            "open": self.tr("Open"),
            "paused": self.tr("On a break"),
            "closed": self.tr("Closed"),
        }
        self._state_label.setText(states.get(view.counter.state, view.counter.state))
        paused = view.counter.state == "paused"
        self._pause_button.setText(self.tr("Resume") if paused else self.tr("Break"))
        self._close_button.setText(self.tr("Close counter"))
        self._sign_out_button.setText(self.tr("Sign out"))

    def _enable_buttons(self) -> None:
        view = self.view
        status = view.current.status if view and view.current else None
        is_open = view is not None and view.counter.state == "open"
        enabled = {
            "call_next": is_open and status is None,
            "call_code": is_open and status is None,
            "recall": status == TicketStatus.CALLED,
            "start": status == TicketStatus.CALLED,
            "no_show": status == TicketStatus.CALLED,
            "hold": status in (TicketStatus.CALLED, TicketStatus.SERVING),
            "finish": status in (TicketStatus.CALLED, TicketStatus.SERVING),
            "transfer": status == TicketStatus.SERVING,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    # --- actions --------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Any], Any],
        *,
        quiet: bool = False,
        after: str = "",
        describe: Callable[[TicketInfo], str] | None = None,
    ) -> None:
        if not quiet:
            self.say("")  # an old refusal must not read as the answer to this action

        def done(result: Any) -> None:
            if isinstance(result, TicketInfo):
                self.say((describe or self._describe)(result))
                self._ticket_changed(result)
            elif after:
                self.say(after)
            self.refresh()

        self._jobs.write(work, done, self._action_failed)

    def _run_once(self, work: Callable[[Session, str], TicketInfo]) -> None:
        """An action that must happen once, retried with its idempotency key while the
        database is away (``services.queue.idempotency``)."""
        self.say("")

        def done(result: TicketInfo) -> None:
            self.say(self._describe(result))
            self._ticket_changed(result)
            self.refresh()

        self._jobs.write_once(work, done, self._action_failed)

    def _describe(self, ticket: TicketInfo) -> str:
        texts = {
            "called": self.tr("Called %1."),
            "serving": self.tr("Serving %1."),
            "done": self.tr("%1 finished. Please ask the resident to rate the service."),
            "no_show": self.tr("%1 did not come: marked as a no-show."),
            "held": self.tr("%1 is on hold."),
            "waiting": self.tr("%1 was transferred and waits in the new queue."),
        }
        return fill(texts.get(ticket.status, "%1"), ticket.code)

    def _ticket_changed(self, ticket: TicketInfo) -> None:
        self.request_page.set_ticket(ticket)
        if ticket.status == TicketStatus.SERVING:
            self.show_request_form()
        elif ticket.status == TicketStatus.DONE:
            self.rating_panel.offer()

    def _action_failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailable):
            self._show_online(False)
        if isinstance(error, QueueEmpty):
            self.say(self.tr("Nobody is waiting for this counter."))
        else:
            self.say(user_message(error), warn=True)
        self.refresh()

    def say(self, text: str, *, warn: bool = False) -> None:
        self.message.setStyleSheet(f"color: {theme.RED if warn else theme.INK};")
        self.message.setText(text)

    def call_next(self) -> None:
        # One key press, one call: a retried try whose COMMIT was cut calls nobody else.
        self._run_once(
            lambda s, key: queue_ops.call_next(s, self._actor, self._number, idempotency_key=key)
        )

    def recall(self) -> None:
        self._run(
            lambda s: queue_ops.recall(s, self._actor, self._number),
            describe=self._describe_recall,
        )

    def _describe_recall(self, ticket: TicketInfo) -> str:
        if ticket.status == TicketStatus.NO_SHOW:
            limit = self.view.recall_limit if self.view is not None else ticket.recalls
            return fill(
                self.tr("%1 was called %2 more times and did not come: it is now a no-show."),
                ticket.code,
                str(limit),
            )
        return fill(self.tr("Called %1 again."), ticket.code)

    def start_service(self) -> None:
        self._run(lambda s: queue_ops.start_service(s, self._actor, self._number))

    def finish(self) -> None:
        self._run(lambda s: queue_ops.finish_service(s, self._actor, self._number))

    def no_show(self) -> None:
        self._run(lambda s: queue_ops.mark_no_show(s, self._actor, self._number))

    def call_code(self, code: str) -> None:
        self._run(lambda s: queue_ops.call_ticket(s, self._actor, self._number, code))

    def call_specific(self) -> None:
        code, accepted = QInputDialog.getText(
            self, self.tr("Call a ticket"), self.tr("Ticket number, e.g. A023:")
        )
        if accepted and code.strip():
            self.call_code(code.strip().upper())

    def _call_selected(self) -> None:
        rows = self.waiting_view.selectionModel().selectedRows()
        if rows:
            self.call_code(self.waiting_model.row_at(rows[0].row()).code)

    def transfer_to(self, service_code: str, note: str = "") -> None:
        self._run(
            lambda s: queue_ops.transfer(s, self._actor, self._number, service_code, note=note)
        )

    def transfer(self) -> None:
        if self.view is None:
            return
        current = self.view.current.service_code if self.view.current else ""
        choices = [
            f"{s.code}  {s.name(self._language)}" for s in self.view.services if s.code != current
        ]
        choice, accepted = QInputDialog.getItem(
            self, self.tr("Transfer"), self.tr("To which service?"), choices, 0, False
        )
        if not accepted or not choice:
            return
        note, _ok = QInputDialog.getText(self, self.tr("Transfer"), self.tr("Note (optional):"))
        self.transfer_to(choice.split()[0], note)

    def hold_for(self, minutes: int) -> None:
        self._run(lambda s: queue_ops.hold_current(s, self._actor, self._number, minutes))

    def hold(self) -> None:
        minutes, accepted = QInputDialog.getInt(
            self, self.tr("Hold"), self.tr("Hold for how many minutes?"), 10, 1, 240
        )
        if accepted:
            self.hold_for(minutes)

    def toggle_pause(self) -> None:
        if self.view is not None and self.view.counter.state == "paused":
            self._run(
                lambda s: queue_ops.open_counter(s, self._actor, self._number),
                after=self.tr("Welcome back: the counter is open."),
            )
        else:
            self._run(
                lambda s: queue_ops.pause_counter(s, self._actor, self._number),
                after=self.tr("The counter is on a break."),
            )

    def close_counter(self) -> None:
        self._run(
            lambda s: queue_ops.close_counter(s, self._actor, self._number),
            after=self.tr("The counter is closed."),
        )

    def release_station(self) -> None:
        """Stop printing and give up this counter's station name (a sign-out hands it on)."""
        if self._print_station is not None:
            self._print_station.stop()

    def sign_out(self) -> None:
        """Close the counter (refused while a resident is still at it) and hand it over."""
        if self.view is not None and self.view.counter.state == "closed":
            self.signed_out.emit()
            return

        def job(session: Session) -> None:
            queue_ops.close_counter(session, self._actor, self._number)

        self._jobs.write(job, lambda _result: self.signed_out.emit(), self._action_failed)

    # --- state ----------------------------------------------------------------------------

    def _show_busy(self, busy: bool) -> None:
        self.message.setProperty("busy", busy)
        if busy:
            self.statusBar().showMessage(self.tr("Working…"))
        else:
            self.statusBar().clearMessage()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailable):
            self._show_online(False)
            return
        self._banner.setText(user_message(error))
        self._banner.show()

    def _online_changed(self, online: bool) -> None:
        self._show_online(online)
        if online:
            self.refresh()

    def _show_online(self, online: bool) -> None:
        if online:
            self._retry.stop()
            self._banner.hide()
        else:
            if not self._closed:
                self._retry.start()  # the banner promises retrying: read again until it works
            self._banner.setText(
                self.tr("Connection to the database lost. Retrying; nothing you saved is lost.")
            )
            self._banner.show()

    def _events_arrived(self, events: list[FeedEvent]) -> None:
        # Only news this counter does not show yet: its own actions were read back already.
        shown = self.view.as_of_event if self.view is not None else 0
        if any(e.topic is not Topic.CASEWORK and e.id > shown for e in events):
            self.refresh()
        if any(event.topic is Topic.CASEWORK for event in events):
            self._refresh_request_list()
        if self.tabs.currentWidget() is self._appointments_page:
            self.appointments.refresh()  # a check-in at the kiosk changes an appointment

    # --- the tabs built when first shown ----------------------------------------------------

    @property
    def current_tab(self) -> QWidget | None:
        """What the clerk sees in the tabs: the current page's content."""
        current = self.tabs.currentWidget()
        return current.content() if isinstance(current, LazyPage) else current

    def show_page(self, content: QWidget) -> None:
        """Bring the tab showing ``content`` to the front, whether it was built lazily or not."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is content or (isinstance(page, LazyPage) and page.built is content):
                self.tabs.setCurrentIndex(index)
                return

    @property
    def request_list(self) -> RequestListPage:
        return self._request_list_page.content()

    @property
    def mediation(self) -> MediationPanel:
        return self._mediation_page.content()

    @property
    def desk(self) -> DeskPanel:
        return self._desk_page.content()

    @property
    def appointments(self) -> AppointmentsPanel:
        return self._appointments_page.content()

    def _build_request_list(self) -> RequestListPage:
        page = RequestListPage(self.context, self.receipts)
        if self._started:
            page.refresh()
        return page

    def _refresh_request_list(self) -> None:
        if (page := self._request_list_page.built) is not None:
            page.refresh()

    def _build_mediation(self) -> MediationPanel:
        panel = MediationPanel(self._database, self._actor, self._language, self._print_station)
        if self._started:
            panel.start()
        return panel

    def _build_desk(self) -> DeskPanel:
        panel = DeskPanel(self._database, self._actor, self._language)
        if self._started:
            panel.start()
        return panel

    def _build_appointments(self) -> AppointmentsPanel:
        panel = AppointmentsPanel(
            self.context,
            self._actor,
            self._language,
            source="counter",
            say=lambda text, warn: self.say(text, warn=warn),
            print_slip=self.slips.print_slip,
        )
        resident = self.request_page.resident_panel.resident
        if resident is not None:  # the resident being served, as when the tab was kept
            panel.form.set_resident(resident)
        return panel

    # --- casework -------------------------------------------------------------------------

    def show_request_form(self) -> None:
        self.tabs.setCurrentWidget(self.request_page)
        self.request_page.focus_resident()

    def show_request_list(self) -> None:
        self.tabs.setCurrentWidget(self._request_list_page)
        self.request_list.search_edit.setFocus()
        self.request_list.search_edit.selectAll()

    # --- scanning -------------------------------------------------------------------------

    def handle_scan(self, text: str) -> None:
        """A keyboard-wedge scan: a ticket, a receipt (request), a mediation case, a petition,
        a ledger entry, an appointment, or an ID number typed by an ID-card reader."""
        try:
            payload = parse_payload(text)
        except InvalidScan as exc:
            self._garbled(exc)
            return
        self.open_payload(payload)

    def _garbled(self, error: InvalidScan) -> None:
        if isinstance(error, InvalidIdNumberScan):
            self.say(
                fill(
                    self.tr("The ID card reader typed an ID number that is not valid: %1"),
                    error.reason,
                ),
                warn=True,
            )
            return
        self.say(
            fill(self.tr("Could not use that scan: %1 Please scan again."), user_message(error)),
            warn=True,
        )

    def _scanner_failed(self, error: object) -> None:
        if isinstance(error, InvalidScan):
            self._garbled(error)
        else:
            self.say(
                fill(self.tr("The barcode scanner is not available: %1"), str(error)),
                warn=True,
            )

    def card_placed(self, record: IdCardRecord) -> None:
        """An ID card read on the counter's reader: its holder in the resident panel (or in
        the booking form, when the clerk is booking)."""
        if self.tabs.currentWidget() is self._appointments_page:
            self.appointments.form.fill_id_number(record.id_number, record.name)
            return
        self.tabs.setCurrentWidget(self.request_page)
        self.request_page.resident_panel.fill_from_card(
            record.id_number, record.name, record.address
        )

    def _card_reader_status(self, status: ReaderStatus) -> None:
        if status.state in (
            ReaderState.REFUSED,
            ReaderState.UNREADABLE,
            ReaderState.REMOVED_TOO_EARLY,
        ):
            self.say(fill(self.tr("ID card: %1"), status.message), warn=True)

    def show_appointments(self) -> None:
        """The booking form, filled with the resident the clerk is serving (if any)."""
        self.tabs.setCurrentWidget(self._appointments_page)
        panel = self.request_page.resident_panel
        form = self.appointments.form
        typed = panel.entry()
        if panel.resident is not None:
            form.set_resident(panel.resident)
            form.slot_list.setFocus()
        elif typed.id_number and typed.id_number != normalise(form.id_edit.text()):
            form.fill_id_number(typed.id_number, typed.name)  # not registered yet
        else:
            form.id_edit.setFocus()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self._appointments_page:
            self.appointments.shown()

    def _resident_shown(self, info: ResidentInfo | None) -> None:
        panel = self._appointments_page.built
        if panel is None:
            return  # it takes the resident when it is built
        form = panel.form
        if info is not None:
            form.set_resident(info)
        elif form.resident_id is not None:
            form.clear_resident(focus=False)  # the next resident: not the last one's booking

    def show_mediation(self) -> None:
        self.tabs.setCurrentWidget(self._mediation_page)

    def show_desk(self) -> None:
        self.tabs.setCurrentWidget(self._desk_page)
        self.desk.petitions.view.setFocus()

    def open_payload(self, payload: ScanPayload) -> None:
        if payload.kind == "request":
            self.tabs.setCurrentWidget(self._request_list_page)
            self.request_list.open_number(payload.code)
        elif payload.kind == "case":
            self.show_mediation()
            self.mediation.open_number(payload.code)
            self.case_requested.emit(payload.code)
        elif payload.kind == "id_number" and self.tabs.currentWidget() is self._appointments_page:
            self.appointments.form.fill_id_number(payload.code)
        elif payload.kind == "id_number":
            self.tabs.setCurrentWidget(self.request_page)
            self.request_page.resident_panel.fill_from_card(payload.code)
        elif payload.kind == "appointment":
            self.check_in(payload.code)
        elif payload.kind in ("petition", "ledger"):
            self.show_desk()
            self.desk.open_number(payload.code)
        else:
            self.open_ticket(payload.code, payload.service_day)

    def check_in(self, code: str) -> None:
        """A booking slip scanned at the counter: check the appointment in (its ticket)."""
        actor = self._actor

        def done(checked: CheckIn) -> None:
            text = (
                self.tr("Appointment %1 checked in: ticket %2.")
                if checked.on_time
                else self.tr("Appointment %1 is late: ticket %2 is an ordinary walk-in ticket.")
            )
            self.say(fill(text, checked.appointment, checked.ticket.code))
            self.refresh()

        language = self._language
        self.context.write(lambda s: check_in(s, actor, code=code, language=language), done)

    def open_ticket(self, code: str, day: date | None = None) -> None:
        """A scanned ticket: call it when it waits, else say where it is."""
        number = self._number
        actor = self._actor

        def work(session: Any) -> _ScannedTicket:
            today = service_day(utc_now(), load_center_config(session).timezone)
            if day is not None and day != today:
                return _ScannedTicket("other_day", None, code, day)
            ticket = ticket_info(session, find_ticket_by_code(session, today, code))
            if ticket.status in (TicketStatus.WAITING, TicketStatus.HELD):
                called = queue_ops.call_ticket(session, actor, number, code)
                return _ScannedTicket("called", called, code, day)
            return _ScannedTicket("show", ticket, code, day)

        def job(session: Session) -> _ScannedTicket:
            return work(session)

        self._jobs.write(job, self._show_scanned_ticket, self._action_failed)

    def _show_scanned_ticket(self, scanned: _ScannedTicket) -> None:
        ticket = scanned.ticket
        if scanned.action == "other_day" or ticket is None:
            shown = scanned.day.isoformat() if scanned.day else "?"
            self.say(
                fill(self.tr("Ticket %1 is from %2, not today."), scanned.code, shown),
                warn=True,
            )
            return
        if scanned.action == "called":
            self.say(self._describe(ticket))
            self._ticket_changed(ticket)
            self.refresh()
            return
        if ticket.counter_number == self._number and ticket.status in (
            TicketStatus.CALLED,
            TicketStatus.SERVING,
        ):
            self.say(fill(self.tr("%1 is at this counter."), ticket.code))
            self.show_request_form()
            return
        statuses = {
            "called": self.tr("called"),
            "serving": self.tr("being served"),
            "done": self.tr("finished"),
            "no_show": self.tr("a no-show"),
            "cancelled": self.tr("cancelled"),
            "expired": self.tr("expired"),
        }
        status = statuses.get(ticket.status, status_text(ticket.status))
        text = fill(self.tr("%1 is %2."), ticket.code, status)
        if ticket.counter_number is not None and ticket.status in (
            TicketStatus.CALLED,
            TicketStatus.SERVING,
            TicketStatus.DONE,
        ):
            text += " " + fill(self.tr("(counter %1)"), str(ticket.counter_number))
        self.say(text, warn=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closed twice (by the code, then by a test's teardown)
            super().closeEvent(event)
            return
        self._closed = True
        self._retry.stop()
        self.scan_filter.remove()
        if self.serial_scanner is not None:
            self.serial_scanner.stop()
        if self.id_cards is not None:
            self.id_cards.stop()
        self.rating_panel.close()
        self.rating_panel.deleteLater()
        self._feed.stop()
        for page in (self._mediation_page, self._desk_page):
            if (panel := page.built) is not None:
                panel.shutdown()
        if self._print_station is not None:
            self._print_station.stop()
        self._runner.shutdown()
        super().closeEvent(event)
