"""The mediation case list as a sortable table model of small rows, and what the case widgets
share: the database, the worker that runs their operations, who works, and the message line.

Rows carry only what the list shows: names and the applicant's masked ID number, never a full
ID number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from services.core.actors import Actor
from services.mediation import common as mediation_common
from services.mediation import states as mediation_states
from services.mediation.states import AWAITING_FEEDBACK_STATES, MEDIATING_STATES
from services.storage.db import Database
from ui.common import theme
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import Failed, Say, SessionJobs
from ui.common.table_model import Column, RowsModel
from ui.qt import (
    QCoreApplication,
    QObject,
)

NAME_SEPARATOR = "、"


def code_text(kind: str, code: str | None, language: str) -> str:
    """The label of a stored code (``state``, ``channel``, …) in ``language``; "—" for none."""
    if not code:
        return "—"
    try:
        return mediation_states.label(kind, code, language)
    except KeyError:
        return code


def case_due(info: mediation_common.CaseInfo) -> date | None:
    """The deadline that matters in the case's state: mediation target or referral feedback."""
    if info.state in MEDIATING_STATES:
        return info.mediation_due
    if info.state in AWAITING_FEEDBACK_STATES:
        return info.feedback_due
    return None


def party_names(parties: tuple[mediation_common.PartyView, ...]) -> str:
    return NAME_SEPARATOR.join(p.name for p in parties) or "—"


@dataclass(frozen=True)
class CaseContext(SessionJobs):
    """Runs the case widgets' operations on one worker thread, off the GUI thread.

    ``say`` shows a message in the panel's message line; ``failed`` turns an error into one.
    """

    database: Database
    runner: OpRunner
    actor: Actor
    language: str
    say: Say
    failed: Failed


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    number: str
    state: str
    state_text: str
    dispute_type_text: str
    channel_text: str
    applicants: str
    applicant_id_masked: str
    respondents: str
    registered: date
    due: date | None
    overdue: bool
    escalation_risk: bool

    @classmethod
    def of(cls, info: mediation_common.CaseInfo, language: str) -> CaseRow:
        first_id = next((p.id_number_masked for p in info.applicants if p.id_number_masked), None)
        return cls(
            id=info.id,
            number=info.number,
            state=info.state,
            state_text=code_text("state", info.state, language),
            dispute_type_text=code_text("dispute_type", info.dispute_type, language),
            channel_text=code_text("channel", info.channel, language),
            applicants=party_names(info.applicants),
            applicant_id_masked=first_id or "—",
            respondents=party_names(info.respondents),
            registered=info.service_day,
            due=case_due(info),
            overdue=info.overdue,
            escalation_risk=info.escalation_risk,
        )


class CaseTableModel(RowsModel[CaseRow]):
    """The cases as rows; sorting keeps the selection (persistent indexes follow their rows).

    Overdue cases show red in their state and due date, cases at risk of escalation amber in
    their number; every cell's tooltip repeats its text (columns may be narrow) and the row's
    warnings.
    """

    COLUMNS = (
        "number",
        "state",
        "dispute_type",
        "channel",
        "applicants",
        "applicant_id",
        "respondents",
        "registered",
        "due",
    )

    def __init__(self, language: str = "zh_CN", parent: QObject | None = None) -> None:
        self._language = language
        super().__init__(
            [
                self._column(
                    "number",
                    lambda: QCoreApplication.translate("CaseTableModel", "Case no."),
                    lambda r: r.number + (" ⚠" if r.escalation_risk else ""),
                    colour=lambda r: theme.AMBER if r.escalation_risk else None,
                ),
                self._column(
                    "state",
                    lambda: QCoreApplication.translate("CaseTableModel", "State"),
                    _state_cell,
                    colour=_overdue_red,
                    sort_key=lambda r: (not r.overdue, r.state_text, r.number),
                ),
                self._column(
                    "dispute_type",
                    lambda: QCoreApplication.translate("CaseTableModel", "Dispute type"),
                    lambda r: r.dispute_type_text,
                ),
                self._column(
                    "channel",
                    lambda: QCoreApplication.translate("CaseTableModel", "Channel"),
                    lambda r: r.channel_text,
                ),
                self._column(
                    "applicants",
                    lambda: QCoreApplication.translate("CaseTableModel", "Applicants"),
                    lambda r: r.applicants,
                ),
                self._column(
                    "applicant_id",
                    lambda: QCoreApplication.translate("CaseTableModel", "Applicant ID"),
                    lambda r: r.applicant_id_masked,
                ),
                self._column(
                    "respondents",
                    lambda: QCoreApplication.translate("CaseTableModel", "Respondents"),
                    lambda r: r.respondents,
                ),
                self._column(
                    "registered",
                    lambda: QCoreApplication.translate("CaseTableModel", "Registered"),
                    lambda r: r.registered.isoformat(),
                    sort_key=lambda r: (r.registered, r.number),
                ),
                self._column(
                    "due",
                    lambda: QCoreApplication.translate("CaseTableModel", "Due"),
                    lambda r: r.due.isoformat() if r.due else "—",
                    colour=_overdue_red,
                    sort_key=lambda r: (r.due is None, r.due or date.max, r.number),
                ),
            ],
            parent,
        )
        assert tuple(c.name for c in self._columns) == self.COLUMNS

    @staticmethod
    def _column(
        name: str,
        title: Callable[[], str],
        text: Callable[[CaseRow], str],
        *,
        colour: Callable[[CaseRow], str | None] | None = None,
        sort_key: Callable[[CaseRow], Any] | None = None,
    ) -> Column[CaseRow]:
        return Column(
            title,
            text,
            name=name,
            colour=colour,
            tooltip=lambda r: _tooltip(text(r), r),
            # by the text, then the number, so equal texts keep a stable order
            sort_key=sort_key or (lambda r: (text(r), r.number)),
        )

    def set_cases(self, infos: list[mediation_common.CaseInfo]) -> None:
        self.set_rows([CaseRow.of(info, self._language) for info in infos])

    def row_of(self, case_id: int) -> int | None:
        return self.find(lambda row: row.id == case_id)


def _state_cell(row: CaseRow) -> str:
    if not row.overdue:
        return row.state_text
    return row.state_text + " · " + QCoreApplication.translate("CaseTableModel", "overdue")


def _overdue_red(row: CaseRow) -> str | None:
    return theme.RED if row.overdue else None


def _tooltip(text: str, row: CaseRow) -> str:
    """The cell's text (it may be elided in a narrow column) and the row's warnings."""
    notes = [text]
    if row.overdue:
        notes.append(
            QCoreApplication.translate(
                "CaseTableModel", "Overdue: a deadline of this case has passed"
            )
        )
    if row.escalation_risk:
        notes.append(QCoreApplication.translate("CaseTableModel", "Risk of escalation"))
    return "\n".join(notes)
