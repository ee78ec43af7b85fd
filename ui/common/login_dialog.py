"""Staff sign-in, with clear lockout messages and the password change a sign-in may require.

Two steps. First the user name and password. When the account has no password yet, or the
password is a temporary one an administrator set, the dialog asks for a new password twice
and signs in with it once the domain has accepted it; until then nobody is signed in.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from services.accounts.passwords import MIN_PASSWORD_LENGTH
from services.accounts.staff import StaffInfo, login, replace_required_password
from services.core.errors import PasswordChangeRequired, TemporaryPasswordMustChange
from services.storage.db import Database
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class LoginDialog(QDialog):
    def __init__(self, database: Database, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.staff: StaffInfo | None = None
        self._choosing_password = False
        # The password the first step accepted (a temporary one), kept until it is replaced.
        self._current_password = ""
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setFont(theme.font(18, bold=True))
        layout.addWidget(heading)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = self._password_edit()
        self.new_password = self._password_edit()
        self.repeat_password = self._password_edit()
        form.addRow(self.tr("User name:"), self.username)
        self._password_label = QLabel(self.tr("Password:"))
        form.addRow(self._password_label, self.password)
        self._new_label = QLabel(self.tr("New password:"))
        self._repeat_label = QLabel(self.tr("Repeat it:"))
        form.addRow(self._new_label, self.new_password)
        form.addRow(self._repeat_label, self.repeat_password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.RED};")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_new_password(False)
        self.username.setFocus()  # the first thing anyone types is their user name

    @staticmethod
    def _password_edit() -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    @property
    def choosing_password(self) -> bool:
        """True while the dialog asks for a new password instead of signing in."""
        return self._choosing_password

    def _show_new_password(self, show: bool) -> None:
        self._choosing_password = show
        for widget in (
            self._new_label,
            self.new_password,
            self._repeat_label,
            self.repeat_password,
            self.prompt,
        ):
            widget.setVisible(show)
        self._password_label.setVisible(not show)
        self.password.setVisible(not show)
        # The kept password belongs to this user name.
        self.username.setReadOnly(show)
        (self.new_password if show else self.password).setFocus()

    def submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.message.setText(self.tr("Enter your user name."))
            return
        if self._choosing_password:
            self._submit_new_password(username)
            return
        password = self.password.text()

        def sign_in(session: Session) -> StaffInfo:
            return login(session, username, password)

        self._current_password = password
        self._jobs.write(sign_in, self._signed_in, self._failed)

    def _submit_new_password(self, username: str) -> None:
        new = self.new_password.text()
        if new != self.repeat_password.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.repeat_password.clear()
            return
        current = self._current_password

        def replace_then_sign_in(session: Session) -> StaffInfo:
            replace_required_password(session, username, current, new)
            return login(session, username, new)

        self._jobs.write(replace_then_sign_in, self._signed_in, self._failed)

    def _signed_in(self, staff: StaffInfo) -> None:
        self._current_password = ""
        self.staff = staff
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.password.clear()
        self.new_password.clear()
        self.repeat_password.clear()
        if isinstance(error, PasswordChangeRequired) and not self._choosing_password:
            self._ask_for_new_password(temporary=isinstance(error, TemporaryPasswordMustChange))
            return
        self.message.setText(user_message(error))

    def _ask_for_new_password(self, *, temporary: bool) -> None:
        if temporary:
            prompt = self.tr(
                "Your password was set by an administrator and is only temporary. Choose your "
                "own password now (at least %1 characters, not the temporary one)."
            )
        else:
            prompt = self.tr("Choose your password (at least %1 characters).")
        self.prompt.setText(fill(prompt, str(MIN_PASSWORD_LENGTH)))
        self.message.clear()
        self._show_new_password(True)

    def done(self, result: int) -> None:
        self._current_password = ""
        self._runner.shutdown()
        super().done(result)
