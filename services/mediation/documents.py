"""What the mediation documents say, as plain data for the printing layer.

Party ID numbers are returned **already masked** (``110105********002X``): a printout never
needs the full number, so it never leaves the database for one. (``printing`` masks them again;
masking a masked number changes nothing.) Codes (dispute type, channel, …) are returned as
codes; ``mediation_states.label`` turns them into Chinese or English text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.center_config import load_center_config
from services.core.errors import InvalidTransition
from services.mediation.common import load_case, load_parties, party_view
from services.mediation.states import CaseState, EventKind, PartySide
from services.storage.casework_models import (
    MediationCase,
    MediationEvent,
    MediationSession,
    PerformanceTerm,
    ReceivingBody,
)
from services.storage.models import Staff


@dataclass(frozen=True)
class DocumentParty:
    name: str
    id_number: str | None  # masked; None for organisations and people without one on file
    phone: str
    address: str
    is_organisation: bool
    organisation_code: str | None
    agent_name: str | None


@dataclass(frozen=True)
class ReferralSlipData:
    """The referral slip (转介单): two A4 copies and a short thermal copy."""

    center_name_zh: str
    center_name_en: str
    case_number: str
    barcode_payload: str  # the case number, ``M-2026-000045``
    applicants: tuple[DocumentParty, ...]
    respondents: tuple[DocumentParty, ...]
    dispute_type: str
    escalation_risk: bool
    facts: str
    claims: str
    channel: str
    receiving_body_name: str
    receiving_body_name_en: str
    receiving_body_address: str
    receiving_body_phone: str
    feedback_due: date
    referred_at: datetime
    referred_by: str  # the actor who made the referral


@dataclass(frozen=True)
class AgreementTermData:
    position: int
    description: str
    due: date


@dataclass(frozen=True)
class AgreementData:
    """The mediation agreement (调解协议书), with signature lines for parties and mediators."""

    center_name_zh: str
    center_name_en: str
    case_number: str
    barcode_payload: str
    applicants: tuple[DocumentParty, ...]
    respondents: tuple[DocumentParty, ...]
    dispute_type: str
    facts: str
    claims: str
    kind: str  # written or oral
    terms: tuple[AgreementTermData, ...]
    effective: date
    mediators: tuple[str, ...]  # everyone who mediated a session, in order of first session
    session_dates: tuple[date, ...]
    channel: str | None


@dataclass(frozen=True)
class RightsNoticeData:
    """The one-time notice of rights and duties (权利义务告知书), handed to every party."""

    center_name_zh: str
    center_name_en: str
    case_number: str
    barcode_payload: str
    applicants: tuple[DocumentParty, ...]
    respondents: tuple[DocumentParty, ...]
    dispute_type: str
    registered_on: date


def _parties(
    session: Session, case: MediationCase, *, full_identity: bool = False
) -> tuple[tuple[DocumentParty, ...], ...]:
    sides: dict[str, list[DocumentParty]] = {PartySide.APPLICANT: [], PartySide.RESPONDENT: []}
    for party in load_parties(session, [case.id])[case.id]:
        view = party_view(party)
        sides[party.side].append(
            DocumentParty(
                name=view.name,
                id_number=party.id_number if full_identity else view.id_number_masked,
                phone=view.phone,
                address=view.address,
                is_organisation=view.is_organisation,
                organisation_code=view.organisation_code,
                agent_name=view.agent_name,
            )
        )
    return tuple(sides[PartySide.APPLICANT]), tuple(sides[PartySide.RESPONDENT])


def referral_slip_data(session: Session, case_id: int) -> ReferralSlipData:
    """The referral slip of a referred case (its latest referral). ID numbers masked."""
    case = load_case(session, case_id)
    body = session.get(ReceivingBody, case.receiving_body_id) if case.receiving_body_id else None
    referral = session.scalars(
        select(MediationEvent)
        .where(
            MediationEvent.case_id == case.id,
            MediationEvent.kind == EventKind.TRANSITION,
            MediationEvent.to_state == CaseState.REFERRED,
        )
        .order_by(MediationEvent.id.desc())
        .limit(1)
    ).first()
    if body is None or referral is None or case.feedback_due is None or case.channel is None:
        raise InvalidTransition(f"{case.number} has not been referred: there is no slip to print.")
    config = load_center_config(session)
    applicants, respondents = _parties(session, case)
    return ReferralSlipData(
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        case_number=case.number,
        barcode_payload=case.number,
        applicants=applicants,
        respondents=respondents,
        dispute_type=case.dispute_type,
        escalation_risk=case.escalation_risk,
        facts=case.facts,
        claims=case.claims,
        channel=case.channel,
        receiving_body_name=body.name,
        receiving_body_name_en=body.name_en or "",
        receiving_body_address=body.address,
        receiving_body_phone=body.phone,
        feedback_due=case.feedback_due,
        referred_at=referral.occurred_at,
        referred_by=staff_full_name(session, referral.actor),
    )


def staff_full_name(session: Session, actor_name: str) -> str:
    """The staff member's full name for a document; the recorded name when none is known."""
    full_name = session.scalar(select(Staff.full_name).where(Staff.username == actor_name))
    return full_name or actor_name


def agreement_data(session: Session, case_id: int, *, full_identity: bool = False) -> AgreementData:
    """The agreement of a case that reached one. ID numbers masked unless ``full_identity``:
    the signed agreement states the parties' identity (People's Mediation Law art. 29)."""
    case = load_case(session, case_id)
    if case.agreement_kind is None or case.agreement_effective is None:
        raise InvalidTransition(f"{case.number} has no agreement to print.")
    config = load_center_config(session)
    applicants, respondents = _parties(session, case, full_identity=full_identity)
    terms = session.scalars(
        select(PerformanceTerm)
        .where(PerformanceTerm.case_id == case.id)
        .order_by(PerformanceTerm.position)
    ).all()
    sessions = session.scalars(
        select(MediationSession)
        .where(MediationSession.case_id == case.id)
        .order_by(MediationSession.held_on, MediationSession.id)
    ).all()
    mediators: list[str] = []
    for held in sessions:
        for name in held.mediators.replace("，", ",").replace("、", ",").split(","):
            if name.strip() and name.strip() not in mediators:
                mediators.append(name.strip())
    return AgreementData(
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        case_number=case.number,
        barcode_payload=case.number,
        applicants=applicants,
        respondents=respondents,
        dispute_type=case.dispute_type,
        facts=case.facts,
        claims=case.claims,
        kind=case.agreement_kind,
        terms=tuple(AgreementTermData(t.position, t.description, t.due) for t in terms),
        effective=case.agreement_effective,
        mediators=tuple(mediators),
        session_dates=tuple(held.held_on for held in sessions),
        channel=case.channel,
    )


def rights_notice_data(session: Session, case_id: int) -> RightsNoticeData:
    """The notice of rights and duties; the notice text itself belongs to the printing layer."""
    case = load_case(session, case_id)
    config = load_center_config(session)
    applicants, respondents = _parties(session, case)
    return RightsNoticeData(
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        case_number=case.number,
        barcode_payload=case.number,
        applicants=applicants,
        respondents=respondents,
        dispute_type=case.dispute_type,
        registered_on=case.service_day,
    )
