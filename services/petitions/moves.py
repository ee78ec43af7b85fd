"""Moving a petition through its lifecycle.

Every move goes through ``_move``: it checks that the actor may read petitions, that the move
is in ``states.TRANSITIONS`` and that the actor holds the permission the table names, applies
what the move needs, writes a timeline event and an audit row, and commits. An illegal move
raises ``InvalidTransition`` naming the petition's state and the moves it allows, and changes
nothing. The public functions below spell out what each move needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.errors import DeadlinePassed, InvalidTransition, ValidationError
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.petitions import deadlines
from services.petitions.common import (
    PetitionInfo,
    PetitionOp,
    begin,
    check_day,
    load_petition,
    petition_info,
)
from services.petitions.models import Petition
from services.petitions.states import (
    FINAL_STATES,
    TRANSITIONS,
    EventKind,
    Finding,
    LegalRoute,
    PetitionState,
    ReviewResult,
    Satisfaction,
    allowed_moves,
)

S = PetitionState
MAX_TEXT = 4000
# States in which the petitioner has had a written answer and the petition rests.
_ANSWERED = frozenset({S.REPLIED, S.REVIEWED}) | FINAL_STATES

_Apply = Callable[[PetitionOp, Petition], dict[str, Any]]


@atomic
def _move(
    session: Session,
    actor: Actor,
    petition_id: int,
    target: PetitionState,
    note: str,
    now: datetime | None,
    apply: _Apply,
) -> PetitionInfo:
    op = begin(session, actor, Permission.READ_PETITIONS, now)
    petition = load_petition(session, petition_id, lock=True)
    source = S(petition.state)
    if target not in TRANSITIONS[source]:
        allowed = allowed_moves(source) or ["none: the petition is closed"]
        raise InvalidTransition(
            f"{petition.number} is {source.value} and cannot move to {target.value}; "
            f"allowed from {source.value}: {', '.join(allowed)}."
        )
    actor.require(TRANSITIONS[source][target])
    text = _text(note, "note")
    details = apply(op, petition)
    petition.state = target.value
    petition.closed_at = (petition.closed_at or op.at) if target in _ANSWERED else None
    op.log(
        petition,
        EventKind.TRANSITION,
        from_state=source,
        to_state=target,
        note=text,
        details=details,
    )
    info = petition_info(session, petition, op.day)
    session.commit()
    return info


def _text(value: str, what: str, *, required: bool = False) -> str:
    return clean_text(value, what, max_length=MAX_TEXT, required=required, multiline=True)


def _choice(enum: type[Finding] | type[Satisfaction] | type[ReviewResult], value: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise ValidationError(f"Unknown value {value!r}: use one of {known}.") from None


# --- deciding whether to accept (15 days) ---------------------------------------------------


def accept(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    new_facts: str = "",
    note: str = "",
    now: datetime | None = None,
) -> PetitionInfo:
    """Accept: the 60-day handling period starts. A matter already re-reviewed is accepted
    only with the new facts or reasons that make it a new matter."""

    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        facts = _text(new_facts, "new facts")
        if p.final_review_id is not None and not facts:
            earlier = load_petition(op.session, p.final_review_id)
            raise InvalidTransition(
                f"{earlier.number} on the same matter was re-reviewed on {earlier.re_reviewed_on}: "
                "the same matter on the same facts is not accepted again (Art. 35). Decline it "
                "with the route final_review_done, or state the new facts.",
                key="petition_final_review",
                number=earlier.number,
                day=earlier.re_reviewed_on,
            )
        p.decided_on = op.day
        p.handle_by = deadlines.handle_by(op.session, op.day)
        return {"handle_by": p.handle_by, "new_facts": facts or None}

    return _move(session, actor, petition_id, S.ACCEPTED, note, now, apply)


def decline(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    routes: Iterable[str],
    note: str,
    now: datetime | None = None,
) -> PetitionInfo:
    """Decline, telling the petitioner the legal route instead (不予受理告知书)."""

    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        if isinstance(routes, str):
            raise ValidationError("'routes' is a list of legal routes.")
        known = {r.value for r in LegalRoute}
        chosen = sorted({str(r) for r in routes})
        if not chosen or not set(chosen) <= known:
            raise ValidationError(
                f"Name one or more legal routes of {', '.join(sorted(known))}, not {chosen}."
            )
        _text(note, "note", required=True)
        p.decided_on = op.day
        p.decline_routes = chosen
        return {"routes": chosen}

    return _move(session, actor, petition_id, S.DECLINED, note, now, apply)


def forward(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    to_body: str,
    note: str = "",
    now: datetime | None = None,
) -> PetitionInfo:
    """Forward to the competent body (转送); the petitioner is told where."""

    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        body = clean_text(to_body, "competent body", max_length=100, required=True)
        p.decided_on = op.day
        p.forwarded_to = body
        return {"to_body": body}

    return _move(session, actor, petition_id, S.FORWARDED, note, now, apply)


# --- handling (60 days, one extension of at most 30) ---------------------------------------


def extend(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    days: int,
    reason: str,
    now: datetime | None = None,
) -> PetitionInfo:
    """Extend the handling period once, before it ends, with a reason (延期告知书)."""

    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        length = deadlines.check_extension(days)
        why = _text(reason, "reason for the extension", required=True)
        assert p.handle_by is not None
        assert p.decided_on is not None
        if op.day > p.handle_by:
            raise DeadlinePassed(
                f"The handling period of {p.number} ended on {p.handle_by}: "
                "an extension is decided before the period ends.",
                key="petition_handling_ended",
                number=p.number,
                day=p.handle_by,
            )
        p.extension_days = length
        p.extension_reason = why
        p.handle_by = deadlines.handle_by(op.session, p.decided_on, length)
        return {"days": length, "reason": why, "handle_by": p.handle_by}

    return _move(session, actor, petition_id, S.EXTENDED, "", now, apply)


def reply(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    finding: str,
    opinion: str,
    satisfaction: str = Satisfaction.NOT_EXPRESSED.value,
    now: datetime | None = None,
) -> PetitionInfo:
    """Close with the written reply (处理意见书) and the petitioner's satisfaction; the 30 days
    to ask for a review start."""

    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        p.finding = _choice(Finding, finding)
        p.reply = _text(opinion, "reply", required=True)
        p.satisfaction = _choice(Satisfaction, satisfaction)
        p.replied_on = op.day
        p.review_request_by = deadlines.review_request_by(op.session, op.day)
        on_time = p.handle_by is not None and op.day <= p.handle_by
        return {
            "finding": p.finding,
            "satisfaction": p.satisfaction,
            "on_time": on_time,
            "review_request_by": p.review_request_by,
        }

    return _move(session, actor, petition_id, S.REPLIED, "", now, apply)


# --- review (复查) and re-review (复核): requested within 30 days, decided within 30 --------


def request_review(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    requested_on: date | None = None,
    note: str = "",
    now: datetime | None = None,
) -> PetitionInfo:
    """The petitioner asks for a review (复查) of the reply."""
    return _request(session, actor, petition_id, True, requested_on, note, now)


def request_re_review(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    requested_on: date | None = None,
    note: str = "",
    now: datetime | None = None,
) -> PetitionInfo:
    """The petitioner asks for a re-review (复核) of the review opinion, one level up."""
    return _request(session, actor, petition_id, False, requested_on, note, now)


def _request(
    session: Session,
    actor: Actor,
    petition_id: int,
    first: bool,
    requested_on: date | None,
    note: str,
    now: datetime | None,
) -> PetitionInfo:
    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        answered = p.replied_on if first else p.reviewed_on
        window = p.review_request_by if first else p.re_review_request_by
        assert answered is not None
        assert window is not None
        on = check_day(requested_on, op.day, "request date", not_before=answered)
        what = "review" if first else "re-review"
        if on > window:
            raise DeadlinePassed(
                f"A {what} of {p.number} had to be asked for by {window} "
                f"(30 days after the answer of {answered}).",
                key="petition_review_window",
                number=p.number,
                day=window,
            )
        due = deadlines.review_decide_by(op.session, on)
        if first:
            p.review_requested_on, p.review_decide_by = on, due
        else:
            p.re_review_requested_on, p.re_review_decide_by = on, due
        return {"requested_on": on, "decide_by": due}

    target = S.REVIEW_REQUESTED if first else S.RE_REVIEW_REQUESTED
    return _move(session, actor, petition_id, target, note, now, apply)


def decide_review(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    result: str,
    opinion: str,
    now: datetime | None = None,
) -> PetitionInfo:
    """Decide a review (复查意见); the 30 days to ask for a re-review start."""
    return _decide(session, actor, petition_id, True, result, opinion, now)


def decide_re_review(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    result: str,
    opinion: str,
    now: datetime | None = None,
) -> PetitionInfo:
    """Decide a re-review (复核意见): final for this matter on these facts."""
    return _decide(session, actor, petition_id, False, result, opinion, now)


def _decide(
    session: Session,
    actor: Actor,
    petition_id: int,
    first: bool,
    result: str,
    opinion: str,
    now: datetime | None,
) -> PetitionInfo:
    def apply(op: PetitionOp, p: Petition) -> dict[str, Any]:
        decision = _choice(ReviewResult, result)
        text = _text(opinion, "review opinion", required=True)
        if first:
            p.review_result, p.reviewed_on = decision, op.day
            p.re_review_request_by = deadlines.review_request_by(op.session, op.day)
            return {"result": decision, "opinion": text, "request_by": p.re_review_request_by}
        p.re_review_result, p.re_reviewed_on = decision, op.day
        return {"result": decision, "opinion": text}

    target = S.REVIEWED if first else S.RE_REVIEWED
    return _move(session, actor, petition_id, target, "", now, apply)
