"""The touch kiosk where residents take a queue ticket (python main.py kiosk)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from devices.idcard.card_text import IdCardRecord
from devices.idcard.errors import CardExpired, InvalidCardIdNumber
from devices.idcard.poller import ReaderState, ReaderStatus
from devices.printer_status import PrinterStatus
from devices.scan_payload import InvalidScan, parse_payload
from devices.spooler import JobStateChange
from services.appointments.check_in import CheckIn, check_in
from services.calendar.opening_hours import Availability, kiosk_availability
from services.catalog.reads import ServiceInfo, list_services
from services.core.actors import kiosk_actor
from services.core.center_config import load_center_config
from services.core.clock import center_now, center_zone
from services.core.errors import CheckInTooEarly, NotFound, ServiceClosed
from services.queue.ops import issue_ticket
from services.queue.reads import queue_status, service_wait_estimates
from services.queue.tickets import PriorityReason, TicketInfo
from services.real_name.tickets import issue_real_name_ticket
from services.storage.db import Database
from station.ticket_printing import spool_ticket
from ui.common import theme
from ui.common.i18n import fill, translations
from ui.common.idcard_source import IdCardSource, masked_name
from ui.common.live_feed import LiveFeed
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.print_station import PrintStation
from ui.common.scan_filter import WedgeScanFilter
from ui.common.session_jobs import DatabaseJobs
from ui.kiosk.pages import HomePage, MessagePage, ServiceTile, TicketPage
from ui.qt import (
    QCloseEvent,
    QEvent,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
)

RETURN_HOME_SECONDS = 20
CARD_KEPT_MS = 30_000
PRINT_ANSWER_MS = 6000
REFRESH_MS = 5000

STYLE = f"""
QMainWindow, QWidget#kioskRoot {{ background: {theme.MIST}; }}
QLabel {{ color: {theme.INK}; }}
QWidget#topBar {{ background: {theme.NAVY}; }}
QWidget#topBar QLabel {{ color: white; }}
QPushButton {{ background: {theme.PAPER}; color: {theme.INK}; border: 3px solid {theme.NAVY};
  border-radius: 14px; padding: 8px 16px; }}
QPushButton:pressed {{ background: #cfdcf2; }}
QPushButton:disabled {{ background: #d9d9d9; color: #555555; border-color: #9a9a9a; }}
QPushButton#greenChannel {{ border-color: {theme.GREEN}; color: {theme.GREEN}; }}
QPushButton#greenChannel:checked {{ background: {theme.GREEN}; color: white; }}
QPushButton#topButton {{ background: white; color: {theme.NAVY}; border: none;
  min-height: 56px; min-width: 150px; }}
QLabel#bigNumber {{ color: {theme.NAVY}; }}
QLabel#banner {{ background: {theme.AMBER}; color: white; padding: 10px; }}
"""


@dataclass(frozen=True)
class KioskState:
    availability: Availability
    tiles: list[ServiceTile]
    center_name_zh: str
    center_name_en: str


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketInfo
    job_id: int | None
    check_in: CheckIn | None = None  # the appointment checked in with this ticket


class KioskWindow(QMainWindow):
    def __init__(
        self,
        database: Database,
        print_station: PrintStation,
        *,
        language: str = "zh_CN",
        staff_pin: str = "",
        station: str = "kiosk",
        id_cards: IdCardSource | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self._printing = print_station
        self._language = language
        self._staff_pin = staff_pin
        self._actor = kiosk_actor(station)
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self._state: KioskState | None = None
        self._issued: IssuedTicket | None = None
        self._seconds_left = 0
        self._issuing = False
        self._issuing_priority: PriorityReason | None = None
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self._build()
        self._feed = LiveFeed(database, self)
        self._feed.events_arrived.connect(lambda _events: self.refresh())
        self._feed.online_changed.connect(self._show_online)
        self._printing.job_changed.connect(self._on_job_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._print_deadline = QTimer(self)
        self._print_deadline.setSingleShot(True)
        self._print_deadline.setInterval(PRINT_ANSWER_MS)
        self._print_deadline.timeout.connect(self._print_unconfirmed)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_time)
        # A card read but no service touched is forgotten: the next resident is not theirs.
        self._card: IdCardRecord | None = None
        self._awaiting_card: tuple[str, PriorityReason | None] | None = None
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(CARD_KEPT_MS)
        self._card_timer.timeout.connect(self._forget_card)
        self.scan_filter = WedgeScanFilter(self)
        self.scan_filter.scanned.connect(self.handle_scan)
        self.id_cards = id_cards
        if id_cards is not None:
            id_cards.card_read.connect(self.card_placed)
            id_cards.status_changed.connect(self.reader_status)
        self.retranslate()
        self._show_time()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        root = QWidget()
        root.setObjectName("kioskRoot")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QWidget()
        top.setObjectName("topBar")
        bar = QHBoxLayout(top)
        bar.setContentsMargins(28, 10, 28, 10)
        self._center = QLabel()
        self._center.setFont(theme.font(28, bold=True))
        self._time = QLabel()
        self._time.setFont(theme.font(24, bold=True))
        self._language_button = QPushButton()
        self._language_button.setObjectName("topButton")
        self._language_button.setFont(theme.font(22, bold=True))
        self._language_button.clicked.connect(self.toggle_language)
        self._staff_button = QPushButton()
        self._staff_button.setObjectName("topButton")
        self._staff_button.setFont(theme.font(18))
        self._staff_button.setMinimumWidth(90)
        self._staff_button.clicked.connect(self.open_staff_panel)
        bar.addWidget(self._center, 1)
        bar.addWidget(self._time)
        bar.addSpacing(24)
        bar.addWidget(self._language_button)
        bar.addWidget(self._staff_button)
        layout.addWidget(top)
        self._banner = QLabel()
        self._banner.setObjectName("banner")
        self._banner.setFont(theme.font(20, bold=True))
        self._banner.setWordWrap(True)
        self._banner.hide()
        layout.addWidget(self._banner)
        self._pages = QStackedWidget()
        self.home = HomePage()
        self.ticket_page = TicketPage()
        self.message_page = MessagePage()
        for page in (self.home, self.ticket_page, self.message_page):
            self._pages.addWidget(page)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(root)
        self.home.service_chosen.connect(self.issue)
        self.ticket_page.done.connect(self.go_home)
        self.message_page.back.connect(self.go_home)

    def start(self) -> None:
        self.scan_filter.install()
        if self.id_cards is not None:
            self.id_cards.start()
        self._feed.start()
        self._printing.start()
        self._refresh_timer.start()
        self._clock.start()
        self.refresh()

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._runner.busy:
            return

        def read(session: Session) -> KioskState:
            availability = kiosk_availability(session)
            status = queue_status(session)
            waits = service_wait_estimates(session, status)
            config = load_center_config(session)
            services: list[ServiceInfo] = list_services(session)
            waiting = {s.code: s.waiting for s in status.services}
            tiles = [
                ServiceTile(
                    s,
                    waiting.get(s.code, 0),
                    availability.accepts(s.code),
                    availability.refusal(s.code),
                    waits.get(s.code, 0),
                )
                for s in services
            ]
            return KioskState(availability, tiles, config.center_name_zh, config.center_name_en)

        self._jobs.read(read, self._show_state, self._show_error)

    def _show_state(self, state: KioskState) -> None:
        self._state = state
        self._show_online(True)
        self._center.setText(self._center_name())
        self.home.show_tiles(state.tiles, self._language)
        on_message = self._pages.currentWidget() is self.message_page
        if not state.availability.open_now:
            self._show_closed(state.availability)
        elif not state.tiles:
            self.message_page.show_message(
                self.tr("No services are offered at this kiosk yet"),
                self.tr("Please ask at the information desk."),
                can_go_back=False,
            )
            self._pages.setCurrentWidget(self.message_page)
        elif on_message and self._issued is None:
            self._pages.setCurrentWidget(self.home)

    def _center_name(self) -> str:
        if self._state is None:
            return ""
        if self._language.startswith("en"):
            return self._state.center_name_en
        return self._state.center_name_zh

    def _show_closed(self, availability: Availability) -> None:
        if availability.resumes_at is None:
            body = self.tr("Please come back during opening hours.")
        else:
            body = fill(
                self.tr("Service resumes on %1 at %2."),
                availability.resumes_at.strftime("%Y-%m-%d"),
                availability.resumes_at.strftime("%H:%M"),
            )
        self.message_page.show_message(
            self.tr("We are closed now. Thank you for coming."), body, can_go_back=False
        )
        if self._issued is None:
            self._pages.setCurrentWidget(self.message_page)

    def _show_error(self, error: BaseException) -> None:
        self._banner.setText(user_message(error))
        self._banner.show()

    def _show_online(self, online: bool) -> None:
        if online:
            self._banner.hide()
        else:
            self._banner.setText(
                self.tr("The kiosk cannot reach the database. Please ask the staff for help.")
            )
            self._banner.show()

    # --- issuing ------------------------------------------------------------------------

    def issue(self, service_code: str, priority: PriorityReason | None) -> None:
        if self._issuing:
            return
        card, self._card = self._card, None
        self._card_timer.stop()
        self.home.show_card_holder(None)
        if card is None and self._needs_card(service_code):
            self._await_card(service_code, priority)
            return
        self._awaiting_card = None
        self._issuing = True
        self._issuing_priority = priority
        language = self._language
        printer = self._printing.printer_name
        profile = self._printing.profile

        def work(session: Session, key: str) -> IssuedTicket:
            if not kiosk_availability(session).open_now:
                raise ServiceClosed("Outside opening hours.", key="hours")
            reason = priority.value if priority else None
            if card is not None:
                ticket = issue_real_name_ticket(
                    session,
                    self._actor,
                    service_code,
                    card.id_number,
                    name=card.name,
                    address=card.address,
                    priority=reason,
                    language=language,
                ).ticket
            else:
                ticket = issue_ticket(
                    session,
                    self._actor,
                    service_code,
                    priority=reason,
                    language=language,
                    idempotency_key=key,
                )
            if printer is None:
                return IssuedTicket(ticket, None)
            job = spool_ticket(
                session, ticket, printer=printer, profile=profile, idempotency_key=f"{key}-slip"
            )
            return IssuedTicket(ticket, job.id)

        # One tap, one ticket: a try whose COMMIT was cut (the database failing over) is
        # retried with the same key, so it neither fails nor issues twice.
        self._jobs.write_once(work, self._show_issued, self._issue_failed)

    # --- ID cards (实名取号) -------------------------------------------------------------

    def _needs_card(self, service_code: str) -> bool:
        tiles = self._state.tiles if self._state is not None else []
        return any(t.service.code == service_code and t.service.real_name_required for t in tiles)

    def _await_card(self, service_code: str, priority: PriorityReason | None) -> None:
        self._awaiting_card = (service_code, priority)
        self.message_page.show_message(
            self.tr("Please place your ID card on the reader"),
            self.tr("This service issues tickets by ID card only."),
            can_go_back=True,
        )
        self._pages.setCurrentWidget(self.message_page)
        self._card_timer.start()

    def card_placed(self, record: IdCardRecord) -> None:
        """A card read on the kiosk's reader: today's appointment is checked in; else a
        ticket for the service touched (or waited for) is a real-name ticket."""
        if self._issuing:
            return
        waiting_for, self._awaiting_card = self._awaiting_card, None
        if waiting_for is not None:
            self._card = record
            self.issue(*waiting_for)
            return
        self.check_in(id_number=record.id_number, card=record)

    def _hold_card(self, record: IdCardRecord) -> None:
        self._card = record
        if self._issued is not None:
            self.go_home()
        self._pages.setCurrentWidget(self.home)
        self.home.show_card_holder(masked_name(record.name))
        self._card_timer.start()

    def handle_scan(self, text: str) -> None:
        """A keyboard-wedge scan at the kiosk: a booking slip's code checks it in."""
        try:
            payload = parse_payload(text)
        except InvalidScan:
            return  # not ours: the kiosk has nothing to type into
        if payload.kind == "appointment" and not self._issuing:
            self.check_in(code=payload.code)

    def check_in(
        self,
        *,
        code: str | None = None,
        id_number: str | None = None,
        card: IdCardRecord | None = None,
    ) -> None:
        self._issuing = True
        language = self._language
        printer = self._printing.printer_name
        profile = self._printing.profile

        def work(session: Session) -> IssuedTicket | None:
            try:
                checked = check_in(
                    session, self._actor, code=code, id_number=id_number, language=language
                )
            except NotFound:
                if card is None:
                    raise
                return None  # no appointment today: the card takes a real-name ticket
            if printer is None:
                return IssuedTicket(checked.ticket, None, checked)
            with self._database.writer() as session:
                job = spool_ticket(session, checked.ticket, printer=printer, profile=profile)
            return IssuedTicket(checked.ticket, job.id, checked)

        def done(issued: IssuedTicket | None) -> None:
            if issued is not None:
                self._show_issued(issued)
                return
            self._issuing = False
            assert card is not None
            self._hold_card(card)

        self._jobs.write(work, done, self._check_in_failed)

    def _check_in_failed(self, error: BaseException) -> None:
        if isinstance(error, CheckInTooEarly):
            self._issuing = False
            opens = error.opens_at.astimezone(center_zone()).strftime("%H:%M")
            self.message_page.show_message(
                self.tr("It is too early to check in"),
                fill(
                    self.tr("Check-in for your appointment opens at %1. Please come back then."),
                    opens,
                ),
                can_go_back=True,
            )
            self._pages.setCurrentWidget(self.message_page)
            return
        self._issue_failed(error)

    def _forget_card(self) -> None:
        self._card = None
        self.home.show_card_holder(None)
        if self._awaiting_card is not None:
            self._awaiting_card = None
            self.go_home()

    def reader_status(self, status: ReaderStatus) -> None:
        problem = self._card_problem(status)
        if problem is None or self._issuing:
            return
        self._card = None
        self.home.show_card_holder(None)
        self.message_page.show_message(
            self.tr("Your ID card could not be used"), problem, can_go_back=True
        )
        self._pages.setCurrentWidget(self.message_page)

    def _card_problem(self, status: ReaderStatus) -> str | None:
        error = status.error
        if isinstance(error, CardExpired):
            return self.tr("This ID card expired on %1. Please use a valid ID card.").replace(
                "%1", error.valid_to.isoformat()
            )
        if isinstance(error, InvalidCardIdNumber):
            return self.tr("The ID number on this card is not valid. Please go to a counter.")
        if status.state == ReaderState.REMOVED_TOO_EARLY:
            return self.tr(
                "The card was removed too early. Place it again and leave it until the beep."
            )
        if status.state == ReaderState.UNREADABLE:
            return self.tr("This ID card cannot be read. Please go to a counter.")
        return None

    def _show_issued(self, issued: IssuedTicket) -> None:
        self._issuing = False
        self._issued = issued
        # The green channel stays chosen until its ticket is out; a channel the next resident
        # chose in the meantime is theirs and stays.
        if self.home.priority == self._issuing_priority:
            self.home.clear_priority()
        self._seconds_left = RETURN_HOME_SECONDS
        availability = self._state.availability if self._state else None
        self.ticket_page.show_ticket(
            issued.ticket,
            self._seconds_left,
            self._heading(issued),
            counters_open=availability is None
            or availability.counters_open(issued.ticket.service_code),
        )
        status = self._printing.last_status
        if issued.job_id is None:
            self._print_failed(self.tr("Printing is switched off here."))
        elif status is not None and not status.ok:
            self._print_failed(self._describe(status))
        else:
            self.ticket_page.set_print_state(self.tr("Printing your ticket…"), fault=False)
            self._printing.wake()
            self._print_deadline.start()
        self._pages.setCurrentWidget(self.ticket_page)
        self._countdown.start()
        self.refresh()

    def _heading(self, issued: IssuedTicket) -> str:
        checked = issued.check_in
        if checked is None:
            return ""
        if checked.on_time:
            return self.tr("Appointment checked in (%1). Your number").replace(
                "%1", checked.slot_time
            )
        return self.tr("You are late for your %1 appointment: this is an ordinary number").replace(
            "%1", checked.slot_time
        )

    def _issue_failed(self, error: BaseException) -> None:
        self._issuing = False
        self._card_timer.stop()
        self.message_page.show_message(
            self.tr("Sorry, no ticket was issued"), user_message(error), can_go_back=True
        )
        self._pages.setCurrentWidget(self.message_page)

    def _on_job_changed(self, change: JobStateChange) -> None:
        issued = self._issued
        if issued is None or change.job_id != issued.job_id:
            return
        if change.state == "done":
            self._print_deadline.stop()
            self.ticket_page.set_print_state(self.tr("Please take your ticket below."), fault=False)
        elif change.state == "waiting":
            self._print_deadline.stop()
            status = change.printer_status
            self._print_failed(self._describe(status) if status else (change.reason or ""))

    def _print_unconfirmed(self) -> None:
        self._print_failed(self.tr("The printer does not answer."))

    def _print_failed(self, why: str) -> None:
        self.ticket_page.set_print_state(
            fill(
                self.tr("%1 Your ticket is valid: please remember your number %2."),
                why,
                self._issued.ticket.code if self._issued else "",
            ),
            fault=True,
        )

    def _describe(self, status: PrinterStatus) -> str:
        problem = status.problem
        if problem in ("paper_end", "paper_near_end"):
            return self.tr("The printer is out of paper.")
        if problem == "cover_open":
            return self.tr("The printer cover is open.")
        if problem == "offline":
            return self.tr("The printer is offline.")
        return self.tr("The printer does not answer.")

    def _tick(self) -> None:
        self._seconds_left -= 1
        if self._seconds_left <= 0:
            self.go_home()
        else:
            self.ticket_page.set_seconds_left(self._seconds_left)

    def go_home(self) -> None:
        self._awaiting_card = None
        self._countdown.stop()
        self._print_deadline.stop()
        self._issued = None
        self._pages.setCurrentWidget(self.home)
        self.refresh()

    # --- language and staff panel ---------------------------------------------------------

    def toggle_language(self) -> None:
        self._language = "en" if self._language == "zh_CN" else "zh_CN"
        translations().switch(self._language)
        if self._state is not None:
            self._show_state(self._state)

    @property
    def language(self) -> str:
        return self._language

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CivicDesk kiosk"))
        # The switch is labelled in the language it switches to.
        self._language_button.setText("English" if self._language == "zh_CN" else "中文")
        self._staff_button.setText(self.tr("Staff"))
        self._center.setText(self._center_name())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_time(self) -> None:
        if self._state is not None:
            local = center_now()
            self._time.setText(local.strftime("%H:%M"))

    def open_staff_panel(self) -> None:
        if not self._staff_pin:
            QMessageBox.information(
                self,
                self.tr("Staff panel"),
                self.tr("Set kiosk_pin in the settings file to enable the staff panel."),
            )
            return
        pin, accepted = QInputDialog.getText(
            self, self.tr("Staff panel"), self.tr("PIN:"), QLineEdit.EchoMode.Password
        )
        if not accepted:
            return
        if pin != self._staff_pin:
            QMessageBox.warning(self, self.tr("Staff panel"), self.tr("Wrong PIN."))
            return
        QMessageBox.information(self, self.tr("Staff panel"), self.printer_report())

    def printer_report(self) -> str:
        status = self._printing.last_status
        name = self._printing.printer_name or self.tr("none")
        if status is None:
            state = self.tr("not checked yet")
        elif status.ok:
            state = self.tr("ready")
        else:
            state = self._describe(status)
        return fill(self.tr("Printer %1: %2"), name, state)

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (
            self._refresh_timer,
            self._countdown,
            self._clock,
            self._print_deadline,
            self._card_timer,
        ):
            timer.stop()
        self.scan_filter.remove()
        if self.id_cards is not None:
            self.id_cards.stop()
        self._feed.stop()
        self._printing.stop()
        self._runner.shutdown()
        super().closeEvent(event)
