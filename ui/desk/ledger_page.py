"""The ledger page of the desk: open and recent entries with their risk and flags, the grids
that have not reported this month, the map-free community × risk table, and every move on an
entry the domain offers (``services.ledger.offers``): a new entry (Alt+N), resolved (Alt+S),
refer (Alt+F), escalate (Alt+A), any next step (Alt+M), a follow-up (Alt+U) and a grid's zero
report for the month (Alt+Z)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.grid.map import GridInfo, list_grids
from services.ledger import entries, offers, referral, rounds, warnings
from services.ledger.states import EntryState, RiskLevel, label
from services.storage.db import Database
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel, rows_table
from ui.desk.ledger_dialogs import (
    AddEntryDialog,
    EntryRequest,
    FollowUpDialog,
    FollowUpRequest,
    LedgerMoveDialog,
    LedgerMoveRequest,
    NewCase,
)
from ui.layout.flow import FlowLayout
from ui.mediation.dialogs import Done, Failed, FormDialog
from ui.mediation.model import code_text
from ui.qt import QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget

RISK_COLOURS = {"grave": "#B00020", "major": "#B35C00"}
S = EntryState
Info = entries.EntryInfo


@dataclass(frozen=True)
class LedgerView:
    entries: list[Info]
    table: list[warnings.RiskRow]
    grids: list[GridInfo]
    month: str
    missing: list[rounds.MissingGrid]
    today: date


class LedgerPage(QWidget):
    def __init__(self, database: Database, actor: Actor, language: str, runner: OpRunner) -> None:
        super().__init__()
        self._database = database
        self._actor = actor
        self._language = language
        self._runner = runner
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.grids: list[GridInfo] = []
        self.missing: list[rounds.MissingGrid] = []
        self.month = ""
        self.today = utc_now().date()  # the center's day once the list is read
        self.dialog: FormDialog | None = None
        self.model: RowsModel[Info] = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda e: e.number),
                Column(lambda: self.tr("State"), lambda e: self._label("state", e.state)),
                Column(
                    lambda: self.tr("Risk"),
                    lambda e: self._label("risk", e.risk),
                    colour=lambda e: RISK_COLOURS.get(e.risk),
                ),
                Column(lambda: self.tr("Kind"), lambda e: self._label("kind", e.kind)),
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
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()
        for key, run in (
            ("add", lambda: self.open_add()),
            ("resolve", lambda: self.open_move(S.RESOLVED)),
            ("refer", lambda: self.open_move(S.REFERRED)),
            ("escalate", lambda: self.open_move(S.ESCALATED)),
            ("move", lambda: self.open_move()),
            ("follow_up", lambda: self.open_follow_up()),
            ("zero", self._zero_report_chosen),
        ):
            button = QPushButton()
            button.clicked.connect(run)
            actions.addWidget(button)
            self.buttons[key] = button
        self.title = QLabel()
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.risk_title = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.detail)
        layout.addWidget(self.missing_label)
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
        texts = {
            "add": self.tr("&New entry…"),
            "resolve": self.tr("Re&solved…"),
            "refer": self.tr("Re&fer…"),
            "escalate": self.tr("Esc&alate…"),
            "move": self.tr("&More steps…"),
            "follow_up": self.tr("Follow-&up…"),
            "zero": self.tr("&Zero report…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.title.setText(self.tr("Open disputes in the ledger"))
        self.risk_title.setText(self.tr("Open disputes by community and risk"))
        self.model.refresh_headers()
        self.risks.refresh_headers()
        self._show_missing()

    # --- reading --------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        actor = self._actor

        def read(session: Session) -> LedgerView:
            today = service_day(utc_now(), load_center_config(session).timezone)
            month = today.strftime("%Y-%m")
            return LedgerView(
                entries.list_entries(session, actor, today, open_only=True, following_cases=True),
                warnings.community_risk_table(session, actor),
                list_grids(session, actor),
                month,
                list(rounds.monthly_report(session, actor, month).missing),
                today,
            )

        self._jobs.read(read, lambda view: self._show(view, select), self._failed)

    def _show(self, view: LedgerView, select: str | None) -> None:
        self.grids, self.missing, self.month, self.today = (
            view.grids,
            view.missing,
            view.month,
            view.today,
        )
        self.model.set_rows(view.entries)
        self.risks.set_rows(view.table)
        numbers = [entry.number for entry in view.entries]
        if select is not None and select not in numbers:
            self.message.setText(fill(self.tr("%1 is not an open entry."), select))
        if select in numbers:
            self.view.selectRow(numbers.index(select))
        elif view.entries and not self.view.selectionModel().selectedRows():
            self.view.selectRow(0)
        self._show_missing()
        self._enable()

    def _show_missing(self) -> None:
        if not self.month:
            self.missing_label.setText("")
        elif self.missing:
            places = "、".join(f"{m.community} / {m.grid}" for m in self.missing)
            self.missing_label.setText(
                fill(self.tr("Not yet reported for %1: %2"), self.month, places)
            )
        else:
            self.missing_label.setText(fill(self.tr("Every grid has reported for %1."), self.month))

    def selected(self) -> Info | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        entry = self.selected()
        moves = offers.legal_moves(entry.state, self._actor) if entry else ()
        work = offers.available_work(entry.state, self._actor) if entry else ()
        self.buttons["add"].setEnabled(offers.may_add(self._actor))
        for key, target in (
            ("resolve", S.RESOLVED),
            ("refer", S.REFERRED),
            ("escalate", S.ESCALATED),
        ):
            self.buttons[key].setEnabled(target in moves)
        self.buttons["move"].setEnabled(bool(moves))
        self.buttons["follow_up"].setEnabled(offers.Work.FOLLOW_UP in work)
        self.buttons["zero"].setEnabled(offers.may_add(self._actor) and bool(self.missing))
        if entry is not None:
            self.detail.setText("\n".join(self.detail_lines(entry)))
        elif self.model.rowCount() == 0:
            self.detail.setText(self.tr("No open dispute in the ledger."))
        else:
            self.detail.setText("")

    def detail_lines(self, e: Info) -> list[str]:
        """The selected entry in words: what happened, where it went, and the mediation case
        it was referred to, whose state and outcome the entry follows."""
        lines = [f"{e.number}  {e.summary}"]
        if e.referred_to:
            target = self._label("target", e.referred_to)
            lines.append(fill(self.tr("%1: %2"), target, e.referred_detail or ""))
        if e.mediation_case and e.mediation_state:
            state = code_text("state", e.mediation_state, self._language)
            lines.append(fill(self.tr("Mediation case: %1 (%2)"), e.mediation_case, state))
            if e.mediation_outcome:
                outcome = code_text("outcome", e.mediation_outcome, self._language)
                lines.append(fill(self.tr("Mediation outcome: %1"), outcome))
        return lines

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    # --- changes --------------------------------------------------------------------------

    def _write(
        self,
        op: Callable[[Session], Info],
        said: str,
        done: Done | None,
        failed: Failed | None,
    ) -> None:
        def shown(info: Info) -> None:
            self.message.setText(fill(said, info.number))
            if done is not None:
                done(info)
            self.refresh(
                select=info.number
                if info.state in {"registered", "resolving", "escalated"}
                else None
            )

        self._jobs.write(op, shown, failed or self._failed)

    def add(
        self, request: EntryRequest, done: Done | None = None, failed: Failed | None = None
    ) -> None:
        values = request.values
        self._write(
            lambda s: entries.add_entry(s, self._actor, **values),
            self.tr("%1 entered in the ledger."),
            done,
            failed,
        )

    def make_move(
        self, request: LedgerMoveRequest, done: Done | None = None, failed: Failed | None = None
    ) -> None:
        entry = self.selected()
        if entry is None:
            self.message.setText(self.tr("Select an entry first."))
            return
        actor, number = self._actor, entry.id
        if request.new_case is not None:
            self._refer_to_new_case(number, request.new_case, request.note, done, failed)
            return
        ops: dict[str, Callable[[Session], Info]] = {
            S.RESOLVING: lambda s: entries.start_resolving(s, actor, number, note=request.note),
            S.RESOLVED: lambda s: entries.resolve(s, actor, number, note=request.note),
            S.ESCALATED: lambda s: entries.escalate(s, actor, number, note=request.note),
            S.REFERRED: lambda s: entries.refer(
                s, actor, number, to=request.to, detail=request.detail, note=request.note
            ),
        }
        said = {
            S.RESOLVING: self.tr("%1: being resolved."),
            S.RESOLVED: self.tr("%1 resolved."),
            S.ESCALATED: self.tr("%1 escalated."),
            S.REFERRED: self.tr("%1 referred."),
        }[S(request.target)]
        self._write(ops[request.target], said, done, failed)

    def _refer_to_new_case(
        self, entry_id: int, case: NewCase, note: str, done: Done | None, failed: Failed | None
    ) -> None:
        actor = self._actor

        def work(session: Session) -> Info:
            return referral.refer_to_new_case(
                session,
                actor,
                entry_id,
                respondents=case.respondents,
                other_respondents=case.other_respondents,
                note=note,
            )

        def shown(info: Info) -> None:
            self.message.setText(
                fill(
                    self.tr("%1 referred to mediation: case %2."),
                    info.number,
                    info.mediation_case or "",
                )
            )
            if done is not None:
                done(info)
            self.refresh()

        self._jobs.write(work, shown, failed or self._failed)

    def follow_up(
        self, request: FollowUpRequest, done: Done | None = None, failed: Failed | None = None
    ) -> None:
        entry = self.selected()
        if entry is None:
            self.message.setText(self.tr("Select an entry first."))
            return
        actor, entry_id = self._actor, entry.id
        self._write(
            lambda s: entries.follow_up(s, actor, entry_id, note=request.note),
            self.tr("Follow-up of %1 recorded."),
            done,
            failed,
        )

    def resolve(self, note: str) -> None:
        self.make_move(LedgerMoveRequest(S.RESOLVED, note))

    # --- dialogs --------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_add(self) -> AddEntryDialog:
        dialog = AddEntryDialog(
            self.grids, self._language, self.today, submit=self.add, parent=self
        )
        self._open(dialog)
        return dialog

    def open_move(self, target: str | None = None) -> LedgerMoveDialog | None:
        entry = self.selected()
        if entry is None:
            self.message.setText(self.tr("Select an entry first."))
            return None
        dialog = LedgerMoveDialog(
            entry, self._actor, self._language, target=target, submit=self.make_move, parent=self
        )
        self._open(dialog)
        return dialog

    def open_follow_up(self) -> FollowUpDialog | None:
        entry = self.selected()
        if entry is None:
            self.message.setText(self.tr("Select an entry first."))
            return None
        dialog = FollowUpDialog(entry, self._language, submit=self.follow_up, parent=self)
        self._open(dialog)
        return dialog

    def zero_report(self, grid: rounds.MissingGrid) -> None:
        """The grid found no dispute this month (零报告)."""
        grid_id = next(
            g.id for g in self.grids if (g.community, g.name) == (grid.community, grid.grid)
        )
        actor, month = self._actor, self.month

        def work(session: Session) -> None:
            rounds.file_zero_report(session, actor, grid_id, month)

        def done(_none: None) -> None:
            self.message.setText(
                fill(
                    self.tr("Zero report of %1 for %2 recorded."),
                    f"{grid.community} / {grid.grid}",
                    month,
                )
            )
            self.refresh()

        self._jobs.write(work, done, self._failed)

    def _zero_report_chosen(self) -> None:
        if not self.missing:
            return
        names = [f"{m.street} / {m.community} / {m.grid}" for m in self.missing]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Zero report"), self.tr("Which grid found no dispute?"), names, 0, False
        )
        if ok:
            self.zero_report(self.missing[names.index(chosen)])
