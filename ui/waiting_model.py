"""The counter's waiting list as a table model of small dataclasses."""

from __future__ import annotations

from datetime import datetime

from services.clock import utc_now
from services.queue_reads import WaitingTicket
from services.tickets import priority_label
from ui.qt import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class WaitingModel(QAbstractTableModel):
    COLUMNS = ("code", "service", "priority", "waited")

    def __init__(self, language: str = "zh_CN") -> None:
        super().__init__()
        self._rows: list[WaitingTicket] = []
        self._language = language
        self._now: datetime = utc_now()

    def set_rows(self, rows: list[WaitingTicket], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or utc_now()
        self.endResetModel()

    def row_at(self, row: int) -> WaitingTicket:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            QCoreApplication.translate("WaitingModel", "Ticket"),
            QCoreApplication.translate("WaitingModel", "Service"),
            QCoreApplication.translate("WaitingModel", "Priority"),
            QCoreApplication.translate("WaitingModel", "Waited (min)"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == Qt.ItemDataRole.UserRole:
            return ticket.code
        return None

    def _display(self, ticket: WaitingTicket, column: str) -> str:
        if column == "code":
            return ticket.code
        if column == "service":
            return ticket.service_code
        if column == "priority":
            if ticket.status == "held":
                return QCoreApplication.translate("WaitingModel", "held")
            if ticket.transferred:
                return QCoreApplication.translate("WaitingModel", "transferred")
            return priority_label(ticket.priority_reason, self._language) or ""
        minutes = int((self._now - ticket.issued_at).total_seconds() // 60)
        return str(max(0, minutes))
