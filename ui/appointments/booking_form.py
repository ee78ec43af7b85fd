"""The booking form (预约登记): service, day, a free slot, the resident; booked on the worker.

Keyboard first: Tab walks service → day → slots → ID number → name → phone, Enter in the
phone field (or Alt+B anywhere in the form) books. A refusal of the domain (a slot filled
meanwhile, a closed day, a slot that has begun…) is said in one translated sentence, keeps
every field, and reads the slots again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from sqlalchemy.orm import Session

from services.appointments.availability import (
    BookableService,
    DaySlots,
    bookable_services,
    day_slot_offers,
)
from services.appointments.booking import AppointmentInfo, book_appointment
from services.casework.residents import ResidentInfo
from services.core.actors import Actor
from services.core.id_numbers import LENGTH, normalise
from ui.center_clock.dates import center_qdate, to_qdate
from ui.common import theme
from ui.common.i18n import fill
from ui.common.id_number_text import id_problem, prefix_problem
from ui.common.messages import user_message
from ui.common.session_jobs import SessionJobs
from ui.qt import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

Say = Callable[[str, bool], None]  # text, warn
TIME_ROLE = Qt.ItemDataRole.UserRole


class BookingForm(QGroupBox):
    """``booked(AppointmentInfo)`` once an appointment is stored."""

    booked = Signal(object)

    def __init__(
        self,
        jobs: SessionJobs,
        actor: Actor,
        language: str,
        *,
        source: str,
        say: Say,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._actor = actor
        self._language = language
        self._source = source
        self._say = say
        self.resident_id: int | None = None  # a registered resident, shown masked
        self.services: list[BookableService] = []
        self.slots: DaySlots | None = None
        self._build()
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.service_combo = QComboBox()
        self.service_combo.currentIndexChanged.connect(lambda _i: self.refresh_slots())
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(center_qdate(1))
        self.date_edit.setMinimumDate(center_qdate())
        self.date_edit.dateChanged.connect(lambda _d: self.refresh_slots())
        self.slot_list = QListWidget()
        self.slot_list.setFont(theme.font(12))
        self.slot_list.itemActivated.connect(self._slot_activated)
        self.slot_note = QLabel()
        self.slot_note.setWordWrap(True)
        self.slot_note.setFont(theme.font(12))
        self.id_edit = QLineEdit()
        self.id_edit.setMaxLength(24)
        self.id_edit.setFont(theme.font(13, bold=True))
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.returnPressed.connect(self.name_edit_focus)
        self.other_button = QPushButton()
        self.other_button.clicked.connect(self.clear_resident)
        self.id_feedback = QLabel()
        self.id_feedback.setWordWrap(True)
        self.id_feedback.setFont(theme.font(12))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.name_edit.returnPressed.connect(self._name_entered)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(32)
        self.phone_edit.returnPressed.connect(self.book)
        self._labels = {key: QLabel() for key in ("service", "day", "slot", "id", "name", "phone")}
        form.addRow(self._labels["service"], self.service_combo)
        form.addRow(self._labels["day"], self.date_edit)
        form.addRow(self._labels["slot"], self.slot_list)
        form.addRow(self.slot_note)
        form.addRow(self._labels["id"], self.id_edit)
        form.addRow(self.id_feedback)
        form.addRow(self._labels["name"], self.name_edit)
        form.addRow(self._labels["phone"], self.phone_edit)
        outer.addLayout(form, 1)
        self.book_button = QPushButton()
        self.book_button.setFont(theme.font(13, bold=True))
        self.book_button.clicked.connect(self.book)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button, 2)
        buttons.addWidget(self.other_button, 1)
        outer.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Alt+B"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.book)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Book an appointment"))
        texts = {
            "service": self.tr("Service:"),
            "day": self.tr("Day:"),
            "slot": self.tr("Time:"),
            "id": self.tr("ID number:"),
            "name": self.tr("Name:"),
            "phone": self.tr("Phone:"),
        }
        for key, label in self._labels.items():
            label.setText(texts[key])
        self.id_edit.setPlaceholderText(self.tr("18 characters"))
        self.name_edit.setPlaceholderText(self.tr("if not registered"))
        self.other_button.setText(self.tr("Other resident"))
        self.book_button.setText(self.tr("Book  [Alt+B]"))
        if self.slots is not None:
            self._show_slots(self.slots)
        self._id_edited(self.id_edit.text())

    # --- services and slots ---------------------------------------------------------------

    def load(self) -> None:
        """Read the services that take appointments, then the chosen day's slots."""
        self._jobs.read(bookable_services, self._show_services, self._slots_failed)

    def _show_services(self, services: list[BookableService]) -> None:
        chosen = self.service_code
        self.services = services
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        for service in services:
            self.service_combo.addItem(
                f"{service.code}  {service.name(self._language)}", service.code
            )
        index = self.service_combo.findData(chosen) if chosen else -1
        self.service_combo.setCurrentIndex(max(index, 0) if services else -1)
        self.service_combo.blockSignals(False)
        if not services:
            self.slot_list.clear()
            self._note(
                self.tr(
                    "No service takes appointments yet: the administrator sets the "
                    "appointments per slot of a service."
                ),
                warn=True,
            )
            return
        self.refresh_slots()

    @property
    def service_code(self) -> str:
        code = self.service_combo.currentData()
        return str(code) if code else ""

    @property
    def day(self) -> date:
        value = self.date_edit.date().toPython()
        assert isinstance(value, date)
        return value

    def choose(self, service_code: str, day: date) -> None:
        """Show ``day``'s slots of the service (as a test or the day list asks)."""
        index = self.service_combo.findData(service_code)
        if index >= 0:
            self.service_combo.setCurrentIndex(index)
        self.date_edit.setDate(to_qdate(day))
        self.refresh_slots()

    def refresh_slots(self) -> None:
        code, day = self.service_code, self.day
        if not code:
            return

        def read(session: Session) -> DaySlots:
            return day_slot_offers(session, code, day)

        self._jobs.read(read, self._show_slots, self._slots_failed)

    def _show_slots(self, slots: DaySlots) -> None:
        if (slots.service_code, slots.day) != (self.service_code, self.day):
            return  # the clerk chose another service or day meanwhile
        chosen = self.chosen_time
        self.slots = slots
        self.slot_list.clear()
        for offer in slots.slots:
            if offer.begun:
                text = fill(self.tr("%1   begun"), offer.time)
            elif offer.free == 0:
                text = fill(self.tr("%1   full (%2)"), offer.time, str(offer.capacity))
            else:
                text = fill(
                    self.tr("%1   %2 of %3 free"), offer.time, str(offer.free), str(offer.capacity)
                )
            item = QListWidgetItem(text)
            item.setData(TIME_ROLE, offer.time)
            if not offer.bookable:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slot_list.addItem(item)
            if offer.time == chosen and offer.bookable:
                self.slot_list.setCurrentItem(item)
        if self.slot_list.currentItem() is None:
            first = next((i for i, o in enumerate(slots.slots) if o.bookable), None)
            if first is not None:
                self.slot_list.setCurrentRow(first)
                self.slot_list.scrollToItem(self.slot_list.item(first))
        if slots.free:
            self._note(fill(self.tr("%1 places free on this day."), str(slots.free)))
        else:
            self._note(self.tr("No free slot on this day: choose another day."), warn=True)

    def _slots_failed(self, error: BaseException) -> None:
        self.slots = None
        self.slot_list.clear()
        self._note(user_message(error), warn=True)

    def _note(self, text: str, *, warn: bool = False) -> None:
        self.slot_note.setStyleSheet(f"color: {theme.RED if warn else theme.INK};")
        self.slot_note.setText(text)

    @property
    def chosen_time(self) -> str:
        item = self.slot_list.currentItem()
        return str(item.data(TIME_ROLE)) if item is not None and item.isSelected() else ""

    def choose_time(self, hhmm: str) -> None:
        for row in range(self.slot_list.count()):
            item = self.slot_list.item(row)
            if item.data(TIME_ROLE) == hhmm:
                self.slot_list.setCurrentItem(item)
                item.setSelected(True)  # a full slot too: the domain says why not
                return

    # --- the resident ---------------------------------------------------------------------

    def set_resident(self, info: ResidentInfo) -> None:
        """A registered resident (the counter's resident panel): booked by record."""
        self.resident_id = info.id
        self.id_edit.setText(info.id_number_masked)
        self.id_edit.setReadOnly(True)
        self.name_edit.setText(info.name)
        self.phone_edit.setText(info.phone)
        self._feedback(fill(self.tr("Registered resident %1."), info.name), theme.GREEN)

    def fill_id_number(self, number: str, name: str = "") -> None:
        """An ID number from a card or a keyboard-mode reader (replaces the resident)."""
        self.clear_resident(focus=False)
        self.id_edit.setText(number)
        if name:
            self.name_edit.setText(name)
        self._id_edited(number)
        (self.phone_edit if name else self.name_edit).setFocus()

    def clear_resident(self, *, focus: bool = True) -> None:
        self.resident_id = None
        self.id_edit.setReadOnly(False)
        for edit in (self.id_edit, self.name_edit, self.phone_edit):
            edit.clear()
        self._id_edited("")
        if focus:
            self.id_edit.setFocus()

    def name_edit_focus(self) -> None:
        self.name_edit.setFocus()

    def _name_entered(self) -> None:
        self.phone_edit.setFocus()

    def _slot_activated(self, _item: QListWidgetItem) -> None:
        self.id_edit.setFocus()

    def _feedback(self, text: str, colour: str) -> None:
        self.id_feedback.setStyleSheet(f"color: {colour};")
        self.id_feedback.setText(text)

    def _id_edited(self, text: str) -> None:
        if self.resident_id is not None:
            return
        value = normalise(text)
        if not value:
            self._feedback(self.tr("Type the ID number, or place the ID card on the reader."), "")
        elif len(value) < LENGTH:
            problem = prefix_problem(value)
            shown = problem or fill(self.tr("%1 of 18 characters"), str(len(value)))
            self._feedback(shown, theme.RED if problem else theme.INK)
        else:
            problem = id_problem(value)
            if problem is None:
                self._feedback(self.tr("Valid ID number."), theme.GREEN)
            else:
                self._feedback(problem, theme.RED)

    # --- booking --------------------------------------------------------------------------

    def problem(self) -> tuple[str, QWidget] | None:
        """What stops booking, and where the clerk fixes it; None when it can be sent."""
        if not self.service_code:
            return self.tr("Choose a service that takes appointments."), self.service_combo
        if not self.chosen_time:
            return self.tr("Choose a free time in the list."), self.slot_list
        if self.resident_id is None:
            problem = id_problem(self.id_edit.text())
            if problem is not None:
                return fill(self.tr("ID number: %1"), problem), self.id_edit
        return None

    def book(self) -> None:
        problem = self.problem()
        if problem is not None:
            text, field = problem
            self._say(text, True)
            field.setFocus()
            return
        actor, source, resident_id = self._actor, self._source, self.resident_id
        code, day = self.service_code, self.day
        start = time.fromisoformat(self.chosen_time)
        number = "" if resident_id is not None else normalise(self.id_edit.text())
        name, phone = self.name_edit.text().strip(), self.phone_edit.text().strip()

        def work(session: Session) -> AppointmentInfo:
            return book_appointment(
                session, actor, code, day, start, number,
                name=name, phone=phone, source=source, resident_id=resident_id,
            )  # fmt: skip

        self.book_button.setEnabled(False)
        self._jobs.write(work, self._booked, self._refused)

    def _booked(self, info: AppointmentInfo) -> None:
        self.book_button.setEnabled(True)
        service = info.service_name_en if self._language.startswith("en") else info.service_name_zh
        self._say(
            fill(
                self.tr("Booked %1: %2, %3 %4."),
                info.code,
                service,
                info.day.isoformat(),
                info.time,
            ),
            False,
        )
        self.clear_resident(focus=False)
        self.refresh_slots()
        self.booked.emit(info)
        self.id_edit.setFocus()

    def _refused(self, error: BaseException) -> None:
        """Nothing typed is lost; the slots are read again (a slot may have filled up)."""
        self.book_button.setEnabled(True)
        self._say(user_message(error), True)
        self.refresh_slots()
