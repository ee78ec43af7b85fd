"""Moving a mediation case through its lifecycle, and the work done along the way.

``transition`` is the one entry point for every change of state: it checks the actor's role,
checks the move against ``mediation_states.TRANSITIONS``, applies what the target state needs
(the referral's receiving body, the agreement's terms, …), writes a timeline event and an
audit row, and commits. The typed wrappers below (``refer``, ``agree``, …) only spell out the
details each move needs. Illegal moves raise ``InvalidTransition`` naming the case's state and
the moves it allows, and change nothing.

Besides moves, a case records sessions, an extension of the mediation target, fulfilled terms,
follow-up visits and the items of its file; each is an event on the timeline as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.errors import (
    DeadlinePassed,
    InvalidTransition,
    MissingFileItems,
    PermissionDenied,
    ValidationError,
)
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.mediation.common import (
    CaseInfo,
    MediationOp,
    begin,
    case_info,
    clean_note,
    load_case,
)
from services.mediation.deadlines import (
    EXTENSION_DAYS,
    confirmation_window_end,
    extended_target,
    mediation_target,
)
from services.mediation.directory import get_receiving_body, parse_channel
from services.mediation.moves import WORK_PERMISSIONS, Work, work_open
from services.mediation.states import (
    FINISHED_STATES,
    PERFORMANCE_STATES,
    TRANSITIONS,
    AgreementKind,
    CaseState,
    EventKind,
    FailureRoute,
    FileItem,
    Outcome,
    allowed_transitions,
    missing_file_items,
    parse_state,
    permissions_into,
)
from services.storage.casework_models import (
    FollowUpVisit,
    MediationCase,
    MediationSession,
    PerformanceTerm,
)

S = CaseState
MAX_TERMS = 50


class _Details:
    """The keyword details of a move, read with type checks; leftovers are an error."""

    def __init__(self, target: CaseState, values: dict[str, Any]) -> None:
        self.target = target
        self.values = dict(values)

    def _take(self, key: str, required: bool) -> Any:
        if key not in self.values or self.values[key] is None:
            if required:
                raise ValidationError(f"Moving a case to {self.target.value} needs {key!r}.")
            self.values.pop(key, None)
            return None
        return self.values.pop(key)

    def day(self, key: str, *, required: bool = True) -> date | None:
        value = self._take(key, required)
        if value is None:
            return None
        if isinstance(value, datetime) or not isinstance(value, date):
            raise ValidationError(f"{key!r} must be a date.")
        return value

    def text(self, key: str, *, required: bool = True, limit: int = 2000) -> str:
        value = self._take(key, required)
        if value is None:
            return ""
        text = clean_text(value, repr(key), max_length=limit, multiline=True)
        if required and not text:
            raise ValidationError(f"Moving a case to {self.target.value} needs {key!r}.")
        return text

    def flag(self, key: str) -> bool:
        value = self._take(key, True)
        if not isinstance(value, bool):
            raise ValidationError(f"{key!r} must be true or false.")
        return value

    def integer(self, key: str) -> int:
        value = self._take(key, True)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{key!r} must be a whole number.")
        return value

    def raw(self, key: str, *, required: bool = True) -> Any:
        return self._take(key, required)

    def finish(self) -> None:
        if self.values:
            unknown = ", ".join(sorted(self.values))
            raise ValidationError(f"Moving a case to {self.target.value} takes no {unknown}.")


# A handler applies what a target state needs and returns the details for the timeline.
_Handler = Callable[[MediationOp, MediationCase, CaseState, _Details, str], dict[str, Any]]


@atomic
def transition(
    session: Session,
    actor: Actor,
    case_id: int,
    to_state: str,
    *,
    note: str = "",
    now: datetime | None = None,
    **details: Any,
) -> CaseInfo:
    """Move a case to ``to_state``; ``details`` are what that state needs (see the wrappers)."""
    op = begin(session, actor, Permission.READ_MEDIATION, now)
    target = parse_state(to_state)
    needed = permissions_into(target)
    if needed and not any(actor.may(p) for p in needed):
        action = f"move cases to {target.value}"
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) is not allowed to {action}.")
    case = load_case(session, case_id, lock=True)
    source = CaseState(case.state)
    if target not in TRANSITIONS[source]:
        raise InvalidTransition(_illegal(case, target))
    actor.require(TRANSITIONS[source][target])
    text = clean_note(note)
    reader = _Details(target, details)
    logged = _HANDLERS.get(target, _plain)(op, case, source, reader, text)
    reader.finish()
    case.state = target.value
    if target in FINISHED_STATES:
        case.closed_at = case.closed_at or op.at
    else:
        case.closed_at = None
    op.log(
        case, EventKind.TRANSITION, from_state=source, to_state=target, note=text, details=logged
    )
    info = case_info(session, case, op.day)
    session.commit()
    return info


def _illegal(case: MediationCase, target: CaseState) -> str:
    allowed = allowed_transitions(case.state)
    options = ", ".join(allowed) if allowed else "none: the case is finished"
    return (
        f"{case.number} is {case.state} and cannot move to {target.value}; "
        f"allowed from {case.state}: {options}."
    )


# --- what each target state needs ----------------------------------------------------------


def _plain(
    _op: MediationOp, _case: MediationCase, _source: CaseState, _d: _Details, _note: str
) -> dict[str, Any]:
    return {}


def _declined(
    _op: MediationOp, case: MediationCase, _source: CaseState, _d: _Details, note: str
) -> dict[str, Any]:
    clean_note(note, required="why the case is declined")
    case.outcome = Outcome.DECLINED.value
    return {}


def _referred(
    op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    channel = parse_channel(d.text("channel"))
    body = get_receiving_body(op.session, d.integer("receiving_body_id"))
    feedback_due = d.day("feedback_due")
    assert feedback_due is not None
    if not body.active:
        raise ValidationError(f"{body.name} no longer takes referrals.")
    if body.channel != channel:
        raise ValidationError(f"{body.name} is a body of {body.channel} mediation, not {channel}.")
    if feedback_due < op.day:
        raise ValidationError(f"The feedback date {feedback_due} is already past.")
    case.channel = channel.value
    case.receiving_body_id = body.id
    case.feedback_due = feedback_due
    case.outcome = None
    return {"channel": channel, "receiving_body": body.name, "feedback_due": feedback_due}


def _result_received(
    _op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    resolved = d.flag("resolved")
    summary = d.text("summary")
    case.outcome = (Outcome.REFERRAL_RESOLVED if resolved else Outcome.REFERRAL_UNRESOLVED).value
    return {"resolved": resolved, "summary": summary}


def _closed(
    op: MediationOp, case: MediationCase, source: CaseState, d: _Details, note: str
) -> dict[str, Any]:
    if source != S.PERFORMING:
        return {}  # a referral: its outcome came with the result
    outcome = d.text("outcome")
    if outcome == Outcome.PERFORMED:
        fulfilled_on = d.day("fulfilled_on", required=False)
        open_terms = _open_terms(op.session, case)
        if open_terms and fulfilled_on is None:
            positions = ", ".join(str(t.position) for t in open_terms)
            raise ValidationError(
                f"Terms {positions} of {case.number} are not fulfilled: give 'fulfilled_on'."
            )
        for term in open_terms:
            term.fulfilled_on = _check_fulfilled_on(op, case, fulfilled_on)
        case.outcome = Outcome.PERFORMED.value
        return {"outcome": outcome, "fulfilled_on": fulfilled_on}
    if outcome == Outcome.BREACHED:
        clean_note(note, required="how the agreement was breached")
        case.outcome = Outcome.BREACHED.value
        return {"outcome": outcome}
    raise ValidationError(
        f"A performed case closes as performed or breached, not {quoted(outcome)}."
    )


def _accepted(
    op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    channel = parse_channel(d.text("channel", required=False) or "peoples")
    case.channel = channel.value
    case.mediation_due = mediation_target(op.day)
    return {"channel": channel, "mediation_due": case.mediation_due}


def _scheduled(
    op: MediationOp, _case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    on = d.day("on")
    assert on is not None
    if on < op.day:
        raise ValidationError(f"A session cannot be scheduled in the past ({on}).")
    return {"on": on}


def _in_mediation(
    op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    held_on = d.day("held_on", required=False)
    if held_on is None:
        mediators = d.text("mediators", required=False)
        if mediators or d.text("attendees", required=False) or d.text("record", required=False):
            raise ValidationError("A session record needs 'held_on'.")
        return {}
    return _add_session(op, case, held_on, d)


def _agreed(
    op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    kind = d.text("kind")
    if kind not in {k.value for k in AgreementKind}:
        raise ValidationError(f"An agreement is written or oral, not {quoted(kind)}.")
    effective = d.day("effective")
    assert effective is not None
    if effective > op.day:
        raise ValidationError(f"An agreement cannot take effect in the future ({effective}).")
    if effective < case.service_day:
        raise ValidationError(f"{effective} is before {case.number} was registered.")
    terms = _parse_terms(d.raw("terms"), effective)
    case.agreement_kind = kind
    case.agreement_effective = effective
    case.agreement_terms = "\n".join(f"{i}. {text}" for i, (text, _) in enumerate(terms, 1))
    for position, (text, due) in enumerate(terms, 1):
        op.session.add(
            PerformanceTerm(case_id=case.id, position=position, description=text, due=due)
        )
    return {
        "kind": kind,
        "effective": effective,
        "terms": [{"description": text, "due": due} for text, due in terms],
    }


def _parse_terms(value: Any, effective: date) -> list[tuple[str, date]]:
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise ValidationError("'terms' is a list of (description, due date).")
    terms: list[tuple[str, date]] = []
    for item in value:
        try:
            text, due = item
        except (TypeError, ValueError):
            raise ValidationError("Each term is a (description, due date) pair.") from None
        if not isinstance(text, str) or not text.strip():
            raise ValidationError("Each term needs a description.")
        if isinstance(due, datetime) or not isinstance(due, date):
            raise ValidationError(f"The due date of {text.strip()!r} must be a date.")
        if due < effective:
            raise ValidationError(f"{text.strip()!r} is due before the agreement takes effect.")
        terms.append((text.strip(), due))
    if not terms:
        raise ValidationError("An agreement needs at least one term.")
    if len(terms) > MAX_TERMS:
        raise ValidationError(f"An agreement has at most {MAX_TERMS} terms.")
    return terms


def _failed(
    _op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    raw = d.raw("routes")
    if isinstance(raw, str) or not isinstance(raw, Iterable):
        raise ValidationError("'routes' is a list of court, arbitration, administrative.")
    known = {r.value for r in FailureRoute}
    routes = sorted({str(r) for r in raw})
    if not routes or not set(routes) <= known:
        raise ValidationError(
            f"Offer one or more routes of {', '.join(sorted(known))}, not {routes}."
        )
    advice = d.text("advice")
    case.failure_routes = routes
    case.outcome = Outcome.FAILED.value
    return {"routes": routes, "advice": advice}


def _terminated(
    _op: MediationOp, case: MediationCase, _source: CaseState, _d: _Details, note: str
) -> dict[str, Any]:
    clean_note(note, required="why mediation is terminated")
    case.outcome = Outcome.TERMINATED.value
    return {}


def _confirmation_applied(
    op: MediationOp, case: MediationCase, _source: CaseState, d: _Details, _note: str
) -> dict[str, Any]:
    applied_on = d.day("applied_on")
    assert applied_on is not None
    effective = case.agreement_effective
    assert effective is not None
    if case.agreement_kind != AgreementKind.WRITTEN:
        raise InvalidTransition(
            f"{case.number} has an oral agreement: only a written one can be confirmed."
        )
    if applied_on > op.day:
        raise ValidationError(f"The application date {applied_on} is in the future.")
    if applied_on < effective:
        raise ValidationError(f"{applied_on} is before the agreement took effect ({effective}).")
    last_day = confirmation_window_end(effective)
    if applied_on > last_day:
        days = (applied_on - effective).days
        raise DeadlinePassed(
            f"Judicial confirmation of {case.number} had to be applied for by {last_day} "
            f"(30 days after the agreement took effect on {effective}); {applied_on} is day "
            f"{days}."
        )
    case.confirmation_applied_on = applied_on
    return {"applied_on": applied_on, "window_end": last_day}


def _confirmed(
    _op: MediationOp, case: MediationCase, _source: CaseState, _d: _Details, _note: str
) -> dict[str, Any]:
    case.outcome = Outcome.CONFIRMED.value
    return {}


def _not_confirmed(
    _op: MediationOp, case: MediationCase, _source: CaseState, _d: _Details, _note: str
) -> dict[str, Any]:
    case.outcome = Outcome.NOT_CONFIRMED.value
    return {}


def _archived(
    _op: MediationOp, case: MediationCase, _source: CaseState, _d: _Details, _note: str
) -> dict[str, Any]:
    missing = missing_file_items(case.file_items or [])
    if missing:
        raise MissingFileItems(
            f"{case.number} cannot be archived: its file lacks {', '.join(missing)}."
        )
    return {"file_items": list(case.file_items)}


_HANDLERS: dict[CaseState, _Handler] = {
    S.DECLINED: _declined,
    S.REFERRED: _referred,
    S.RESULT_RECEIVED: _result_received,
    S.CLOSED: _closed,
    S.ACCEPTED: _accepted,
    S.SCHEDULED: _scheduled,
    S.IN_MEDIATION: _in_mediation,
    S.AGREED: _agreed,
    S.FAILED: _failed,
    S.TERMINATED: _terminated,
    S.CONFIRMATION_APPLIED: _confirmation_applied,
    S.CONFIRMED: _confirmed,
    S.NOT_CONFIRMED: _not_confirmed,
    S.ARCHIVED: _archived,
}


# --- typed wrappers ------------------------------------------------------------------------


def decline(
    session: Session, actor: Actor, case_id: int, *, reason: str, now: datetime | None = None
) -> CaseInfo:
    return transition(session, actor, case_id, S.DECLINED, note=reason, now=now)


def refer(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    channel: str,
    receiving_body_id: int,
    feedback_due: date,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Refer a registered case (or one whose mediation failed) to a receiving body."""
    return transition(
        session,
        actor,
        case_id,
        S.REFERRED,
        note=note,
        now=now,
        channel=channel,
        receiving_body_id=receiving_body_id,
        feedback_due=feedback_due,
    )


def accept(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    channel: str = "peoples",
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """The center mediates the case itself; the 30-day target starts today."""
    return transition(session, actor, case_id, S.ACCEPTED, note=note, now=now, channel=channel)


def acknowledge(
    session: Session, actor: Actor, case_id: int, *, note: str = "", now: datetime | None = None
) -> CaseInfo:
    """The receiving body confirmed it has the referral."""
    return transition(session, actor, case_id, S.ACKNOWLEDGED, note=note, now=now)


def receive_result(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    resolved: bool,
    summary: str,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    return transition(
        session,
        actor,
        case_id,
        S.RESULT_RECEIVED,
        note=note,
        now=now,
        resolved=resolved,
        summary=summary,
    )


def close_referral(
    session: Session, actor: Actor, case_id: int, *, note: str = "", now: datetime | None = None
) -> CaseInfo:
    return transition(session, actor, case_id, S.CLOSED, note=note, now=now)


@atomic
def schedule(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    on: date,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Schedule the first session of an accepted case, or move the date of a scheduled one."""
    target = S.SCHEDULED
    actor.require(Permission.MEDIATE)
    case = load_case(session, case_id)
    if case.state != target:
        return transition(session, actor, case_id, target, note=note, now=now, on=on)
    op = begin(session, actor, Permission.MEDIATE, now)
    case = load_case(session, case_id, lock=True)
    details = _scheduled(op, case, target, _Details(target, {"on": on}), note)
    return _record(op, case, EventKind.RESCHEDULED, clean_note(note), details)


@atomic
def record_session(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    held_on: date,
    mediators: str,
    attendees: str = "",
    record: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Record a mediation session; the first one moves a scheduled case into mediation."""
    actor.require(Permission.MEDIATE)
    fields: dict[str, Any] = {
        "held_on": held_on,
        "mediators": mediators,
        "attendees": attendees,
        "record": record,
    }
    case = load_case(session, case_id)
    if case.state != S.IN_MEDIATION:
        return transition(session, actor, case_id, S.IN_MEDIATION, now=now, **fields)
    op = begin(session, actor, Permission.MEDIATE, now)
    case = load_case(session, case_id, lock=True)
    reader = _Details(S.IN_MEDIATION, fields)
    held = reader.day("held_on")
    assert held is not None
    details = _add_session(op, case, held, reader)
    reader.finish()
    return _record(op, case, EventKind.SESSION_RECORDED, "", details)


def _add_session(
    op: MediationOp, case: MediationCase, held_on: date, d: _Details
) -> dict[str, Any]:
    if held_on > op.day:
        raise ValidationError(f"A session on {held_on} has not been held yet.")
    if held_on < case.service_day:
        raise ValidationError(f"{held_on} is before {case.number} was registered.")
    mediators = d.text("mediators", limit=200)
    attendees = d.text("attendees", required=False, limit=400)
    record = d.text("record", required=False, limit=20_000)
    op.session.add(
        MediationSession(
            case_id=case.id,
            held_on=held_on,
            mediators=mediators,
            attendees=attendees,
            record=record,
        )
    )
    return {"held_on": held_on, "mediators": mediators, "attendees": attendees}


def agree(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    kind: str,
    terms: Sequence[tuple[str, date]],
    effective: date,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Record the agreement (written or oral), its terms and deadlines, and its effective date."""
    return transition(
        session,
        actor,
        case_id,
        S.AGREED,
        note=note,
        now=now,
        kind=kind,
        terms=list(terms),
        effective=effective,
    )


def fail(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    routes: Iterable[str],
    advice: str,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Mediation failed: record the routes offered (court, arbitration, administrative)."""
    return transition(
        session, actor, case_id, S.FAILED, note=note, now=now, routes=list(routes), advice=advice
    )


def terminate(
    session: Session, actor: Actor, case_id: int, *, reason: str, now: datetime | None = None
) -> CaseInfo:
    return transition(session, actor, case_id, S.TERMINATED, note=reason, now=now)


def apply_confirmation(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    applied_on: date,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """The parties applied for judicial confirmation: allowed up to day 30 after effect."""
    return transition(
        session, actor, case_id, S.CONFIRMATION_APPLIED, note=note, now=now, applied_on=applied_on
    )


def record_confirmation(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    confirmed: bool,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """The court's ruling on the application."""
    target = S.CONFIRMED if confirmed else S.NOT_CONFIRMED
    return transition(session, actor, case_id, target, note=note, now=now)


def start_performing(
    session: Session, actor: Actor, case_id: int, *, note: str = "", now: datetime | None = None
) -> CaseInfo:
    return transition(session, actor, case_id, S.PERFORMING, note=note, now=now)


def perform(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    fulfilled_on: date | None = None,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Close a performing case as performed; open terms are marked fulfilled on ``fulfilled_on``."""
    return transition(
        session,
        actor,
        case_id,
        S.CLOSED,
        note=note,
        now=now,
        outcome=Outcome.PERFORMED.value,
        fulfilled_on=fulfilled_on,
    )


def breach(
    session: Session, actor: Actor, case_id: int, *, note: str, now: datetime | None = None
) -> CaseInfo:
    """Close a performing case as breached; the note says how."""
    return transition(
        session, actor, case_id, S.CLOSED, note=note, now=now, outcome=Outcome.BREACHED.value
    )


def archive(
    session: Session, actor: Actor, case_id: int, *, note: str = "", now: datetime | None = None
) -> CaseInfo:
    """File a finished case; refused while a mandatory file item is missing."""
    return transition(session, actor, case_id, S.ARCHIVED, note=note, now=now)


# --- work on a case that does not change its state -----------------------------------------


@atomic
def extend(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    applicant_consent: bool,
    respondent_consent: bool,
    consent_note: str,
    now: datetime | None = None,
) -> CaseInfo:
    """Extend the 30-day mediation target by 15 days, once, with both parties' consent.

    The consent is recorded in the case (``extension_consent``) and on the timeline. It must
    be given before the target date passes.
    """
    op = begin(session, actor, WORK_PERMISSIONS[Work.EXTEND], now)
    case = load_case(session, case_id, lock=True)
    target = case.mediation_due
    if target is None or not work_open(
        Work.EXTEND,
        case.state,
        has_mediation_target=True,
        extended=False,  # told apart below, in its own words
        open_terms=(),
    ):
        raise InvalidTransition(
            f"{case.number} is {case.state}: only a case under mediation can be extended."
        )
    if case.extension_consent is not None:
        raise InvalidTransition(f"The mediation of {case.number} was already extended once.")
    if not (applicant_consent and respondent_consent):
        raise ValidationError("An extension needs the consent of both parties.")
    consent = clean_note(consent_note, required="how both parties consented")
    if op.day > target:
        raise DeadlinePassed(
            f"The mediation target of {case.number} passed on {target}; "
            "it can no longer be extended."
        )
    before = target
    case.mediation_due = extended_target(before)
    case.extension_consent = consent
    details = {
        "applicant_consent": True,
        "respondent_consent": True,
        "days": EXTENSION_DAYS,
        "from": before,
        "to": case.mediation_due,
    }
    return _record(op, case, EventKind.EXTENDED, consent, details)


@atomic
def fulfil_term(
    session: Session,
    actor: Actor,
    case_id: int,
    position: int,
    *,
    fulfilled_on: date,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Mark one term of the agreement fulfilled."""
    op = begin(session, actor, WORK_PERMISSIONS[Work.FULFIL], now)
    case = load_case(session, case_id, lock=True)
    if case.state not in PERFORMANCE_STATES:  # an open term is checked below, by position
        raise InvalidTransition(
            f"{case.number} is {case.state}: terms are fulfilled while an agreement is in force."
        )
    term = session.scalars(
        select(PerformanceTerm).where(
            PerformanceTerm.case_id == case.id, PerformanceTerm.position == position
        )
    ).one_or_none()
    if term is None:
        raise ValidationError(f"{case.number} has no term {position}.")
    if term.fulfilled_on is not None:
        raise InvalidTransition(f"Term {position} was already fulfilled on {term.fulfilled_on}.")
    term.fulfilled_on = _check_fulfilled_on(op, case, fulfilled_on)
    details = {"position": position, "fulfilled_on": fulfilled_on}
    return _record(op, case, EventKind.TERM_FULFILLED, clean_note(note), details)


@atomic
def add_follow_up_visit(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    visited_on: date,
    visitor: str,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    op = begin(session, actor, WORK_PERMISSIONS[Work.VISIT], now)
    case = _unsealed(session, case_id, Work.VISIT)
    name = " ".join(visitor.split())
    if not name or len(name) > 100:
        raise ValidationError("A visit needs the visitor's name (at most 100 characters).")
    if visited_on > op.day or visited_on < case.service_day:
        raise ValidationError(f"A visit on {visited_on} is outside the life of {case.number}.")
    text = clean_note(note)
    session.add(FollowUpVisit(case_id=case.id, visited_on=visited_on, visitor=name, note=text))
    details = {"visited_on": visited_on, "visitor": name}
    return _record(op, case, EventKind.FOLLOW_UP_VISIT, text, details)


@atomic
def add_file_item(
    session: Session,
    actor: Actor,
    case_id: int,
    item: str,
    *,
    note: str = "",
    now: datetime | None = None,
) -> CaseInfo:
    """Record that a document is in the case file. Adding an item again only logs it."""
    op = begin(session, actor, WORK_PERMISSIONS[Work.FILE_ITEM], now)
    case = _unsealed(session, case_id, Work.FILE_ITEM)
    try:
        kind = FileItem(item)
    except ValueError:
        known = ", ".join(i.value for i in FileItem)
        raise ValidationError(f"Unknown file item {quoted(item)}: use one of {known}.") from None
    present = list(case.file_items or [])
    if kind.value not in present:
        case.file_items = [*present, kind.value]  # a new list: JSON columns track assignment
    return _record(op, case, EventKind.FILE_ITEM_ADDED, clean_note(note), {"item": kind})


def _unsealed(session: Session, case_id: int, work: Work) -> MediationCase:
    case = load_case(session, case_id, lock=True)
    if not work_open(work, case.state, has_mediation_target=False, extended=False, open_terms=()):
        raise InvalidTransition(f"{case.number} is archived: its file is closed.")
    return case


def _record(
    op: MediationOp, case: MediationCase, kind: EventKind, note: str, details: dict[str, Any]
) -> CaseInfo:
    op.log(case, kind, from_state=case.state, to_state=case.state, note=note, details=details)
    info = case_info(op.session, case, op.day)
    op.session.commit()
    return info


def _open_terms(session: Session, case: MediationCase) -> list[PerformanceTerm]:
    return list(
        session.scalars(
            select(PerformanceTerm)
            .where(PerformanceTerm.case_id == case.id, PerformanceTerm.fulfilled_on.is_(None))
            .order_by(PerformanceTerm.position)
        )
    )


def _check_fulfilled_on(op: MediationOp, case: MediationCase, on: date | None) -> date:
    assert on is not None
    if on > op.day:
        raise ValidationError(f"{on} is in the future.")
    if case.agreement_effective is not None and on < case.agreement_effective:
        raise ValidationError(f"{on} is before the agreement took effect.")
    return on
