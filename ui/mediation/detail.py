"""One mediation case in detail: what it is about, its parties (ID numbers masked, with an
audited reveal for permitted roles), sessions, agreed terms, visits, reminders, the file, and the
timeline of every event; the next steps open to the person signed in, and the documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from devices.spooler import JobStateChange
from services.core.actors import Permission
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import CivicDeskError
from services.mediation import common as mediation_common
from services.mediation import directory as mediation_directory
from services.mediation import queries as mediation_queries
from services.mediation import states as mediation_states
from services.mediation import transitions as mediation_transitions
from services.mediation.states import AWAITING_FEEDBACK_STATES, MEDIATING_STATES
from station import mediation_documents
from ui.common import theme
from ui.common.i18n import fill
from ui.common.print_station import PrintStation
from ui.layout.flow import FlowLayout
from ui.mediation.dialogs import (
    DialogContext,
    FormDialog,
    TransitionDialog,
    TransitionRequest,
    WorkDialog,
    WorkRequest,
    work_title,
)
from ui.mediation.model import CaseContext, code_text
from ui.qt import (
    QAbstractItemView,
    QEvent,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

REVEAL_SECONDS = 30
DOCUMENTS = ("referral", "referral_short", "agreement", "rights_notice")

STYLE = f"""
QWidget#caseHeader {{ background: {theme.NAVY}; }}
QWidget#caseHeader QLabel {{ color: white; }}
QWidget#caseHeader QLabel#stateBadge {{ background: white; color: {theme.NAVY};
  border-radius: 4px; padding: 2px 8px; }}
QWidget#caseHeader QLabel#alertBadge {{ background: {theme.RED}; color: white;
  border-radius: 4px; padding: 2px 8px; }}
QWidget#caseHeader QLabel#riskBadge {{ background: {theme.AMBER}; color: white;
  border-radius: 4px; padding: 2px 8px; }}
"""


class CaseFileError(CivicDeskError):
    """A document could not be written (a full disk, a read-only folder): not a bug."""

    code = "file_error"


@dataclass(frozen=True)
class LoadedCase:
    """A case as the detail shows it, with what its dialogs need."""

    detail: mediation_queries.CaseDetail
    today: date
    timezone: tzinfo
    bodies: tuple[mediation_directory.ReceivingBodyInfo, ...]

    @property
    def case(self) -> mediation_common.CaseInfo:
        return self.detail.case


def load_case(session: Session, context: CaseContext, case_id: int) -> LoadedCase:
    """Read one case for the detail (on the worker thread)."""
    actor = context.actor
    detail = mediation_queries.case_detail(session, actor, case_id)
    zone = load_center_config(session).timezone
    bodies = tuple(mediation_directory.list_receiving_bodies(session, actor))
    return LoadedCase(detail, service_day(utc_now(), zone), zone, bodies)


def read_only_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    # Wrapped cells need their rows measured again whenever a column changes width.
    header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value if len(value) > 30 else "")
            table.setItem(row, column, item)
    table.resizeRowsToContents()


class CaseDetailWidget(QWidget):
    """``changed(CaseInfo)`` after every change made here; ``close_requested`` by the × button;
    ``loaded(LoadedCase)`` each time a case is (re)read."""

    changed = Signal(object)
    loaded = Signal(object)
    close_requested = Signal()

    def __init__(
        self,
        context: CaseContext,
        *,
        print_station: PrintStation | None = None,
        pdf_font: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._station = print_station
        self._pdf_font = pdf_font
        self.current: LoadedCase | None = None
        self.dialog: FormDialog | None = None
        self.revealed: dict[int, str] = {}  # party id -> the full number, while shown
        self._print_jobs: dict[int, str] = {}
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_SECONDS * 1000)
        self._reveal_timer.timeout.connect(self.hide_revealed)
        if print_station is not None:
            print_station.job_changed.connect(self._job_changed)
        self.setStyleSheet(STYLE)
        self._build()
        self.retranslate()
        self.show_case(None)

    @property
    def language(self) -> str:
        return self._context.language

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        header = QWidget()
        header.setObjectName("caseHeader")
        bar = QHBoxLayout(header)
        bar.setContentsMargins(10, 6, 6, 6)
        self.number_label = QLabel()
        self.number_label.setFont(theme.font(15, bold=True))
        self.state_badge = QLabel()
        self.state_badge.setObjectName("stateBadge")
        self.state_badge.setFont(theme.font(11, bold=True))
        self.overdue_badge = QLabel()
        self.overdue_badge.setObjectName("alertBadge")
        self.risk_badge = QLabel()
        self.risk_badge.setObjectName("riskBadge")
        self.close_button = QPushButton("×")
        self.close_button.setFixedWidth(36)
        self.close_button.clicked.connect(self.close_requested.emit)
        bar.addWidget(self.number_label)
        bar.addSpacing(8)
        bar.addWidget(self.state_badge)
        bar.addWidget(self.overdue_badge)
        bar.addWidget(self.risk_badge)
        bar.addStretch(1)
        bar.addWidget(self.close_button)
        outer.addWidget(header)

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        outer.addWidget(self.placeholder, 1)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(8, 4, 8, 4)
        self.info = QGridLayout()
        self.info.setHorizontalSpacing(10)
        self.info.setVerticalSpacing(3)
        self.info.setColumnStretch(1, 1)
        self.info.setColumnStretch(3, 1)
        body.addLayout(self.info)
        self.parties_title = QLabel()
        self.parties_title.setFont(theme.font(11, bold=True))
        body.addWidget(self.parties_title)
        self.parties = read_only_table(6)
        self.parties.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.parties.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        party_header = self.parties.horizontalHeader()
        party_header.setStretchLastSection(False)
        party_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        party_header.setMinimumSectionSize(72)  # the name column keeps its title readable
        self.parties.verticalHeader().sectionResized.connect(lambda *_a: self._fit_parties())
        body.addWidget(self.parties)
        self.tabs = QTabWidget()
        self.timeline = read_only_table(4)
        self.sessions = read_only_table(4)
        self.terms = read_only_table(4)
        self.visits = read_only_table(3)
        self.reminders = read_only_table(3)
        self.file_items = read_only_table(2)
        for table in (
            self.timeline,
            self.sessions,
            self.terms,
            self.visits,
            self.reminders,
            self.file_items,
        ):
            self.tabs.addTab(table, "")
        self.tabs.setMinimumHeight(220)
        body.addWidget(self.tabs, 1)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)

        actions = QVBoxLayout()
        actions.setContentsMargins(8, 0, 8, 4)
        # Each row wraps its buttons: the detail fits beside the list on a 1366 px screen.
        top = Qt.AlignmentFlag.AlignTop
        self.steps_row = QHBoxLayout()
        self.steps_label = QLabel()
        self.steps_row.addWidget(self.steps_label, 0, top)
        self.steps_box = FlowLayout()
        self.steps_row.addLayout(self.steps_box, 1)
        actions.addLayout(self.steps_row)
        self.work_row = QHBoxLayout()
        self.work_label = QLabel()
        self.work_row.addWidget(self.work_label, 0, top)
        self.work_box = FlowLayout()
        self.work_row.addLayout(self.work_box, 1)
        actions.addLayout(self.work_row)
        documents = QHBoxLayout()
        self.documents_label = QLabel()
        documents.addWidget(self.documents_label, 0, top)
        document_box = FlowLayout()
        documents.addLayout(document_box, 1)
        self.document_buttons: dict[str, QPushButton] = {}
        for kind, run in (
            ("referral", lambda: self.save_referral_pdf()),
            ("referral_short", self.print_referral_short),
            ("agreement", lambda: self.save_agreement_pdf()),
            ("rights_notice", lambda: self.save_rights_notice_pdf()),
        ):
            button = QPushButton()
            button.clicked.connect(run)
            self.document_buttons[kind] = button
            document_box.addWidget(button)
        actions.addLayout(documents)
        self.actions_widget = QWidget()
        self.actions_widget.setLayout(actions)
        outer.addWidget(self.actions_widget)
        self.step_buttons: dict[str, QPushButton] = {}
        self.work_buttons: dict[str, QPushButton] = {}

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Select a case in the list to see it here."))
        self.close_button.setToolTip(self.tr("Close the case"))
        self.parties_title.setText(self.tr("Parties"))
        self.steps_label.setText(self.tr("Next step:"))
        self.work_label.setText(self.tr("Record:"))
        self.documents_label.setText(self.tr("Documents:"))
        for kind, text in (
            ("referral", self.tr("Referral slip PDF…")),
            ("referral_short", self.tr("Print short slip")),
            ("agreement", self.tr("Agreement PDF…")),
            ("rights_notice", self.tr("Rights notice PDF…")),
        ):
            self.document_buttons[kind].setText(text)
        tabs = (
            self.tr("Timeline"),
            self.tr("Sessions"),
            self.tr("Terms"),
            self.tr("Visits"),
            self.tr("Reminders"),
            self.tr("File"),
        )
        for index, text in enumerate(tabs):
            self.tabs.setTabText(index, text)
        headers = {
            self.parties: (
                self.tr("Side"),
                self.tr("Name"),
                self.tr("ID number"),
                self.tr("Phone"),
                self.tr("Agent"),
                "",
            ),
            self.timeline: (self.tr("Time"), self.tr("By"), self.tr("Event"), self.tr("Details")),
            self.sessions: (
                self.tr("Held on"),
                self.tr("Mediators"),
                self.tr("Attendees"),
                self.tr("Record"),
            ),
            self.terms: (self.tr("No."), self.tr("Term"), self.tr("Due"), self.tr("Fulfilled")),
            self.visits: (self.tr("Visited on"), self.tr("Visitor"), self.tr("Note")),
            self.reminders: (self.tr("Deadline"), self.tr("Due"), self.tr("Details")),
            self.file_items: (self.tr("Document"), self.tr("In the file")),
        }
        for table, labels in headers.items():
            table.setHorizontalHeaderLabels(list(labels))
        self.show_case(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading --------------------------------------------------------------------------

    def load(self, case_id: int) -> None:
        """Read the case (off the GUI thread) and show it."""
        context = self._context
        context.read(lambda s: load_case(s, context, case_id), self.show_case)

    def reload(self) -> None:
        if self.current is not None:
            self.load(self.current.case.id)

    def show_case(self, loaded: LoadedCase | None) -> None:
        if loaded is not None and (self.current is None or self.current.case.id != loaded.case.id):
            self.hide_revealed()
        self.current = loaded
        self.placeholder.setVisible(loaded is None)
        self.scroll_area.setVisible(loaded is not None)
        self.actions_widget.setVisible(loaded is not None)
        for badge in (self.state_badge, self.overdue_badge, self.risk_badge):
            badge.setVisible(False)
        if loaded is None:
            self.number_label.setText(self.tr("No case selected"))
            return
        case = loaded.case
        self.number_label.setText(case.number)
        self.state_badge.setText(code_text("state", case.state, self.language))
        self.state_badge.setVisible(True)
        self.overdue_badge.setText(self.tr("Overdue"))
        self.overdue_badge.setVisible(case.overdue)
        self.risk_badge.setText(self.tr("Risk of escalation"))
        self.risk_badge.setVisible(case.escalation_risk)
        self._show_info(loaded)
        self._show_parties(case)
        self._show_tables(loaded)
        self._show_actions(loaded)
        self.loaded.emit(loaded)

    def _show_info(self, loaded: LoadedCase) -> None:
        while self.info.count():
            item = self.info.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        case, detail, language = loaded.case, loaded.detail, self.language
        fields: list[tuple[str, str]] = [
            (self.tr("Dispute type"), code_text("dispute_type", case.dispute_type, language)),
            (self.tr("Source"), code_text("source", case.source, language)),
            (self.tr("Registered"), case.service_day.isoformat()),
            (self.tr("Channel"), code_text("channel", case.channel, language)),
        ]
        if detail.receiving_body is not None:
            body = detail.receiving_body
            where = "  ".join(part for part in (body.address, body.phone) if part)
            fields.append((self.tr("Receiving body"), f"{body.name}  {where}".strip()))
        if case.feedback_due and case.state in AWAITING_FEEDBACK_STATES:
            fields.append((self.tr("Feedback due"), case.feedback_due.isoformat()))
        if case.mediation_due and case.state in MEDIATING_STATES:
            due = case.mediation_due.isoformat()
            if case.extended:
                due += "  " + self.tr("(extended)")
            fields.append((self.tr("Mediation target"), due))
        if detail.scheduled_for:
            fields.append((self.tr("Session scheduled"), detail.scheduled_for.isoformat()))
        if case.agreement_kind:
            agreement = code_text("agreement_kind", case.agreement_kind, language)
            if case.agreement_effective:
                agreement += "  " + fill(
                    self.tr("effective %1"), case.agreement_effective.isoformat()
                )
            fields.append((self.tr("Agreement"), agreement))
        if detail.confirmation_window_end and case.agreement_kind == "written":
            fields.append((self.tr("Confirmation by"), detail.confirmation_window_end.isoformat()))
        if case.confirmation_applied_on:
            fields.append(
                (self.tr("Confirmation applied"), case.confirmation_applied_on.isoformat())
            )
        if case.failure_routes:
            routes = "、".join(code_text("failure_route", r, language) for r in case.failure_routes)
            fields.append((self.tr("Routes offered"), routes))
        if case.outcome:
            fields.append((self.tr("Outcome"), code_text("outcome", case.outcome, language)))
        for index, (name, value) in enumerate(fields):
            self._add_field(index // 2, (index % 2) * 2, name, value)
        row = (len(fields) + 1) // 2
        long_fields = [(self.tr("Facts"), case.facts), (self.tr("Claims"), case.claims or "—")]
        if detail.failure_advice:
            long_fields.append((self.tr("Advice"), detail.failure_advice))
        if detail.extension_consent:
            long_fields.append((self.tr("Extension consent"), detail.extension_consent))
        for offset, (name, value) in enumerate(long_fields):
            self._add_field(row + offset, 0, name, value, span=3)

    def _add_field(self, row: int, column: int, name: str, value: str, span: int = 1) -> None:
        name_label = QLabel(name)
        name_label.setStyleSheet("color: #555555;")
        name_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        value_label = QLabel(value)
        value_label.setWordWrap(True)
        value_label.setTextFormat(Qt.TextFormat.PlainText)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.addWidget(name_label, row, column)
        self.info.addWidget(value_label, row, column + 1, 1, span)

    def _show_parties(self, case: mediation_common.CaseInfo) -> None:
        may_reveal = self._context.actor.may(Permission.REVEAL_PARTY_ID)
        self.parties.setRowCount(len(case.parties))
        for row, party in enumerate(case.parties):
            name = party.name + ("  " + self.tr("(organisation)") if party.is_organisation else "")
            if party.is_organisation:
                number = party.organisation_code or "—"
            else:
                number = self.revealed.get(party.id, party.id_number_masked or "—")
            agent = party.agent_name or ""
            if party.agent_name and party.agent_phone:
                agent += f" {party.agent_phone}"
            values = [
                code_text("side", party.side, self.language),
                name,
                number,
                party.phone or "—",
                agent or "—",
            ]
            for column, value in enumerate(values):
                self.parties.setItem(row, column, QTableWidgetItem(value))
            self.parties.removeCellWidget(row, 5)
            self.parties.setItem(row, 5, QTableWidgetItem(""))
            if may_reveal and not party.is_organisation and party.id_number_masked:
                button = QPushButton(
                    self.tr("Hide") if party.id in self.revealed else self.tr("Reveal…")
                )
                button.setToolTip(self.tr("Show the full ID number (the reveal is audited)"))
                button.clicked.connect(lambda _c=False, p=party.id: self.toggle_reveal(p))
                self.parties.setCellWidget(row, 5, button)
        self.parties.resizeRowsToContents()
        self._fit_parties()

    def _fit_parties(self) -> None:
        """The parties table as tall as its rows: it never scrolls inside the detail."""
        table = self.parties
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(height)

    def _show_tables(self, loaded: LoadedCase) -> None:
        detail, language = loaded.detail, self.language
        fill_table(
            self.timeline,
            [
                [
                    local_time(event.occurred_at, loaded.timezone),
                    event.actor,
                    self._event_title(event),
                    self._event_details(event),
                ]
                for event in reversed(detail.timeline)
            ],
        )
        fill_table(
            self.sessions,
            [[s.held_on.isoformat(), s.mediators, s.attendees, s.record] for s in detail.sessions],
        )
        fill_table(
            self.terms,
            [
                [
                    str(t.position),
                    t.description,
                    t.due.isoformat(),
                    t.fulfilled_on.isoformat() if t.fulfilled_on else "—",
                ]
                for t in detail.terms
            ],
        )
        fill_table(
            self.visits, [[v.visited_on.isoformat(), v.visitor, v.note] for v in detail.visits]
        )
        fill_table(
            self.reminders,
            [
                [
                    code_text("reminder", r.reason, language),
                    r.due.isoformat() + ("  " + self.tr("overdue") if r.overdue else ""),
                    r.detail,
                ]
                for r in detail.reminders
            ],
        )
        present = set(loaded.case.file_items)
        missing = {i for item in detail.missing_file_items for i in item.split("|")}
        rows = []
        for item in mediation_states.FileItem:
            if item.value in present:
                rows.append([code_text("file_item", item.value, language), self.tr("yes")])
            elif item.value in missing:
                rows.append(
                    [code_text("file_item", item.value, language), self.tr("missing (needed)")]
                )
        fill_table(self.file_items, rows)
        reminders = self.tr("Reminders")
        if detail.reminders:
            reminders += f" ({len(detail.reminders)})"
        self.tabs.setTabText(self.tabs.indexOf(self.reminders), reminders)

    def _event_title(self, event: mediation_queries.EventView) -> str:
        language = self.language
        if event.kind == "transition" and event.from_state and event.to_state:
            return (
                f"{code_text('state', event.from_state, language)} → "
                f"{code_text('state', event.to_state, language)}"
            )
        return code_text("event", event.kind, language)

    def _event_details(self, event: mediation_queries.EventView) -> str:
        """The event's details as short text, then its note."""
        language, details = self.language, event.details
        labels: dict[str, Callable[[Any], str]] = {
            "channel": lambda v: code_text("channel", v, language),
            "receiving_body": str,
            "feedback_due": lambda v: fill(self.tr("feedback by %1"), v),
            "mediation_due": lambda v: fill(self.tr("target %1"), v),
            "on": lambda v: fill(self.tr("session on %1"), v),
            "held_on": lambda v: fill(self.tr("held %1"), v),
            "mediators": str,
            "kind": lambda v: code_text("agreement_kind", v, language),
            "effective": lambda v: fill(self.tr("effective %1"), v),
            "terms": lambda v: fill(self.tr("%1 terms"), str(len(v))),
            "routes": lambda v: "、".join(code_text("failure_route", r, language) for r in v),
            "advice": str,
            "summary": str,
            "resolved": lambda v: self.tr("resolved") if v else self.tr("not resolved"),
            "applied_on": lambda v: fill(self.tr("applied %1"), v),
            "outcome": lambda v: code_text("outcome", v, language),
            "item": lambda v: code_text("file_item", v, language),
            "position": lambda v: fill(self.tr("term %1"), str(v)),
            "fulfilled_on": lambda v: fill(self.tr("fulfilled %1"), v) if v else "",
            "visitor": str,
            "visited_on": str,
            "to": lambda v: fill(self.tr("new target %1"), v),
            "dispute_type": lambda v: code_text("dispute_type", v, language),
            "source": lambda v: code_text("source", v, language),
        }
        parts = []
        for key, render in labels.items():
            value = details.get(key)
            if value is None or value == "" or value == []:
                continue
            try:
                text = render(value)
            except (KeyError, TypeError):
                text = str(value)
            if text:
                parts.append(text)
        if event.note:
            parts.append(event.note)
        return "；".join(parts) if language != "en" else "; ".join(parts)

    # --- actions --------------------------------------------------------------------------

    def dialog_context(self) -> DialogContext:
        loaded = self.current
        assert loaded is not None
        return DialogContext(
            case=loaded.case,
            actor=self._context.actor,
            language=self.language,
            today=loaded.today,
            bodies=loaded.bodies,
            terms=loaded.detail.terms,
            missing_file_items=loaded.detail.missing_file_items,
            moves=loaded.detail.moves,
        )

    def _step_text(self, target: str) -> str:
        texts = {
            "declined": self.tr("Decline…"),
            "referred": self.tr("Refer…"),
            "accepted": self.tr("Accept…"),
            "acknowledged": self.tr("Referral acknowledged…"),
            "result_received": self.tr("Result received…"),
            "closed": self.tr("Close…"),
            "scheduled": self.tr("Schedule…"),
            "in_mediation": self.tr("First session…"),
            "agreed": self.tr("Agreement…"),
            "failed": self.tr("Mediation failed…"),
            "terminated": self.tr("Terminate…"),
            "confirmation_applied": self.tr("Confirmation applied…"),
            "confirmed": self.tr("Confirmed…"),
            "not_confirmed": self.tr("Not confirmed…"),
            "performing": self.tr("Performing…"),
            "archived": self.tr("Archive…"),
        }
        return texts.get(target, target)

    def _work_text(self, kind: str) -> str:
        return work_title(kind) + "…"

    def _show_actions(self, loaded: LoadedCase) -> None:
        for box, buttons in (
            (self.steps_box, self.step_buttons),
            (self.work_box, self.work_buttons),
        ):
            for button in buttons.values():
                box.removeWidget(button)
                button.deleteLater()
            buttons.clear()
        for target in loaded.detail.moves:
            button = QPushButton(self._step_text(target))
            button.clicked.connect(lambda _c=False, t=target: self.open_transition(t))
            self.steps_box.addWidget(button)
            self.step_buttons[target] = button
        if not self.step_buttons:
            done = QPushButton(self.tr("None open to you"))
            done.setEnabled(False)
            self.steps_box.addWidget(done)
            self.step_buttons[""] = done
        for kind in loaded.detail.work:
            button = QPushButton(self._work_text(kind))
            button.clicked.connect(lambda _c=False, k=kind: self.open_work(k))
            self.work_box.addWidget(button)
            self.work_buttons[kind] = button
        self.work_label.setVisible(bool(self.work_buttons))
        case = loaded.case
        referred = case.receiving_body_id is not None and case.channel is not None
        can_print = self._station is not None and self._station.printer_name is not None
        self.document_buttons["referral"].setEnabled(referred)
        self.document_buttons["referral_short"].setEnabled(referred and can_print)
        self.document_buttons["referral_short"].setVisible(self._station is not None)
        self.document_buttons["agreement"].setEnabled(case.agreement_kind is not None)
        self.document_buttons["rights_notice"].setEnabled(True)

    def open_transition(self, target: str | None = None) -> TransitionDialog | None:
        """Open the dialog of the next steps (window-modal, not blocking); returns it."""
        if self.current is None:
            return None
        dialog = TransitionDialog(
            self.dialog_context(), target=target, submit=self._submit_transition, parent=self
        )
        self._open(dialog)
        return dialog

    def open_work(self, kind: str) -> WorkDialog | None:
        if self.current is None:
            return None
        dialog = WorkDialog(self.dialog_context(), kind, submit=self._submit_work, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _submit_transition(
        self,
        request: TransitionRequest,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._write(transition_work(self._context, self._case_id(), request), done, failed)

    def _submit_work(
        self,
        request: WorkRequest,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        self._write(case_work(self._context, self._case_id(), request), done, failed)

    def run_transition(self, target: str, note: str = "", **details: Any) -> None:
        """Move the case shown without a dialog (the panel's API; errors go to the message)."""
        request = TransitionRequest(target, note, details)
        self._write(transition_work(self._context, self._case_id(), request))

    def run_work(self, kind: str, **fields: Any) -> None:
        self._write(case_work(self._context, self._case_id(), WorkRequest(kind, fields)))

    def _case_id(self) -> int:
        if self.current is None:
            raise RuntimeError("no case is shown")
        return self.current.case.id

    def _write(
        self,
        work: Callable[[Session], mediation_common.CaseInfo],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        def finished(info: mediation_common.CaseInfo) -> None:
            if done is not None:
                done(info)
            self._changed(info)

        self._context.write(work, finished, failed)

    def _changed(self, info: mediation_common.CaseInfo) -> None:
        self._context.say(
            fill(
                self.tr("%1 is now: %2."),
                info.number,
                code_text("state", info.state, self.language),
            ),
            False,
        )
        self.changed.emit(info)
        self.load(info.id)

    # --- revealing an ID number -----------------------------------------------------------

    def toggle_reveal(self, party_id: int) -> None:
        if party_id in self.revealed:
            self.hide_revealed()
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Reveal the ID number"),
            self.tr("Why do you need the full ID number? (recorded in the audit log)"),
        )
        if accepted and reason.strip():
            self.reveal(party_id, reason.strip())

    def reveal(self, party_id: int, reason: str) -> None:
        """Show a party's full ID number for a while; the domain audits the reveal."""
        actor = self._context.actor
        self._context.write(
            lambda s: mediation_queries.reveal_party_id(s, actor, party_id, reason),
            lambda number: self._show_revealed(party_id, str(number)),
        )

    def _show_revealed(self, party_id: int, number: str) -> None:
        if self.current is None or party_id not in {p.id for p in self.current.case.parties}:
            return
        self.revealed[party_id] = number
        self._show_parties(self.current.case)
        self._reveal_timer.start()

    def hide_revealed(self) -> None:
        self._reveal_timer.stop()
        if not self.revealed:
            return
        self.revealed.clear()
        if self.current is not None:
            self._show_parties(self.current.case)

    # --- documents ------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, title, f"{name}.pdf", self.tr("PDF files (*.pdf)")
        )
        return Path(path) if path else None

    def save_referral_pdf(self, path: Path | None = None) -> None:
        """The referral slip, two copies (stub and handover), as an A4 PDF."""
        self._save_pdf(
            path, self.tr("Save the referral slip"), "referral", mediation_documents.referral_pdf
        )

    def save_agreement_pdf(self, path: Path | None = None) -> None:
        self._save_pdf(
            path, self.tr("Save the agreement"), "agreement", mediation_documents.agreement_pdf
        )

    def save_rights_notice_pdf(self, path: Path | None = None) -> None:
        self._save_pdf(
            path,
            self.tr("Save the notice of rights and duties"),
            "rights-notice",
            mediation_documents.rights_notice_pdf,
        )

    def _save_pdf(
        self,
        path: Path | None,
        title: str,
        suffix: str,
        maker: Callable[[Session, Any, int, str, str | None], bytes],
    ) -> None:
        if self.current is None:
            return
        case = self.current.case
        if path is None:
            path = self._ask_path(title, f"{case.number}-{suffix}")
            if path is None:
                return
        actor, language, font = self._context.actor, self.language, self._pdf_font or None
        target = path

        def work(session: Session) -> Path:
            pdf = maker(session, actor, case.id, language, font)
            try:
                target.write_bytes(pdf)
            except OSError as exc:
                raise CaseFileError(
                    f"Could not write {target}: {exc.strerror or exc}.",
                    key="write",
                    path=str(target),
                    reason=exc.strerror or str(exc),
                ) from exc
            return target

        # written, not read: a document printed with full identity is recorded in the audit log
        self._context.write(
            work,
            lambda saved: self._context.say(fill(self.tr("Saved %1."), str(saved)), False),
        )

    def print_referral_short(self) -> None:
        """Queue the short thermal copy of the referral slip on the station's printer."""
        station = self._station
        if self.current is None:
            return
        if station is None or station.printer_name is None:
            self._context.say(self.tr("This station has no receipt printer."), True)
            return
        actor, language, case_id = self._context.actor, self.language, self.current.case.id
        printer, profile = station.printer_name, station.profile

        def work(session: Session) -> tuple[int, str]:
            job = mediation_documents.spool_referral_short(
                session, actor, case_id, printer=printer, profile=profile, language=language
            )
            return job.id, job.document_ref

        self._context.write(work, self._spooled)

    def _spooled(self, spooled: tuple[int, str]) -> None:
        job_id, number = spooled
        self._print_jobs[job_id] = number
        if self._station is not None:
            self._station.wake()
        self._context.say(fill(self.tr("Printing the short slip of %1."), number), False)

    def _job_changed(self, change: JobStateChange) -> None:
        if change.job_id is None or change.job_id not in self._print_jobs:
            return
        number = self._print_jobs[change.job_id]
        if change.state == "done":
            del self._print_jobs[change.job_id]
            self._context.say(fill(self.tr("The short slip of %1 is printed."), number), False)
        elif change.state == "waiting":
            why = change.reason or self.tr("the printer is not ready")
            self._context.say(
                fill(self.tr("The short slip of %1 waits for the printer (%2)."), number, why),
                True,
            )


def transition_work(
    context: CaseContext, case_id: int, request: TransitionRequest
) -> Callable[[Session], mediation_common.CaseInfo]:
    actor = context.actor

    def work(session: Session) -> mediation_common.CaseInfo:
        return mediation_transitions.transition(
            session, actor, case_id, request.target, note=request.note, **request.details
        )

    return work


def case_work(
    context: CaseContext, case_id: int, request: WorkRequest
) -> Callable[[Session], mediation_common.CaseInfo]:
    """The operation of a piece of work that keeps the case's state."""
    actor, kind = context.actor, request.kind
    fields = {k: v for k, v in request.fields.items() if k not in ("position", "item")}
    position, item = request.fields.get("position"), request.fields.get("item")

    def work(session: Session) -> mediation_common.CaseInfo:
        if kind == "reschedule":
            return mediation_transitions.schedule(session, actor, case_id, **fields)
        if kind == "session":
            return mediation_transitions.record_session(session, actor, case_id, **fields)
        if kind == "extend":
            return mediation_transitions.extend(session, actor, case_id, **fields)
        if kind == "fulfil":
            assert isinstance(position, int)
            return mediation_transitions.fulfil_term(session, actor, case_id, position, **fields)
        if kind == "visit":
            return mediation_transitions.add_follow_up_visit(session, actor, case_id, **fields)
        if kind == "file_item":
            return mediation_transitions.add_file_item(session, actor, case_id, str(item), **fields)
        raise ValueError(f"unknown work {kind!r}")

    return work


def local_time(value: datetime, zone: tzinfo) -> str:
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")
