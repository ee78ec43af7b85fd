"""An account that may not serve residents signed in at a counter (the seeded ``admin`` on a
center's first morning): say so in the window's language and offer the way on, instead of a
counter whose every button is disabled."""

from __future__ import annotations

from enum import Enum

from services.accounts.staff import StaffInfo, list_staff
from services.admin.staff import create_staff
from services.core.actors import Permission
from services.storage.db import Database
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class NextStep(Enum):
    SIGN_IN_AGAIN = "sign_in_again"
    CANCEL = "cancel"


def serving_staff_count(database: Database) -> int:
    with database.reader() as session:
        return sum(1 for s in list_staff(session) if s.active and s.actor().may(Permission.SERVE))


def explanation(staff: StaffInfo, serving_staff: int) -> str:
    # lupdate finds only literal QCoreApplication.translate calls.
    who = staff.full_name or staff.username
    text = fill(
        QCoreApplication.translate(
            "CannotServe", "%1 may set the center up but may not serve residents at a counter."
        ),
        who,
    )
    if serving_staff == 0:
        more = QCoreApplication.translate(
            "CannotServe",
            "This center has no counter staff yet. Add a clerk (here, or in the manager "
            "station's Administration tab), then sign in as the clerk; the clerk chooses a "
            "password at the first sign-in.",
        )
    else:
        more = QCoreApplication.translate("CannotServe", "Sign in with a counter staff account.")
    return f"{text}\n\n{more}"


class CannotServeDialog(QMessageBox):
    """Explains, and offers: add a clerk (administrators only), sign in as someone else."""

    def __init__(self, database: Database, staff: StaffInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._staff = staff
        self.added: StaffInfo | None = None
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("This account cannot serve"))
        self.setText(explanation(staff, serving_staff_count(database)))
        self.add_button: QPushButton | None = None
        if staff.actor().may(Permission.MANAGE_STAFF):
            self.add_button = self.addButton(
                self.tr("Add a clerk…"), QMessageBox.ButtonRole.ActionRole
            )
        self.switch_button = self.addButton(
            self.tr("Sign in as someone else"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.add_button or self.switch_button)

    def next_step(self) -> NextStep:
        self.exec()
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.add_button:
            adding = AddClerkDialog(self._database, self._staff, self)
            if adding.exec():
                self.added = adding.created
            return NextStep.SIGN_IN_AGAIN
        if clicked is self.switch_button:
            return NextStep.SIGN_IN_AGAIN
        return NextStep.CANCEL


class AddClerkDialog(QDialog):
    """A counter account without a password: the clerk chooses one at the first sign-in."""

    def __init__(self, database: Database, admin: StaffInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._database = database
        self._admin = admin
        self.created: StaffInfo | None = None
        self.setWindowTitle(self.tr("Add a clerk"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Full name:"), self.full_name)
        layout.addLayout(form)
        hint = QLabel(self.tr("The clerk chooses a password at the first sign-in."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.add_clerk)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def add_clerk(self) -> None:
        try:
            with self._database.writer() as session:
                self.created = create_staff(
                    session,
                    self._admin.actor(),
                    self.username.text().strip(),
                    role="counter",
                    full_name=self.full_name.text(),
                    password=None,
                )
        except Exception as exc:  # every refusal is shown; the dialog keeps what was typed
            self.message.setText(user_message(exc))
            return
        self.accept()
