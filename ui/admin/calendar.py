"""The "Opening hours & holidays" tab: the center's settings on the left, the year's calendar
of holidays and swapped working days (调休) on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from services.admin.center import (
    CENTER_NAME_LIMIT,
    MAX_DAILY_LIMIT,
    MAX_ELDERLY_AGE,
    MAX_RECALL_LIMIT,
    MAX_SERVICE_MINUTES,
    MAX_SLOT_MINUTES,
    MIN_ELDERLY_AGE,
    CenterSettings,
    read_center_settings,
    update_center_settings,
)
from services.calendar.holiday_seed import SCHEDULES, seed_holidays
from services.calendar.working_days import (
    CalendarDayInfo,
    DayKind,
    clear_calendar_day,
    list_calendar,
    set_calendar_day,
)
from services.core.clock import center_today
from ui.admin.common import AdminContext, AdminTab, RowModel, make_table, selected_row
from ui.center_clock.dates import center_qdate
from ui.common.i18n import fill
from ui.layout.direction import side_by_side
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

TIME_ZONES = (
    "Asia/Shanghai",
    "Asia/Urumqi",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "UTC",
)
CENTER_WIDTH = 620


def kind_text(kind: str) -> str:
    if kind == DayKind.HOLIDAY:
        return QCoreApplication.translate("CalendarTableModel", "holiday")
    if kind == DayKind.WORKDAY:
        return QCoreApplication.translate("CalendarTableModel", "swapped working day")
    return kind


def weekday_text(day: date) -> str:
    names = (
        QCoreApplication.translate("CalendarTableModel", "Monday"),
        QCoreApplication.translate("CalendarTableModel", "Tuesday"),
        QCoreApplication.translate("CalendarTableModel", "Wednesday"),
        QCoreApplication.translate("CalendarTableModel", "Thursday"),
        QCoreApplication.translate("CalendarTableModel", "Friday"),
        QCoreApplication.translate("CalendarTableModel", "Saturday"),
        QCoreApplication.translate("CalendarTableModel", "Sunday"),
    )
    return names[day.weekday()]


class CalendarTableModel(RowModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("CalendarTableModel", "Date"),
            QCoreApplication.translate("CalendarTableModel", "Weekday"),
            QCoreApplication.translate("CalendarTableModel", "Kind"),
            QCoreApplication.translate("CalendarTableModel", "Name"),
        )

    def cell(self, row: CalendarDayInfo, column: int) -> str:
        if column == 0:
            return row.day.isoformat()
        if column == 1:
            return weekday_text(row.day)
        if column == 2:
            return kind_text(row.kind)
        return row.name


@dataclass(frozen=True)
class _Loaded:
    settings: CenterSettings
    year: int
    days: list[CalendarDayInfo]


class HoursTab(AdminTab):
    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.settings: CenterSettings | None = None
        self.confirm: Callable[[str], bool] = self._ask
        # The center's form beside the calendar; above it on a portrait screen.
        layout = side_by_side(self)
        layout.addWidget(self._build_center())
        layout.addWidget(self._build_calendar(), 1)

    def _build_center(self) -> QGroupBox:
        box = QGroupBox()
        box.setFixedWidth(CENTER_WIDTH)
        self.texts.bind(box.setTitle, lambda: self.tr("The center"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_zh_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        for edit in (self.name_zh_edit, self.name_en_edit):
            edit.setMaxLength(CENTER_NAME_LIMIT)
        self.hours_edit = QLineEdit()
        self.hours_edit.setPlaceholderText("08:30-12:00,13:30-17:30")
        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.addItems(TIME_ZONES)
        self.recall_spin = QSpinBox()
        self.recall_spin.setRange(0, MAX_RECALL_LIMIT)
        self.service_minutes_spin = QSpinBox()
        self.service_minutes_spin.setRange(1, MAX_SERVICE_MINUTES)
        self.texts.bind(self.service_minutes_spin.setSuffix, lambda: self.tr(" min"))
        self.elderly_spin = QSpinBox()
        self.elderly_spin.setRange(MIN_ELDERLY_AGE, MAX_ELDERLY_AGE)
        self.daily_limit_spin = QSpinBox()
        self.daily_limit_spin.setRange(1, MAX_DAILY_LIMIT)
        self.slot_spin = QSpinBox()
        self.slot_spin.setRange(5, MAX_SLOT_MINUTES)
        self.early_spin = QSpinBox()
        self.early_spin.setRange(0, 240)
        self.late_spin = QSpinBox()
        self.late_spin.setRange(0, 240)
        for spin in (self.slot_spin, self.early_spin, self.late_spin):
            self.texts.bind(spin.setSuffix, lambda: self.tr(" min"))
        self.open_days_check = QCheckBox()
        self.texts.bind(
            self.open_days_check.setText,
            lambda: self.tr("Also open on weekends and holidays"),
        )
        self.texts.row(form, lambda: self.tr("Chinese name:"), self.name_zh_edit)
        self.texts.row(form, lambda: self.tr("English name:"), self.name_en_edit)
        self.texts.row(form, lambda: self.tr("Opening hours:"), self.hours_edit)
        self.texts.row(form, lambda: self.tr("Time zone:"), self.timezone_combo)
        self.texts.row(form, lambda: self.tr("Recalls before a no-show:"), self.recall_spin)
        self.texts.row(form, lambda: self.tr("Usual service time:"), self.service_minutes_spin)
        self.texts.row(
            form, lambda: self.tr("Green channel by ID card from age:"), self.elderly_spin
        )
        self.texts.row(
            form,
            lambda: self.tr("ID-card tickets per person, service and day:"),
            self.daily_limit_spin,
        )
        self.texts.row(form, lambda: self.tr("Appointment slots:"), self.slot_spin)
        self.texts.row(form, lambda: self.tr("Check-in opens before the slot:"), self.early_spin)
        self.texts.row(form, lambda: self.tr("Check-in closes after its start:"), self.late_spin)
        form.addRow("", self.open_days_check)
        column.addLayout(form)
        hint = self.texts.label(
            lambda: self.tr(
                "Opening hours are periods separated by commas, such as "
                "08:30-12:00,13:30-17:30. The kiosk issues tickets only then, on working days."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.texts.bind(self.save_button.setText, lambda: self.tr("Save"))
        self.save_button.clicked.connect(self.save_center)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        return box

    def _build_calendar(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Holidays and swapped working days"))
        column = QVBoxLayout(box)
        top = QHBoxLayout()
        top.addWidget(self.texts.label(lambda: self.tr("Year:")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(center_today().year)
        self.year_spin.valueChanged.connect(lambda _year: self.refresh())
        top.addWidget(self.year_spin)
        top.addStretch(1)
        self.seed_button = QPushButton()
        self.texts.bind(self.seed_button.setText, lambda: self._seed_text())
        self.seed_button.clicked.connect(lambda: self.seed_year())
        top.addWidget(self.seed_button)
        column.addLayout(top)
        self.model = CalendarTableModel(self)
        self.view = make_table(self.model, stretch_column=3)
        column.addWidget(self.view, 1)
        add = QHBoxLayout()
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(center_qdate())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(kind_text(DayKind.HOLIDAY), DayKind.HOLIDAY.value)
        self.kind_combo.addItem(kind_text(DayKind.WORKDAY), DayKind.WORKDAY.value)
        self.day_name_edit = QLineEdit()
        self.texts.bind(
            self.day_name_edit.setPlaceholderText, lambda: self.tr("Name, such as 国庆节")
        )
        self.add_button = QPushButton()
        self.texts.bind(self.add_button.setText, lambda: self.tr("Add"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton()
        self.texts.bind(self.remove_button.setText, lambda: self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected_day)
        add.addWidget(self.day_edit)
        add.addWidget(self.kind_combo)
        add.addWidget(self.day_name_edit, 1)
        add.addWidget(self.add_button)
        add.addWidget(self.remove_button)
        column.addLayout(add)
        return box

    def _seed_text(self) -> str:
        return fill(self.tr("Enter the %1 public holidays"), str(self.year_spin.value()))

    def retranslate(self) -> None:
        super().retranslate()
        self.kind_combo.setItemText(0, kind_text(DayKind.HOLIDAY))
        self.kind_combo.setItemText(1, kind_text(DayKind.WORKDAY))

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        actor, year = self.context.actor, self.year_spin.value()
        self.seed_button.setText(self._seed_text())
        self.seed_button.setEnabled(year in SCHEDULES)

        def read(session: Session) -> _Loaded:
            return _Loaded(read_center_settings(session, actor), year, list_calendar(session, year))

        self.context.read(read, self._show)

    def _show(self, loaded: _Loaded) -> None:
        first = not self.loaded
        self.loaded = True
        if first or self.settings != loaded.settings:
            self._fill_center(loaded.settings)
        if loaded.year == self.year_spin.value():
            self.model.set_rows(loaded.days)

    def _fill_center(self, settings: CenterSettings) -> None:
        self.settings = settings
        self.name_zh_edit.setText(settings.center_name_zh)
        self.name_en_edit.setText(settings.center_name_en)
        self.hours_edit.setText(settings.opening_hours)
        self.timezone_combo.setCurrentText(settings.timezone)
        self.recall_spin.setValue(settings.recall_limit)
        self.service_minutes_spin.setValue(settings.default_service_minutes)
        self.open_days_check.setChecked(settings.open_on_non_working_days)
        self.elderly_spin.setValue(settings.elderly_age)
        self.daily_limit_spin.setValue(settings.real_name_daily_limit)
        self.slot_spin.setValue(settings.appointment_slot_minutes)
        self.early_spin.setValue(settings.check_in_early_minutes)
        self.late_spin.setValue(settings.check_in_late_minutes)

    # --- the center -----------------------------------------------------------------------

    def center_fields(self) -> CenterSettings:
        return CenterSettings(
            center_name_zh=self.name_zh_edit.text(),
            center_name_en=self.name_en_edit.text(),
            opening_hours=self.hours_edit.text(),
            timezone=self.timezone_combo.currentText(),
            recall_limit=self.recall_spin.value(),
            default_service_minutes=self.service_minutes_spin.value(),
            open_on_non_working_days=self.open_days_check.isChecked(),
            elderly_age=self.elderly_spin.value(),
            real_name_daily_limit=self.daily_limit_spin.value(),
            appointment_slot_minutes=self.slot_spin.value(),
            check_in_early_minutes=self.early_spin.value(),
            check_in_late_minutes=self.late_spin.value(),
        )

    def save_center(self) -> None:
        settings, actor = self.center_fields(), self.context.actor
        self.context.write(lambda s: update_center_settings(s, actor, settings), self._saved)

    def _saved(self, settings: CenterSettings) -> None:
        self._fill_center(settings)
        self.context.say(self.tr("Saved the center settings."), False)

    # --- the calendar ---------------------------------------------------------------------

    def add_day(self) -> None:
        qdate = self.day_edit.date()
        day = date(qdate.year(), qdate.month(), qdate.day())
        kind = str(self.kind_combo.currentData())
        name, actor = self.day_name_edit.text(), self.context.actor

        def work(session: Session) -> CalendarDayInfo:
            return set_calendar_day(session, actor, day, kind, name)

        self.context.write(work, self._day_added)

    def _day_added(self, info: CalendarDayInfo) -> None:
        self.day_name_edit.clear()
        self.context.say(
            fill(self.tr("%1 is now a %2."), info.day.isoformat(), kind_text(info.kind)),
            False,
        )
        if info.day.year != self.year_spin.value():
            self.year_spin.setValue(info.day.year)  # refreshes
        else:
            self.refresh()

    def remove_selected_day(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self.context.say(self.tr("Select a day in the list first."), True)
            return
        day: date = self.model.row_at(row).day
        actor = self.context.actor

        def work(session: Session) -> date:
            clear_calendar_day(session, actor, day)
            return day

        self.context.write(work, self._day_removed)

    def _day_removed(self, day: date) -> None:
        self.context.say(fill(self.tr("%1 is an ordinary day again."), day.isoformat()), False)
        self.refresh()

    def seed_year(self, *, confirmed: bool = False) -> None:
        year, actor = self.year_spin.value(), self.context.actor
        question = fill(
            self.tr(
                "Enter the public holidays and swapped working days of %1 as published by the "
                "State Council? Days already in the list are kept. Check them against the "
                "official notice."
            ),
            str(year),
        )
        if not confirmed and not self.confirm(question):
            return
        self.context.write(lambda s: seed_holidays(s, actor, year), self._seeded)

    def _seeded(self, written: int) -> None:
        self.context.say(fill(self.tr("Entered %1 days."), str(written)), False)
        self.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Public holidays"), question)
        return answer == QMessageBox.StandardButton.Yes
