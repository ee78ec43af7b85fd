"""The petitions page of the desk: the list with the selected petition beside it, and the
moves a clerk makes most, each on a key: register (Alt+N), accept (Alt+A), decline (Alt+D),
extend (Alt+E, a manager's approval), reply (Alt+R). Every operation runs on the window's
worker; an error is one sentence in the message line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.petitions import common as petition_common
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.petitions import queries as petition_queries
from services.petitions.states import Finding, LegalRoute, Satisfaction, label
from services.storage.db import Database
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel, rows_table
from ui.desk.register_dialog import RegisterPetitionDialog, Registration
from ui.qt import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
)

Op = Callable[[Session, Actor, int], petition_common.PetitionInfo]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


class PetitionsPage(QWidget):
    def __init__(self, database: Database, actor: Actor, language: str, runner: OpRunner) -> None:
        super().__init__()
        self._database = database
        self._actor = actor
        self._language = language
        self._runner = runner
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.model: RowsModel[petition_common.PetitionInfo] = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda p: p.number, name="number"),
                Column(lambda: self.tr("State"), lambda p: self._label("state", p.state)),
                Column(lambda: self.tr("Category"), lambda p: self._label("category", p.category)),
                Column(
                    lambda: self.tr("Petitioners"),
                    lambda p: "、".join(person.name for person in p.petitioners),
                ),
                Column(lambda: self.tr("Due"), lambda p: _day(p.due)),
                Column(
                    lambda: self.tr("Flags"),
                    lambda p: "、".join(self._label("flag", f) for f in p.flags),
                    colour=lambda p: "#B00020" if p.overdue else None,
                ),
            ]
        )
        self.view = rows_table(self.model)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        splitter = QSplitter()
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, run in (
            ("register", self._register),
            ("accept", self._accept_selected),
            ("decline", self._decline_selected),
            ("extend", self._extend_selected),
            ("reply", self._reply_selected),
        ):
            button = QPushButton()
            button.clicked.connect(run)
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _label(self, kind: str, code: str) -> str:
        return label(kind, code, self._language)

    def retranslate(self) -> None:
        texts = {
            "register": self.tr("&New petition…"),
            "accept": self.tr("&Accept"),
            "decline": self.tr("&Decline…"),
            "extend": self.tr("&Extend…"),
            "reply": self.tr("&Reply…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.model.refresh_headers()
        self._show_selected()

    # --- reading --------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        def read(session: Session) -> list[petition_common.PetitionInfo]:
            return petition_queries.list_petitions(session, self._actor, limit=500)

        self._jobs.read(read, lambda rows: self._show(rows, select), self._failed)

    def _show(self, rows: list[petition_common.PetitionInfo], select: str | None) -> None:
        chosen = self.selected()
        current = select or (chosen.number if chosen else None)
        self.model.set_rows(rows)
        if select is not None and all(row.number != select for row in rows):
            self.message.setText(fill(self.tr("There is no petition %1."), select))
        for index, row in enumerate(rows):
            if row.number == current:
                self.view.selectRow(index)
                break
        else:
            if rows:
                self.view.selectRow(0)
        self._show_selected()

    def selected(self) -> petition_common.PetitionInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        p = self.selected()
        if p is None:
            self.detail.setText(self.tr("No petition selected."))
            return
        facts = (
            (self.tr("Matter"), p.matter),
            (self.tr("Body concerned"), p.concerned_body),
            (self.tr("People who came"), str(p.headcount)),
        )
        lines = [f"<b>{p.number}</b>  {self._label('state', p.state)}"]
        lines += [f"{name}: {escape(value)}" for name, value in facts]
        deadlines = (
            (self.tr("Decide by"), p.deadlines.decide_by),
            (self.tr("Handle by"), p.deadlines.handle_by),
            (self.tr("Review asked by"), p.deadlines.review_request_by),
            (self.tr("Review decided by"), p.deadlines.review_decide_by),
        )
        lines += [f"{name}: {day.isoformat()}" for name, day in deadlines if day is not None]
        if p.final_review:
            lines.append(
                fill(
                    self.tr("%1 on the same matter was re-reviewed: not accepted again."),
                    p.final_review,
                )
            )
        if p.mediation_case:
            case = self.tr("Mediation case")
            lines.append(f"{case}: {p.mediation_case} ({p.mediation_state})")
        self.detail.setText("<br/>".join(lines))

    # --- moves ----------------------------------------------------------------------------

    def _run(self, op: Callable[[Session], petition_common.PetitionInfo], done: str) -> None:
        def work(session: Session) -> petition_common.PetitionInfo:
            return op(session)

        def shown(info: petition_common.PetitionInfo) -> None:
            self.message.setText(fill(done, info.number))
            self.refresh(select=info.number)

        self._jobs.write(work, shown, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def register(self, registration: Registration) -> None:
        def op(session: Session) -> petition_common.PetitionInfo:
            return petition_intake.register_petition(
                session,
                self._actor,
                channel=registration.channel,
                category=registration.category,
                concerned_body=registration.concerned_body,
                matter=registration.matter,
                petitioners=registration.petitioners,
                headcount=registration.headcount,
            )

        self._run(op, self.tr("%1 registered."))

    def act(self, what: str, **details: Any) -> None:
        """Make a move on the selected petition: accept, decline, extend or reply."""
        p = self.selected()
        if p is None:
            self.message.setText(self.tr("Select a petition first."))
            return
        ops: dict[str, Callable[..., petition_common.PetitionInfo]] = {
            "accept": petition_moves.accept,
            "decline": petition_moves.decline,
            "extend": petition_moves.extend,
            "reply": petition_moves.reply,
        }
        done = {
            "accept": self.tr("%1 accepted."),
            "decline": self.tr("%1 declined."),
            "extend": self.tr("%1 extended."),
            "reply": self.tr("%1 replied."),
        }
        run = ops[what]
        self._run(lambda s: run(s, self._actor, p.id, **details), done[what])

    def _register(self) -> None:
        dialog = RegisterPetitionDialog(self._language, self)
        if dialog.exec():
            self.register(dialog.registration())

    def _accept_selected(self) -> None:
        self.act("accept")

    def _choose(self, title: str, codes: list[str], kind: str) -> str | None:
        names = [self._label(kind, code) for code in codes]
        chosen, ok = QInputDialog.getItem(self, title, title, names, 0, False)
        return codes[names.index(chosen)] if ok else None

    def _text(self, title: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, title)
        return text if ok else None

    def _decline_selected(self) -> None:
        route = self._choose(self.tr("Legal route instead"), [r.value for r in LegalRoute], "route")
        note = self._text(self.tr("Why it is not accepted")) if route else None
        if route and note is not None:
            self.act("decline", routes=[route], note=note)

    def _extend_selected(self) -> None:
        days, ok = QInputDialog.getInt(self, self.tr("Extend"), self.tr("Days (1-30)"), 30, 1, 30)
        reason = self._text(self.tr("Reason for the extension")) if ok else None
        if ok and reason is not None:
            self.act("extend", days=days, reason=reason)

    def _reply_selected(self) -> None:
        finding = self._choose(self.tr("Finding"), [f.value for f in Finding], "finding")
        opinion = self._text(self.tr("The written reply")) if finding else None
        satisfaction = (
            self._choose(
                self.tr("Petitioner's satisfaction"),
                [s.value for s in Satisfaction],
                "satisfaction",
            )
            if opinion is not None
            else None
        )
        if finding and opinion is not None and satisfaction:
            self.act("reply", finding=finding, opinion=opinion, satisfaction=satisfaction)
