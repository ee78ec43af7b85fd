"""Dialogs of the dispute ledger: entering a dispute (source, parties, kind, the grid chosen
from the district map, risk level and the stated risk flags), moving an entry along the moves
``services.ledger.offers`` allows (resolving, resolved, referred to mediation, a petition or a
department, escalated) and recording a follow-up visit. Like the petition dialogs they hand a
request to ``submit`` and close only when the service took it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from typing import Any

from services.core.actors import Actor
from services.grid.map import GridInfo
from services.ledger.entries import STATED_FLAGS, EntryInfo
from services.ledger.offers import legal_moves
from services.ledger.states import (
    DISPUTE_KINDS,
    FOLLOW_UP_WORKING_DAYS,
    EntryState,
    ReferralTarget,
    RiskFlag,
    RiskLevel,
    Source,
    label,
)
from ui.common.i18n import fill
from ui.desk.fields import code_combo, text_box
from ui.mediation.dialogs import (
    FormDialog,
    FormError,
    Submit,
    date_edit,
    edit_date,
    plain_text,
    to_qdate,
)
from ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

S = EntryState
LINK_CASE, NEW_CASE = "link", "new"
OLDEST_DAYS = 366  # the ledger takes a dispute found up to a year ago


@dataclass(frozen=True)
class EntryRequest:
    """The keyword arguments of ``entries.add_entry``."""

    values: dict[str, Any]


@dataclass(frozen=True)
class NewCase:
    """Refer to mediation by registering the case: which parties are respondents, and those
    the entry does not name."""

    respondents: tuple[str, ...]
    other_respondents: tuple[str, ...] = ()


@dataclass(frozen=True)
class LedgerMoveRequest:
    target: str
    note: str
    to: str = ""
    detail: str = ""
    new_case: NewCase | None = None


@dataclass(frozen=True)
class FollowUpRequest:
    note: str


class AddEntryDialog(FormDialog):
    def __init__(
        self,
        grids: list[GridInfo],
        language: str,
        today: date,
        *,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(self.tr("Enter a dispute in the ledger"))
        form = QFormLayout()
        self.source = code_combo(
            [s.value for s in Source], partial(label, "source", language=language)
        )
        self.petition = QLineEdit()
        self.petition.setPlaceholderText("X-2026-000001")
        self.kind = code_combo(list(DISPUTE_KINDS), partial(label, "kind", language=language))
        self.grid = QComboBox()
        for grid in grids:
            self.grid.addItem(grid.path, grid.id)
        self.parties = text_box(70)
        self.parties.setPlaceholderText(self.tr("One name a line"))
        self.summary = text_box()
        self.people = QSpinBox()
        self.people.setRange(1, 100_000)
        self.people.setValue(2)
        self.risk = code_combo(
            [r.value for r in RiskLevel], partial(label, "risk", language=language)
        )
        self.flags: dict[str, QCheckBox] = {}
        flags = QVBoxLayout()
        for flag in RiskFlag:
            if flag in STATED_FLAGS:
                self.flags[flag.value] = QCheckBox(label("flag", flag.value, language))
                flags.addWidget(self.flags[flag.value])
        self.found_on = date_edit(today)
        self.found_on.setMaximumDate(to_qdate(today))
        self.found_on.setMinimumDate(to_qdate(today - timedelta(days=OLDEST_DAYS)))
        form.addRow(self.tr("Found by"), self.source)
        form.addRow(self.tr("Petition (when from one)"), self.petition)
        form.addRow(self.tr("Kind of dispute"), self.kind)
        form.addRow(self.tr("Community / grid"), self.grid)
        form.addRow(self.tr("Parties"), self.parties)
        form.addRow(self.tr("What happened"), self.summary)
        form.addRow(self.tr("People involved"), self.people)
        form.addRow(self.tr("Risk level"), self.risk)
        form.addRow(self.tr("Risk flags"), flags)
        form.addRow(self.tr("Found on"), self.found_on)
        hint = QLabel(
            self.tr(
                "Five or more people, and the same parties or place within 90 days, are "
                "flagged by the ledger itself."
            )
        )
        hint.setWordWrap(True)
        self.body.addLayout(form)
        self.body.addWidget(hint)
        if not grids:
            self.show_error(
                self.tr("The district map has no grid yet: the administrator adds them.")
            )
            self.ok_button().setEnabled(False)

    def build_request(self) -> EntryRequest:
        parties = [line.strip() for line in self.parties.toPlainText().splitlines() if line.strip()]
        if not parties:
            raise FormError(self.tr("Name at least one party."))
        summary = plain_text(self.summary)
        if not summary:
            raise FormError(self.tr("Say what happened."))
        if self.grid.currentData() is None:
            raise FormError(self.tr("Choose the grid."))
        source = str(self.source.currentData())
        petition = self.petition.text().strip()
        if source == Source.PETITION and not petition:
            raise FormError(self.tr("Name the petition (X-…) the dispute comes from."))
        return EntryRequest(
            {
                "source": source,
                "kind": str(self.kind.currentData()),
                "grid_id": int(self.grid.currentData()),
                "parties": parties,
                "summary": summary,
                "people": self.people.value(),
                "risk": str(self.risk.currentData()),
                "flags": [code for code, check in self.flags.items() if check.isChecked()],
                "petition_number": petition or None,
                "found_on": edit_date(self.found_on),
            }
        )


class LedgerMoveDialog(FormDialog):
    """Move an entry: resolving, resolved (how), referred (where to) or escalated (why)."""

    def __init__(
        self,
        entry: EntryInfo,
        actor: Actor,
        language: str,
        *,
        target: str | None = None,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.entry = entry
        self.setWindowTitle(fill(self.tr("Ledger entry %1: next step"), entry.number))
        form = QFormLayout()
        form.addRow(self.tr("Now"), QLabel(label("state", entry.state, language)))
        form.addRow(self.tr("Risk level"), QLabel(label("risk", entry.risk, language)))
        if entry.next_follow_up is not None:
            form.addRow(self.tr("Follow up by"), QLabel(entry.next_follow_up.isoformat()))
        self.target_combo = code_combo(
            list(legal_moves(entry.state, actor)), partial(label, "state", language=language)
        )
        form.addRow(self.tr("Move to"), self.target_combo)
        self.referral = code_combo(
            [t.value for t in ReferralTarget], partial(label, "target", language=language)
        )
        self.referral_label = QLabel(self.tr("Refer to"))
        form.addRow(self.referral_label, self.referral)
        self.way = QComboBox()
        self.way.addItem(self.tr("Link an existing case"), LINK_CASE)
        self.way.addItem(self.tr("Create a new mediation case"), NEW_CASE)
        self.way_label = QLabel(self.tr("&Mediation case"))
        self.way_label.setBuddy(self.way)
        form.addRow(self.way_label, self.way)
        self.detail = QLineEdit()
        self.detail_label = QLabel()
        form.addRow(self.detail_label, self.detail)
        self.respondent_checks: dict[str, QCheckBox] = {}
        sides = QVBoxLayout()
        for party in entry.parties:
            self.respondent_checks[party] = QCheckBox(party)
            sides.addWidget(self.respondent_checks[party])
        self.sides = QWidget()
        self.sides.setLayout(sides)
        self.sides_label = QLabel(self.tr("Respondents (the others apply)"))
        form.addRow(self.sides_label, self.sides)
        self.other_respondents = QLineEdit()
        self.other_respondents.setPlaceholderText(self.tr("Names the entry lacks, split by 、"))
        self.other_label = QLabel(self.tr("Other respondents"))
        form.addRow(self.other_label, self.other_respondents)
        self.note_label = QLabel()
        self.note = text_box()
        form.addRow(self.note_label, self.note)
        self.body.addLayout(form)
        self.target_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.referral.currentIndexChanged.connect(lambda _i: self._show())
        self.way.currentIndexChanged.connect(lambda _i: self._show())
        if self.target_combo.count() == 0:
            self.show_error(self.tr("No step is open to you from this state."))
            self.ok_button().setEnabled(False)
        if target is not None and self.target_combo.findData(target) >= 0:
            self.target_combo.setCurrentIndex(self.target_combo.findData(target))
        self._show()

    def targets(self) -> list[str]:
        return [str(self.target_combo.itemData(i)) for i in range(self.target_combo.count())]

    def set_target(self, target: str) -> None:
        self.target_combo.setCurrentIndex(self.target_combo.findData(target))

    def creating_case(self) -> bool:
        return bool(
            self.target_combo.currentData() == S.REFERRED
            and self.referral.currentData() == ReferralTarget.MEDIATION
            and self.way.currentData() == NEW_CASE
        )

    def _show(self) -> None:
        target = self.target_combo.currentData()
        referring = target == S.REFERRED
        to_mediation = referring and self.referral.currentData() == ReferralTarget.MEDIATION
        creating = self.creating_case()
        shown: list[tuple[bool, tuple[QWidget, ...]]] = [
            (referring, (self.referral, self.referral_label)),
            (to_mediation, (self.way, self.way_label)),
            (referring and not creating, (self.detail, self.detail_label)),
            (creating, (self.sides, self.sides_label, self.other_respondents, self.other_label)),
        ]
        for visible, widgets in shown:
            for widget in widgets:
                widget.setVisible(visible)
        self.detail_label.setText(
            {
                ReferralTarget.MEDIATION: self.tr("Mediation case (M-…)"),
                ReferralTarget.PETITION: self.tr("Petition (X-…)"),
                ReferralTarget.DEPARTMENT: self.tr("Department"),
            }[ReferralTarget(str(self.referral.currentData()))]
        )
        self.note_label.setText(
            {
                S.RESOLVED: self.tr("How was it resolved? (required)"),
                S.ESCALATED: self.tr("Why is it escalated? (required)"),
            }.get(S(str(target)) if target else S.RESOLVING, self.tr("Note"))
            if not creating
            else self.tr("Claims (the case's note)")
        )

    def build_request(self) -> LedgerMoveRequest:
        target = self.target_combo.currentData()
        if target is None:
            raise FormError(self.tr("No step is open to you from this state."))
        note = plain_text(self.note)
        if target in (S.RESOLVED, S.ESCALATED) and not note:
            raise FormError(self.tr("Write the note: it is required for this step."))
        if self.creating_case():
            return LedgerMoveRequest(
                str(target), note, ReferralTarget.MEDIATION.value, new_case=self._new_case()
            )
        if target == S.REFERRED:
            detail = self.detail.text().strip()
            if not detail:
                raise FormError(self.tr("Say where it is referred to."))
            return LedgerMoveRequest(str(target), note, str(self.referral.currentData()), detail)
        return LedgerMoveRequest(str(target), note)

    def _new_case(self) -> NewCase:
        chosen = tuple(name for name, box in self.respondent_checks.items() if box.isChecked())
        others = tuple(
            name.strip()
            for name in self.other_respondents.text().replace(",", "、").split("、")
            if name.strip()
        )
        if not chosen and not others:
            raise FormError(self.tr("Mark at least one party as respondent, or name one."))
        if len(chosen) == len(self.respondent_checks):
            raise FormError(self.tr("Leave at least one party as applicant."))
        return NewCase(chosen, others)


class FollowUpDialog(FormDialog):
    """A follow-up visit (跟踪回访); the next is due by the rhythm of the entry's risk."""

    def __init__(
        self,
        entry: EntryInfo,
        language: str,
        *,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(fill(self.tr("Ledger entry %1: follow-up"), entry.number))
        form = QFormLayout()
        form.addRow(self.tr("Risk level"), QLabel(label("risk", entry.risk, language)))
        if entry.next_follow_up is not None:
            form.addRow(self.tr("Follow up by"), QLabel(entry.next_follow_up.isoformat()))
        days = FOLLOW_UP_WORKING_DAYS[RiskLevel(entry.risk)]
        form.addRow(self.tr("Rhythm"), QLabel(fill(self.tr("every %1 working day(s)"), str(days))))
        self.note = text_box()
        form.addRow(self.tr("What was found"), self.note)
        self.body.addLayout(form)

    def build_request(self) -> FollowUpRequest:
        note = plain_text(self.note)
        if not note:
            raise FormError(self.tr("Say what the follow-up found."))
        return FollowUpRequest(note)
