"""The touch kiosk where residents take a queue ticket (python main.py kiosk)."""

from __future__ import annotations

from dataclasses import dataclass

from devices.printer_status import PrinterStatus
from devices.spooler import JobStateChange
from services.actors import kiosk_actor
from services.catalog import ServiceInfo, list_services
from services.center_config import load_center_config
from services.clock import utc_now
from services.db import Database
from services.errors import ServiceClosed
from services.opening_hours import Availability, kiosk_availability
from services.queue_ops import issue_ticket
from services.queue_reads import queue_status, service_wait_estimates
from services.tickets import PriorityReason, TicketInfo
from station.ticket_printing import spool_ticket
from ui import theme
from ui.i18n import translations
from ui.kiosk_pages import HomePage, MessagePage, ServiceTile, TicketPage
from ui.live_feed import LiveFeed
from ui.messages import user_message
from ui.op_runner import OpRunner
from ui.print_station import PrintStation
from ui.qt import (
    QCloseEvent,
    QDateTime,
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


class KioskWindow(QMainWindow):
    def __init__(
        self,
        database: Database,
        print_station: PrintStation,
        *,
        language: str = "zh_CN",
        staff_pin: str = "",
        station: str = "kiosk",
    ) -> None:
        super().__init__()
        self._database = database
        self._printing = print_station
        self._language = language
        self._staff_pin = staff_pin
        self._actor = kiosk_actor(station)
        self._runner = OpRunner(self)
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
        self._feed.start()
        self._printing.start()
        self._refresh_timer.start()
        self._clock.start()
        self.refresh()

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._runner.busy:
            return

        def read() -> KioskState:
            with self._database.reader() as session:
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
                    waits.get(s.code, 0),
                )
                for s in services
            ]
            return KioskState(availability, tiles, config.center_name_zh, config.center_name_en)

        self._runner.submit(read, self._show_state, self._show_error)

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
            when = QDateTime(availability.resumes_at)
            body = (
                self.tr("Service resumes on %1 at %2.")
                .replace("%1", when.toString("yyyy-MM-dd"))
                .replace("%2", availability.resumes_at.strftime("%H:%M"))
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
        self._issuing = True
        self._issuing_priority = priority
        language = self._language
        printer = self._printing.printer_name
        profile = self._printing.profile

        def work() -> IssuedTicket:
            with self._database.writer() as session:
                if not kiosk_availability(session).accepts(service_code):
                    raise ServiceClosed(self.tr("This service is not available now."))
                ticket = issue_ticket(
                    session,
                    self._actor,
                    service_code,
                    priority=priority.value if priority else None,
                    language=language,
                )
            if printer is None:
                return IssuedTicket(ticket, None)
            with self._database.writer() as session:
                job = spool_ticket(session, ticket, printer=printer, profile=profile)
            return IssuedTicket(ticket, job.id)

        self._runner.submit(work, self._show_issued, self._issue_failed)

    def _show_issued(self, issued: IssuedTicket) -> None:
        self._issuing = False
        self._issued = issued
        # The green channel stays chosen until its ticket is out; a channel the next resident
        # chose in the meantime is theirs and stays.
        if self.home.priority == self._issuing_priority:
            self.home.clear_priority()
        self._seconds_left = RETURN_HOME_SECONDS
        self.ticket_page.show_ticket(issued.ticket, self._seconds_left)
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

    def _issue_failed(self, error: BaseException) -> None:
        self._issuing = False
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
            self.tr("%1 Your ticket is valid: please remember your number %2.")
            .replace("%1", why)
            .replace("%2", self._issued.ticket.code if self._issued else ""),
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_time(self) -> None:
        if self._state is not None:
            local = utc_now().astimezone()
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
        return self.tr("Printer %1: %2").replace("%1", name).replace("%2", state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        for timer in (self._refresh_timer, self._countdown, self._clock, self._print_deadline):
            timer.stop()
        self._feed.stop()
        self._printing.stop()
        self._runner.shutdown()
        super().closeEvent(event)
