"""Appointments of a day beside the booking form: booked, checked in, no-show, cancelled.

The counter embeds it (bookings made with the resident in front of the clerk, slip printed)
and the manager (phone bookings). Delete cancels the chosen appointment after a question;
Alt+P prints its slip again where the station has a printer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from services.appointments.booking import AppointmentInfo, cancel_appointment, list_appointments
from services.core.actors import Actor
from ui.appointments.booking_form import BookingForm, Say
from ui.center_clock.dates import center_qdate, to_qdate
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.session_jobs import SessionJobs
from ui.common.table_model import Column, RowsModel
from ui.qt import (
    QAbstractItemView,
    QDateEdit,
    QFontMetrics,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

PrintSlip = Callable[[AppointmentInfo], None]
Confirm = Callable[[str], bool]


def state_of(info: AppointmentInfo) -> str:
    """booked, checked_in, late, cancelled, or no_show (booked and its check-in is over)."""
    return "no_show" if info.no_show else info.status


class AppointmentsPanel(QWidget):
    def __init__(
        self,
        jobs: SessionJobs,
        actor: Actor,
        language: str,
        *,
        source: str,
        say: Say,
        print_slip: PrintSlip | None = None,
        confirm: Confirm | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actor = actor
        self._language = language
        self._say = say
        self._print_slip = print_slip
        self._confirm = confirm or self._ask
        self.loaded = False  # read when first shown: a station starts without its reads
        self.form = BookingForm(jobs, actor, language, source=source, say=say)
        self.form.booked.connect(self._booked)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.addWidget(self.form, 5)
        right = QVBoxLayout()
        top = QHBoxLayout()
        self._day_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(center_qdate())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.today_button = QPushButton()
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(center_qdate()))
        top.addWidget(self._day_label)
        top.addWidget(self.date_edit)
        top.addWidget(self.today_button)
        top.addStretch(1)
        self.count_label = QLabel()
        top.addWidget(self.count_label)
        right.addLayout(top)
        self.model: RowsModel[AppointmentInfo] = RowsModel(self._columns())
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Codes and phone numbers are read whole (the masked ID number is the name's tooltip).
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.view.verticalHeader().hide()
        right.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_selected)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.print_button)
        if self._print_slip is None:
            # Hidden, never shown here: a button without a parent yet would show as a window
            # of its own, flash on the desktop and take the focus from the station's window.
            self.print_button.hide()
        buttons.addStretch(1)
        right.addLayout(buttons)
        outer.addLayout(right, 9)
        for keys, run in (
            ("Delete", lambda: self.cancel_selected()),
            ("Alt+P", self.print_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(run)

    def _columns(self) -> list[Column[AppointmentInfo]]:
        english = self._language.startswith("en")
        colours = {"no_show": theme.RED, "cancelled": "#7a7a7a", "checked_in": theme.GREEN}
        return [
            Column(lambda: self.tr("Time"), lambda a: a.time, name="time"),
            Column(lambda: self.tr("Code"), lambda a: a.code, name="code"),
            Column(
                lambda: self.tr("Service"),
                lambda a: a.service_code,
                name="service",
                tooltip=lambda a: a.service_name_en if english else a.service_name_zh,
            ),
            Column(
                lambda: self.tr("Name"),
                lambda a: a.resident_name,
                name="name",
                tooltip=lambda a: a.id_number_masked,
            ),
            Column(lambda: self.tr("Phone"), lambda a: a.phone, name="phone"),
            Column(
                lambda: self.tr("State"),
                self.state_text,
                name="state",
                colour=lambda a: colours.get(state_of(a)),
            ),
        ]

    def state_text(self, info: AppointmentInfo) -> str:
        texts = {
            "booked": self.tr("booked"),
            "checked_in": self.tr("checked in"),
            "late": self.tr("late: walk-in ticket"),
            "cancelled": self.tr("cancelled"),
            "no_show": self.tr("no-show"),
        }
        text = texts.get(state_of(info), info.status)
        return f"{text} ({info.ticket_code})" if info.ticket_code else text

    def retranslate(self) -> None:
        self._day_label.setText(self.tr("Appointments on"))
        self.today_button.setText(self.tr("Today"))
        self.cancel_button.setText(self.tr("Cancel appointment…  [Del]"))
        self.print_button.setText(self.tr("Print slip  [Alt+P]"))
        self.model.refresh_headers()
        # The stretched columns never narrower than their titles (the table scrolls instead).
        header = self.view.horizontalHeader()
        metrics = QFontMetrics(header.font())
        titles = [
            str(self.model.headerData(i, Qt.Orientation.Horizontal))
            for i in range(self.model.columnCount())
        ]
        header.setMinimumSectionSize(max(metrics.horizontalAdvance(t) for t in titles) + 12)
        self.form.retranslate()
        self._show_count()

    # --- reading --------------------------------------------------------------------------

    def load(self) -> None:
        self.loaded = True
        self.form.load()
        self.refresh()

    def shown(self) -> None:
        """The tab was opened: read everything the first time, the day's list after."""
        if self.loaded:
            self.refresh()
        else:
            self.load()

    @property
    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def refresh(self) -> None:
        day = self.day

        def read(session: Session) -> list[AppointmentInfo]:
            return list_appointments(session, day)

        self._jobs.read(read, lambda rows: self._show(day, rows), self._failed)

    def _show(self, day: date, rows: list[AppointmentInfo]) -> None:
        if day != self.day:
            return
        chosen = self.selected
        self.model.set_rows(rows)
        if chosen is not None:
            self.select(chosen.code)
        self._show_count()

    def _show_count(self) -> None:
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        active = [r for r in rows if r.status != "cancelled"]
        checked = [r for r in rows if r.status in ("checked_in", "late")]
        self.count_label.setText(
            fill(self.tr("%1 booked, %2 checked in"), str(len(active)), str(len(checked)))
        )

    def _failed(self, error: BaseException) -> None:
        self._say(user_message(error), True)

    @property
    def selected(self) -> AppointmentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, code: str) -> None:
        row = self.model.find(lambda a: a.code == code)
        if row is not None:
            self.view.selectRow(row)

    # --- actions --------------------------------------------------------------------------

    def _booked(self, info: AppointmentInfo) -> None:
        if info.day != self.day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(to_qdate(info.day))
            self.date_edit.blockSignals(False)
        self.model.set_rows([])  # the new booking is selected when the day is read again

        def read(session: Session) -> list[AppointmentInfo]:
            return list_appointments(session, info.day)

        def show(rows: list[AppointmentInfo]) -> None:
            self._show(info.day, rows)
            self.select(info.code)

        self._jobs.read(read, show, self._failed)
        if self._print_slip is not None:
            self._print_slip(info)

    def cancel_selected(self, confirm: Confirm | None = None) -> None:
        info = self.selected
        if info is None:
            self._say(self.tr("Choose the appointment to cancel in the list."), True)
            return
        if info.status != "booked":
            self._say(
                fill(self.tr("Appointment %1 is %2: only a booked one can be cancelled."),
                     info.code, self.state_text(info)),
                True,
            )  # fmt: skip
            return
        question = fill(
            self.tr("Cancel appointment %1 of %2 on %3 at %4? Its place is offered again."),
            info.code,
            info.resident_name,
            info.day.isoformat(),
            info.time,
        )
        if not (confirm or self._confirm)(question):
            return
        actor, code = self._actor, info.code

        def work(session: Session) -> AppointmentInfo:
            return cancel_appointment(session, actor, code)

        self._jobs.write(work, self._cancelled, self._refused)

    def _cancelled(self, info: AppointmentInfo) -> None:
        self._say(fill(self.tr("Appointment %1 is cancelled."), info.code), False)
        self.refresh()
        self.form.refresh_slots()

    def _refused(self, error: BaseException) -> None:
        self._say(user_message(error), True)
        self.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Cancel an appointment"), question)
        return answer == QMessageBox.StandardButton.Yes

    def print_selected(self) -> None:
        if self._print_slip is None:
            return
        info = self.selected
        if info is None:
            self._say(self.tr("Choose the appointment whose slip to print in the list."), True)
            return
        self._print_slip(info)
