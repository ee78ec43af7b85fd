"""Dialogs that move a petition: one dialog offers the moves the domain allows the clerk from
the petition's state (``services.petitions.offers``), each with the page of what it needs —
the legal route of a decline, the competent body of a forward, the days and reason of an
extension, the finding, reply and satisfaction, the day a review was asked for, the result of
a (re-)review. The running deadlines stand at the top. ``PetitionReferDialog`` refers a petition
being handled to mediation, creating the linked case.

A dialog changes nothing itself: OK builds a request for ``submit``, which runs it off the GUI
thread; the dialog closes when it succeeded and shows the service's refusal otherwise,
keeping what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from services.core.actors import Actor
from services.mediation.intake import PersonParty
from services.mediation.states import DisputeType
from services.mediation.states import label as mediation_label
from services.petitions.common import PetitionInfo
from services.petitions.offers import legal_moves, notice_of_move
from services.petitions.states import (
    Finding,
    LegalRoute,
    PetitionState,
    ReviewResult,
    Satisfaction,
    label,
)
from ui.common.i18n import fill
from ui.desk.fields import code_combo, text_box
from ui.mediation.dialogs import (
    FormDialog,
    FormError,
    StepDialog,
    Submit,
    date_edit,
    edit_date,
    plain_text,
    to_qdate,
)
from ui.qt import (
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

S = PetitionState
MAX_RESPONDENTS = 3


@dataclass(frozen=True)
class MoveRequest:
    """Move the petition to ``target`` with the keyword ``details`` its operation takes;
    ``save_notice`` asks for the written notice of the move as a PDF afterwards."""

    target: str
    details: dict[str, Any] = field(default_factory=dict)
    save_notice: bool = False


@dataclass(frozen=True)
class ReferRequest:
    dispute_type: str
    respondents: tuple[PersonParty, ...]
    claims: str


def deadline_lines(petition: PetitionInfo) -> list[tuple[str, date]]:
    """The deadlines a petition has, named in the window's language, in lifecycle order."""
    d = petition.deadlines
    named = (
        (QCoreApplication.translate("PetitionDeadlines", "Decide by"), d.decide_by),
        (QCoreApplication.translate("PetitionDeadlines", "Handle by"), d.handle_by),
        (QCoreApplication.translate("PetitionDeadlines", "Review asked by"), d.review_request_by),
        (
            QCoreApplication.translate("PetitionDeadlines", "Review decided by"),
            d.review_decide_by,
        ),
        (
            QCoreApplication.translate("PetitionDeadlines", "Re-review asked by"),
            d.re_review_request_by,
        ),
        (
            QCoreApplication.translate("PetitionDeadlines", "Re-review decided by"),
            d.re_review_decide_by,
        ),
    )
    return [(name, day) for name, day in named if day is not None]


class MovePage(QWidget):
    """The fields of one move; ``values`` raises ``FormError`` for what must be fixed."""

    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__()
        self.petition = petition
        self.language = language
        self.today = today
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)

    def values(self) -> dict[str, Any]:
        return {}

    def hint(self, text: str) -> None:
        line = QLabel(text)
        line.setWordWrap(True)
        self.form.addRow(line)


class PetitionAcceptPage(MovePage):
    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__(petition, language, today)
        self.hint(self.tr("Handled within 60 days of today; the acceptance notice tells when."))
        self.new_facts = text_box()
        if petition.final_review:
            self.hint(
                fill(
                    self.tr(
                        "%1 on the same matter was re-reviewed: accept only with new facts or "
                        "reasons, or decline it."
                    ),
                    petition.final_review,
                )
            )
            self.form.addRow(self.tr("New facts or reasons"), self.new_facts)
        self.note = text_box(60)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict[str, Any]:
        facts = plain_text(self.new_facts)
        if self.petition.final_review and not facts:
            raise FormError(self.tr("State the new facts, or decline the petition."))
        return {"new_facts": facts, "note": plain_text(self.note)}


class PetitionDeclinePage(MovePage):
    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__(petition, language, today)
        self.hint(self.tr("The notice tells the petitioner where the matter belongs instead."))
        self.routes: dict[str, QCheckBox] = {}
        box = QVBoxLayout()
        for route in LegalRoute:
            check = QCheckBox(label("route", route.value, language))
            check.setChecked(route == LegalRoute.FINAL_REVIEW_DONE and bool(petition.final_review))
            self.routes[route.value] = check
            box.addWidget(check)
        self.form.addRow(self.tr("Legal route instead"), box)
        self.note = text_box()
        self.form.addRow(self.tr("Why it is not accepted"), self.note)

    def values(self) -> dict[str, Any]:
        routes = [code for code, check in self.routes.items() if check.isChecked()]
        if not routes:
            raise FormError(self.tr("Tick at least one legal route."))
        note = plain_text(self.note)
        if not note:
            raise FormError(self.tr("Say why it is not accepted."))
        return {"routes": routes, "note": note}


class PetitionForwardPage(MovePage):
    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__(petition, language, today)
        self.hint(self.tr("The forwarding notice tells the petitioner which body handles it."))
        self.body = QLineEdit(petition.concerned_body)
        self.form.addRow(self.tr("Competent body"), self.body)
        self.note = text_box(60)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict[str, Any]:
        body = self.body.text().strip()
        if not body:
            raise FormError(self.tr("Name the competent body."))
        return {"to_body": body, "note": plain_text(self.note)}


class PetitionExtendPage(MovePage):
    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__(petition, language, today)
        self.hint(self.tr("Once only, at most 30 days, before the handling period ends."))
        self.days = QSpinBox()
        self.days.setRange(1, 30)
        self.days.setValue(30)
        self.reason = text_box()
        self.form.addRow(self.tr("Days (1-30)"), self.days)
        self.form.addRow(self.tr("Reason for the extension"), self.reason)

    def values(self) -> dict[str, Any]:
        reason = plain_text(self.reason)
        if not reason:
            raise FormError(self.tr("Give the reason for the extension."))
        return {"days": self.days.value(), "reason": reason}


class PetitionReplyPage(MovePage):
    def __init__(self, petition: PetitionInfo, language: str, today: date) -> None:
        super().__init__(petition, language, today)
        self.finding = code_combo(
            [f.value for f in Finding], partial(label, "finding", language=language)
        )
        self.opinion = text_box(110)
        self.satisfaction = code_combo(
            [s.value for s in Satisfaction], partial(label, "satisfaction", language=language)
        )
        self.satisfaction.setCurrentIndex(self.satisfaction.findData("not_expressed"))
        self.form.addRow(self.tr("Finding"), self.finding)
        self.form.addRow(self.tr("The written reply"), self.opinion)
        self.form.addRow(self.tr("Petitioner's satisfaction"), self.satisfaction)

    def values(self) -> dict[str, Any]:
        opinion = plain_text(self.opinion)
        if not opinion:
            raise FormError(self.tr("Write the reply."))
        return {
            "finding": str(self.finding.currentData()),
            "opinion": opinion,
            "satisfaction": str(self.satisfaction.currentData()),
        }


class ReviewRequestPage(MovePage):
    """The petitioner asks for a review (复查) or re-review (复核): the day it was asked."""

    def __init__(self, petition: PetitionInfo, language: str, today: date, first: bool) -> None:
        super().__init__(petition, language, today)
        window = (
            petition.deadlines.review_request_by
            if first
            else petition.deadlines.re_review_request_by
        )
        if window is not None:
            self.hint(fill(self.tr("To be asked for by %1; decided within 30 days."), str(window)))
        self.requested_on = date_edit(today)
        self.requested_on.setMaximumDate(to_qdate(today))
        self.note = text_box(60)
        self.form.addRow(self.tr("Asked for on"), self.requested_on)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict[str, Any]:
        return {"requested_on": edit_date(self.requested_on), "note": plain_text(self.note)}


class ReviewDecisionPage(MovePage):
    """The review's or re-review's decision; a re-review is final."""

    def __init__(self, petition: PetitionInfo, language: str, today: date, first: bool) -> None:
        super().__init__(petition, language, today)
        if not first:
            self.hint(self.tr("Final: the same matter on the same facts is not accepted again."))
        self.result = code_combo(
            [r.value for r in ReviewResult], partial(label, "review_result", language=language)
        )
        self.opinion = text_box(110)
        self.form.addRow(self.tr("Result"), self.result)
        self.form.addRow(self.tr("Opinion"), self.opinion)

    def values(self) -> dict[str, Any]:
        opinion = plain_text(self.opinion)
        if not opinion:
            raise FormError(self.tr("Write the opinion."))
        return {"result": str(self.result.currentData()), "opinion": opinion}


def move_page(target: str, petition: PetitionInfo, language: str, today: date) -> MovePage:
    state = S(target)
    if state is S.ACCEPTED:
        return PetitionAcceptPage(petition, language, today)
    if state is S.DECLINED:
        return PetitionDeclinePage(petition, language, today)
    if state is S.FORWARDED:
        return PetitionForwardPage(petition, language, today)
    if state is S.EXTENDED:
        return PetitionExtendPage(petition, language, today)
    if state is S.REPLIED:
        return PetitionReplyPage(petition, language, today)
    if state in (S.REVIEW_REQUESTED, S.RE_REVIEW_REQUESTED):
        return ReviewRequestPage(petition, language, today, state is S.REVIEW_REQUESTED)
    return ReviewDecisionPage(petition, language, today, state is S.REVIEWED)


class PetitionMoveDialog(StepDialog[MovePage]):
    """Choose one of the moves the domain offers and give what it needs."""

    def __init__(
        self,
        petition: PetitionInfo,
        actor: Actor,
        language: str,
        today: date,
        *,
        target: str | None = None,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.petition = petition
        self.language = language
        self.setWindowTitle(fill(self.tr("Petition %1: next step"), petition.number))
        top = QFormLayout()
        top.addRow(self.tr("Now"), QLabel(label("state", petition.state, language)))
        for name, day in deadline_lines(petition):
            overdue = day < today and petition.due == day
            shown = QLabel(fill(self.tr("%1 (overdue)"), day.isoformat()) if overdue else str(day))
            top.addRow(name, shown)
        top.addRow(self.tr("Move to"), self.target_combo)
        self.body.addLayout(top)
        for code in legal_moves(petition.state, actor):
            page = move_page(code, petition, language, today)
            self.add_step(code, label("state", code, language), page)
        self.body.addWidget(self.pages, 1)
        self.save_notice = QCheckBox(self.tr("Save the written notice as a PDF afterwards"))
        self.save_notice.setChecked(True)
        self.body.addWidget(self.save_notice)
        self.steps_added(target)

    def page_shown(self, page: MovePage) -> None:
        del page  # the checkbox follows the move, whatever its page
        self.save_notice.setVisible(notice_of_move(self.target or "") is not None)

    def build_request(self) -> MoveRequest:
        target, page = self.target, self.page
        if target is None or page is None:
            raise FormError(self.tr("No step is open to you from this state."))
        wants = self.save_notice.isChecked() and notice_of_move(target) is not None
        return MoveRequest(target, page.values(), wants)


class PetitionReferDialog(FormDialog):
    """Refer a petition being handled to mediation: a linked case with the petitioners as
    applicants and the respondents named here."""

    def __init__(
        self,
        petition: PetitionInfo,
        language: str,
        *,
        submit: Submit | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setWindowTitle(fill(self.tr("Petition %1: refer to mediation"), petition.number))
        form = QFormLayout()
        applicants = "、".join(person.name for person in petition.petitioners)
        form.addRow(self.tr("Applicants"), QLabel(applicants))
        self.dispute_type = QComboBox()
        for kind in DisputeType:
            self.dispute_type.addItem(mediation_label("dispute_type", kind.value, language), kind)
        form.addRow(self.tr("Kind of dispute"), self.dispute_type)
        self.body.addLayout(form)
        people = QGridLayout()
        people.addWidget(QLabel(self.tr("Respondent")), 0, 0)
        people.addWidget(QLabel(self.tr("Phone")), 0, 1)
        self.respondents: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(1, MAX_RESPONDENTS + 1):
            fields = (QLineEdit(), QLineEdit())
            people.addWidget(fields[0], row, 0)
            people.addWidget(fields[1], row, 1)
            self.respondents.append(fields)
        self.body.addLayout(people)
        self.claims = text_box()
        claims = QFormLayout()
        claims.addRow(self.tr("Claims"), self.claims)
        self.body.addLayout(claims)

    def build_request(self) -> ReferRequest:
        respondents = tuple(
            PersonParty(name.text().strip(), None, phone.text().strip())
            for name, phone in self.respondents
            if name.text().strip()
        )
        if not respondents:
            raise FormError(self.tr("Name at least one respondent."))
        return ReferRequest(
            str(self.dispute_type.currentData()), respondents, plain_text(self.claims)
        )
