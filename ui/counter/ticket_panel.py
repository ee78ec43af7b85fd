"""The counter's current ticket: code, service, priority, wait and a running service timer."""

from __future__ import annotations

from datetime import datetime

from services.core.clock import utc_now
from services.queue.tickets import TicketInfo, priority_label
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import QEvent, QFrame, QLabel, Qt, QTimer, QVBoxLayout, QWidget


def _mmss(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class TicketPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        self._code = QLabel()
        self._code.setFont(theme.font(54, bold=True))
        self._code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status = QLabel()
        self._status.setFont(theme.font(15, bold=True))
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._service = QLabel()
        self._service.setFont(theme.font(15))
        self._service.setWordWrap(True)
        self._priority = QLabel()
        self._priority.setFont(theme.font(14, bold=True))
        self._priority.setStyleSheet(f"color: {theme.GREEN};")
        self._times = QLabel()
        self._times.setFont(theme.font(14))
        for widget in (self._code, self._status, self._service, self._priority, self._times):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.ticket: TicketInfo | None = None
        self._language = "zh_CN"
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._show_times)
        self._timer.start()
        self.show_ticket(None, "zh_CN")

    @property
    def code_text(self) -> str:
        return self._code.text()

    def show_ticket(self, ticket: TicketInfo | None, language: str) -> None:
        self.ticket = ticket
        self._language = language
        self.retranslate()

    def retranslate(self) -> None:
        ticket = self.ticket
        if ticket is None:
            self._code.setText("—")
            self._status.setText(self.tr("No ticket. Press F1 to call the next one."))
            self._service.clear()
            self._priority.clear()
            self._times.clear()
            return
        self._code.setText(ticket.code)
        statuses = {
            "called": fill(self.tr("Called (%1 of the calls allowed)"), str(ticket.recalls + 1)),
            "serving": self.tr("Serving"),
        }
        self._status.setText(statuses.get(ticket.status, ticket.status))
        self._service.setText(f"{ticket.service_code}  {ticket.service_name(self._language)}")
        label = priority_label(ticket.priority_reason, self._language)
        self._priority.setText(fill(self.tr("Green channel: %1"), label) if label else "")
        self._show_times()

    def _show_times(self) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        now: datetime = utc_now()
        called = ticket.first_called_at or now
        waited = _mmss((called - ticket.issued_at).total_seconds())
        text = fill(self.tr("Waited %1"), waited)
        if ticket.started_at is not None:
            serving = _mmss((now - ticket.started_at).total_seconds())
            text += "   " + fill(self.tr("In service %1"), serving)
        self._times.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
