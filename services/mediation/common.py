"""What every mediation operation shares: the operation context (who, when, the center's rules),
loading a case, the timeline event and audit row each change writes, and the plain dataclasses
the operations return. Party ID numbers leave this module masked, always.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.errors import NotFound, ValidationError
from services.core.id_numbers import mask_id_number
from services.core.op_context import OpContext
from services.core.text_checks import clean_text
from services.mediation.deadlines import reminders_for
from services.mediation.states import PartySide, allowed_transitions
from services.storage.casework_models import (
    MediationCase,
    MediationEvent,
    MediationParty,
    ReceivingBody,
)
from services.timeline.changes import log_change

MAX_NOTE = 2000
AUDIT_TARGET = "mediation_case"


@dataclass(frozen=True)
class PartyView:
    """A party as every screen and document sees it: the ID number masked."""

    id: int
    side: str  # PartySide value
    is_organisation: bool
    name: str
    id_number_masked: str | None  # persons only: ``110105********002X``
    organisation_code: str | None  # organisations only; not personal data
    phone: str
    address: str
    resident_id: int | None
    agent_name: str | None
    agent_phone: str | None


@dataclass(frozen=True)
class CaseInfo:
    id: int
    number: str
    state: str
    dispute_type: str
    source: str
    escalation_risk: bool
    facts: str
    claims: str
    request_id: int | None
    channel: str | None
    receiving_body_id: int | None
    receiving_body_name: str | None
    feedback_due: date | None
    mediation_due: date | None
    extended: bool
    agreement_kind: str | None
    agreement_effective: date | None
    confirmation_applied_on: date | None
    failure_routes: tuple[str, ...]
    outcome: str | None
    file_items: tuple[str, ...]
    registered_at: datetime
    service_day: date
    closed_at: datetime | None
    parties: tuple[PartyView, ...]
    allowed_transitions: tuple[str, ...]
    overdue: bool

    @property
    def applicants(self) -> tuple[PartyView, ...]:
        return tuple(p for p in self.parties if p.side == PartySide.APPLICANT)

    @property
    def respondents(self) -> tuple[PartyView, ...]:
        return tuple(p for p in self.parties if p.side == PartySide.RESPONDENT)


class MediationOp(OpContext):
    """A mediation operation, with its timeline entry and audit log."""

    def log(
        self,
        case: MediationCase,
        kind: str,
        *,
        from_state: str | None,
        to_state: str | None,
        note: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Append a timeline event and an audit row for a change of ``case``."""
        log_change(
            self,
            MediationEvent,
            {"case_id": case.id},
            audit_prefix="mediation",
            target_type=AUDIT_TARGET,
            target_id=case.number,
            kind=str(kind),
            from_state=from_state,
            to_state=to_state,
            note=note,
            details=details,
        )
        case.updated_at = self.at


def begin(
    session: Session, actor: Actor, permission: Permission, now: datetime | None
) -> MediationOp:
    actor.require(permission)
    return MediationOp(session, actor, resolve_now(now), load_center_config(session))


@dataclass(frozen=True)
class LinkedCase:
    """What a petition or a ledger entry shows of the mediation case it was referred to: the
    state and outcome follow the case."""

    number: str
    state: str
    outcome: str | None


def linked_cases(session: Session, case_ids: set[int | None]) -> dict[int, LinkedCase]:
    wanted = [i for i in case_ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(
            MediationCase.id, MediationCase.number, MediationCase.state, MediationCase.outcome
        ).where(MediationCase.id.in_(wanted))
    )
    return {case_id: LinkedCase(number, state, outcome) for case_id, number, state, outcome in rows}


def load_case(session: Session, case_id: int, *, lock: bool = False) -> MediationCase:
    query = select(MediationCase).where(MediationCase.id == case_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    case = session.scalars(query).one_or_none()
    if case is None:
        raise NotFound(f"There is no mediation case with id {case_id}.")
    return case


def clean_note(note: str, *, required: str | None = None) -> str:
    """A trimmed note; ``required`` names what it must say when it may not be empty."""
    text = clean_text(note, "note", max_length=MAX_NOTE, multiline=True)
    if required and not text:
        raise ValidationError(f"Say {required} in the note.")
    return text


def party_view(party: MediationParty) -> PartyView:
    person_id = None if party.is_organisation else party.id_number
    return PartyView(
        id=party.id,
        side=party.side,
        is_organisation=party.is_organisation,
        name=party.name,
        id_number_masked=mask_id_number(person_id) if person_id else None,
        organisation_code=party.id_number if party.is_organisation else None,
        phone=party.phone,
        address=party.address,
        resident_id=party.resident_id,
        agent_name=party.agent_name,
        agent_phone=party.agent_phone,
    )


def load_parties(session: Session, case_ids: Sequence[int]) -> dict[int, list[MediationParty]]:
    found: dict[int, list[MediationParty]] = defaultdict(list)
    if case_ids:
        for party in session.scalars(
            select(MediationParty)
            .where(MediationParty.case_id.in_(case_ids))
            .order_by(MediationParty.case_id, MediationParty.side, MediationParty.id)
        ):
            found[party.case_id].append(party)
    return found


def case_infos(session: Session, cases: Sequence[MediationCase], today: date) -> list[CaseInfo]:
    """Plain data for several cases, with their parties, bodies and overdue flags."""
    ids = [case.id for case in cases]
    parties = load_parties(session, ids)
    body_ids = {case.receiving_body_id for case in cases if case.receiving_body_id is not None}
    bodies: dict[int, str] = {}
    if body_ids:
        rows = session.execute(
            select(ReceivingBody.id, ReceivingBody.name).where(ReceivingBody.id.in_(body_ids))
        )
        bodies = {body_id: name for body_id, name in rows}
    late = reminders_for(session, cases, today, lead_days=0)
    return [
        _case_info(
            case,
            parties[case.id],
            bodies.get(case.receiving_body_id) if case.receiving_body_id else None,
            overdue=any(item.overdue for item in late.get(case.id, [])),
        )
        for case in cases
    ]


def case_info(session: Session, case: MediationCase, today: date) -> CaseInfo:
    session.flush()
    return case_infos(session, [case], today)[0]


def _case_info(
    case: MediationCase, parties: list[MediationParty], body_name: str | None, *, overdue: bool
) -> CaseInfo:
    return CaseInfo(
        id=case.id,
        number=case.number,
        state=case.state,
        dispute_type=case.dispute_type,
        source=case.source,
        escalation_risk=case.escalation_risk,
        facts=case.facts,
        claims=case.claims,
        request_id=case.request_id,
        channel=case.channel,
        receiving_body_id=case.receiving_body_id,
        receiving_body_name=body_name,
        feedback_due=case.feedback_due,
        mediation_due=case.mediation_due,
        extended=case.extension_consent is not None,
        agreement_kind=case.agreement_kind,
        agreement_effective=case.agreement_effective,
        confirmation_applied_on=case.confirmation_applied_on,
        failure_routes=tuple(case.failure_routes or ()),
        outcome=case.outcome,
        file_items=tuple(case.file_items or ()),
        registered_at=case.registered_at,
        service_day=case.service_day,
        closed_at=case.closed_at,
        parties=tuple(party_view(p) for p in parties),
        allowed_transitions=tuple(allowed_transitions(case.state)),
        overdue=overdue,
    )
