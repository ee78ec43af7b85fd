"""The petitions page of the desk: the list with the selected petition beside it (every
deadline, the earlier chain, the linked mediation case and its outcome), and every move the
domain offers the clerk, each on a key: register (Alt+N), accept (Alt+A), decline (Alt+D),
forward (Alt+F), extend (Alt+E, a manager's approval), reply (Alt+R), any next step — the
review and re-review requests and decisions among them (Alt+M), refer to mediation (Alt+T) and
a written notice as a PDF (Alt+P). A button is enabled only when ``services.petitions.offers``
offers its move. Every operation runs on the window's worker; an error is one sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import CivicDeskError
from services.petitions import common as petition_common
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.petitions import offers as petition_offers
from services.petitions import queries as petition_queries
from services.petitions import referral as petition_referral
from services.petitions.states import PetitionState, label
from services.storage.db import Database
from station.petition_documents import petition_pdf
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel, rows_table
from ui.desk.petition_dialogs import (
    MoveRequest,
    PetitionMoveDialog,
    PetitionReferDialog,
    ReferRequest,
    deadline_lines,
)
from ui.desk.register_dialog import RegisterPetitionDialog, Registration
from ui.layout.flow import FlowLayout
from ui.mediation.dialogs import Done, Failed
from ui.mediation.model import code_text
from ui.qt import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

S = PetitionState
Info = petition_common.PetitionInfo
# The operation of each move, called with the details its dialog page gives.
MOVE_OPS: dict[str, Callable[..., Info]] = {
    S.ACCEPTED: petition_moves.accept,
    S.DECLINED: petition_moves.decline,
    S.FORWARDED: petition_moves.forward,
    S.EXTENDED: petition_moves.extend,
    S.REPLIED: petition_moves.reply,
    S.REVIEW_REQUESTED: petition_moves.request_review,
    S.REVIEWED: petition_moves.decide_review,
    S.RE_REVIEW_REQUESTED: petition_moves.request_re_review,
    S.RE_REVIEWED: petition_moves.decide_re_review,
}
REVEAL_SECONDS = 60
# Buttons for the moves a clerk makes most, with the target each opens on.
QUICK_MOVES = {
    "decline": S.DECLINED,
    "forward": S.FORWARDED,
    "extend": S.EXTENDED,
    "reply": S.REPLIED,
}


@dataclass(frozen=True)
class PetitionsView:
    rows: list[Info]
    today: date


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
        self.today = utc_now().date()  # the center's day once the list is read
        self.dialog: PetitionMoveDialog | PetitionReferDialog | None = None
        self.revealed: dict[int, tuple[str | None, str]] = {}  # by petitioner position
        self._revealed_of = ""
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_SECONDS * 1000)
        self._reveal_timer.timeout.connect(self.hide_revealed)
        self.model: RowsModel[Info] = RowsModel(
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
        # The number is what a clerk reads out and scans: never cut short.
        number_column = self.model.column_of("number")
        self.view.horizontalHeader().setSectionResizeMode(
            number_column, QHeaderView.ResizeMode.ResizeToContents
        )
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
        self.detail.setMinimumWidth(340)  # a petitioner's masked ID and phone on one line
        splitter.setSizes([780, 420])  # the list keeps its numbers whole; the detail wraps
        self.buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()
        for key, run in (
            ("register", self._register),
            ("accept", self._accept_selected),
            *((key, self._quick(target)) for key, target in QUICK_MOVES.items()),
            ("move", lambda: self.open_move()),
            ("refer", lambda: self.open_refer()),
            ("notice", self._save_notice_chosen),
            ("reveal", self._reveal_chosen),
        ):
            button = QPushButton()
            button.clicked.connect(run)
            actions.addWidget(button)
            self.buttons[key] = button
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def _quick(self, target: str) -> Callable[[], None]:
        return lambda: self._open_quick(target)

    def _open_quick(self, target: str) -> None:
        self.open_move(target)

    def _label(self, kind: str, code: str) -> str:
        return label(kind, code, self._language)

    def retranslate(self) -> None:
        texts = {
            "register": self.tr("&New petition…"),
            "accept": self.tr("&Accept"),
            "decline": self.tr("&Decline…"),
            "forward": self.tr("&Forward…"),
            "extend": self.tr("&Extend…"),
            "reply": self.tr("&Reply…"),
            "move": self.tr("&More steps…"),
            "refer": self.tr("To media&tion…"),
            "notice": self.tr("Notice &PDF…"),
            "reveal": self.tr("Show &ID…"),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self.model.refresh_headers()
        self._show_selected()

    # --- reading --------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        def read(session: Session) -> PetitionsView:
            today = service_day(utc_now(), load_center_config(session).timezone)
            rows = petition_queries.list_petitions(session, self._actor, limit=500)
            return PetitionsView(rows, today)

        self._jobs.read(read, lambda view: self._show(view, select), self._failed)

    def _show(self, view: PetitionsView, select: str | None) -> None:
        self.today = view.today
        rows = view.rows
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

    def selected(self) -> Info | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable(self, p: Info | None) -> None:
        moves = petition_offers.legal_moves(p.state, self._actor) if p else ()
        work = petition_offers.available_work(p, self._actor) if p else ()
        # Registering takes what accepting does: one who may not is not handed the form.
        self.buttons["register"].setEnabled(self._actor.may(Permission.HANDLE_PETITION))
        self.buttons["accept"].setEnabled(S.ACCEPTED in moves)
        for key, target in QUICK_MOVES.items():
            self.buttons[key].setEnabled(target in moves)
        self.buttons["move"].setEnabled(bool(moves))
        self.buttons["refer"].setEnabled(petition_offers.Work.REFER_TO_MEDIATION in work)
        self.buttons["notice"].setEnabled(p is not None)
        self.buttons["reveal"].setEnabled(p is not None and petition_offers.may_reveal(self._actor))

    def _show_selected(self) -> None:
        p = self.selected()
        self._enable(p)
        if p is None:
            if self.model.rowCount() == 0:
                self.detail.setText(self.tr("No petition registered yet."))
            else:
                self.detail.setText(self.tr("No petition selected."))
            return
        self.detail.setText("<br/>".join(self._detail_lines(p)))

    def _petitioner(self, p: Info, index: int) -> str:
        """A petitioner with the ID number and phone masked, or in full for a minute after an
        audited reveal."""
        person = p.petitioners[index]
        shown = self.revealed.get(index + 1) if self._revealed_of == p.number else None
        id_number, phone = shown or (person.id_number_masked, person.phone_masked)
        return " ".join(part for part in (person.name, id_number or "", phone) if part)

    def _detail_lines(self, p: Info) -> list[str]:
        facts = [
            (self.tr("Channel"), self._label("channel", p.channel)),
            (self.tr("Matter"), p.matter),
            (self.tr("Body concerned"), p.concerned_body),
            (self.tr("People who came"), str(p.headcount)),
        ]
        if p.forwarded_to:
            facts.append((self.tr("Forwarded to"), p.forwarded_to))
        if p.decline_routes:
            routes = "；".join(self._label("route", r) for r in p.decline_routes)
            facts.append((self.tr("Legal route instead"), routes))
        if p.extension_days:
            extension = fill(
                self.tr("%1 days: %2"), str(p.extension_days), p.extension_reason or ""
            )
            facts.append((self.tr("Extended"), extension))
        if p.finding:
            facts.append((self.tr("Finding"), self._label("finding", p.finding)))
        if p.satisfaction:
            facts.append((self.tr("Satisfaction"), self._label("satisfaction", p.satisfaction)))
        for name, result in (
            (self.tr("Review"), p.review_result),
            (self.tr("Re-review"), p.re_review_result),
        ):
            if result:
                facts.append((name, self._label("review_result", result)))
        lines = [f"<b>{p.number}</b>  {self._label('state', p.state)}"]
        lines += [fill(self.tr("%1: %2"), name, escape(value)) for name, value in facts]
        lines.append(self.tr("Petitioners:"))
        lines += [
            "&nbsp;&nbsp;· " + escape(self._petitioner(p, i)) for i in range(len(p.petitioners))
        ]
        for name, day in deadline_lines(p):
            late = p.overdue and p.due == day
            text = fill(self.tr("%1: %2"), name, day.isoformat())
            lines.append(f'<span style="color:#B00020">{text}</span>' if late else text)
        if p.repeat_of:
            lines.append(fill(self.tr("Repeat of %1 (same petitioner and matter)."), p.repeat_of))
        if p.final_review:
            lines.append(
                fill(
                    self.tr("%1 on the same matter was re-reviewed: not accepted again."),
                    p.final_review,
                )
            )
        if p.mediation_case:
            state = code_text("state", p.mediation_state, self._language)
            lines.append(fill(self.tr("Mediation case: %1 (%2)"), p.mediation_case, state))
            if p.mediation_outcome:
                outcome = code_text("outcome", p.mediation_outcome, self._language)
                lines.append(fill(self.tr("Mediation outcome: %1"), outcome))
        return lines

    # --- moves ----------------------------------------------------------------------------

    def _run(
        self,
        op: Callable[[Session], Info],
        done: Callable[[Info], str],
        failed: Callable[[BaseException], None] | None = None,
        after: Callable[[Info], None] | None = None,
    ) -> None:
        def shown(info: Info) -> None:
            self.message.setText(done(info))
            self.refresh(select=info.number)
            if after is not None:
                after(info)

        self._jobs.write(op, shown, failed or self._failed)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def register(self, registration: Registration) -> None:
        def op(session: Session) -> Info:
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

        self._run(op, self._said(self.tr("%1 registered.")))

    def _said(self, text: str) -> Callable[[Info], str]:
        def say(info: Info) -> str:
            due = " " + fill(self.tr("Due: %1"), info.due.isoformat()) if info.due else ""
            return fill(text, info.number) + due

        return say

    def act(self, what: str, **details: Any) -> None:
        """Make a move on the selected petition: accept, decline, extend or reply."""
        targets = {"accept": S.ACCEPTED, "decline": S.DECLINED, "extend": S.EXTENDED}
        self.make_move(MoveRequest(targets.get(what, S.REPLIED), details))

    def make_move(
        self,
        request: MoveRequest,
        done: Done | None = None,
        failed: Failed | None = None,
    ) -> None:
        p = self.selected()
        if p is None:
            self.message.setText(self.tr("Select a petition first."))
            return
        run = MOVE_OPS[request.target]
        said = {
            S.ACCEPTED: self.tr("%1 accepted."),
            S.DECLINED: self.tr("%1 declined."),
            S.FORWARDED: self.tr("%1 forwarded."),
            S.EXTENDED: self.tr("%1 extended."),
            S.REPLIED: self.tr("%1 replied."),
            S.REVIEW_REQUESTED: self.tr("%1: review asked for."),
            S.REVIEWED: self.tr("%1: review decided."),
            S.RE_REVIEW_REQUESTED: self.tr("%1: re-review asked for."),
            S.RE_REVIEWED: self.tr("%1: re-review decided (final)."),
        }[S(request.target)]
        notice = petition_offers.notice_of_move(request.target)

        def after(info: Info) -> None:
            if done is not None:
                done(info)
            if request.save_notice and notice is not None:
                self.save_notice_pdf(notice)

        self._run(
            lambda s: run(s, self._actor, p.id, **request.details),
            self._said(said),
            failed,
            after,
        )

    def open_move(self, target: str | None = None) -> PetitionMoveDialog | None:
        """The next-step dialog of the selected petition, opened window-modal (not blocking)."""
        p = self.selected()
        if p is None:
            self.message.setText(self.tr("Select a petition first."))
            return None
        dialog = PetitionMoveDialog(
            p, self._actor, self._language, self.today, submit=self.make_move, parent=self
        )
        if target in dialog.targets():
            dialog.set_target(str(target))
        self._open(dialog)
        return dialog

    def open_refer(self) -> PetitionReferDialog | None:
        p = self.selected()
        if p is None:
            self.message.setText(self.tr("Select a petition first."))
            return None
        dialog = PetitionReferDialog(p, self._language, submit=self.refer, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: PetitionMoveDialog | PetitionReferDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def refer(
        self, request: ReferRequest, done: Done | None = None, failed: Failed | None = None
    ) -> None:
        p = self.selected()
        if p is None:
            self.message.setText(self.tr("Select a petition first."))
            return

        def op(session: Session) -> Info:
            return petition_referral.refer_to_mediation(
                session,
                self._actor,
                p.id,
                dispute_type=request.dispute_type,
                respondents=request.respondents,
                claims=request.claims,
            )

        def said(info: Info) -> str:
            return fill(
                self.tr("%1 referred to mediation: case %2."), info.number, info.mediation_case
            )

        self._run(op, said, failed, done)

    def _register(self) -> None:
        dialog = RegisterPetitionDialog(self._language, self)
        if dialog.exec():
            self.register(dialog.registration())

    def _accept_selected(self) -> None:
        p = self.selected()
        if p is not None and p.final_review:
            self.open_move(S.ACCEPTED)  # the new facts are asked for
        else:
            self.make_move(MoveRequest(S.ACCEPTED))

    # --- identity -------------------------------------------------------------------------

    def _reveal_chosen(self) -> None:
        p = self.selected()
        if p is None or not p.petitioners:
            return
        names = [f"{i + 1}. {person.name}" for i, person in enumerate(p.petitioners)]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Show the ID number"), self.tr("Whose?"), names, 0, False
        )
        if not ok:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Show the ID number"), self.tr("Why (recorded in the audit log)?")
        )
        if ok:
            self.reveal(names.index(chosen) + 1, reason)

    def reveal(self, position: int, reason: str) -> None:
        """Show a petitioner's full ID number and phone for a minute; the reveal is audited."""
        p = self.selected()
        if p is None:
            return
        actor = self._actor

        def work(session: Session) -> tuple[str | None, str]:
            return petition_queries.reveal_petitioner(session, actor, p.id, position, reason)

        def shown(identity: tuple[str | None, str]) -> None:
            if self._revealed_of != p.number:
                self.revealed.clear()
            self._revealed_of = p.number
            self.revealed[position] = identity
            self._reveal_timer.start()
            self._show_selected()

        self._jobs.write(work, shown, self._failed)

    def hide_revealed(self) -> None:
        self._reveal_timer.stop()
        self.revealed.clear()
        self._revealed_of = ""
        self._show_selected()

    # --- documents ------------------------------------------------------------------------

    def _save_notice_chosen(self) -> None:
        p = self.selected()
        if p is None:
            return
        kinds = list(petition_offers.notices(p))
        names = [self._notice_name(kind) for kind in kinds]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Notice PDF"), self.tr("Which document?"), names, len(names) - 1, False
        )
        if ok:
            self.save_notice_pdf(kinds[names.index(chosen)])

    def _notice_name(self, kind: str) -> str:
        return {
            "slip": self.tr("Registration slip"),
            "accept": self.tr("Acceptance notice"),
            "decline": self.tr("Notice of non-acceptance"),
            "forward": self.tr("Forwarding notice"),
            "extend": self.tr("Extension notice"),
            "reply": self.tr("Written reply"),
        }[kind]

    def save_notice_pdf(self, kind: str, path: Path | None = None) -> None:
        """The petition's slip or a written notice as an A4 PDF in the window's language."""
        p = self.selected()
        if p is None:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self._notice_name(kind),
                f"{p.number}-{kind}.pdf",
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        target, actor, language = path, self._actor, self._language

        def work(session: Session) -> Path:
            pdf = petition_pdf(session, actor, p.id, kind, language)
            try:
                target.write_bytes(pdf)
            except OSError as exc:
                raise CivicDeskError(f"Could not write {target}: {exc.strerror or exc}.") from exc
            return target

        self._jobs.read(
            work,
            lambda saved: self.message.setText(fill(self.tr("Saved %1."), str(saved))),
            self._failed,
        )
