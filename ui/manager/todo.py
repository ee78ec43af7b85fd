"""What a manager must act on: overdue requests, cases due today, bad ratings to follow up,
and the early warnings of petitions and the dispute ledger (预警)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from services.casework.evaluations import EvaluationInfo, close_follow_up, open_follow_ups
from services.casework.requests import RequestInfo, list_requests
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.ledger.states import label as ledger_label
from services.ledger.warnings import EarlyWarning, early_warnings
from services.mediation.deadlines import ActionItem, cases_needing_action
from services.petitions.states import label as petition_label
from services.storage.db import Database
from ui.common import theme
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import DatabaseJobs
from ui.common.table_model import Column, RowsModel, rows_table
from ui.qt import (
    QEvent,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ToDo:
    requests: list[RequestInfo]
    cases: list[ActionItem]
    ratings: list[EvaluationInfo]
    warnings: list[EarlyWarning]


class ToDoPanel(QWidget):
    def __init__(self, database: Database, actor: Actor, language: str) -> None:
        super().__init__()
        self._database = database
        self._actor = actor
        self._language = language
        self._runner = OpRunner(self)
        self._jobs = DatabaseJobs(self._database, self._runner)
        self.requests: RowsModel[RequestInfo] = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda r: r.number),
                Column(lambda: self.tr("Resident"), lambda r: r.resident_name),
                Column(
                    lambda: self.tr("Matter"),
                    lambda r: (
                        r.service_name_en if self._language.startswith("en") else r.service_name_zh
                    ),
                ),
                Column(lambda: self.tr("Promised by"), lambda r: r.promised_by.isoformat()),
                Column(lambda: self.tr("Counter"), lambda r: r.counter_number),
            ]
        )
        self.cases: RowsModel[ActionItem] = RowsModel(
            [
                Column(lambda: self.tr("Case"), lambda a: a.case_number),
                Column(lambda: self.tr("Needs"), lambda a: self._reason(a.reason)),
                Column(lambda: self.tr("Due"), lambda a: a.due.isoformat()),
                Column(lambda: self.tr("Overdue"), lambda a: self.tr("yes") if a.overdue else ""),
            ]
        )
        self.ratings: RowsModel[EvaluationInfo] = RowsModel(
            [
                Column(lambda: self.tr("Ticket"), lambda e: e.ticket_code),
                Column(lambda: self.tr("Day"), lambda e: e.service_day.isoformat()),
                Column(
                    lambda: self.tr("Rating"),
                    lambda e: e.score_en if self._language.startswith("en") else e.score_zh,
                ),
                Column(lambda: self.tr("Counter"), lambda e: e.counter_number),
                Column(
                    lambda: self.tr("Follow up by"),
                    lambda e: e.follow_up_due.isoformat() if e.follow_up_due else None,
                ),
            ]
        )
        self.warnings: RowsModel[EarlyWarning] = RowsModel(
            [
                Column(lambda: self.tr("Number"), lambda w: w.code),
                Column(lambda: self.tr("State"), self._warning_state),
                Column(
                    lambda: self.tr("Why"),
                    lambda w: "、".join(self._warning_reason(r) for r in w.reasons),
                ),
                Column(lambda: self.tr("Due"), lambda w: w.due.isoformat() if w.due else None),
            ]
        )
        layout = QVBoxLayout(self)
        self._titles = [QLabel(), QLabel(), QLabel(), QLabel()]
        for title, model in zip(
            self._titles, (self.warnings, self.requests, self.cases, self.ratings), strict=True
        ):
            title.setFont(theme.font(14, bold=True))
            layout.addWidget(title)
            view = rows_table(model)  # type: ignore[arg-type]
            layout.addWidget(view, 1)
            if model is self.ratings:
                self._ratings_view = view
                self._ratings_title = title
        actions = QHBoxLayout()
        self._close_button = QPushButton()
        self._close_button.clicked.connect(self._close_selected_follow_up)
        actions.addWidget(self._close_button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions.addWidget(self.message, 3)
        layout.addLayout(actions)
        # Only those who may follow ratings up see them; the rest of the to-do is for all.
        self._follows_up = actor.may(Permission.FOLLOW_UP_RATING)
        for widget in (self._ratings_title, self._ratings_view, self._close_button):
            widget.setVisible(self._follows_up)
        self.retranslate()

    def _reason(self, code: str) -> str:
        reasons = {
            "mediation_due": self.tr("mediation target date"),
            "feedback_due": self.tr("feedback from the receiving body"),
            "confirmation_window": self.tr("judicial confirmation window"),
            "performance_due": self.tr("performance deadline"),
            "session_due": self.tr("scheduled session"),
        }
        return reasons.get(code, code)

    def _warning_state(self, warning: EarlyWarning) -> str:
        label = petition_label if warning.what == "petition" else ledger_label
        return label("state", warning.state, self._language)

    def _warning_reason(self, code: str) -> str:
        reasons = {
            "overdue": self.tr("overdue"),
            "follow_up_overdue": self.tr("follow-up overdue"),
            "grave": self.tr("grave risk"),
            "collective": self.tr("collective petition"),
            "repeat": self.tr("repeat petition"),
            "after_final_review": self.tr("matter already re-reviewed"),
            "five_or_more": self.tr("five or more people"),
            "recurring": self.tr("again within 90 days"),
            "violence_threat": self.tr("threat of violence"),
            "criminal_risk": self.tr("risk of turning criminal"),
            "minors": self.tr("minors involved"),
        }
        return reasons.get(code, code)

    def retranslate(self) -> None:
        self._titles[0].setText(self.tr("Early warnings: petitions and disputes"))
        self._titles[1].setText(self.tr("Overdue service requests"))
        self._titles[2].setText(self.tr("Mediation cases needing action"))
        self._titles[3].setText(self.tr("Bad ratings awaiting follow-up"))
        self._close_button.setText(self.tr("Close the selected follow-up…"))
        for model in (self.warnings, self.requests, self.cases, self.ratings):
            model.refresh_headers()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        follows_up = self._follows_up

        def read(session: Session) -> ToDo:
            today = service_day(utc_now(), load_center_config(session).timezone)
            return ToDo(
                requests=list_requests(session, self._actor, overdue=True),
                cases=cases_needing_action(session, self._actor, today),
                ratings=open_follow_ups(session, self._actor) if follows_up else [],
                warnings=early_warnings(session, self._actor, today),
            )

        self._jobs.read(read, self._show, self._failed)

    def _show(self, todo: ToDo) -> None:
        self.requests.set_rows(todo.requests)
        self.cases.set_rows(todo.cases)
        self.ratings.set_rows(todo.ratings)
        self.warnings.set_rows(todo.warnings)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(user_message(error))

    def close_follow_up(self, evaluation_id: int, note: str) -> None:
        def work(session: Session) -> None:
            close_follow_up(session, self._actor, evaluation_id, note)

        def done(_result: object) -> None:
            self.message.setText(self.tr("Follow-up closed."))
            self.refresh()

        self._jobs.write(work, done, self._failed)

    def _close_selected_follow_up(self) -> None:
        rows = self._ratings_view.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a rating first."))
            return
        evaluation = self.ratings.row_at(rows[0].row())
        note, accepted = QInputDialog.getMultiLineText(
            self, self.tr("Close follow-up"), self.tr("What was done for the resident?")
        )
        if accepted and note.strip():
            self.close_follow_up(evaluation.id, note.strip())

    def shutdown(self) -> None:
        self._runner.shutdown()
