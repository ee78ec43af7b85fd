"""The mediation documents: the domain's document data -> printing documents -> PDF or spool.

``services.mediation.documents`` gives ID numbers already masked and codes as codes; this
module turns the codes into text in the document's language (``mediation_states.label``) and
times into the center's time zone. The ``*_for`` functions read a case (on a worker thread,
in one session) and check that the actor may read mediation cases. The PDF renderers
(ReportLab) are imported when a PDF is first made, not when a station starts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from printing.documents import (
    AgreementTerm,
    CaseParty,
    MediationAgreement,
    Party,
    ReferralSlip,
    RightsNotice,
)
from printing.profiles import PrinterProfile
from printing.thermal import render_referral_short
from services.core.actors import Actor, Permission
from services.core.center_config import CenterConfig, load_center_config
from services.core.clock import resolve_now
from services.core.journal import record_audit
from services.mediation.deadlines import confirmation_window_end
from services.mediation.documents import (
    AgreementData,
    DocumentParty,
    ReferralSlipData,
    RightsNoticeData,
    agreement_data,
    referral_slip_data,
    rights_notice_data,
)
from services.mediation.states import AgreementKind, label
from services.queue.print_jobs import PrintJobInfo, enqueue

REFERRAL_KIND = "referral"


def document_language(language: str) -> str:
    return "en" if language.startswith("en") else "zh_CN"


def _center(name_zh: str, name_en: str, language: str) -> str:
    return name_en if language == "en" else name_zh


def slip_party(party: DocumentParty) -> Party:
    """A party of the referral slip; its ID number is already masked."""
    code = party.organisation_code if party.is_organisation else party.id_number
    return Party(party.name, code, party.phone or None, party.is_organisation)


def case_party(party: DocumentParty) -> CaseParty:
    return CaseParty(
        name=party.name,
        id_number=None if party.is_organisation else party.id_number,
        phone=party.phone or None,
        address=party.address,
        is_organisation=party.is_organisation,
        organisation_code=party.organisation_code,
        agent_name=party.agent_name,
    )


def referral_slip(data: ReferralSlipData, language: str, config: CenterConfig) -> ReferralSlip:
    language = document_language(language)
    return ReferralSlip(
        center_name=_center(data.center_name_zh, data.center_name_en, language),
        case_number=data.case_number,
        barcode_payload=data.barcode_payload,
        applicants=tuple(slip_party(p) for p in data.applicants),
        respondents=tuple(slip_party(p) for p in data.respondents),
        dispute_type=label("dispute_type", data.dispute_type, language),
        channel=label("channel", data.channel, language),
        receiving_body_name=data.receiving_body_name_en
        if language == "en" and data.receiving_body_name_en
        else data.receiving_body_name,
        receiving_body_address=data.receiving_body_address,
        receiving_body_phone=data.receiving_body_phone,
        facts=data.facts,
        feedback_due=data.feedback_due,
        referred_at=data.referred_at.astimezone(config.timezone),
        staff_name=data.referred_by,
        language=language,
    )


def mediation_agreement(
    data: AgreementData, language: str, printed_at: datetime, *, full_identity: bool = False
) -> MediationAgreement:
    language = document_language(language)
    written = data.kind == AgreementKind.WRITTEN
    center = _center(data.center_name_zh, data.center_name_en, language)
    return MediationAgreement(
        center_name=center,
        mediation_body=center,
        case_number=data.case_number,
        barcode_payload=data.barcode_payload,
        applicants=tuple(case_party(p) for p in data.applicants),
        respondents=tuple(case_party(p) for p in data.respondents),
        dispute_type=label("dispute_type", data.dispute_type, language),
        channel=label("channel", data.channel, language) if data.channel else None,
        facts=data.facts,
        claims=data.claims,
        written=written,
        terms=tuple(AgreementTerm(t.position, t.description, t.due) for t in data.terms),
        effective=data.effective,
        confirmation_deadline=confirmation_window_end(data.effective) if written else None,
        mediators=data.mediators,
        session_dates=data.session_dates,
        printed_at=printed_at,
        language=language,
        full_identity=full_identity,
    )


def rights_notice(data: RightsNoticeData, language: str, printed_at: datetime) -> RightsNotice:
    language = document_language(language)
    return RightsNotice(
        center_name=_center(data.center_name_zh, data.center_name_en, language),
        case_number=data.case_number,
        barcode_payload=data.barcode_payload,
        applicants=tuple(case_party(p) for p in data.applicants),
        respondents=tuple(case_party(p) for p in data.respondents),
        dispute_type=label("dispute_type", data.dispute_type, language),
        registered_on=data.registered_on,
        printed_at=printed_at,
        language=language,
    )


# --- reading a case ------------------------------------------------------------------------


def _local_now(config: CenterConfig, now: datetime | None) -> datetime:
    return resolve_now(now).astimezone(config.timezone)


def referral_slip_for(session: Session, actor: Actor, case_id: int, language: str) -> ReferralSlip:
    actor.require(Permission.READ_MEDIATION)
    data = referral_slip_data(session, case_id)
    return referral_slip(data, language, load_center_config(session))


def agreement_for(
    session: Session,
    actor: Actor,
    case_id: int,
    language: str,
    *,
    now: datetime | None = None,
    full_identity: bool = False,
) -> MediationAgreement:
    """The agreement; with ``full_identity`` the parties' ID numbers and phones in full, as
    the signed agreement states them, and the print recorded in the audit log."""
    actor.require(Permission.READ_MEDIATION)
    data = agreement_data(session, case_id, full_identity=full_identity)
    if full_identity:
        _audit_full_print(session, actor, "agreement", data.case_number, now)
    return mediation_agreement(
        data, language, _local_now(load_center_config(session), now), full_identity=full_identity
    )


def _audit_full_print(
    session: Session, actor: Actor, document: str, case_number: str, now: datetime | None
) -> None:
    """A document that carries personal data in full: who printed which, and when."""
    record_audit(
        session,
        actor,
        f"mediation.print_{document}",
        at=resolve_now(now),
        target_type="mediation_case",
        target_id=case_number,
        details={"personal_data": "in full", "document": document},
    )
    session.commit()


def rights_notice_for(
    session: Session, actor: Actor, case_id: int, language: str, *, now: datetime | None = None
) -> RightsNotice:
    actor.require(Permission.READ_MEDIATION)
    data = rights_notice_data(session, case_id)
    return rights_notice(data, language, _local_now(load_center_config(session), now))


def referral_pdf(
    session: Session, actor: Actor, case_id: int, language: str, font_path: str | None = None
) -> bytes:
    """The referral slip, two copies: the center's stub with ID and phone numbers masked, the
    receiving body's handover copy with the parties' phones in full (the print is audited)."""
    from printing.pdf_referral import render_referral_pdf

    slip = referral_slip_for(session, actor, case_id, language)
    _audit_full_print(session, actor, "referral", slip.case_number, None)
    return render_referral_pdf(slip, font_path)


def agreement_pdf(
    session: Session, actor: Actor, case_id: int, language: str, font_path: str | None = None
) -> bytes:
    """The agreement the parties sign, with their full identity (People's Mediation Law
    art. 29); the print is audited."""
    from printing.pdf_agreement import render_agreement_pdf

    agreement = agreement_for(session, actor, case_id, language, full_identity=True)
    return render_agreement_pdf(agreement, font_path)


def rights_notice_pdf(
    session: Session, actor: Actor, case_id: int, language: str, font_path: str | None = None
) -> bytes:
    from printing.pdf_rights_notice import render_rights_notice_pdf

    return render_rights_notice_pdf(rights_notice_for(session, actor, case_id, language), font_path)


def spool_referral_short(
    session: Session,
    actor: Actor,
    case_id: int,
    *,
    printer: str,
    profile: PrinterProfile,
    language: str,
) -> PrintJobInfo:
    """Queue the short thermal copy of the slip (names only, the case barcode) for ``printer``."""
    slip = referral_slip_for(session, actor, case_id, language)
    return enqueue(
        session,
        printer=printer,
        document_kind=REFERRAL_KIND,
        document_ref=slip.case_number,
        data=render_referral_short(slip, profile),
    )
