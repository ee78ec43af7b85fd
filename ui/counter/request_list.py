"""Today's and overdue service requests, searched by number, ID number or name, with the
lifecycle actions (start, complete, reject with a reason) for the selected one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from services.casework.requests import (
    RequestInfo,
    complete_request,
    get_request_by_number,
    list_requests,
    one_time_notice,
    reject_request,
    start_request,
)
from ui.common import theme
from ui.common.i18n import fill
from ui.common.table_model import Column, RowsModel
from ui.counter.request_context import CounterContext
from ui.counter.request_receipts import ReceiptDesk
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

SEARCH_DELAY_MS = 300


@dataclass(frozen=True)
class RequestRow:
    """One line of the list: what the table shows, nothing personal beyond the masked ID."""

    id: int
    number: str
    status: str
    resident_name: str
    resident_id_masked: str
    service_code: str
    service_name: str
    promised_by: date
    overdue: bool
    ticket_code: str | None

    @classmethod
    def of(cls, info: RequestInfo, language: str) -> RequestRow:
        return cls(
            id=info.id,
            number=info.number,
            status=info.status,
            resident_name=info.resident_name,
            resident_id_masked=info.resident_id_masked,
            service_code=info.service_code,
            service_name=info.service_name(language),
            promised_by=info.promised_by,
            overdue=info.overdue,
            ticket_code=info.ticket_code,
        )


def status_text(status: str) -> str:
    texts = {
        "accepted": QCoreApplication.translate("RequestList", "accepted"),
        "in_progress": QCoreApplication.translate("RequestList", "in progress"),
        "completed": QCoreApplication.translate("RequestList", "completed"),
        "rejected": QCoreApplication.translate("RequestList", "rejected"),
        "referred": QCoreApplication.translate("RequestList", "referred to mediation"),
    }
    return texts.get(status, status)


class RequestListModel(RowsModel[RequestRow]):
    """The requests in the order the domain gives; overdue ones in red, with a tooltip."""

    def __init__(self, language: str = "zh_CN") -> None:
        self._language = language

        def overdue_colour(row: RequestRow) -> str | None:
            return theme.RED if row.overdue else None

        def overdue_tooltip(row: RequestRow) -> str | None:
            if not row.overdue:
                return None
            return QCoreApplication.translate("RequestList", "Overdue: past the promised date")

        def column(
            title: Callable[[], str], value: Callable[[RequestRow], object], name: str
        ) -> Column[RequestRow]:
            return Column(title, value, name=name, colour=overdue_colour, tooltip=overdue_tooltip)

        super().__init__(
            [
                column(
                    lambda: QCoreApplication.translate("RequestList", "Number"),
                    lambda r: r.number,
                    "number",
                ),
                column(
                    lambda: QCoreApplication.translate("RequestList", "Status"),
                    _status_cell,
                    "status",
                ),
                column(
                    lambda: QCoreApplication.translate("RequestList", "Resident"),
                    lambda r: r.resident_name,
                    "resident",
                ),
                column(
                    lambda: QCoreApplication.translate("RequestList", "ID number"),
                    lambda r: r.resident_id_masked,
                    "id",
                ),
                column(
                    lambda: QCoreApplication.translate("RequestList", "Matter"),
                    lambda r: f"{r.service_code} {r.service_name}",
                    "service",
                ),
                column(
                    lambda: QCoreApplication.translate("RequestList", "Promised by"),
                    lambda r: r.promised_by.isoformat(),
                    "promised",
                ),
            ]
        )

    def set_requests(self, infos: list[RequestInfo]) -> None:
        self.set_rows([RequestRow.of(info, self._language) for info in infos])

    def row_of(self, request_id: int) -> int | None:
        return self.find(lambda row: row.id == request_id)


def _status_cell(row: RequestRow) -> str:
    text = status_text(row.status)
    if row.overdue:
        text += " · " + QCoreApplication.translate("RequestList", "overdue")
    return text


class RequestListPage(QWidget):
    """Search box, today/overdue switch, the table, the selected request and its actions."""

    MODES = ("today", "overdue")
    request_shown = Signal(object)  # RequestInfo | None

    def __init__(
        self, context: CounterContext, receipts: ReceiptDesk, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._receipts = receipts
        self._infos: dict[int, RequestInfo] = {}
        self._select_after: int | str | None = None
        self.selected: RequestInfo | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.mode_combo = QComboBox()
        self.mode_combo.addItems(["", ""])
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.mode_combo)
        layout.addLayout(bar)
        self.model = RequestListModel(context.language)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMargin(6)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        actions = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start_selected)
        self.complete_button = QPushButton()
        self.complete_button.clicked.connect(lambda: self.complete_selected())
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(lambda: self.reject_selected())
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for button in (
            self.start_button,
            self.complete_button,
            self.reject_button,
            self.print_button,
            self.pdf_button,
        ):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.retranslate()
        self._show_selected(None)

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search: request number, ID number (or its last 4) or name")
        )
        self.mode_combo.setItemText(0, self.tr("Today"))
        self.mode_combo.setItemText(1, self.tr("Overdue"))
        self.start_button.setText(self.tr("Start processing"))
        self.complete_button.setText(self.tr("Complete"))
        self.reject_button.setText(self.tr("Reject…"))
        self.print_button.setText(self.tr("Print receipt"))
        self.pdf_button.setText(self.tr("PDF…"))
        self._show_selected(self.selected)

    @property
    def mode(self) -> str:
        return self.MODES[max(0, self.mode_combo.currentIndex())]

    def set_mode(self, mode: str) -> None:
        self.mode_combo.setCurrentIndex(self.MODES.index(mode))

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again: the search text if any (all days), else today or overdue."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        overdue = self.mode == "overdue"
        actor = self._context.actor

        def read(session: Session) -> list[RequestInfo]:
            if query:
                return list_requests(session, actor, query=query, overdue=overdue)
            return list_requests(session, actor, overdue=overdue)

        self._context.read(read, self._show_rows)

    def _show_rows(self, infos: list[RequestInfo]) -> None:
        keep = (
            self._select_after
            if self._select_after is not None
            else (self.selected.id if self.selected else None)
        )
        self._select_after = None
        self._infos = {info.id: info for info in infos}
        self.model.set_requests(infos)
        row = None
        if isinstance(keep, int):
            row = self.model.row_of(keep)
        elif isinstance(keep, str):
            row = self.model.find(lambda r: r.number == keep)
        if row is None:
            self._show_selected(None)
            return
        self.view.selectRow(row)
        self._show_selected(self._infos.get(self.model.row_at(row).id))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show_selected(None)
            return
        info = self._infos.get(self.model.row_at(current.row()).id)
        self._show_selected(info)

    def open_number(self, number: str) -> None:
        """Show the request of a scanned or typed ``R-…`` number, searched and selected."""
        actor = self._context.actor

        def read(session: Session) -> RequestInfo:
            return get_request_by_number(session, actor, number)

        self._context.read(read, self._opened)

    def _opened(self, info: RequestInfo) -> None:
        self.search_edit.setText(info.number)
        if self.mode != "today":
            self.mode_combo.blockSignals(True)
            self.set_mode("today")
            self.mode_combo.blockSignals(False)
        self._select_after = info.number
        self.refresh()
        self._context.say(
            fill(self.tr("Opened %1 (%2)."), info.number, status_text(info.status)),
            False,
        )

    # --- the selected request -------------------------------------------------------------

    def _show_selected(self, info: RequestInfo | None) -> None:
        self.selected = info
        status = info.status if info else None
        self.start_button.setEnabled(status == "accepted")
        self.complete_button.setEnabled(status == "in_progress")
        self.reject_button.setEnabled(status in ("accepted", "in_progress"))
        self.print_button.setEnabled(info is not None and self._receipts.can_print)
        self.pdf_button.setEnabled(info is not None)
        self.detail.setText(self._describe(info) if info else self._nothing_chosen())
        self.request_shown.emit(info)

    def _nothing_chosen(self) -> str:
        """What the detail says with no request chosen: why the list is empty, when it is."""
        if self.model.rowCount():
            return self.tr("Select a request.")
        query = self.search_edit.text().strip()
        if query:
            return fill(self.tr("No request matches %1."), query)
        if self.mode == "overdue":
            return self.tr("No overdue request.")
        return self.tr("No request recorded today.")

    def _describe(self, info: RequestInfo) -> str:
        lines = [
            f"{info.number}   {status_text(info.status)}"
            + ("   " + self.tr("OVERDUE") if info.overdue else ""),
            fill(self.tr("Resident: %1 (%2)"), info.resident_name, info.resident_id_masked),
            fill(
                self.tr("Matter: %1"),
                f"{info.service_code} {info.service_name(self._context.language)}",
            ),
            fill(
                self.tr("Accepted %1 at counter %2 by %3; promised by %4"),
                info.service_day.isoformat(),
                str(info.counter_number or "—"),
                info.staff_name or "—",
                info.promised_by.isoformat(),
            ),
        ]
        notice = one_time_notice(info)
        if notice.missing:
            lines.append(fill(self.tr("Still to bring: %1"), "、".join(notice.missing)))
        if info.description:
            lines.append(fill(self.tr("Description: %1"), info.description))
        if info.reject_reason:
            lines.append(fill(self.tr("Rejected because: %1"), info.reject_reason))
        if info.case_number:
            lines.append(fill(self.tr("Mediation case: %1"), info.case_number))
        return "\n".join(lines)

    def start_selected(self) -> None:
        info = self.selected
        if info is not None:
            self._change(lambda s: start_request(s, self._context.actor, info.id))

    def complete_selected(self, note: str = "") -> None:
        info = self.selected
        if info is not None:
            self._change(lambda s: complete_request(s, self._context.actor, info.id, note=note))

    def reject_selected(self, reason: str | None = None) -> None:
        """Reject with a reason; without one given, the clerk is asked for it."""
        info = self.selected
        if info is None:
            return
        if reason is None:
            reason, accepted = QInputDialog.getMultiLineText(
                self,
                fill(self.tr("Reject %1"), info.number),
                self.tr("Why is the request rejected? (the resident is told)"),
            )
            if not accepted:
                return
        if not reason.strip():
            self._context.say(self.tr("A rejection needs a reason."), True)
            return
        text = reason
        self._change(lambda s: reject_request(s, self._context.actor, info.id, text))

    def _change(self, work: Callable[[Session], RequestInfo]) -> None:
        self._context.write(work, self._changed)

    def _changed(self, info: RequestInfo) -> None:
        self._select_after = info.id
        self._context.say(
            fill(self.tr("%1 is now %2."), info.number, status_text(info.status)),
            False,
        )
        self.refresh()

    def print_selected(self) -> None:
        if self.selected is not None:
            self._receipts.print_receipt(self.selected.id)

    def save_pdf(self, path: Path | None = None) -> None:
        info = self.selected
        if info is None:
            return
        if path is None:
            path = self._receipts.ask_pdf_path(self, info.number)
            if path is None:
                return
        self._receipts.save_pdf(info.id, path)
