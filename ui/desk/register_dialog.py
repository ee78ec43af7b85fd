"""Registering a petition at the desk: channel, category, body, matter, up to five named
petitioners (the representatives of a collective visit) and how many came."""

from __future__ import annotations

from dataclasses import dataclass

from services.petitions.intake import MAX_REPRESENTATIVES, PetitionerInput
from services.petitions.states import Category, Channel, label
from ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Registration:
    channel: str
    category: str
    concerned_body: str
    matter: str
    petitioners: tuple[PetitionerInput, ...]
    headcount: int


class RegisterPetitionDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a petition"))
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(label("channel", channel.value, language), channel.value)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(label("category", category.value, language), category.value)
        self.body = QLineEdit()
        self.matter = QPlainTextEdit()
        self.matter.setFixedHeight(80)
        self.headcount = QSpinBox()
        self.headcount.setRange(1, 10_000)
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Body concerned"), self.body)
        form.addRow(self.tr("Matter"), self.matter)
        form.addRow(self.tr("People who came"), self.headcount)
        people = QGridLayout()
        for column, title in enumerate((self.tr("Name"), self.tr("ID number"), self.tr("Phone"))):
            people.addWidget(QLabel(title), 0, column)
        self.rows: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for row in range(1, MAX_REPRESENTATIVES + 1):
            fields = (QLineEdit(), QLineEdit(), QLineEdit())
            for column, field in enumerate(fields):
                people.addWidget(field, row, column)
            self.rows.append(fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Petitioners (a collective visit: its representatives)")))
        layout.addLayout(people)
        layout.addWidget(buttons)

    def registration(self) -> Registration:
        petitioners = tuple(
            PetitionerInput(name.text(), id_number.text().strip() or None, phone.text())
            for name, id_number, phone in self.rows
            if name.text().strip()
        )
        return Registration(
            channel=str(self.channel.currentData()),
            category=str(self.category.currentData()),
            concerned_body=self.body.text(),
            matter=self.matter.toPlainText(),
            petitioners=petitioners,
            headcount=max(self.headcount.value(), len(petitioners)),
        )
