"""Taking a dispute in: the parties (people or organisations, with an agent), the dispute type,
the source, the facts and claims, and the escalation risk; from a service request or directly.

The dialog builds an ``IntakeRequest``; the panel registers it off the GUI thread. ID numbers
are typed in full here (they are checked when the case is registered) and shown masked
everywhere afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from services.mediation import intake as mediation_intake
from services.mediation.states import CaseSource, DisputeType
from ui.mediation.dialogs import FormDialog, FormError, Submit
from ui.mediation.model import code_text
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

SIDES = ("applicant", "respondent")
KINDS = ("person", "organisation")


@dataclass(frozen=True)
class IntakeRequest:
    """Everything ``register_case`` needs; ``request_number`` links a service request."""

    applicants: tuple[mediation_intake.PartyInput, ...]
    respondents: tuple[mediation_intake.PartyInput, ...]
    dispute_type: str
    source: str
    facts: str
    claims: str = ""
    escalation_risk: bool = False
    request_number: str | None = None


class PartyTable(QTableWidget):
    """One row per party: side, person or organisation, name, ID number or credit code, phone,
    address, agent and the agent's phone."""

    COLUMNS = ("side", "kind", "name", "id", "phone", "address", "agent", "agent_phone")

    def __init__(self, language: str) -> None:
        super().__init__(0, len(self.COLUMNS))
        self._language = language
        self.setHorizontalHeaderLabels(
            [
                self.tr("Side"),
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("ID number / credit code"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Agent"),
                self.tr("Agent's phone"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 90, 110, 170, 110, 140, 90)):
            # never narrower than its title in either language
            self.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.verticalHeader().hide()

    def add_party(self, side: str, party: mediation_intake.PartyInput | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        side_box = QComboBox()
        for code in SIDES:
            side_box.addItem(code_text("side", code, self._language), code)
        side_box.setCurrentIndex(SIDES.index(side))
        kind_box = QComboBox()
        kind_box.addItem(self.tr("Person"), "person")
        kind_box.addItem(self.tr("Organisation"), "organisation")
        self.setCellWidget(row, 0, side_box)
        self.setCellWidget(row, 1, kind_box)
        for column in range(2, len(self.COLUMNS)):
            self.setItem(row, column, QTableWidgetItem(""))
        if party is not None:
            organisation = isinstance(party, mediation_intake.OrganisationParty)
            kind_box.setCurrentIndex(1 if organisation else 0)
            number = (
                party.code
                if isinstance(party, mediation_intake.OrganisationParty)
                else party.id_number
            )
            values = {
                "name": party.name,
                "id": number or "",
                "phone": party.phone,
                "address": party.address,
                "agent": party.agent.name if party.agent else "",
                "agent_phone": party.agent.phone if party.agent else "",
            }
            for key, value in values.items():
                self.set_text(row, key, value)
        return row

    def set_text(self, row: int, column: str, text: str) -> None:
        item = self.item(row, self.COLUMNS.index(column))
        assert item is not None
        item.setText(text)

    def set_choice(self, row: int, column: str, code: str) -> None:
        box = self.cellWidget(row, self.COLUMNS.index(column))
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(code))

    def _text(self, row: int, column: str) -> str:
        item = self.item(row, self.COLUMNS.index(column))
        return " ".join(item.text().split()) if item is not None else ""

    def _choice(self, row: int, column: str) -> str:
        box = self.cellWidget(row, self.COLUMNS.index(column))
        assert isinstance(box, QComboBox)
        return str(box.currentData())

    def parties(
        self,
    ) -> tuple[list[mediation_intake.PartyInput], list[mediation_intake.PartyInput]]:
        """The applicants and respondents entered; rows without a name are skipped."""
        sides: dict[str, list[mediation_intake.PartyInput]] = {side: [] for side in SIDES}
        for row in range(self.rowCount()):
            name = self._text(row, "name")
            if not name:
                continue
            agent_name = self._text(row, "agent")
            agent = (
                mediation_intake.Agent(agent_name, self._text(row, "agent_phone"))
                if agent_name
                else None
            )
            number = self._text(row, "id").replace(" ", "").upper() or None
            party: mediation_intake.PartyInput
            if self._choice(row, "kind") == "organisation":
                party = mediation_intake.OrganisationParty(
                    name,
                    code=number,
                    phone=self._text(row, "phone"),
                    address=self._text(row, "address"),
                    agent=agent,
                )
            else:
                party = mediation_intake.PersonParty(
                    name,
                    id_number=number,
                    phone=self._text(row, "phone"),
                    address=self._text(row, "address"),
                    agent=agent,
                )
            sides[self._choice(row, "side")].append(party)
        return sides["applicant"], sides["respondent"]


class CaseIntakeDialog(FormDialog):
    """Register a dispute: from a service request (its number) or directly."""

    def __init__(
        self,
        language: str,
        *,
        request_number: str | None = None,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.language = language
        self.setWindowTitle(self.tr("Register a dispute"))
        self.setMinimumWidth(960)
        form = QFormLayout()
        self.request_edit = QLineEdit(request_number or "")
        self.request_edit.setPlaceholderText(self.tr("R-2026-000123 (optional)"))
        form.addRow(self.tr("From service request"), self.request_edit)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("Parties")))
        self.parties = PartyTable(language)
        self.parties.setMinimumHeight(150)
        self.body.addWidget(self.parties, 1)
        buttons = QHBoxLayout()
        self.add_applicant = QPushButton(self.tr("Add applicant"))
        self.add_applicant.clicked.connect(lambda: self.parties.add_party("applicant"))
        self.add_respondent = QPushButton(self.tr("Add respondent"))
        self.add_respondent.clicked.connect(lambda: self.parties.add_party("respondent"))
        self.remove_party = QPushButton(self.tr("Remove party"))
        self.remove_party.clicked.connect(self._remove_party)
        for button in (self.add_applicant, self.add_respondent, self.remove_party):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        details = QFormLayout()
        self.type_combo = QComboBox()
        for kind in DisputeType:
            self.type_combo.addItem(code_text("dispute_type", kind.value, language), kind.value)
        self.source_combo = QComboBox()
        for source in CaseSource:
            self.source_combo.addItem(code_text("source", source.value, language), source.value)
        self.facts = QPlainTextEdit()
        self.facts.setFixedHeight(80)
        self.claims = QPlainTextEdit()
        self.claims.setFixedHeight(60)
        self.risk = QCheckBox(self.tr("Risk of escalation (violence, a group, petitions)"))
        details.addRow(self.tr("Dispute type"), self.type_combo)
        details.addRow(self.tr("Source"), self.source_combo)
        details.addRow(self.tr("Facts"), self.facts)
        details.addRow(self.tr("Claims"), self.claims)
        details.addRow("", self.risk)
        self.body.addLayout(details)
        self.parties.add_party("applicant")
        self.parties.add_party("respondent")

    def _remove_party(self) -> None:
        row = self.parties.currentRow()
        if row >= 0:
            self.parties.removeRow(row)

    def set_choice(self, combo: QComboBox, code: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(code)))

    def build_request(self) -> IntakeRequest:
        applicants, respondents = self.parties.parties()
        if not applicants:
            raise FormError(self.tr("Enter at least one applicant."))
        if not respondents:
            raise FormError(self.tr("Enter at least one respondent."))
        facts = self.facts.toPlainText().strip()
        if not facts:
            raise FormError(self.tr("Write a short statement of the facts."))
        number = self.request_edit.text().strip().upper() or None
        return IntakeRequest(
            applicants=tuple(applicants),
            respondents=tuple(respondents),
            dispute_type=str(self.type_combo.currentData()),
            source=str(self.source_combo.currentData()),
            facts=facts,
            claims=self.claims.toPlainText().strip(),
            escalation_risk=self.risk.isChecked(),
            request_number=number,
        )
