"""The counter's waiting list as a table model of small dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from services.core.clock import center_zone, utc_now
from services.queue.reads import WaitingTicket
from services.queue.tickets import TicketStatus, priority_label
from ui.common.table_model import Column, RowsModel
from ui.qt import QCoreApplication


class WaitingModel(RowsModel[WaitingTicket]):
    """In the queue's order (best first), as the domain gives it; not sorted by the view."""

    def __init__(self, language: str = "zh_CN") -> None:
        self._language = language
        self._now: datetime = utc_now()
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("WaitingModel", "Ticket"),
                    lambda t: t.code,
                    name="code",
                ),
                Column(
                    lambda: QCoreApplication.translate("WaitingModel", "Service"),
                    lambda t: t.service_code,
                    name="service",
                ),
                Column(
                    lambda: QCoreApplication.translate("WaitingModel", "Priority"),
                    self._priority,
                    name="priority",
                ),
                Column(
                    lambda: QCoreApplication.translate("WaitingModel", "Waited (min)"),
                    self._waited_minutes,
                    name="waited",
                ),
            ]
        )

    def set_rows(self, rows: Sequence[WaitingTicket], now: datetime | None = None) -> None:
        self._now = now or utc_now()
        super().set_rows(rows)

    def _priority(self, ticket: WaitingTicket) -> str:
        """Why the ticket stands where it does: held, green channel, appointment, transfer."""
        if ticket.status == TicketStatus.HELD:
            return QCoreApplication.translate("WaitingModel", "held")
        marks = [priority_label(ticket.priority_reason, self._language) or ""]
        if ticket.appointment_at is not None:
            slot = ticket.appointment_at.astimezone(center_zone())
            text = QCoreApplication.translate("WaitingModel", "Appointment %1")
            marks.append(text.replace("%1", f"{slot:%H:%M}"))
        if ticket.transferred:
            marks.append(QCoreApplication.translate("WaitingModel", "transferred"))
        return " · ".join(mark for mark in marks if mark)

    def _waited_minutes(self, ticket: WaitingTicket) -> int:
        return max(0, int((self._now - ticket.issued_at).total_seconds() // 60))
