"""The row of key figures at the top of the manager's dashboard."""

from __future__ import annotations

from services.stats.figures import Report
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import QEvent, QFrame, QHBoxLayout, QLabel, Qt, QVBoxLayout, QWidget


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.0f}%"


def _appointments(report: Report) -> str:
    figures = report.appointments
    if figures is None or not figures.booked:
        return "—"
    return f"{figures.checked_in}/{figures.booked}"


class KpiCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.value = QLabel("—")
        self.value.setFont(theme.font(24, bold=True))
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setFont(theme.font(11))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class KpiRow(QWidget):
    KEYS = (
        "issued",
        "served",
        "no_show",
        "mean_wait",
        "p90_wait",
        "over_target",
        "good_rate",
        "requests",
        "overdue_requests",
        "mediation_success",
        "appointments",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.cards = {key: KpiCard() for key in self.KEYS}
        for card in self.cards.values():
            layout.addWidget(card)
        self.retranslate()

    def show_report(self, report: Report) -> None:
        queue = report.queue
        values = {
            "issued": str(queue.issued),
            "served": str(queue.served),
            "no_show": str(queue.no_show),
            "mean_wait": _minutes(queue.waiting.mean),
            "p90_wait": _minutes(queue.waiting.p90),
            "over_target": str(queue.over_target),
            "good_rate": _percent(report.ratings.good_rate),
            "requests": str(report.requests.total.accepted),
            "overdue_requests": str(report.requests.total.overdue),
            "mediation_success": _percent(report.mediation.success_rate),
            "appointments": _appointments(report),
        }
        for key, text in values.items():
            self.cards[key].value.setText(text)
        self.cards["appointments"].setToolTip(self._appointment_details(report))

    def _appointment_details(self, report: Report) -> str:
        """Every appointment figure of the day (the card has room for two)."""
        figures = report.appointments
        if figures is None:
            return ""
        return fill(
            self.tr(
                "Booked %1, checked in %2 (on time %3), no-shows %4, cancelled %5; "
                "appointments are %6 of the tickets."
            ),
            str(figures.booked),
            str(figures.checked_in),
            str(figures.on_time),
            str(figures.no_show),
            str(figures.cancelled),
            f"{figures.share_of_tickets * 100:.0f}%",
        )

    def value(self, key: str) -> str:
        return self.cards[key].value.text()

    def retranslate(self) -> None:
        captions = {
            "issued": self.tr("Tickets issued"),
            "served": self.tr("Served"),
            "no_show": self.tr("No-shows"),
            "mean_wait": self.tr("Mean wait (min)"),
            "p90_wait": self.tr("90% waited less than (min)"),
            "over_target": self.tr("Waited over target"),
            "good_rate": self.tr("Good ratings"),
            "requests": self.tr("Requests accepted"),
            "overdue_requests": self.tr("Requests overdue"),
            "mediation_success": self.tr("Mediation success"),
            "appointments": self.tr("Appointments checked in / booked"),
        }
        for key, caption in captions.items():
            self.cards[key].caption.setText(caption)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
