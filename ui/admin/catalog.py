"""The Services and Counters tabs: the catalog on the left, the selected entry's form on the
right. Saving runs ``services.admin.catalog`` on the worker; errors show in the panel's
message line and the form keeps what was typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from services.admin.catalog import (
    MAX_APPOINTMENT_CAPACITY,
    MAX_COUNTER_NUMBER,
    MAX_DAILY_QUOTA,
    MAX_PROMISED_DAYS,
    MAX_SORT_ORDER,
    MAX_TARGET_WAIT,
    NAME_LIMIT,
    CounterFields,
    ServiceFields,
    ServiceRecord,
    create_counter,
    create_service,
    list_counter_records,
    list_service_records,
    remove_counter,
    update_counter,
    update_service,
)
from services.catalog.reads import CounterInfo
from ui.admin.common import (
    AdminContext,
    AdminTab,
    RowModel,
    make_table,
    scrolling,
    yes_no,
)
from ui.common.i18n import fill
from ui.layout.direction import side_by_side
from ui.qt import (
    QCheckBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
)

FORM_WIDTH = 560


# --- services ------------------------------------------------------------------------------


class ServiceTableModel(RowModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("ServiceTableModel", "Letter"),
            QCoreApplication.translate("ServiceTableModel", "Chinese name"),
            QCoreApplication.translate("ServiceTableModel", "English name"),
            QCoreApplication.translate("ServiceTableModel", "Target wait"),
            QCoreApplication.translate("ServiceTableModel", "Promised days"),
            QCoreApplication.translate("ServiceTableModel", "Dispute"),
            QCoreApplication.translate("ServiceTableModel", "Offered"),
            QCoreApplication.translate("ServiceTableModel", "Order"),
        )

    def cell(self, row: ServiceRecord, column: int) -> str:
        if column == 0:
            return row.code
        if column == 1:
            return row.name_zh
        if column == 2:
            return row.name_en
        if column == 3:
            return fill(
                QCoreApplication.translate("ServiceTableModel", "%1 min"),
                str(row.target_wait_minutes),
            )
        if column == 4:
            return str(row.promised_days)
        if column == 5:
            return yes_no(row.is_dispute)
        if column == 6:
            return yes_no(row.active)
        return str(row.sort_order)

    def tooltip(self, row: ServiceRecord, column: int) -> str | None:
        if column in (1, 2) and (row.description_zh or row.description_en):
            return f"{row.description_zh}\n{row.description_en}".strip()
        return None

    def muted(self, row: ServiceRecord) -> bool:
        return not row.active


class ServicesTab(AdminTab):
    """Create and edit services: letter, names, descriptions, waits, materials, flags."""

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editing: ServiceRecord | None = None
        self._select_after: str | None = None
        layout = side_by_side(self)
        left = QVBoxLayout()
        self.model = ServiceTableModel(self)
        self.view = make_table(self.model, stretch_column=2)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        left.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.new_button = QPushButton()
        self.texts.bind(self.new_button.setText, lambda: self.tr("New service"))
        self.new_button.clicked.connect(self.new_service)
        bar.addWidget(self.new_button)
        bar.addStretch(1)
        left.addLayout(bar)
        layout.addLayout(left, 1)
        layout.addWidget(scrolling(self._build_form()))
        self.new_service()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox()
        box.setFixedWidth(FORM_WIDTH)
        self.form_box = box
        self.texts.bind(box.setTitle, lambda: self._form_title())
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(1)
        self.code_edit.setFixedWidth(60)
        self.name_zh_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        self.description_zh_edit = QLineEdit()
        self.description_en_edit = QLineEdit()
        for edit in (self.name_zh_edit, self.name_en_edit):
            edit.setMaxLength(NAME_LIMIT)
        self.wait_spin = QSpinBox()
        self.wait_spin.setRange(1, MAX_TARGET_WAIT)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_PROMISED_DAYS)
        self.order_spin = QSpinBox()
        self.order_spin.setRange(0, MAX_SORT_ORDER)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, MAX_APPOINTMENT_CAPACITY)
        self.materials_edit = QPlainTextEdit()
        self.materials_edit.setTabChangesFocus(True)
        self.materials_edit.setMinimumHeight(80)
        # Each material's English on the same line beside it: an English receipt prints it.
        self.materials_en_edit = QPlainTextEdit()
        self.materials_en_edit.setTabChangesFocus(True)
        self.materials_en_edit.setMinimumHeight(80)
        materials = QWidget()
        pair = QHBoxLayout(materials)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.materials_edit)
        pair.addWidget(self.materials_en_edit)
        self.texts.bind(self.materials_edit.setPlaceholderText, lambda: self.tr("In Chinese"))
        self.texts.bind(
            self.materials_en_edit.setPlaceholderText, lambda: self.tr("In English, same lines")
        )
        self.dispute_check = QCheckBox()
        self.active_check = QCheckBox()
        self.real_name_check = QCheckBox()
        self.texts.bind(
            self.real_name_check.setText,
            lambda: self.tr("Tickets by ID card only"),
        )
        self.quota_spin = QSpinBox()
        self.quota_spin.setRange(0, MAX_DAILY_QUOTA)  # 0 shows as "no limit"
        self.paused_check = QCheckBox()
        self.texts.bind(self.quota_spin.setSpecialValueText, lambda: self.tr("No limit"))
        self.texts.bind(
            self.paused_check.setText, lambda: self.tr("Paused (the kiosk takes no tickets)")
        )
        self.texts.bind(self.wait_spin.setSuffix, lambda: self.tr(" min"))
        self.texts.bind(
            self.dispute_check.setText, lambda: self.tr("Disputes (referred to mediation)")
        )
        self.texts.bind(self.active_check.setText, lambda: self.tr("Offered at the kiosk"))
        self.texts.row(form, lambda: self.tr("Ticket letter:"), self.code_edit)
        self.texts.row(form, lambda: self.tr("Chinese name:"), self.name_zh_edit)
        self.texts.row(form, lambda: self.tr("English name:"), self.name_en_edit)
        self.texts.row(form, lambda: self.tr("Chinese description:"), self.description_zh_edit)
        self.texts.row(form, lambda: self.tr("English description:"), self.description_en_edit)
        self.texts.row(form, lambda: self.tr("Target wait:"), self.wait_spin)
        self.texts.row(form, lambda: self.tr("Promised working days:"), self.days_spin)
        self.texts.row(form, lambda: self.tr("Materials (one per line):"), materials).setBuddy(
            self.materials_edit
        )
        self.texts.row(form, lambda: self.tr("Display order:"), self.order_spin)
        self.texts.row(
            form, lambda: self.tr("Appointments per slot (0: none):"), self.capacity_spin
        )
        form.addRow("", self.dispute_check)
        form.addRow("", self.active_check)
        form.addRow("", self.real_name_check)
        self.texts.row(form, lambda: self.tr("Daily quota (tickets):"), self.quota_spin)
        form.addRow("", self.paused_check)
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.texts.bind(self.save_button.setText, lambda: self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.texts.bind(self.revert_button.setText, lambda: self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.discard_changes)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)
        return box

    def _form_title(self) -> str:
        if self.editing is None:
            return self.tr("New service")
        return fill(self.tr("Service %1"), self.editing.code)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.context.actor
        self.context.read(lambda s: list_service_records(s, actor), self._show)

    def _show(self, records: list[ServiceRecord]) -> None:
        first = not self.loaded
        self.loaded = True
        keep = self._select_after or (self.editing.code if self.editing else None)
        self._select_after = None
        self.model.set_rows(records)
        row = self.model.find(lambda r: r.code == keep) if keep else None
        if row is not None:
            self.view.selectRow(row)
            self._fill(self.model.row_at(row))
        elif self.editing is not None or first:
            self.new_service()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._fill(self.model.row_at(current.row()))

    # --- the form -------------------------------------------------------------------------

    def new_service(self) -> None:
        self.view.clearSelection()
        used = {r.code for r in self.model.rows}
        free = next((c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in used), "")
        self._fill(None)
        self.code_edit.setText(free)
        last = max((r.sort_order for r in self.model.rows), default=-1)
        self.order_spin.setValue(min(last + 1, MAX_SORT_ORDER))
        if self.isVisible():  # loaded behind another tab: the window's focus stays where it is
            self.name_zh_edit.setFocus()

    def discard_changes(self) -> None:
        if self.editing is None:
            self.new_service()
        else:
            self._fill(self.editing)

    def _fill(self, record: ServiceRecord | None) -> None:
        self.editing = record
        self.code_edit.setText(record.code if record else "")
        self.name_zh_edit.setText(record.name_zh if record else "")
        self.name_en_edit.setText(record.name_en if record else "")
        self.description_zh_edit.setText(record.description_zh if record else "")
        self.description_en_edit.setText(record.description_en if record else "")
        self.wait_spin.setValue(record.target_wait_minutes if record else 20)
        self.days_spin.setValue(record.promised_days if record else 0)
        self.order_spin.setValue(record.sort_order if record else 0)
        self.capacity_spin.setValue(record.appointment_capacity if record else 0)
        self.materials_edit.setPlainText("\n".join(record.materials) if record else "")
        self.materials_en_edit.setPlainText("\n".join(record.materials_en) if record else "")
        self.dispute_check.setChecked(record.is_dispute if record else False)
        self.active_check.setChecked(record.active if record else True)
        self.real_name_check.setChecked(record.real_name_required if record else False)
        self.quota_spin.setValue(record.daily_quota or 0 if record else 0)
        self.paused_check.setChecked(record.paused if record else False)
        self.form_box.setTitle(self._form_title())

    def form_fields(self) -> ServiceFields:
        return ServiceFields(
            code=self.code_edit.text(),
            name_zh=self.name_zh_edit.text(),
            name_en=self.name_en_edit.text(),
            description_zh=self.description_zh_edit.text(),
            description_en=self.description_en_edit.text(),
            target_wait_minutes=self.wait_spin.value(),
            promised_days=self.days_spin.value(),
            materials=tuple(self.materials_edit.toPlainText().splitlines()),
            materials_en=tuple(self.materials_en_edit.toPlainText().splitlines()),
            is_dispute=self.dispute_check.isChecked(),
            active=self.active_check.isChecked(),
            sort_order=self.order_spin.value(),
            real_name_required=self.real_name_check.isChecked(),
            appointment_capacity=self.capacity_spin.value(),
            daily_quota=self.quota_spin.value() or None,
            paused=self.paused_check.isChecked(),
        )

    def save(self) -> None:
        fields = self.form_fields()
        actor = self.context.actor
        editing = self.editing

        def work(session: Session) -> ServiceRecord:
            if editing is None:
                return create_service(session, actor, fields)
            return update_service(session, actor, editing.id, fields)

        self.context.write(work, self._saved)

    def _saved(self, record: ServiceRecord) -> None:
        self.editing = record
        self._select_after = record.code
        self.context.say(
            fill(
                self.tr("Saved the service %1 %2."), record.code, record.name(self.context.language)
            ),
            False,
        )
        self.refresh()


# --- counters ------------------------------------------------------------------------------


class CounterTableModel(RowModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("CounterTableModel", "Number"),
            QCoreApplication.translate("CounterTableModel", "Chinese name"),
            QCoreApplication.translate("CounterTableModel", "English name"),
            QCoreApplication.translate("CounterTableModel", "State"),
            QCoreApplication.translate("CounterTableModel", "Services, in order"),
        )

    def cell(self, row: CounterInfo, column: int) -> str:
        if column == 0:
            return str(row.number)
        if column == 1:
            return row.name_zh
        if column == 2:
            return row.name_en
        if column == 3:
            return counter_state_text(row.state)
        return " ".join(row.service_codes) or "—"


def counter_state_text(state: str) -> str:
    texts = {
        "open": QCoreApplication.translate("CounterTableModel", "open"),
        "paused": QCoreApplication.translate("CounterTableModel", "paused"),
        "closed": QCoreApplication.translate("CounterTableModel", "closed"),
    }
    return texts.get(state, state)


class CountersTab(AdminTab):
    """Counters: number, names, and the services each calls (checked, in order)."""

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editing: CounterInfo | None = None
        self.services: list[ServiceRecord] = []
        self._select_after: int | None = None
        self.confirm = self._ask
        layout = side_by_side(self)
        left = QVBoxLayout()
        self.model = CounterTableModel(self)
        self.view = make_table(self.model, stretch_column=4)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        left.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.new_button = QPushButton()
        self.texts.bind(self.new_button.setText, lambda: self.tr("New counter"))
        self.new_button.clicked.connect(self.new_counter)
        self.remove_button = QPushButton()
        self.texts.bind(self.remove_button.setText, lambda: self.tr("Remove counter…"))
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        bar.addWidget(self.new_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        left.addLayout(bar)
        layout.addLayout(left, 1)
        layout.addWidget(scrolling(self._build_form()))
        self.new_counter()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox()
        box.setFixedWidth(FORM_WIDTH)
        self.form_box = box
        self.texts.bind(box.setTitle, lambda: self._form_title())
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_spin = QSpinBox()
        self.number_spin.setRange(1, MAX_COUNTER_NUMBER)
        self.name_zh_edit = QLineEdit()
        self.name_en_edit = QLineEdit()
        for edit in (self.name_zh_edit, self.name_en_edit):
            edit.setMaxLength(NAME_LIMIT)
        self.texts.row(form, lambda: self.tr("Number:"), self.number_spin)
        self.texts.row(form, lambda: self.tr("Chinese name:"), self.name_zh_edit)
        self.texts.row(form, lambda: self.tr("English name:"), self.name_en_edit)
        column.addLayout(form)
        column.addWidget(
            self.texts.label(
                lambda: self.tr("Services it calls (tick them; the first ones come first):")
            )
        )
        self.service_list = QListWidget()
        self.service_list.setMinimumHeight(160)
        column.addWidget(self.service_list, 1)
        order = QHBoxLayout()
        self.up_button = QPushButton()
        self.texts.bind(self.up_button.setText, lambda: self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton()
        self.texts.bind(self.down_button.setText, lambda: self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(1))
        order.addWidget(self.up_button)
        order.addWidget(self.down_button)
        order.addStretch(1)
        column.addLayout(order)
        buttons = QHBoxLayout()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.texts.bind(self.save_button.setText, lambda: self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.texts.bind(self.revert_button.setText, lambda: self.tr("Discard changes"))
        self.revert_button.clicked.connect(self.discard_changes)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        return box

    def _form_title(self) -> str:
        if self.editing is None:
            return self.tr("New counter")
        return fill(self.tr("Counter %1"), str(self.editing.number))

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.context.actor

        def read(session: Session) -> tuple[list[CounterInfo], list[ServiceRecord]]:
            return list_counter_records(session, actor), list_service_records(session, actor)

        self.context.read(read, self._show)

    def _show(self, data: tuple[list[CounterInfo], list[ServiceRecord]]) -> None:
        self.loaded = True
        counters, self.services = data
        keep = self._select_after or (self.editing.number if self.editing else None)
        self._select_after = None
        self.model.set_rows(counters)
        row = self.model.find(lambda c: c.number == keep) if keep else None
        if row is not None:
            self.view.selectRow(row)
            self._fill(self.model.row_at(row))
        else:
            self.new_counter()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._fill(self.model.row_at(current.row()))

    # --- the form -------------------------------------------------------------------------

    def new_counter(self) -> None:
        self.view.clearSelection()
        self._fill(None)
        numbers = [c.number for c in self.model.rows]
        self.number_spin.setValue(min(max(numbers, default=0) + 1, MAX_COUNTER_NUMBER))
        if self.isVisible():  # loaded behind another tab: the window's focus stays where it is
            self.name_zh_edit.setFocus()

    def discard_changes(self) -> None:
        if self.editing is None:
            self.new_counter()
        else:
            self._fill(self.editing)

    def _fill(self, counter: CounterInfo | None) -> None:
        self.editing = counter
        self.number_spin.setValue(counter.number if counter else 1)
        self.name_zh_edit.setText(counter.name_zh if counter else "")
        self.name_en_edit.setText(counter.name_en if counter else "")
        codes = list(counter.service_codes) if counter else []
        by_code = {s.code: s for s in self.services}
        ordered = [by_code[c] for c in codes if c in by_code]
        ordered += [s for s in self.services if s.code not in codes]
        self.service_list.clear()
        for service in ordered:
            text = f"{service.code}  {service.name(self.context.language)}"
            if not service.active:
                text += "  " + self.tr("(not offered)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = service.code in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.service_list.addItem(item)
        self.remove_button.setEnabled(counter is not None)
        self.form_box.setTitle(self._form_title())

    def _move(self, step: int) -> None:
        row = self.service_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.service_list.count():
            return
        item = self.service_list.takeItem(row)
        self.service_list.insertItem(target, item)
        self.service_list.setCurrentRow(target)

    def checked_codes(self) -> tuple[str, ...]:
        codes: list[str] = []
        for row in range(self.service_list.count()):
            item = self.service_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                codes.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(codes)

    def set_checked_codes(self, codes: Sequence[str]) -> None:
        """Tick ``codes`` in this order (for tests and scripts)."""
        items: dict[str, Any] = {}
        while self.service_list.count():
            item = self.service_list.takeItem(0)
            items[str(item.data(Qt.ItemDataRole.UserRole))] = item
        order = [c for c in codes if c in items] + [c for c in items if c not in codes]
        for code in order:
            item = items[code]
            checked = Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.service_list.addItem(item)

    def form_fields(self) -> CounterFields:
        return CounterFields(
            number=self.number_spin.value(),
            name_zh=self.name_zh_edit.text(),
            name_en=self.name_en_edit.text(),
            service_codes=self.checked_codes(),
        )

    def save(self) -> None:
        fields = self.form_fields()
        actor = self.context.actor
        editing = self.editing

        def work(session: Session) -> CounterInfo:
            if editing is None:
                return create_counter(session, actor, fields)
            return update_counter(session, actor, editing.id, fields)

        self.context.write(work, self._saved)

    def _saved(self, counter: CounterInfo) -> None:
        self.editing = counter
        self._select_after = counter.number
        self.context.say(fill(self.tr("Saved counter %1."), str(counter.number)), False)
        self.refresh()

    def remove_selected(self, *, confirmed: bool = False) -> None:
        counter = self.editing
        if counter is None:
            return
        question = self.tr("Remove counter %1 (%2)? This cannot be undone.")
        question = fill(question, str(counter.number), counter.name(self.context.language))
        if not confirmed and not self.confirm(question):
            return
        actor = self.context.actor

        def work(session: Session) -> int:
            remove_counter(session, actor, counter.id)
            return counter.number

        self.context.write(work, self._removed)

    def _removed(self, number: int) -> None:
        self.editing = None
        self.context.say(fill(self.tr("Removed counter %1."), str(number)), False)
        self.refresh()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove counter"), question)
        return answer == QMessageBox.StandardButton.Yes
