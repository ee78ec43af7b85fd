"""Recording a service request (受理): the matter, the materials checklist with its one-time
notice (一次性告知), the promised date, and "Accept", which prints the acceptance receipt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from services.calendar.working_days import add_working_days
from services.casework.requests import RequestInfo, accept_request, one_time_notice
from services.casework.residents import ResidentInfo
from services.catalog.reads import ServiceInfo, get_service
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import CivicDeskError
from services.queue.tickets import TicketInfo
from services.storage.db import translate_outage
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.counter.request_context import CounterContext
from ui.counter.request_receipts import ReceiptDesk, SpooledReceipt
from ui.counter.resident_panel import ResidentPanel, save_resident
from ui.qt import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

LINKABLE_TICKET_STATUSES = ("called", "serving", "done")


def promised_date(session: Session, service_code: str) -> tuple[date, int]:
    """The date promised for a matter accepted today, and its number of working days."""
    service = get_service(session, service_code)
    today = service_day(utc_now(), load_center_config(session).timezone)
    return add_working_days(session, today, service.promised_days), service.promised_days


@dataclass(frozen=True)
class Accepted:
    resident: ResidentInfo
    request: RequestInfo
    receipt: SpooledReceipt | None
    print_error: BaseException | None


class RequestForm(QGroupBox):
    """The matter and its materials; it knows nothing of the database."""

    service_changed = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._services: list[ServiceInfo] = []
        self._promised: tuple[str, date, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.service_combo = QComboBox()
        self.service_combo.currentIndexChanged.connect(self._service_selected)
        self._matter_label = QLabel()
        form.addRow(self._matter_label, self.service_combo)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self._description_label = QLabel()
        form.addRow(self._description_label, self.description)
        layout.addLayout(form)
        self._materials_label = QLabel()
        layout.addWidget(self._materials_label)
        self.materials = QListWidget()
        self.materials.setMinimumHeight(60)
        self.materials.itemChanged.connect(self._materials_changed)
        layout.addWidget(self.materials, 1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFont(theme.font(12))  # a style sheet (the colour) resets the font
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.notice)
        self.promised = QLabel()
        self.promised.setFont(theme.font(12, bold=True))
        layout.addWidget(self.promised)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton()
        self.accept_button.setFont(theme.font(13, bold=True))
        self.pdf_button = QPushButton()
        self.print_button = QPushButton()
        buttons.addWidget(self.accept_button, 2)
        buttons.addWidget(self.print_button, 1)
        buttons.addWidget(self.pdf_button, 1)
        layout.addLayout(buttons)
        self.last = QLabel()
        self.last.setWordWrap(True)
        layout.addWidget(self.last)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Service request"))
        self._matter_label.setText(self.tr("Matter:"))
        self._description_label.setText(self.tr("Description:"))
        self.description.setPlaceholderText(self.tr("What the resident asks for"))
        self._materials_label.setText(
            self.tr("Materials submitted (tick what the resident brought):")
        )
        self.accept_button.setText(self.tr("Accept  [Ctrl+Enter]"))
        self.print_button.setText(self.tr("Print again"))
        self.pdf_button.setText(self.tr("PDF…"))
        self._show_notice()
        self._show_promised()

    # --- the catalog ----------------------------------------------------------------------

    def set_services(self, services: list[ServiceInfo]) -> None:
        """Fill the matter list; the selection and the ticks survive a refresh."""
        if [s.code for s in services] == [s.code for s in self._services] and services == list(
            self._services
        ):
            return
        current = self.service_code()
        self._services = list(services)
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        for service in services:
            label = f"{service.code}  {service.name(self._language)}"
            self.service_combo.addItem(label, service.code)
        self.service_combo.blockSignals(False)
        if current is not None and self.select_service(current):
            return
        self._service_selected(self.service_combo.currentIndex())

    def select_service(self, code: str) -> bool:
        index = self.service_combo.findData(code)
        if index < 0:
            return False
        if index == self.service_combo.currentIndex():
            self._service_selected(index)
        else:
            self.service_combo.setCurrentIndex(index)
        return True

    def service_code(self) -> str | None:
        data = self.service_combo.currentData()
        return str(data) if data is not None else None

    def service(self) -> ServiceInfo | None:
        code = self.service_code()
        return next((s for s in self._services if s.code == code), None)

    def _service_selected(self, _index: int) -> None:
        service = self.service()
        ticked = set(self.submitted())
        self.materials.blockSignals(True)
        self.materials.clear()
        for name in service.materials if service else ():
            # shown in the counter's language, kept as the catalog stores it
            item = QListWidgetItem(service.material_name(name, self._language) if service else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
            self.materials.addItem(item)
        self.materials.blockSignals(False)
        self._show_notice()
        self._show_promised()
        if service is not None:
            self.service_changed.emit(service.code)

    # --- materials and the one-time notice ------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.materials.item(row) for row in range(self.materials.count())]

    def submitted(self) -> list[str]:
        return [_name(i) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def missing(self) -> list[str]:
        return [_name(i) for i in self._items() if i.checkState() != Qt.CheckState.Checked]

    def missing_shown(self) -> list[str]:
        """The missing materials as the clerk reads them (in the counter's language)."""
        return [i.text() for i in self._items() if i.checkState() != Qt.CheckState.Checked]

    def tick(self, *names: str) -> None:
        for item in self._items():
            if _name(item) in names or item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    def _materials_changed(self, _item: QListWidgetItem) -> None:
        self._show_notice()

    def _show_notice(self) -> None:
        if self.service() is None:
            self.notice.clear()
            return
        missing = self.missing_shown()
        if not self._items():
            self.notice.setStyleSheet(f"color: {theme.INK};")
            self.notice.setText(self.tr("This matter needs no materials."))
            return
        if not missing:
            self.notice.setStyleSheet(f"color: {theme.GREEN};")
            self.notice.setText(self.tr("All materials are here."))
            return
        self.notice.setStyleSheet(f"color: {theme.AMBER};")
        self.notice.setText(
            fill(
                self.tr("One-time notice, still to bring: %1"), self._joined(missing, stored=False)
            )
        )

    def show_promised(self, code: str, day: date, working_days: int) -> None:
        self._promised = (code, day, working_days)
        self._show_promised()

    def _show_promised(self) -> None:
        promised = self._promised
        if promised is None or promised[0] != self.service_code():
            self.promised.setText(self.tr("Promised by: …"))
            return
        _code, day, working_days = promised
        if working_days == 0:
            self.promised.setText(self.tr("Done on the spot (today)"))
            return
        self.promised.setText(
            fill(self.tr("Promised by %1 (%2 working days)"), day.isoformat(), str(working_days))
        )

    # --- state ----------------------------------------------------------------------------

    def has_entries(self) -> bool:
        return bool(self.description.toPlainText().strip() or self.submitted())

    def reset(self) -> None:
        """After an accepted request: the next matter starts empty, on the same service."""
        self.description.clear()
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)

    def _joined(self, materials: list[str] | tuple[str, ...], *, stored: bool = True) -> str:
        """Materials in the counter's language (``stored``: as the catalog keeps them)."""
        service = self.service()
        if self._language.startswith("en"):
            names = [service.material_name(m, "en") if service and stored else m for m in materials]
            return ", ".join(names)
        return "、".join(materials)

    def show_accepted(self, request: RequestInfo) -> None:
        notice = one_time_notice(request)
        if notice.complete:
            text = self.tr("Accepted %1. All materials are here; promised by %2.")
        else:
            text = self.tr("Accepted %1; promised by %2. One-time notice given: still to bring %3.")
        self.last.setText(
            fill(
                text,
                request.number,
                request.promised_by.isoformat(),
                self._joined(notice.missing),
            )
        )


class RequestPage(QWidget):
    """The tab a clerk works in: the resident on the left, the matter on the right."""

    accepted = Signal(object)  # RequestInfo

    def __init__(
        self, context: CounterContext, receipts: ReceiptDesk, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._receipts = receipts
        self.ticket: TicketInfo | None = None
        self.last_request: RequestInfo | None = None
        self._accepting = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.resident_panel = ResidentPanel(context)
        self.form = RequestForm(context.language)
        layout.addWidget(self.resident_panel, 1)
        layout.addWidget(self.form, 1)
        self.form.service_changed.connect(self._read_promised)
        self.form.accept_button.clicked.connect(self.accept)
        self.form.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.form.print_button.clicked.connect(self.print_again)
        resident, form = self.resident_panel, self.form
        chain = [
            resident.id_edit,
            resident.name_edit,
            resident.phone_edit,
            resident.address_edit,
            resident.community_edit,
            resident.grid_edit,
            form.service_combo,
            form.description,
            form.materials,
            form.accept_button,
            form.print_button,
            form.pdf_button,
            resident.lookup_button,
            resident.reveal_button,
            resident.save_button,
            resident.clear_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)
        self._enable()

    def retranslate(self) -> None:
        self.resident_panel.retranslate()
        self.form.retranslate()

    def set_services(self, services: list[ServiceInfo]) -> None:
        self.form.set_services(services)

    def set_ticket(self, ticket: TicketInfo | None) -> None:
        """The ticket a request is linked to; a new one starts with its own service."""
        if ticket is None or ticket.status not in LINKABLE_TICKET_STATUSES:
            if ticket is not None and self.ticket is not None and ticket.id == self.ticket.id:
                self.ticket = None
            return
        new = self.ticket is None or self.ticket.id != ticket.id
        self.ticket = ticket
        if new:
            self.start_afresh()
            # A real-name ticket (实名取号) brings its resident along.
            if ticket.resident_id is not None:
                self.resident_panel.load_resident(ticket.resident_id)
            self.form.select_service(ticket.service_code)

    def start_afresh(self) -> None:
        """A new resident at the counter: nothing of the previous one stays on screen, and
        nothing of theirs can be reprinted or saved by a stray click."""
        self.resident_panel.clear(focus=False)
        self.form.reset()
        self.form.last.clear()
        self.last_request = None
        self._enable()

    def has_entries(self) -> bool:
        return self.resident_panel.has_entries() or self.form.has_entries()

    def focus_resident(self) -> None:
        target = self.resident_panel.id_edit
        if self.resident_panel.resident is not None:
            target = self.resident_panel.name_edit
        target.setFocus()
        target.selectAll()

    def _read_promised(self, code: str) -> None:
        self._context.read(
            lambda s: promised_date(s, code),
            lambda result: self.form.show_promised(code, *result),
            lambda _error: None,
        )

    def _enable(self) -> None:
        has_last = self.last_request is not None
        self.form.pdf_button.setEnabled(has_last)
        self.form.print_button.setEnabled(has_last and self._receipts.can_print)
        self.form.accept_button.setEnabled(not self._accepting)

    # --- accepting ------------------------------------------------------------------------

    def problem(self) -> str | None:
        problem = self.resident_panel.problem()
        if problem is not None:
            return problem
        if self.form.service_code() is None:
            return self.tr("Choose the matter.")
        return None

    def accept(self) -> None:
        """Register the resident if new, accept the request, spool the receipt."""
        if self._accepting:
            return
        problem = self.problem()
        if problem is not None:
            self._context.say(problem, True)
            return
        context = self._context
        actor = context.actor
        entry = self.resident_panel.entry()
        code = self.form.service_code()
        assert code is not None
        description = self.form.description.toPlainText()
        submitted = self.form.submitted()
        ticket = self.ticket
        ticket_id = ticket.id if ticket is not None else None
        language = ticket.language if ticket is not None else "zh_CN"
        receipts = self._receipts

        def job() -> Accepted:
            with context.database.writer() as session:
                resident = save_resident(session, actor, entry)
            with context.database.writer() as session:
                request = accept_request(
                    session,
                    actor,
                    ticket_id=ticket_id,
                    resident_id=resident.id,
                    service_code=code,
                    description=description,
                    materials_submitted=submitted,
                    counter_number=context.counter_number,
                )
            try:  # the request stands even when its receipt cannot be queued now
                with translate_outage(), context.database.writer() as session:
                    spooled = receipts.spool(session, request.id, language)
            except CivicDeskError as exc:
                return Accepted(resident, request, None, exc)
            return Accepted(resident, request, spooled, None)

        self._accepting = True
        self._enable()
        context.run(job, self._accepted, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._accepting = False
        self._enable()
        self._context.failed(error)  # the form keeps everything typed

    def _accepted(self, result: Accepted) -> None:
        self._accepting = False
        self.last_request = result.request
        self.resident_panel.saved(result.resident)
        self.form.reset()
        self.form.show_accepted(result.request)
        self._enable()
        if result.receipt is not None:
            self._receipts.track(result.receipt)
        elif result.print_error is not None:
            self._context.say(
                fill(
                    self.tr(
                        "%1 accepted, but its receipt could not be queued: %2 Use Print again."
                    ),
                    result.request.number,
                    user_message(result.print_error),
                ),
                True,
            )
        else:
            self._context.say(
                fill(
                    self.tr("%1 accepted (no receipt printer here: use PDF…)."),
                    result.request.number,
                ),
                False,
            )
        self.accepted.emit(result.request)

    # --- receipts -------------------------------------------------------------------------

    def _language(self) -> str:
        return self.ticket.language if self.ticket is not None else "zh_CN"

    def print_again(self) -> None:
        if self.last_request is not None:
            self._receipts.print_receipt(self.last_request.id, self._language())

    def save_pdf(self, path: Path | None = None) -> None:
        """Save the last accepted request's receipt as PDF (asks where when no path)."""
        request = self.last_request
        if request is None:
            return
        if path is None:
            path = self._receipts.ask_pdf_path(self, request.number)
            if path is None:
                return
        self._receipts.save_pdf(request.id, path, self._language())


def _name(item: QListWidgetItem) -> str:
    """The material as the catalog stores it (the item shows it in the counter's language)."""
    stored = item.data(Qt.ItemDataRole.UserRole)
    return str(stored) if stored else item.text()
