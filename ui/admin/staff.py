"""The Staff tab: accounts, a new account, and for the selected one: role, name, disable or
enable, and a password reset (the person then chooses a new password at their next login;
no password is ever made up or shown here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from services.accounts.passwords import MIN_PASSWORD_LENGTH
from services.accounts.staff import StaffInfo
from services.admin.staff import (
    ROLE_NAMES,
    StaffAccount,
    change_role,
    create_staff,
    list_staff_accounts,
    rename_staff,
    reset_password,
    set_staff_active,
)
from services.core.clock import utc_now
from ui.admin.common import AdminContext, AdminTab, RowModel, make_table, role_text
from ui.common.i18n import fill
from ui.layout.direction import side_by_side
from ui.qt import (
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

FORM_WIDTH = 560


def account_state(account: StaffAccount) -> str:
    if not account.active:
        return QCoreApplication.translate("StaffTableModel", "disabled")
    if account.locked(utc_now()):
        return QCoreApplication.translate("StaffTableModel", "locked after failed logins")
    if not account.has_password:
        return QCoreApplication.translate("StaffTableModel", "chooses a password at next login")
    if account.must_change_password:
        return QCoreApplication.translate("StaffTableModel", "must change the password")
    return QCoreApplication.translate("StaffTableModel", "active")


class StaffTableModel(RowModel):
    def headers(self) -> Sequence[str]:
        return (
            QCoreApplication.translate("StaffTableModel", "User name"),
            QCoreApplication.translate("StaffTableModel", "Full name"),
            QCoreApplication.translate("StaffTableModel", "Role"),
            QCoreApplication.translate("StaffTableModel", "State"),
        )

    def cell(self, row: StaffAccount, column: int) -> str:
        if column == 0:
            return row.username
        if column == 1:
            return row.full_name
        if column == 2:
            return role_text(row.role)
        return account_state(row)

    def muted(self, row: StaffAccount) -> bool:
        return not row.active


class StaffTab(AdminTab):
    refresh_on_show = True

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.selected: StaffAccount | None = None
        self._select_after: str | None = None
        self.confirm: Callable[[str], bool] = self._ask
        layout = side_by_side(self)
        self.model = StaffTableModel(self)
        self.view = make_table(self.model, stretch_column=1)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.view, 1)
        side = QVBoxLayout()
        side.addWidget(self._build_selected())
        side.addWidget(self._build_new())
        side.addStretch(1)
        holder = QWidget()
        holder.setFixedWidth(FORM_WIDTH)
        holder.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(holder)
        self._show_selected(None)

    def _role_combo(self) -> QComboBox:
        combo = QComboBox()
        for role in ROLE_NAMES:
            combo.addItem(role_text(role), role)
        return combo

    def _build_selected(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("Selected account"))
        column = QVBoxLayout(box)
        self.selected_label = QLabel()
        self.selected_label.setWordWrap(True)
        column.addWidget(self.selected_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_row = QHBoxLayout()
        self.rename_edit = QLineEdit()
        self.rename_button = QPushButton()
        self.texts.bind(self.rename_button.setText, lambda: self.tr("Rename"))
        self.rename_button.clicked.connect(self.rename_selected)
        name_row.addWidget(self.rename_edit, 1)
        name_row.addWidget(self.rename_button)
        self.texts.row(form, lambda: self.tr("Full name:"), _wrap(name_row))
        role_row = QHBoxLayout()
        self.role_combo = self._role_combo()
        self.role_button = QPushButton()
        self.texts.bind(self.role_button.setText, lambda: self.tr("Change role"))
        self.role_button.clicked.connect(lambda: self.change_selected_role())
        role_row.addWidget(self.role_combo, 1)
        role_row.addWidget(self.role_button)
        self.texts.row(form, lambda: self.tr("Role:"), _wrap(role_row))
        column.addLayout(form)
        buttons = QHBoxLayout()
        self.active_button = QPushButton()
        self.active_button.clicked.connect(lambda: self.toggle_selected_active())
        self.reset_button = QPushButton()
        self.texts.bind(self.reset_button.setText, lambda: self.tr("Reset password…"))
        self.reset_button.clicked.connect(lambda: self.reset_selected_password())
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _build_new(self) -> QGroupBox:
        box = QGroupBox()
        self.texts.bind(box.setTitle, lambda: self.tr("New account"))
        column = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(64)
        self.full_name_edit = QLineEdit()
        self.new_role_combo = self._role_combo()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.texts.row(form, lambda: self.tr("User name:"), self.username_edit)
        self.texts.row(form, lambda: self.tr("Full name:"), self.full_name_edit)
        self.texts.row(form, lambda: self.tr("Role:"), self.new_role_combo)
        self.texts.row(form, lambda: self.tr("Password:"), self.password_edit)
        self.texts.row(form, lambda: self.tr("Repeat it:"), self.repeat_edit)
        column.addLayout(form)
        hint = QLabel()
        hint.setWordWrap(True)
        self.texts.bind(
            hint.setText,
            lambda: fill(
                self.tr(
                    "A password typed here is temporary: the person replaces it at their first "
                    "sign-in. Leave it empty to let them choose one then (at least %1 characters)."
                ),
                str(MIN_PASSWORD_LENGTH),
            ),
        )
        column.addWidget(hint)
        buttons = QHBoxLayout()
        self.create_button = QPushButton()
        self.texts.bind(self.create_button.setText, lambda: self.tr("Create account"))
        self.create_button.clicked.connect(self.create_account)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        return box

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.context.actor
        self.context.read(lambda s: list_staff_accounts(s, actor), self._show)

    def _show(self, accounts: list[StaffAccount]) -> None:
        self.loaded = True
        keep = self._select_after or (self.selected.username if self.selected else None)
        self._select_after = None
        self.model.set_rows(accounts)
        row = self.model.find(lambda a: a.username == keep) if keep else None
        if row is None:
            self._show_selected(None)
            return
        self.view.selectRow(row)
        self._show_selected(self.model.row_at(row))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_selected(self.model.row_at(current.row()) if current.isValid() else None)

    def select_username(self, username: str) -> None:
        row = self.model.find(lambda a: a.username == username)
        if row is not None:
            self.view.selectRow(row)

    def _show_selected(self, account: StaffAccount | None) -> None:
        self.selected = account
        for widget in (
            self.rename_edit,
            self.rename_button,
            self.role_combo,
            self.role_button,
            self.active_button,
            self.reset_button,
        ):
            widget.setEnabled(account is not None)
        self._describe_selected()
        if account is None:
            self.rename_edit.clear()
            return
        self.rename_edit.setText(account.full_name)
        index = self.role_combo.findData(account.role)
        self.role_combo.setCurrentIndex(max(index, 0))

    def _describe_selected(self) -> None:
        account = self.selected
        if account is None:
            self.selected_label.setText(self.tr("Select an account in the list."))
            self.active_button.setText(self.tr("Disable"))
            return
        self.selected_label.setText(
            fill(
                self.tr("%1 (%2): %3"),
                account.username,
                role_text(account.role),
                account_state(account),
            )
        )
        self.active_button.setText(self.tr("Disable") if account.active else self.tr("Enable"))

    def retranslate(self) -> None:
        super().retranslate()
        for combo in (self.role_combo, self.new_role_combo):
            for index in range(combo.count()):
                combo.setItemText(index, role_text(str(combo.itemData(index))))
        self._describe_selected()

    # --- changes --------------------------------------------------------------------------

    def create_account(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.context.say(self.tr("The two passwords differ."), True)
            return
        if not username:
            self.context.say(self.tr("Enter a user name."), True)
            return
        role = str(self.new_role_combo.currentData())
        full_name = self.full_name_edit.text()
        actor = self.context.actor

        def work(session: Session) -> StaffInfo:
            return create_staff(
                session,
                actor,
                username,
                role=role,
                full_name=full_name,
                password=password or None,
            )

        self.context.write(work, self._created)

    def _created(self, info: StaffInfo) -> None:
        for edit in (self.username_edit, self.full_name_edit, self.password_edit, self.repeat_edit):
            edit.clear()
        self._select_after = info.username
        self.context.say(fill(self.tr("Created the account %1."), info.username), False)
        self.refresh()

    def _change(self, work: Callable[[Session], StaffAccount], message: str) -> None:
        def done(account: StaffAccount) -> None:
            self._select_after = account.username
            self.context.say(fill(message, account.username), False)
            self.refresh()

        self.context.write(work, done)

    def rename_selected(self) -> None:
        account, actor, name = self.selected, self.context.actor, self.rename_edit.text()
        if account is not None:
            self._change(lambda s: rename_staff(s, actor, account.id, name), self.tr("Renamed %1."))

    def change_selected_role(self, role: str | None = None) -> None:
        account, actor = self.selected, self.context.actor
        if account is None:
            return
        chosen = role or str(self.role_combo.currentData())
        self._change(
            lambda s: change_role(s, actor, account.id, chosen),
            fill(self.tr("%1 is now: %2."), "%1", role_text(chosen)),  # %1: the account, below
        )

    def toggle_selected_active(self) -> None:
        account, actor = self.selected, self.context.actor
        if account is None:
            return
        active = not account.active
        message = (
            self.tr("Enabled %1.") if active else self.tr("Disabled %1: they can no longer log in.")
        )
        self._change(lambda s: set_staff_active(s, actor, account.id, active), message)

    def reset_selected_password(self, *, confirmed: bool = False) -> None:
        account, actor = self.selected, self.context.actor
        if account is None:
            return
        question = fill(
            self.tr(
                "Clear the password of %1? They choose a new one at their next login, "
                "and are unlocked."
            ),
            account.username,
        )
        if not confirmed and not self.confirm(question):
            return
        self._change(
            lambda s: reset_password(s, actor, account.id),
            self.tr("The password of %1 is cleared; they choose a new one at their next login."),
        )

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Reset password"), question)
        return answer == QMessageBox.StandardButton.Yes


def _wrap(layout: QHBoxLayout) -> QWidget:
    holder = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder
