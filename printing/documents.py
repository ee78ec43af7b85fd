"""What the printed documents say, as frozen dataclasses filled by callers.

``printing`` cannot import ``services``: the caller copies service data into
these. ID numbers and phone numbers are given in full; every renderer masks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from printing.labels import check_language


@dataclass(frozen=True)
class QueueTicket:
    center_name: str
    service_name: str
    code: str
    barcode_payload: str
    people_ahead: int | None  # None: the ticket no longer waits, and the line is left out
    estimated_wait_minutes: int | None
    issued_at: datetime
    language: str  # "zh_CN" or "en"
    priority_label: str | None = None
    notice: str = ""

    def __post_init__(self) -> None:
        check_language(self.language)


@dataclass(frozen=True)
class AcceptanceReceipt:
    center_name: str
    request_number: str  # "R-2026-000123"
    barcode_payload: str
    resident_name: str
    resident_id_number: str  # in full; renderers mask it
    service_name: str
    description: str
    materials_submitted: tuple[str, ...]
    materials_missing: tuple[str, ...]
    promised_by: date
    counter_name: str
    staff_name: str
    accepted_at: datetime
    language: str = "zh_CN"

    def __post_init__(self) -> None:
        check_language(self.language)


@dataclass(frozen=True)
class Party:
    """A party to a dispute: a person, or an organisation when ``is_organisation``."""

    name: str
    id_number: str | None  # in full; renderers mask it
    phone: str | None  # in full; renderers mask it
    is_organisation: bool = False


@dataclass(frozen=True)
class ReferralSlip:
    center_name: str
    case_number: str  # "M-2026-000045"
    barcode_payload: str
    applicants: tuple[Party, ...]
    respondents: tuple[Party, ...]
    dispute_type: str
    channel: str  # display text, e.g. "人民调解"
    receiving_body_name: str
    receiving_body_address: str
    receiving_body_phone: str
    facts: str
    feedback_due: date
    referred_at: datetime
    staff_name: str
    language: str = "zh_CN"

    def __post_init__(self) -> None:
        check_language(self.language)


@dataclass(frozen=True)
class TestPage:
    __test__ = False  # not a pytest test class, despite the name

    station_name: str
    printed_at: datetime
    paper_width_mm: int
    language: str = "zh_CN"

    def __post_init__(self) -> None:
        check_language(self.language)


@dataclass(frozen=True)
class CaseParty:
    """A party named on a mediation document (agreement, notice of rights and duties)."""

    name: str
    id_number: str | None  # a person's ID number, full or masked; renderers mask it
    phone: str | None  # renderers mask it
    address: str = ""
    is_organisation: bool = False
    organisation_code: str | None = None  # unified social credit code; not personal data
    agent_name: str | None = None


@dataclass(frozen=True)
class AgreementTerm:
    position: int
    description: str
    due: date  # the performance deadline


@dataclass(frozen=True)
class MediationAgreement:
    """The mediation agreement (调解协议书): parties, facts, terms, signatures and the seal."""

    center_name: str
    mediation_body: str  # whose seal the agreement carries
    case_number: str  # "M-2026-000045"
    barcode_payload: str
    applicants: tuple[CaseParty, ...]
    respondents: tuple[CaseParty, ...]
    dispute_type: str  # display text, e.g. "邻里纠纷"
    channel: str | None  # display text, e.g. "人民调解"
    facts: str
    claims: str
    written: bool  # False: the record of an oral agreement
    terms: tuple[AgreementTerm, ...]
    effective: date
    confirmation_deadline: date | None  # last day to apply for judicial confirmation
    mediators: tuple[str, ...]
    session_dates: tuple[date, ...]
    printed_at: datetime
    language: str = "zh_CN"
    # the parties' full identity, as the signed agreement states it; else masked
    full_identity: bool = False

    def __post_init__(self) -> None:
        check_language(self.language)


@dataclass(frozen=True)
class RightsNotice:
    """The one-time notice of rights and duties (当事人权利义务告知书): a page per party."""

    center_name: str
    case_number: str
    barcode_payload: str
    applicants: tuple[CaseParty, ...]
    respondents: tuple[CaseParty, ...]
    dispute_type: str  # display text
    registered_on: date
    printed_at: datetime
    language: str = "zh_CN"

    def __post_init__(self) -> None:
        check_language(self.language)
