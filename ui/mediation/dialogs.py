"""Dialogs that change a mediation case: one per kind of data a move or a piece of work needs.

``TransitionDialog`` offers only the moves that are legal from the case's state *and* that the
actor may make (``CaseDetail.moves``, decided by ``services.mediation.moves``); each move has
its page (refer: channel, receiving body and feedback date; agree: kind, terms with due dates
and the effective date; …). ``WorkDialog`` records the work the domain offers that does not
change the state (``CaseDetail.work``): rescheduling, a session, an extension with both
parties' consent, a fulfilled term, a follow-up visit, a file item.

A dialog does not change anything itself: OK builds a request and hands it to ``submit``, which
runs the operation off the GUI thread; the dialog closes when it succeeded and shows the
error otherwise, keeping what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from services.core.actors import Actor
from services.mediation import common as mediation_common
from services.mediation import deadlines as mediation_deadlines
from services.mediation import directory as mediation_directory
from services.mediation import queries as mediation_queries
from services.mediation import states as mediation_states
from services.mediation.states import (
    MANDATORY_FILE_ITEMS,
    AgreementKind,
    CaseState,
    Channel,
    FailureRoute,
    FileItem,
)
from ui.common import theme
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.mediation.model import code_text
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

S = CaseState
P = TypeVar("P", bound=QWidget)
DEFAULT_FEEDBACK_DAYS = 15
DEFAULT_TERM_DAYS = 15

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Submit = Callable[[Any, Done, Failed], None]


class FormError(Exception):
    """What the person has to fix in the form before it can be sent."""


@dataclass(frozen=True)
class TransitionRequest:
    """Move the case to ``target``; ``details`` are the keyword details of ``transition``."""

    target: str
    note: str = ""
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkRequest:
    """Work on a case that keeps its state; ``kind`` is one of ``WORK_KINDS``."""

    kind: str
    fields: dict[str, Any] = field(default_factory=dict)


WORK_KINDS = ("reschedule", "session", "extend", "fulfil", "visit", "file_item")


@dataclass(frozen=True)
class DialogContext:
    """What the dialogs of one case know: the case, who works, today and the directory."""

    case: mediation_common.CaseInfo
    actor: Actor
    language: str
    today: date
    bodies: tuple[mediation_directory.ReceivingBodyInfo, ...] = ()
    terms: tuple[mediation_queries.TermView, ...] = ()
    missing_file_items: tuple[str, ...] = ()
    moves: tuple[str, ...] = ()  # what the domain offers this actor (CaseDetail.moves)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def edit_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def plain_text(edit: QPlainTextEdit) -> str:
    return edit.toPlainText().strip()


# --- the base dialog -----------------------------------------------------------------------


class FormDialog(QDialog):
    """A form whose OK hands a request to ``submit`` and closes only when that succeeded."""

    def __init__(self, submit: Submit | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.request: Any = None
        self.result_value: Any = None
        self.setMinimumWidth(560)
        self.layout_ = QVBoxLayout(self)
        self.body = QVBoxLayout()
        self.layout_.addLayout(self.body, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.RED};")
        self.message.hide()
        self.layout_.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def build_request(self) -> Any:
        raise NotImplementedError

    def send(self) -> None:
        """Check the form, then run the request (or, without ``submit``, just accept)."""
        try:
            request = self.build_request()
        except FormError as error:
            self.show_error(str(error))
            return
        self.request = request
        if self._submit is None:
            self.accept()
            return
        self.ok_button().setEnabled(False)
        self.message.hide()
        self._submit(request, self._done, self._failed)

    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _done(self, result: Any) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button().setEnabled(True)
        self.show_error(user_message(error))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


# --- pages: one per kind of data ------------------------------------------------------------


class Page(QWidget):
    """The fields of one move or piece of work. ``values`` raises ``FormError``."""

    def __init__(self, context: DialogContext) -> None:
        super().__init__()
        self.context = context
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)

    def values(self) -> dict[str, Any]:
        return {}

    def note_required(self) -> bool:
        return False

    def label(self, kind: str, code: str) -> str:
        return code_text(kind, code, self.context.language)


class NotePage(Page):
    """A move that needs only a note; ``required`` when the note is the reason."""

    def __init__(self, context: DialogContext, hint: str = "", *, required: bool = False) -> None:
        super().__init__(context)
        self._required = required
        if hint:
            text = QLabel(hint)
            text.setWordWrap(True)
            self.form.addRow(text)

    def note_required(self) -> bool:
        return self._required


class ChannelCombo(QComboBox):
    def __init__(self, page: Page) -> None:
        super().__init__()
        for channel in Channel:
            self.addItem(page.label("channel", channel.value), channel.value)

    @property
    def channel(self) -> str:
        return str(self.currentData())


class ReferPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.channel = ChannelCombo(self)
        self.body = QComboBox()
        self.due = date_edit(context.today + timedelta(days=DEFAULT_FEEDBACK_DAYS))
        self.due.setMinimumDate(to_qdate(context.today))
        self.body_info = QLabel()
        self.body_info.setWordWrap(True)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Receiving body"), self.body)
        self.form.addRow("", self.body_info)
        self.form.addRow(self.tr("Feedback due"), self.due)
        self.channel.currentIndexChanged.connect(lambda _i: self._fill_bodies())
        self.body.currentIndexChanged.connect(lambda _i: self._show_body())
        # The case's own channel; else that of the first body suited to its dispute type.
        suited = next((b for b in self._bodies() if b.suits(context.case.dispute_type)), None)
        channel = context.case.channel or (suited.channel if suited else None)
        if channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        self._fill_bodies()

    def _bodies(self) -> list[mediation_directory.ReceivingBodyInfo]:
        """Active bodies, those that suit the case's dispute type first."""
        kind = self.context.case.dispute_type
        active = [b for b in self.context.bodies if b.active]
        return sorted(active, key=lambda b: not b.suits(kind))

    def _fill_bodies(self) -> None:
        self.body.clear()
        for body in self._bodies():
            if body.channel == self.channel.channel:
                self.body.addItem(body.display_name(self.context.language), body.id)
        self._show_body()

    def _show_body(self) -> None:
        body = next((b for b in self.context.bodies if b.id == self.body.currentData()), None)
        if body is None:
            self.body_info.setText(self.tr("No receiving body of this channel in the directory."))
        else:
            self.body_info.setText("  ".join(part for part in (body.address, body.phone) if part))

    def select_body(self, body_id: int) -> None:
        body = next(b for b in self.context.bodies if b.id == body_id)
        self.channel.setCurrentIndex(self.channel.findData(body.channel))
        self.body.setCurrentIndex(self.body.findData(body_id))

    def values(self) -> dict[str, Any]:
        if self.body.currentData() is None:
            raise FormError(self.tr("Choose a receiving body."))
        return {
            "channel": self.channel.channel,
            "receiving_body_id": int(self.body.currentData()),
            "feedback_due": edit_date(self.due),
        }


class AcceptPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.channel = ChannelCombo(self)
        hint = QLabel(
            self.tr("The center mediates the case itself; the 30-day target starts today.")
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.form.addRow(self.tr("Channel"), self.channel)

    def values(self) -> dict[str, Any]:
        return {"channel": self.channel.channel}


class ResultPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.resolved = QCheckBox(self.tr("The dispute was resolved"))
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(70)
        self.form.addRow("", self.resolved)
        self.form.addRow(self.tr("Result reported"), self.summary)

    def values(self) -> dict[str, Any]:
        summary = plain_text(self.summary)
        if not summary:
            raise FormError(self.tr("Say what the receiving body reported."))
        return {"resolved": self.resolved.isChecked(), "summary": summary}


class SchedulePage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.on = date_edit(context.today + timedelta(days=1))
        self.on.setMinimumDate(to_qdate(context.today))
        self.form.addRow(self.tr("Session on"), self.on)

    def values(self) -> dict[str, Any]:
        return {"on": edit_date(self.on)}


class SessionPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.held_on = date_edit(context.today)
        self.held_on.setMaximumDate(to_qdate(context.today))
        self.mediators = QLineEdit(context.actor.name)
        self.attendees = QLineEdit()
        self.record = QPlainTextEdit()
        self.record.setFixedHeight(90)
        self.form.addRow(self.tr("Held on"), self.held_on)
        self.form.addRow(self.tr("Mediators"), self.mediators)
        self.form.addRow(self.tr("Attendees"), self.attendees)
        self.form.addRow(self.tr("Record"), self.record)

    def values(self) -> dict[str, Any]:
        mediators = self.mediators.text().strip()
        if not mediators:
            raise FormError(self.tr("Name the mediators of the session."))
        return {
            "held_on": edit_date(self.held_on),
            "mediators": mediators,
            "attendees": self.attendees.text().strip(),
            "record": plain_text(self.record),
        }


class AgreePage(Page):
    """Written or oral, the terms with their performance deadlines, the effective date."""

    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.kind = QComboBox()
        for kind in AgreementKind:
            self.kind.addItem(self.label("agreement_kind", kind.value), kind.value)
        self.effective = date_edit(context.today)
        self.effective.setMaximumDate(to_qdate(context.today))
        self.terms = QTableWidget(0, 2)
        self.terms.setHorizontalHeaderLabels([self.tr("Term"), self.tr("Perform by")])
        header = self.terms.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.terms.verticalHeader().hide()
        self.terms.setMinimumHeight(150)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add term"))
        self.add_button.clicked.connect(lambda: self.add_term())
        self.remove_button = QPushButton(self.tr("Remove term"))
        self.remove_button.clicked.connect(self.remove_term)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Takes effect on"), self.effective)
        self.form.addRow(self.tr("Terms"), self.terms)
        self.form.addRow("", buttons)
        self.add_term()

    def add_term(self, text: str = "", due: date | None = None) -> None:
        row = self.terms.rowCount()
        self.terms.insertRow(row)
        self.terms.setItem(row, 0, QTableWidgetItem(text))
        self.terms.setCellWidget(
            row, 1, date_edit(due or self.context.today + timedelta(days=DEFAULT_TERM_DAYS))
        )

    def remove_term(self) -> None:
        row = self.terms.currentRow()
        if row < 0:
            row = self.terms.rowCount() - 1
        if row >= 0:
            self.terms.removeRow(row)

    def set_terms(self, terms: list[tuple[str, date]]) -> None:
        self.terms.setRowCount(0)
        for text, due in terms:
            self.add_term(text, due)

    def values(self) -> dict[str, Any]:
        terms: list[tuple[str, date]] = []
        for row in range(self.terms.rowCount()):
            item = self.terms.item(row, 0)
            text = item.text().strip() if item is not None else ""
            due_edit = self.terms.cellWidget(row, 1)
            if not text:
                continue
            assert isinstance(due_edit, QDateEdit)
            terms.append((text, edit_date(due_edit)))
        if not terms:
            raise FormError(self.tr("An agreement needs at least one term."))
        return {
            "kind": str(self.kind.currentData()),
            "terms": terms,
            "effective": edit_date(self.effective),
        }


class FailPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.routes: dict[str, QCheckBox] = {}
        routes = QVBoxLayout()
        for route in FailureRoute:
            box = QCheckBox(self.label("failure_route", route.value))
            self.routes[route.value] = box
            routes.addWidget(box)
        self.advice = QPlainTextEdit()
        self.advice.setFixedHeight(80)
        self.form.addRow(self.tr("Routes offered"), routes)
        self.form.addRow(self.tr("Advice given"), self.advice)

    def values(self) -> dict[str, Any]:
        routes = [code for code, box in self.routes.items() if box.isChecked()]
        if not routes:
            raise FormError(self.tr("Tick at least one route offered to the parties."))
        advice = plain_text(self.advice)
        if not advice:
            raise FormError(self.tr("Write down the advice given to the parties."))
        return {"routes": routes, "advice": advice}


class ConfirmationPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.applied_on = date_edit(context.today)
        self.applied_on.setMaximumDate(to_qdate(context.today))
        self.form.addRow(self.tr("Applied on"), self.applied_on)
        effective = context.case.agreement_effective
        if effective is not None:
            last = mediation_deadlines.confirmation_window_end(effective)
            hint = QLabel(
                fill(
                    self.tr("The agreement took effect on %1; the last day to apply is %2."),
                    effective.isoformat(),
                    last.isoformat(),
                )
            )
            hint.setWordWrap(True)
            self.form.addRow("", hint)

    def values(self) -> dict[str, Any]:
        return {"applied_on": edit_date(self.applied_on)}


class PerformedPage(Page):
    """Closing a performing case: performed (open terms fulfilled on a date) or breached."""

    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.outcome = QComboBox()
        for outcome in (mediation_states.Outcome.PERFORMED, mediation_states.Outcome.BREACHED):
            self.outcome.addItem(self.label("outcome", outcome.value), outcome.value)
        self.fulfilled_on = date_edit(context.today)
        self.fulfilled_on.setMaximumDate(to_qdate(context.today))
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Open terms fulfilled on"), self.fulfilled_on)
        self.outcome.currentIndexChanged.connect(
            lambda _i: self.fulfilled_on.setEnabled(self.performed)
        )

    @property
    def performed(self) -> bool:
        return bool(self.outcome.currentData() == mediation_states.Outcome.PERFORMED)

    def note_required(self) -> bool:
        return not self.performed

    def values(self) -> dict[str, Any]:
        if self.performed:
            return {
                "outcome": mediation_states.Outcome.PERFORMED.value,
                "fulfilled_on": edit_date(self.fulfilled_on),
            }
        return {"outcome": mediation_states.Outcome.BREACHED.value}


class ExtendPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        due = context.case.mediation_due
        hint = QLabel(
            fill(
                self.tr(
                    "The mediation target %1 moves by %2 days, once, with both parties' consent."
                ),
                due.isoformat() if due else "—",
                str(mediation_deadlines.EXTENSION_DAYS),
            )
        )
        hint.setWordWrap(True)
        self.applicant = QCheckBox(self.tr("The applicants consent"))
        self.respondent = QCheckBox(self.tr("The respondents consent"))
        self.how = QPlainTextEdit()
        self.how.setFixedHeight(70)
        self.form.addRow(hint)
        self.form.addRow("", self.applicant)
        self.form.addRow("", self.respondent)
        self.form.addRow(self.tr("How they consented"), self.how)

    def values(self) -> dict[str, Any]:
        if not (self.applicant.isChecked() and self.respondent.isChecked()):
            raise FormError(self.tr("An extension needs the consent of both parties."))
        how = plain_text(self.how)
        if not how:
            raise FormError(self.tr("Say how both parties consented (signed, recorded, …)."))
        return {"applicant_consent": True, "respondent_consent": True, "consent_note": how}


class FulfilPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.term = QComboBox()
        for term in context.terms:
            if term.fulfilled_on is None:
                self.term.addItem(
                    f"{term.position}. {term.description} ({term.due.isoformat()})", term.position
                )
        self.fulfilled_on = date_edit(context.today)
        self.fulfilled_on.setMaximumDate(to_qdate(context.today))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Term"), self.term)
        self.form.addRow(self.tr("Fulfilled on"), self.fulfilled_on)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict[str, Any]:
        if self.term.currentData() is None:
            raise FormError(self.tr("Every term is fulfilled already."))
        return {
            "position": int(self.term.currentData()),
            "fulfilled_on": edit_date(self.fulfilled_on),
            "note": self.note.text().strip(),
        }


class VisitPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.visited_on = date_edit(context.today)
        self.visited_on.setMaximumDate(to_qdate(context.today))
        self.visitor = QLineEdit(context.actor.name)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(80)
        self.form.addRow(self.tr("Visited on"), self.visited_on)
        self.form.addRow(self.tr("Visitor"), self.visitor)
        self.form.addRow(self.tr("What was found"), self.note)

    def values(self) -> dict[str, Any]:
        visitor = self.visitor.text().strip()
        if not visitor:
            raise FormError(self.tr("Name who made the visit."))
        return {
            "visited_on": edit_date(self.visited_on),
            "visitor": visitor,
            "note": plain_text(self.note),
        }


class FileItemPage(Page):
    def __init__(self, context: DialogContext) -> None:
        super().__init__(context)
        self.item = QComboBox()
        present = set(context.case.file_items)
        for item in FileItem:
            text = self.label("file_item", item.value)
            if item.value in present:
                text += "  ✓"
            self.item.addItem(text, item.value)
        first_missing = next(
            (i.value for i in MANDATORY_FILE_ITEMS if i.value not in present), None
        )
        if first_missing is not None:
            self.item.setCurrentIndex(self.item.findData(first_missing))
        self.note = QLineEdit()
        self.form.addRow(self.tr("Document"), self.item)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict[str, Any]:
        return {"item": str(self.item.currentData()), "note": self.note.text().strip()}


# --- the dialogs ---------------------------------------------------------------------------


def transition_page(target: str, context: DialogContext) -> Page:
    """The page of the move to ``target`` from the case's current state."""
    state = context.case.state
    if target == S.REFERRED:
        return ReferPage(context)
    if target == S.ACCEPTED:
        return AcceptPage(context)
    if target == S.RESULT_RECEIVED:
        return ResultPage(context)
    if target == S.SCHEDULED:
        return SchedulePage(context)
    if target == S.IN_MEDIATION:
        return SessionPage(context)
    if target == S.AGREED:
        return AgreePage(context)
    if target == S.FAILED:
        return FailPage(context)
    if target == S.CONFIRMATION_APPLIED:
        return ConfirmationPage(context)
    if target == S.CLOSED and state == S.PERFORMING:
        return PerformedPage(context)
    if target in (S.DECLINED, S.TERMINATED):
        return NotePage(
            context,
            QCoreApplication.translate("CaseDialogs", "Give the reason in the note."),
            required=True,
        )
    if target == S.ARCHIVED and context.missing_file_items:
        missing = "、".join(
            code_text("file_item", item, context.language)
            if "|" not in item
            else " / ".join(code_text("file_item", i, context.language) for i in item.split("|"))
            for item in context.missing_file_items
        )
        return NotePage(
            context,
            fill(QCoreApplication.translate("CaseDialogs", "The file still lacks: %1"), missing),
        )
    return NotePage(context)


class StepDialog(FormDialog, Generic[P]):
    """A form that offers steps in a combo, each with its page of fields. A subclass adds its
    steps with ``add_step``, then calls ``steps_added``; ``page_shown`` follows the choice."""

    def __init__(self, submit: Submit | None, parent: QWidget | None = None) -> None:
        super().__init__(submit, parent)
        self.target_combo = QComboBox()
        self.pages = QStackedWidget()
        self.page_of: dict[str, P] = {}

    def add_step(self, code: str, text: str, page: P) -> None:
        self.target_combo.addItem(text, code)
        self.page_of[code] = page
        self.pages.addWidget(page)

    def steps_added(self, target: str | None) -> None:
        self.target_combo.currentIndexChanged.connect(lambda _i: self._show_page())
        if not self.page_of:
            # translated in the context of the dialog's own class, which says it too
            self.show_error(self.tr("No step is open to you from this state."))
            self.ok_button().setEnabled(False)
        if target is not None:
            self.set_target(target)
        self._show_page()

    def targets(self) -> list[str]:
        """The steps offered, as codes."""
        return [str(self.target_combo.itemData(i)) for i in range(self.target_combo.count())]

    @property
    def target(self) -> str | None:
        data = self.target_combo.currentData()
        return None if data is None else str(data)

    @property
    def page(self) -> P | None:
        return self.page_of.get(self.target or "")

    def set_target(self, target: str) -> None:
        index = self.target_combo.findData(target)
        if index < 0:
            raise ValueError(f"{target} is not a step open now")
        self.target_combo.setCurrentIndex(index)
        self._show_page()

    def _show_page(self) -> None:
        page = self.page
        if page is not None:
            self.pages.setCurrentWidget(page)
            self.page_shown(page)

    def page_shown(self, page: P) -> None:
        """Follow the step chosen (labels, hints)."""


class TransitionDialog(StepDialog["Page"]):
    """Choose one of the legal moves and give what it needs."""

    def __init__(
        self,
        context: DialogContext,
        *,
        target: str | None = None,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.context = context
        self.setWindowTitle(fill(self.tr("Case %1: next step"), context.case.number))
        top = QFormLayout()
        self.state_label = QLabel(code_text("state", context.case.state, context.language))
        top.addRow(self.tr("Now"), self.state_label)
        top.addRow(self.tr("Move to"), self.target_combo)
        self.body.addLayout(top)
        for code in context.moves:
            page = transition_page(code, context)
            self.add_step(code, code_text("state", code, context.language), page)
            if isinstance(page, PerformedPage):
                page.outcome.currentIndexChanged.connect(lambda _i: self._show_page())
        self.body.addWidget(self.pages, 1)
        self.note_label = QLabel()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.body.addWidget(self.note_label)
        self.body.addWidget(self.note)
        self.steps_added(target)

    def page_shown(self, page: Page) -> None:
        page.form.invalidate()
        required = page.note_required()
        self.note_label.setText(self.tr("Reason (required)") if required else self.tr("Note"))

    def build_request(self) -> TransitionRequest:
        target, page = self.target, self.page
        if target is None or page is None:
            raise FormError(self.tr("No step is open to you from this state."))
        details = page.values()
        note = plain_text(self.note)
        if page.note_required() and not note:
            raise FormError(self.tr("Give the reason in the note."))
        return TransitionRequest(target, note, details)


class WorkDialog(FormDialog):
    """Record work that keeps the case in its state."""

    PAGES: dict[str, type[Page]] = {
        "reschedule": SchedulePage,
        "session": SessionPage,
        "extend": ExtendPage,
        "fulfil": FulfilPage,
        "visit": VisitPage,
        "file_item": FileItemPage,
    }

    def __init__(
        self,
        context: DialogContext,
        kind: str,
        *,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.context = context
        self.kind = kind
        self.setWindowTitle(f"{context.case.number}: {work_title(kind)}")
        self.page = self.PAGES[kind](context)
        self.body.addWidget(self.page, 1)

    def build_request(self) -> WorkRequest:
        return WorkRequest(self.kind, self.page.values())


def work_title(kind: str) -> str:
    return {
        "reschedule": QCoreApplication.translate("CaseDialogs", "Move the session date"),
        "session": QCoreApplication.translate("CaseDialogs", "Record a session"),
        "extend": QCoreApplication.translate("CaseDialogs", "Extend the mediation"),
        "fulfil": QCoreApplication.translate("CaseDialogs", "A term is fulfilled"),
        "visit": QCoreApplication.translate("CaseDialogs", "Follow-up visit"),
        "file_item": QCoreApplication.translate("CaseDialogs", "Add to the case file"),
    }[kind]
