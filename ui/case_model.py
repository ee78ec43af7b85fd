"""The mediation case list as a sortable table model of small rows, and what the case widgets
share: the database, the worker that runs their operations, who works, and the message line.

Rows carry only what the list shows: names and the applicant's masked ID number, never a full
ID number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from services import mediation as m
from services.actors import Actor
from services.db import Database, translate_outage
from services.mediation_states import AWAITING_FEEDBACK_STATES, MEDIATING_STATES
from ui import theme
from ui.op_runner import OpRunner
from ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Say = Callable[[str, bool], None]  # text, warn
Failed = Callable[[BaseException], None]
NAME_SEPARATOR = "、"


def code_text(kind: str, code: str | None, language: str) -> str:
    """The label of a stored code (``state``, ``channel``, …) in ``language``; "—" for none."""
    if not code:
        return "—"
    try:
        return m.label(kind, code, language)
    except KeyError:
        return code


def case_due(info: m.CaseInfo) -> date | None:
    """The deadline that matters in the case's state: mediation target or referral feedback."""
    if info.state in MEDIATING_STATES:
        return info.mediation_due
    if info.state in AWAITING_FEEDBACK_STATES:
        return info.feedback_due
    return None


def party_names(parties: tuple[m.PartyView, ...]) -> str:
    return NAME_SEPARATOR.join(p.name for p in parties) or "—"


@dataclass(frozen=True)
class CaseContext:
    """Runs the case widgets' operations on one worker thread, off the GUI thread.

    ``say`` shows a message in the panel's message line; ``failed`` turns an error into one.
    """

    database: Database
    runner: OpRunner
    actor: Actor
    language: str
    say: Say
    failed: Failed

    def read(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.reader, work, done, failed)

    def write(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.writer, work, done, failed)

    def _submit(
        self,
        sessions: Callable[[], Any],
        work: Callable[[Session], T],
        done: Callable[[T], None] | None,
        failed: Failed | None,
    ) -> None:
        def job() -> T:
            with translate_outage(), sessions() as session:
                return work(session)

        self.runner.submit(job, done, failed or self.failed)


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
    def of(cls, info: m.CaseInfo, language: str) -> CaseRow:
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


class CaseTableModel(QAbstractTableModel):
    """The cases as rows; sorting keeps the selection (persistent indexes follow their rows)."""

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
        super().__init__(parent)
        self._language = language
        self._rows: list[CaseRow] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- contents -------------------------------------------------------------------------

    def set_cases(self, infos: list[m.CaseInfo]) -> None:
        self.beginResetModel()
        self._rows = [CaseRow.of(info, self._language) for info in infos]
        if self._sort is not None:
            self._rows.sort(key=self._key(self._sort[0]), reverse=self._reverse(self._sort[1]))
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow:
        return self._rows[row]

    def row_of(self, case_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), None)

    @property
    def rows(self) -> tuple[CaseRow, ...]:
        return tuple(self._rows)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            QCoreApplication.translate("CaseTableModel", "Case no."),
            QCoreApplication.translate("CaseTableModel", "State"),
            QCoreApplication.translate("CaseTableModel", "Dispute type"),
            QCoreApplication.translate("CaseTableModel", "Channel"),
            QCoreApplication.translate("CaseTableModel", "Applicants"),
            QCoreApplication.translate("CaseTableModel", "Applicant ID"),
            QCoreApplication.translate("CaseTableModel", "Respondents"),
            QCoreApplication.translate("CaseTableModel", "Registered"),
            QCoreApplication.translate("CaseTableModel", "Due"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and column in ("state", "due"):
                return QBrush(QColor(theme.RED))
            if row.escalation_risk and column == "number":
                return QBrush(QColor(theme.AMBER))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: CaseRow, column: str) -> str:
        if column == "number":
            return row.number + (" ⚠" if row.escalation_risk else "")
        if column == "state":
            return row.state_text + (
                " · " + QCoreApplication.translate("CaseTableModel", "overdue")
                if row.overdue
                else ""
            )
        if column == "dispute_type":
            return row.dispute_type_text
        if column == "channel":
            return row.channel_text
        if column == "applicants":
            return row.applicants
        if column == "applicant_id":
            return row.applicant_id_masked
        if column == "respondents":
            return row.respondents
        if column == "registered":
            return row.registered.isoformat()
        return row.due.isoformat() if row.due else "—"

    def _tooltip(self, row: CaseRow, column: str) -> str | None:
        """The cell's text (it may be elided in a narrow column) and the row's warnings."""
        notes = [self._display(row, column)]
        if row.overdue:
            notes.append(
                QCoreApplication.translate(
                    "CaseTableModel", "Overdue: a deadline of this case has passed"
                )
            )
        if row.escalation_risk:
            notes.append(QCoreApplication.translate("CaseTableModel", "Risk of escalation"))
        return "\n".join(notes)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._rows.sort(key=self._key(column), reverse=self._reverse(order))
        where = {id(row): position for position, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(where[id(before[index.row()])], index.column())
            if index.isValid()
            else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    @staticmethod
    def _reverse(order: Qt.SortOrder) -> bool:
        return order == Qt.SortOrder.DescendingOrder

    def _key(self, column: int) -> Callable[[CaseRow], Any]:
        name = self.COLUMNS[column]
        if name == "registered":
            return lambda r: (r.registered, r.number)
        if name == "due":
            return lambda r: (r.due is None, r.due or date.max, r.number)
        if name == "state":
            return lambda r: (not r.overdue, r.state_text, r.number)
        return lambda r: (self._display(r, name), r.number)
