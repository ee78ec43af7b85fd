"""Reading mediation cases: the filtered list, one case in detail with its timeline, and the
audited reveals of a party's full ID number and of the parties' phone numbers. Every other view
shows ID numbers masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import NotFound, ValidationError
from services.core.id_numbers import normalise
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.inputs.quoting import quoted
from services.mediation.common import (
    AUDIT_TARGET,
    CaseInfo,
    case_infos,
    clean_note,
    load_case,
)
from services.mediation.deadlines import (
    ActionItem,
    confirmation_window_end,
    overdue_case_ids,
    reminders_for,
)
from services.mediation.directory import ReceivingBodyInfo, parse_channel
from services.mediation.moves import Work, available_work, legal_moves
from services.mediation.states import (
    CaseState,
    DisputeType,
    EventKind,
    missing_file_items,
    parse_state,
)
from services.privacy.cipher import lookup_hash
from services.storage.casework_models import (
    FollowUpVisit,
    MediationCase,
    MediationEvent,
    MediationParty,
    MediationSession,
    PerformanceTerm,
    ReceivingBody,
)

DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class SessionView:
    id: int
    held_on: date
    mediators: str
    attendees: str
    record: str


@dataclass(frozen=True)
class TermView:
    position: int
    description: str
    due: date
    fulfilled_on: date | None


@dataclass(frozen=True)
class VisitView:
    id: int
    visited_on: date
    visitor: str
    note: str


@dataclass(frozen=True)
class EventView:
    """One row of a case's timeline."""

    id: int
    occurred_at: datetime
    actor: str
    kind: str  # EventKind value
    from_state: str | None
    to_state: str | None
    note: str
    details: dict[str, Any]


@dataclass(frozen=True)
class CaseDetail:
    case: CaseInfo
    receiving_body: ReceivingBodyInfo | None
    sessions: tuple[SessionView, ...]
    terms: tuple[TermView, ...]
    visits: tuple[VisitView, ...]
    timeline: tuple[EventView, ...]  # oldest first
    reminders: tuple[ActionItem, ...]
    extension_consent: str | None
    failure_advice: str | None
    scheduled_for: date | None
    confirmation_window_end: date | None
    missing_file_items: tuple[str, ...]
    moves: tuple[str, ...]  # the states the reader may move the case to
    work: tuple[Work, ...]  # the work the reader may record on it now


def _today(session: Session, now: datetime | None) -> date:
    return service_day(resolve_now(now), load_center_config(session).timezone)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class CasesStamp:
    """Differs whenever a case is registered or changed (by anyone, at any station)."""

    cases: int
    last_change: datetime | None


def cases_stamp(session: Session, actor: Actor) -> CasesStamp:
    """One cheap read the case panels repeat to notice changes made at other stations."""
    actor.require(Permission.READ_MEDIATION)
    count, last_change = session.execute(
        select(func.count(), func.max(MediationCase.updated_at)).select_from(MediationCase)
    ).one()
    return CasesStamp(cases=int(count), last_change=last_change)


def list_cases(
    session: Session,
    actor: Actor,
    *,
    state: str | None = None,
    channel: str | None = None,
    dispute_type: str | None = None,
    overdue: bool | None = None,
    query: str | None = None,
    limit: int = DEFAULT_LIMIT,
    now: datetime | None = None,
) -> list[CaseInfo]:
    """Cases, newest first. ``query`` matches part of the number or of a party's name, or a
    party's full ID number."""
    actor.require(Permission.READ_MEDIATION)
    today = _today(session, now)
    select_cases = select(MediationCase)
    if state is not None:
        select_cases = select_cases.where(MediationCase.state == parse_state(state).value)
    if channel is not None:
        select_cases = select_cases.where(MediationCase.channel == parse_channel(channel).value)
    if dispute_type is not None:
        if dispute_type not in {d.value for d in DisputeType}:
            raise ValidationError(f"Unknown dispute type {quoted(dispute_type)}.")
        select_cases = select_cases.where(MediationCase.dispute_type == dispute_type)
    text = (query or "").strip()
    if text:
        pattern = _like(text.lower())
        # A party's full ID number (or credit code) matches through its keyed hash.
        party_matches = exists().where(
            MediationParty.case_id == MediationCase.id,
            or_(
                func.lower(MediationParty.name).like(pattern, escape="\\"),
                MediationParty.id_number_hash == lookup_hash(normalise(text), "id_number"),
            ),
        )
        select_cases = select_cases.where(
            or_(func.lower(MediationCase.number).like(pattern, escape="\\"), party_matches)
        )
    if overdue is not None:
        late = overdue_case_ids(session, today)
        select_cases = select_cases.where(
            MediationCase.id.in_(late) if overdue else MediationCase.id.not_in(late)
        )
    cases = session.scalars(
        select_cases.order_by(MediationCase.registered_at.desc(), MediationCase.id.desc()).limit(
            limit
        )
    ).all()
    return case_infos(session, cases, today)


def find_case(
    session: Session, actor: Actor, number: str, *, now: datetime | None = None
) -> CaseInfo:
    """The case with a number such as ``M-2026-000045`` (what a scanned slip carries)."""
    actor.require(Permission.READ_MEDIATION)
    case = session.scalars(
        select(MediationCase).where(MediationCase.number == number.strip().upper())
    ).one_or_none()
    if case is None:
        raise NotFound(f"There is no mediation case {number.strip()}.")
    return case_infos(session, [case], _today(session, now))[0]


def case_detail(
    session: Session, actor: Actor, case_id: int, *, now: datetime | None = None
) -> CaseDetail:
    """One case with its parties (ID numbers masked), sessions, terms, visits and timeline."""
    actor.require(Permission.READ_MEDIATION)
    today = _today(session, now)
    case = load_case(session, case_id)
    info = case_infos(session, [case], today)[0]
    body = session.get(ReceivingBody, case.receiving_body_id) if case.receiving_body_id else None
    sessions = session.scalars(
        select(MediationSession)
        .where(MediationSession.case_id == case.id)
        .order_by(MediationSession.held_on, MediationSession.id)
    ).all()
    terms = session.scalars(
        select(PerformanceTerm)
        .where(PerformanceTerm.case_id == case.id)
        .order_by(PerformanceTerm.position)
    ).all()
    visits = session.scalars(
        select(FollowUpVisit)
        .where(FollowUpVisit.case_id == case.id)
        .order_by(FollowUpVisit.visited_on, FollowUpVisit.id)
    ).all()
    events = session.scalars(
        select(MediationEvent).where(MediationEvent.case_id == case.id).order_by(MediationEvent.id)
    ).all()
    return CaseDetail(
        case=info,
        receiving_body=(
            ReceivingBodyInfo(
                body.id, body.name, body.channel, body.address, body.phone, body.active
            )
            if body
            else None
        ),
        sessions=tuple(
            SessionView(s.id, s.held_on, s.mediators, s.attendees, s.record) for s in sessions
        ),
        terms=tuple(TermView(t.position, t.description, t.due, t.fulfilled_on) for t in terms),
        visits=tuple(VisitView(v.id, v.visited_on, v.visitor, v.note) for v in visits),
        timeline=tuple(
            EventView(
                e.id,
                e.occurred_at,
                e.actor,
                e.kind,
                e.from_state,
                e.to_state,
                e.note,
                dict(e.details or {}),
            )
            for e in events
        ),
        reminders=tuple(reminders_for(session, [case], today).get(case.id, [])),
        extension_consent=case.extension_consent,
        failure_advice=_last_detail(events, CaseState.FAILED, "advice"),
        scheduled_for=_scheduled_for(events) if case.state == CaseState.SCHEDULED else None,
        confirmation_window_end=(
            confirmation_window_end(case.agreement_effective) if case.agreement_effective else None
        ),
        missing_file_items=tuple(missing_file_items(case.file_items or [])),
        moves=legal_moves(case.state, actor),
        work=available_work(
            case.state,
            actor,
            has_mediation_target=case.mediation_due is not None,
            extended=case.extension_consent is not None,
            open_terms=[t for t in terms if t.fulfilled_on is None],
        ),
    )


def _last_detail(events: Any, to_state: CaseState, key: str) -> str | None:
    for event in reversed(events):
        if event.kind == EventKind.TRANSITION and event.to_state == to_state:
            value = (event.details or {}).get(key)
            return str(value) if value is not None else None
    return None


def _scheduled_for(events: Any) -> date | None:
    for event in reversed(events):
        scheduling = (
            event.kind == EventKind.TRANSITION and event.to_state == CaseState.SCHEDULED
        ) or event.kind == EventKind.RESCHEDULED
        if scheduling:
            on = (event.details or {}).get("on")
            return date.fromisoformat(on) if isinstance(on, str) else None
    return None


@atomic
def reveal_party_id(
    session: Session,
    actor: Actor,
    party_id: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> str:
    """A party's full ID number, for the permitted detail view. Every reveal is audited."""
    actor.require(Permission.REVEAL_PARTY_ID)
    at = resolve_now(now)
    why = clean_note(reason, required="why the full ID number is needed")
    party = session.get(MediationParty, party_id)
    if party is None:
        raise NotFound(f"There is no party with id {party_id}.")
    if party.is_organisation or not party.id_number:
        raise NotFound(f"{party.name} has no personal ID number on file.")
    case = load_case(session, party.case_id)
    record_audit(
        session,
        actor,
        "mediation.reveal_id",
        at=at,
        target_type=AUDIT_TARGET,
        target_id=case.number,
        details={"party_id": party.id, "party_name": party.name, "reason": why},
    )
    session.commit()
    return party.id_number


@atomic
def reveal_party_phones(
    session: Session,
    actor: Actor,
    case_ids: Sequence[int],
    reason: str,
    *,
    now: datetime | None = None,
) -> None:
    """Permission to show the parties' phone numbers of these cases in full (every list and
    detail a third person may read shows them masked). Audited once per case."""
    actor.require(Permission.REVEAL_PARTY_ID)
    at = resolve_now(now)
    why = clean_note(reason, required="why the full phone numbers are needed")
    numbers = session.scalars(
        select(MediationCase.number)
        .where(MediationCase.id.in_(case_ids))
        .order_by(MediationCase.id)
    ).all()
    for number in numbers:
        record_audit(
            session,
            actor,
            "mediation.reveal_phones",
            at=at,
            target_type=AUDIT_TARGET,
            target_id=number,
            details={"reason": why},
        )
    session.commit()
