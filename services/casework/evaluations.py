"""Ratings of a visit (好差评) by the resident, on the rating panel beside the counter, and the
follow-up a bad rating (1 or 2) opens: due within 15 working days, closed by a manager.

Staff never enter a rating for the resident: only the rating panel's actor may rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.calendar.working_days import add_working_days
from services.casework.ops import CaseOp, begin
from services.core.actors import STAFF_ROLES, Actor, Permission
from services.core.errors import (
    AlreadyRated,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.queue.tickets import TicketInfo, TicketStatus, get_ticket, ticket_info
from services.storage.casework_models import Evaluation
from services.storage.models import Counter, Ticket

FOLLOW_UP_WORKING_DAYS = 15
BAD_SCORES = frozenset({1, 2})
MAX_COMMENT = 500
MAX_NOTE = 2000


@dataclass(frozen=True)
class ScoreLabel:
    score: int
    zh: str
    en: str

    def label(self, language: str) -> str:
        return self.en if language.startswith("en") else self.zh


SCORE_LABELS: tuple[ScoreLabel, ...] = (
    ScoreLabel(5, "非常满意", "Very satisfied"),
    ScoreLabel(4, "满意", "Satisfied"),
    ScoreLabel(3, "基本满意", "Fairly satisfied"),
    ScoreLabel(2, "不满意", "Dissatisfied"),
    ScoreLabel(1, "非常不满意", "Very dissatisfied"),
)
_LABEL_BY_SCORE = {label.score: label for label in SCORE_LABELS}


@dataclass(frozen=True)
class BadRatingReason:
    code: str
    zh: str
    en: str

    def label(self, language: str) -> str:
        return self.en if language.startswith("en") else self.zh


BAD_RATING_REASONS: tuple[BadRatingReason, ...] = (
    BadRatingReason("long_wait", "等候时间太长", "Waited too long"),
    BadRatingReason("attitude", "服务态度不好", "Poor attitude of the staff"),
    BadRatingReason("unclear_guidance", "办事指引不清楚", "Unclear guidance"),
    BadRatingReason("repeated_trips", "多次跑腿", "Had to come several times"),
    BadRatingReason("complex_process", "办事流程繁琐", "The process is too complex"),
    BadRatingReason("other", "其他", "Other"),
)
_REASON_CODES = {reason.code: reason for reason in BAD_RATING_REASONS}


def score_label(score: int) -> ScoreLabel:
    try:
        return _LABEL_BY_SCORE[score]
    except KeyError:
        raise ValidationError(f"A rating is 1 to 5, not {score!r}.") from None


class FollowUpState(StrEnum):
    NONE = "none"  # a rating of 3 to 5 needs none
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class EvaluationInfo:
    id: int
    ticket_id: int
    ticket_code: str
    service_day: date
    counter_number: int | None
    staff_id: int | None
    score: int
    score_zh: str
    score_en: str
    reason: str | None
    comment: str
    rated_at: datetime
    follow_up_state: str
    follow_up_due: date | None
    follow_up_note: str | None
    follow_up_closed_at: datetime | None
    follow_up_staff_id: int | None
    follow_up_overdue: bool


def _info(session: Session, evaluation: Evaluation, today: date) -> EvaluationInfo:
    ticket = session.get(Ticket, evaluation.ticket_id)
    assert ticket is not None
    counter = session.get(Counter, ticket.counter_id) if ticket.counter_id else None
    label = _LABEL_BY_SCORE[evaluation.score]
    overdue = (
        evaluation.follow_up_state == FollowUpState.OPEN
        and evaluation.follow_up_due is not None
        and evaluation.follow_up_due < today
    )
    return EvaluationInfo(
        id=evaluation.id,
        ticket_id=ticket.id,
        ticket_code=ticket.code,
        service_day=evaluation.service_day,
        counter_number=counter.number if counter else None,
        staff_id=ticket.staff_id,
        score=evaluation.score,
        score_zh=label.zh,
        score_en=label.en,
        reason=evaluation.reason,
        comment=evaluation.comment,
        rated_at=evaluation.rated_at,
        follow_up_state=evaluation.follow_up_state,
        follow_up_due=evaluation.follow_up_due,
        follow_up_note=evaluation.follow_up_note,
        follow_up_closed_at=evaluation.follow_up_closed_at,
        follow_up_staff_id=evaluation.follow_up_staff_id,
        follow_up_overdue=overdue,
    )


def _require_panel(actor: Actor) -> None:
    if actor.role in STAFF_ROLES:
        raise PermissionDenied("staff cannot enter a rating for the resident")
    actor.require(Permission.RATE)


_PANEL_NAME = re.compile(r"rating-panel-(\d+)")


def _panel_counter(actor: Actor) -> int | None:
    """The counter a panel made by ``rating_panel_actor`` stands at, if any."""
    match = _PANEL_NAME.fullmatch(actor.name)
    return int(match.group(1)) if match else None


def _check_reason(score: int, reason: str | None) -> str | None:
    reason = (reason or "").strip() or None
    if score in BAD_SCORES:
        if reason is None:
            codes = ", ".join(_REASON_CODES)
            raise ValidationError(f"A rating of {score} needs a reason: one of {codes}.")
        if reason not in _REASON_CODES:
            codes = ", ".join(_REASON_CODES)
            raise ValidationError(f"Unknown reason {quoted(reason)}: use one of {codes}.")
    elif reason is not None:
        raise ValidationError(f"A reason is given only with a rating of 1 or 2, not {score}.")
    return reason


def rate_ticket(
    session: Session,
    actor: Actor,
    ticket_id: int,
    score: int,
    reason: str | None = None,
    comment: str = "",
    *,
    now: datetime | None = None,
) -> EvaluationInfo:
    """The resident rates a finished visit, once. A 1 or 2 opens a follow-up."""
    _require_panel(actor)
    op = begin(session, actor, None, now)
    if isinstance(score, bool) or not isinstance(score, int):
        raise ValidationError(f"A rating is a whole number 1 to 5, not {score!r}.")
    label = score_label(score)
    reason = _check_reason(score, reason)
    comment = clean_text(comment, "comment", max_length=MAX_COMMENT, multiline=True)
    ticket = session.scalars(
        select(Ticket).where(Ticket.id == ticket_id).with_for_update()
    ).one_or_none()
    if ticket is None:
        raise NotFound(f"There is no ticket with id {ticket_id}.")
    if ticket.status != TicketStatus.DONE:
        raise InvalidTransition(
            f"Only a finished visit can be rated: {ticket.code} is {ticket.status}."
        )
    panel_counter = _panel_counter(actor)
    if panel_counter is not None:
        counter = session.get(Counter, ticket.counter_id) if ticket.counter_id else None
        if counter is None or counter.number != panel_counter:
            raise PermissionDenied(
                f"The rating panel of counter {panel_counter} rates only visits at that counter."
            )
    existing = session.scalars(
        select(Evaluation.id).where(Evaluation.ticket_id == ticket.id)
    ).first()
    if existing is not None:
        raise AlreadyRated(f"{ticket.code} was already rated.", key="ticket", code=ticket.code)
    bad = score in BAD_SCORES
    evaluation = Evaluation(
        ticket_id=ticket.id,
        score=label.score,
        reason=reason,
        comment=comment,
        rated_at=op.at,
        service_day=ticket.service_day,
        follow_up_state=(FollowUpState.OPEN if bad else FollowUpState.NONE).value,
        follow_up_due=add_working_days(session, op.day, FOLLOW_UP_WORKING_DAYS) if bad else None,
    )
    session.add(evaluation)
    try:
        session.flush()
    except IntegrityError:  # another panel rated the same ticket at the same moment
        session.rollback()
        raise AlreadyRated(
            f"{ticket.code} was already rated.", key="ticket", code=ticket.code
        ) from None
    details = {"score": score, "reason": reason, "code": ticket.code}
    op.event(
        "rated",
        ticket_id=ticket.id,
        counter_id=ticket.counter_id,
        service_id=ticket.service_id,
        evaluation_id=evaluation.id,
        **details,
    )
    op.audit("evaluation.rated", "ticket", ticket.code, evaluation_id=evaluation.id, **details)
    if bad:
        due = evaluation.follow_up_due.isoformat() if evaluation.follow_up_due else None
        op.audit("evaluation.follow_up_opened", "evaluation", evaluation.id, due=due)
    info = _info(session, evaluation, op.day)
    session.commit()
    return info


def ratable_ticket(
    session: Session, actor: Actor, counter_number: int, *, now: datetime | None = None
) -> TicketInfo | None:
    """The visit the panel at ``counter_number`` offers for rating: the last one finished
    there today, if not rated yet."""
    _require_panel(actor)
    op = begin(session, actor, None, now)
    ticket = session.scalars(
        select(Ticket)
        .join(Counter, Counter.id == Ticket.counter_id)
        .where(
            Counter.number == counter_number,
            Ticket.service_day == op.day,
            Ticket.status == TicketStatus.DONE,
        )
        .order_by(Ticket.finished_at.desc(), Ticket.id.desc())
        .limit(1)
    ).first()
    if ticket is None:
        return None
    rated = session.scalars(select(Evaluation.id).where(Evaluation.ticket_id == ticket.id)).first()
    return None if rated is not None else ticket_info(session, ticket)


def _lock_evaluation(op: CaseOp, evaluation_id: int) -> Evaluation:
    evaluation = op.session.scalars(
        select(Evaluation)
        .where(Evaluation.id == evaluation_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if evaluation is None:
        raise NotFound(f"There is no rating with id {evaluation_id}.")
    return evaluation


def close_follow_up(
    session: Session,
    actor: Actor,
    evaluation_id: int,
    note: str,
    *,
    now: datetime | None = None,
) -> EvaluationInfo:
    """A manager closes the follow-up of a bad rating, saying what was done."""
    op = begin(session, actor, Permission.FOLLOW_UP_RATING, now)
    note = clean_text(note, "follow-up note", max_length=MAX_NOTE, required=True, multiline=True)
    evaluation = _lock_evaluation(op, evaluation_id)
    if evaluation.follow_up_state != FollowUpState.OPEN:
        state = (
            "already closed"
            if evaluation.follow_up_state == FollowUpState.CLOSED
            else (f"a rating of {evaluation.score}, which needs no follow-up")
        )
        raise InvalidTransition(f"Cannot close the follow-up of rating {evaluation.id}: {state}.")
    evaluation.follow_up_state = FollowUpState.CLOSED.value
    evaluation.follow_up_note = note
    evaluation.follow_up_closed_at = op.at
    evaluation.follow_up_staff_id = actor.staff_id
    ticket = get_ticket(session, evaluation.ticket_id)
    late = evaluation.follow_up_due is not None and op.day > evaluation.follow_up_due
    op.event(
        "follow_up_closed",
        ticket_id=ticket.id,
        counter_id=ticket.counter_id,
        service_id=ticket.service_id,
        evaluation_id=evaluation.id,
        late=late,
    )
    op.audit("evaluation.follow_up_closed", "evaluation", evaluation.id, late=late)
    info = _info(session, evaluation, op.day)
    session.commit()
    return info


def open_follow_ups(
    session: Session, actor: Actor, *, now: datetime | None = None
) -> list[EvaluationInfo]:
    """Bad ratings still waiting for their follow-up, the earliest due first."""
    op = begin(session, actor, Permission.FOLLOW_UP_RATING, now)
    rows = session.scalars(
        select(Evaluation)
        .where(Evaluation.follow_up_state == FollowUpState.OPEN.value)
        .order_by(Evaluation.follow_up_due, Evaluation.id)
    )
    return [_info(session, evaluation, op.day) for evaluation in rows]


def get_evaluation(
    session: Session, actor: Actor, ticket_id: int, *, now: datetime | None = None
) -> EvaluationInfo | None:
    """The rating of a visit, or None when it has none."""
    op = begin(session, actor, Permission.READ_CASEWORK, now)
    evaluation = session.scalars(
        select(Evaluation).where(Evaluation.ticket_id == ticket_id)
    ).one_or_none()
    return _info(session, evaluation, op.day) if evaluation else None
