"""The hall display's recent calls: one row per ticket, newest first, at most eight."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from services.queue.display_reads import RECENT_CALLS, RecentCall
from ui.common.i18n import fill
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

AnyIndex = QModelIndex | QPersistentModelIndex
CALL_ROLE = Qt.ItemDataRole.UserRole + 1


def marked_code(code: str, appointment: bool) -> str:
    """A ticket code as the hall reads it, in the call rows and in "please get ready" alike:
    an appointment's ticket is marked, since it may be called before walk-ins who came earlier.

    The English mark is short ("Appt.", zh 预约) so that the code beside it keeps its size."""
    return f"{code} {appointment_mark()}" if appointment else code


def appointment_mark() -> str:
    return QCoreApplication.translate("HallMarks", "Appt.")


class RecentCallsModel(QAbstractTableModel):
    """Columns: the ticket code and its counter. A recall moves the ticket back to the top.

    Calls come from two sources in any order: live events and periodic snapshots of the
    database. Merging keeps, per ticket, the call with the highest event id, so a snapshot
    read before an event arrived never undoes that event.
    """

    TICKET, COUNTER = range(2)
    newest_changed = Signal(object)  # the newest RecentCall, or None

    def __init__(self, capacity: int = RECENT_CALLS, parent: Any = None) -> None:
        super().__init__(parent)
        self._capacity = capacity
        self._calls: list[RecentCall] = []

    # --- reading ---------------------------------------------------------------------------

    def calls(self) -> tuple[RecentCall, ...]:
        return tuple(self._calls)

    def newest(self) -> RecentCall | None:
        return self._calls[0] if self._calls else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._calls)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._calls):
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.TICKET:
                return marked_code(call.ticket_code, call.appointment)
            return fill(self.tr("Counter %1"), str(call.counter_number))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == CALL_ROLE:
            return call
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.TICKET:
            return self.tr("Number")
        if section == self.COUNTER:
            return self.tr("Counter")
        return None

    # --- changing --------------------------------------------------------------------------

    def add_calls(self, calls: Iterable[RecentCall]) -> None:
        """Calls from live events, in the order they happened."""
        self._merge(calls, day=None)

    def merge_snapshot(self, calls: Iterable[RecentCall], service_day: date) -> None:
        """Today's calls read from the database; entries of other days are dropped."""
        self._merge(calls, day=service_day)

    def retranslate(self) -> None:
        """The counter column, the marks and the headers are words: re-read them."""
        if self._calls:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._calls) - 1, self.COUNTER))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COUNTER)

    def clear(self) -> None:
        self._replace([])

    def _merge(self, calls: Iterable[RecentCall], day: date | None) -> None:
        by_ticket = {(c.service_day, c.ticket_code): c for c in self._calls}
        for call in calls:
            key = (call.service_day, call.ticket_code)
            known = by_ticket.get(key)
            # The same call read again (the snapshot after the event) may know more.
            if known is None or call.event_id >= known.event_id:
                by_ticket[key] = call
        merged = list(by_ticket.values())
        if day is None and merged:
            day = max(c.service_day for c in merged)  # a new day starts a fresh list
        if day is not None:
            merged = [c for c in merged if c.service_day == day]
        merged.sort(key=lambda c: c.event_id, reverse=True)
        self._replace(merged[: self._capacity])

    def _replace(self, calls: list[RecentCall]) -> None:
        if calls == self._calls:
            return
        before = self.newest()
        self.beginResetModel()
        self._calls = calls
        self.endResetModel()
        if self.newest() != before:
            self.newest_changed.emit(self.newest())
