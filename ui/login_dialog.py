"""Staff sign-in, with the first-login password choice and clear lockout messages."""

from __future__ import annotations

from services.db import Database
from services.errors import PasswordChangeRequired
from services.staff import StaffInfo, login, set_first_password
from ui import theme
from ui.messages import user_message
from ui.op_runner import OpRunner
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
        self.staff: StaffInfo | None = None
        self._choosing_password = False
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setFont(theme.font(18, bold=True))
        layout.addWidget(heading)
        form = QFormLayout()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password = QLineEdit()
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password = QLineEdit()
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
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

    def _show_new_password(self, show: bool) -> None:
        self._choosing_password = show
        for widget in (
            self._new_label,
            self.new_password,
            self._repeat_label,
            self.repeat_password,
        ):
            widget.setVisible(show)
        self._password_label.setVisible(not show)
        self.password.setVisible(not show)

    def submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self.message.setText(self.tr("Enter your user name."))
            return
        if self._choosing_password:
            if self.new_password.text() != self.repeat_password.text():
                self.message.setText(self.tr("The two passwords differ."))
                return
            new = self.new_password.text()

            def choose() -> StaffInfo:
                with self._database.writer() as session:
                    set_first_password(session, username, new)
                    return login(session, username, new)

            self._runner.submit(choose, self._signed_in, self._failed)
            return
        password = self.password.text()

        def sign_in() -> StaffInfo:
            with self._database.writer() as session:
                return login(session, username, password)

        self._runner.submit(sign_in, self._signed_in, self._failed)

    def _signed_in(self, staff: StaffInfo) -> None:
        self.staff = staff
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.password.clear()
        if isinstance(error, PasswordChangeRequired) and not self._choosing_password:
            self._show_new_password(True)
            self.message.setText(self.tr("Choose your password (at least 8 characters)."))
            return
        self.message.setText(user_message(error))

    def done(self, result: int) -> None:
        self._runner.shutdown()
        super().done(result)
