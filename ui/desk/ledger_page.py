"""The ledger page of the desk: open and recent entries with their risk and flags, the
map-free community × risk table, and resolving the selected entry (Alt+S)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.ledger import entries, warnings
from services.ledger.states import RiskLevel, label
from services.storage.db import Database
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel, rows_table
from ui.qt import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

RISK_COLOURS = {"grave": "#B00020", "major": "#B35C00"}


@dataclass(frozen=True)
class LedgerView:
    entries: list[entries.EntryInfo]
    table: list[warnings.RiskRow]


class LedgerPage(QWidget):
    def __init__(self, database: Database, actor: Actor, language: str, runner: OpRunner) -> None:
        super().__init__()
        self._database = database
        self._actor = actor
        self._language = language
        self._runner = runner
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.model: RowsModel[entries.EntryInfo] = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda e: e.number),
                Column(lambda: self.tr("State"), lambda e: self._label("state", e.state)),
                Column(
                    lambda: self.tr("Risk"),
                    lambda e: self._label("risk", e.risk),
                    colour=lambda e: RISK_COLOURS.get(e.risk),
                ),
                Column(lambda: self.tr("Place"), lambda e: f"{e.grid.community} / {e.grid.name}"),
                Column(lambda: self.tr("Parties"), lambda e: "、".join(e.parties)),
                Column(
                    lambda: self.tr("Follow up by"),
                    lambda e: e.next_follow_up.isoformat() if e.next_follow_up else None,
                    colour=lambda e: "#B00020" if e.follow_up_overdue else None,
                ),
                Column(
                    lambda: self.tr("Flags"),
                    lambda e: "、".join(self._label("flag", f) for f in e.flags),
                ),
            ]
        )
        self.risks: RowsModel[warnings.RiskRow] = RowsModel(
            [
                Column(lambda: self.tr("Community"), lambda r: r.community),
                *(self._risk_column(level.value) for level in RiskLevel),
            ]
        )
        self.view = rows_table(self.model)
        self.resolve_button = QPushButton()
        self.resolve_button.clicked.connect(self._resolve_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.resolve_button)
        actions.addStretch(1)
        self.title = QLabel()
        self.risk_title = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.risk_title)
        layout.addWidget(rows_table(self.risks), 2)
        layout.addWidget(self.message)
        self.retranslate()

    def _risk_column(self, level: str) -> Column[warnings.RiskRow]:
        return Column(
            lambda: self._label("risk", level),
            lambda row: row.counts.get(level, 0),
            align_right=True,
        )

    def _label(self, kind: str, code: str) -> str:
        return label(kind, code, self._language)

    def retranslate(self) -> None:
        self.resolve_button.setText(self.tr("Re&solved…"))
        self.title.setText(self.tr("Open disputes in the ledger"))
        self.risk_title.setText(self.tr("Open disputes by community and risk"))
        self.model.refresh_headers()
        self.risks.refresh_headers()

    def refresh(self, select: str | None = None) -> None:
        def read(session: Session) -> LedgerView:
            today = service_day(utc_now(), load_center_config(session).timezone)
            return LedgerView(
                entries.list_entries(session, self._actor, today, open_only=True),
                warnings.community_risk_table(session, self._actor),
            )

        self._jobs.read(read, lambda view: self._show(view, select), self._failed)

    def _show(self, view: LedgerView, select: str | None) -> None:
        self.model.set_rows(view.entries)
        self.risks.set_rows(view.table)
        numbers = [entry.number for entry in view.entries]
        if select is not None and select not in numbers:
            self.message.setText(fill(self.tr("%1 is not an open entry."), select))
        if select in numbers:
            self.view.selectRow(numbers.index(select))
        elif view.entries and not self.view.selectionModel().selectedRows():
            self.view.selectRow(0)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def resolve(self, note: str) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select an entry first."))
            return
        entry = self.model.row_at(rows[0].row())

        def work(session: Session) -> entries.EntryInfo:
            return entries.resolve(session, self._actor, entry.id, note=note)

        def done(info: entries.EntryInfo) -> None:
            self.message.setText(fill(self.tr("%1 resolved."), info.number))
            self.refresh()

        self._jobs.write(work, done, self._failed)

    def _resolve_selected(self) -> None:
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Resolved"), self.tr("How was it resolved?")
        )
        if ok:
            self.resolve(note)
