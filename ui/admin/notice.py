"""The Display notice tab: the line that scrolls along the bottom of the hall display."""

from __future__ import annotations

from sqlalchemy.orm import Session

from services.queue.display_notice import MAX_NOTICE_LENGTH, get_display_notice, set_display_notice
from ui.admin.common import AdminContext, AdminTab, tint
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class NoticeTab(AdminTab):
    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.stored = ""
        layout = QVBoxLayout(self)
        intro = self.texts.label(
            lambda: self.tr(
                "The hall display scrolls this notice along its bottom edge. Leave it empty "
                "to show the welcome line. Line breaks become spaces."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.edit = QPlainTextEdit()
        self.edit.setFont(theme.font(16))
        self.edit.setMaximumHeight(220)
        self.edit.textChanged.connect(self._count)
        layout.addWidget(self.edit)
        row = QHBoxLayout()
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        row.addStretch(1)
        self.clear_button = QPushButton()
        self.texts.bind(self.clear_button.setText, lambda: self.tr("Remove the notice"))
        self.clear_button.clicked.connect(lambda: self.save(""))
        self.save_button = QPushButton()
        self.texts.bind(self.save_button.setText, lambda: self.tr("Show on the display"))
        self.save_button.clicked.connect(lambda: self.save())
        row.addWidget(self.clear_button)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        layout.addWidget(self.current_label)
        layout.addStretch(1)
        self._count()
        self._describe()

    def retranslate(self) -> None:
        super().retranslate()
        self._count()
        self._describe()

    def _count(self) -> None:
        length = len(" ".join(self.edit.toPlainText().split()))
        self.count_label.setText(
            fill(self.tr("%1 of %2 characters"), str(length), str(MAX_NOTICE_LENGTH))
        )
        tint(self.count_label, theme.RED if length > MAX_NOTICE_LENGTH else None)

    def _describe(self) -> None:
        if self.stored:
            self.current_label.setText(fill(self.tr("Shown now: %1"), self.stored))
        else:
            self.current_label.setText(self.tr("No notice is shown now; the display welcomes."))

    def refresh(self) -> None:
        self.context.read(get_display_notice, self._show)

    def _show(self, text: str) -> None:
        self.loaded = True
        self.stored = text
        self.edit.setPlainText(text)
        self._describe()

    def save(self, text: str | None = None) -> None:
        notice = self.edit.toPlainText() if text is None else text
        actor = self.context.actor

        def work(session: Session) -> str:
            return set_display_notice(session, actor, notice)

        self.context.write(work, self._saved)

    def _saved(self, text: str) -> None:
        self._show(text)
        self.context.say(
            self.tr("The display shows the new notice.")
            if text
            else self.tr("The notice is removed."),
            False,
        )
