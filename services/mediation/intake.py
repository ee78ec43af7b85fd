"""Taking a dispute in: the parties, the dispute, and the case number ``M-2026-000045``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict, TypeVar, Unpack

from sqlalchemy.orm import Session

from services.casework.ops import next_document_number
from services.casework.requests import record_referral
from services.core.actors import Actor, Permission
from services.core.errors import NotFound, ValidationError
from services.core.id_numbers import validate_id_number
from services.core.op_context import OpContext, atomic
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.mediation.common import (
    CaseInfo,
    MediationOp,
    begin,
    case_info,
)
from services.mediation.states import (
    CaseSource,
    CaseState,
    DisputeType,
    EventKind,
    PartySide,
)
from services.storage.casework_models import (
    MediationCase,
    MediationParty,
    Resident,
    ServiceRequest,
)

NUMBER_KIND = "M"
MAX_PARTIES_PER_SIDE = 20
MAX_FACTS = 4000
# GB 32100-2015 unified social credit codes: 18 characters, the last one a check character.
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_PHONE_CHARS = set("0123456789+-() ")


@dataclass(frozen=True)
class Agent:
    """Someone acting for a party: a relative, a lawyer, an employee."""

    name: str
    phone: str = ""


@dataclass(frozen=True)
class PersonParty:
    name: str
    id_number: str | None = None  # checked against GB 11643 when given
    phone: str = ""
    address: str = ""
    resident_id: int | None = None  # a resident already on file
    agent: Agent | None = None


@dataclass(frozen=True)
class OrganisationParty:
    name: str
    code: str | None = None  # unified social credit code (GB 32100), checked when given
    phone: str = ""
    address: str = ""
    agent: Agent | None = None


PartyInput = PersonParty | OrganisationParty
_E = TypeVar("_E", DisputeType, CaseSource)


def format_case_number(year: int, number: int) -> str:
    return f"{NUMBER_KIND}-{year:04d}-{number:06d}"


def next_case_number(session: Session, year: int) -> str:
    """Allocate the next case number of a year, atomically across stations."""
    return format_case_number(year, next_document_number(session, NUMBER_KIND, year))


@atomic
def register_case(
    session: Session,
    actor: Actor,
    *,
    request_id: int | None = None,
    applicants: Sequence[PartyInput],
    respondents: Sequence[PartyInput],
    dispute_type: str,
    source: str,
    facts: str,
    claims: str = "",
    escalation_risk: bool = False,
    now: datetime | None = None,
) -> CaseInfo:
    """Register a dispute, from a service request or directly. The case starts ``registered``.

    With ``request_id`` the service request is marked referred to the new case in the same
    transaction, which also needs the actor's ``RECORD_REQUEST`` permission.
    """
    op = begin(session, actor, Permission.REFER_DISPUTE, now)
    case = add_case(
        op,
        request_id=request_id,
        applicants=applicants,
        respondents=respondents,
        dispute_type=dispute_type,
        source=source,
        facts=facts,
        claims=claims,
        escalation_risk=escalation_risk,
    )
    info = case_info(session, case, op.day)
    session.commit()
    return info


def add_case(
    op: MediationOp,
    *,
    request_id: int | None,
    applicants: Sequence[PartyInput],
    respondents: Sequence[PartyInput],
    dispute_type: str,
    source: str,
    facts: str,
    claims: str,
    escalation_risk: bool,
) -> MediationCase:
    """The rows of a new registered case, in the caller's transaction (no commit): for
    ``register_case`` and for operations that register a case as part of their own work."""
    session, actor = op.session, op.actor
    kind = _choice(DisputeType, dispute_type, "dispute type")
    origin = _choice(CaseSource, source, "case source")
    facts_text = _long_text(facts, "statement of facts", required=True)
    claims_text = _long_text(claims, "claims")
    if request_id is not None and session.get(ServiceRequest, request_id) is None:
        raise NotFound(f"There is no service request with id {request_id}.")
    rows = [
        *(_party_row(op, PartySide.APPLICANT, p) for p in _side(applicants, "applicant")),
        *(_party_row(op, PartySide.RESPONDENT, p) for p in _side(respondents, "respondent")),
    ]
    _check_distinct(rows)
    case = MediationCase(
        number=next_case_number(session, op.day.year),
        request_id=request_id,
        dispute_type=kind.value,
        source=origin.value,
        facts=facts_text,
        claims=claims_text,
        escalation_risk=bool(escalation_risk),
        state=CaseState.REGISTERED.value,
        failure_routes=[],
        file_items=[],
        registered_at=op.at,
        service_day=op.day,
        staff_id=actor.staff_id,
        updated_at=op.at,
    )
    session.add(case)
    session.flush()
    for row in rows:
        row.case_id = case.id
        session.add(row)
    session.flush()
    if request_id is not None:
        # The service request the dispute came from is referred to this case, in this transaction.
        record_referral(session, actor, request_id, case.number, now=op.at)
    op.log(
        case,
        EventKind.REGISTERED,
        from_state=None,
        to_state=CaseState.REGISTERED,
        details={
            "dispute_type": kind,
            "source": origin,
            "escalation_risk": case.escalation_risk,
            "applicants": sum(1 for r in rows if r.side == PartySide.APPLICANT),
            "respondents": sum(1 for r in rows if r.side == PartySide.RESPONDENT),
            "request_id": request_id,
        },
    )
    session.flush()
    return case


class LinkedCaseFields(TypedDict):
    applicants: Sequence[PartyInput]
    respondents: Sequence[PartyInput]
    dispute_type: str
    source: str
    facts: str
    claims: str
    escalation_risk: bool


def open_linked_case(op: OpContext, **case: Unpack[LinkedCaseFields]) -> MediationCase:
    """A case another desk registers when it refers its matter to mediation (a petition, a
    ledger entry), in that desk's transaction: the actor needs ``REFER_DISPUTE`` as well as
    the permission of the desk's own move. The caller links the case and commits."""
    op.actor.require(Permission.REFER_DISPUTE)
    case["facts"] = case["facts"][:MAX_FACTS]  # the referring matter's text may run longer
    return add_case(MediationOp(op.session, op.actor, op.at, op.config), request_id=None, **case)


def _choice(enum: type[_E], value: str, what: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise ValidationError(f"Unknown {what} {quoted(value)}: use one of {known}.") from None


def _long_text(value: str, what: str, *, required: bool = False) -> str:
    return clean_text(value, what, max_length=MAX_FACTS, required=required, multiline=True)


def _side(parties: Sequence[PartyInput], what: str) -> Sequence[PartyInput]:
    if not parties:
        raise ValidationError(f"A case needs at least one {what}.")
    if len(parties) > MAX_PARTIES_PER_SIDE:
        raise ValidationError(f"A case has at most {MAX_PARTIES_PER_SIDE} {what}s.")
    return parties


def _short(value: str, what: str, limit: int, *, required: bool = False) -> str:
    # Runs of white space inside a party's name or address become one space, so that the
    # same party typed twice is found as one.
    collapsed = " ".join(value.split()) if isinstance(value, str) else value
    return clean_text(collapsed, what, max_length=limit, required=required)


def _phone(value: str) -> str:
    text = value.strip()
    if text and (len(text) > 32 or not set(text) <= _PHONE_CHARS):
        raise ValidationError(f"{quoted(text)} is not a phone number.")
    return text


def _party_row(op: MediationOp, side: PartySide, party: PartyInput) -> MediationParty:
    agent = party.agent
    row = MediationParty(
        side=side.value,
        name=_short(party.name, "name", 100),
        phone=_phone(party.phone),
        address=_short(party.address, "address", 200),
        agent_name=_short(agent.name, "agent's name", 100, required=True) if agent else None,
        agent_phone=(_phone(agent.phone) or None) if agent else None,
    )
    if isinstance(party, OrganisationParty):
        row.is_organisation = True
        row.id_number = validate_organisation_code(party.code) if party.code else None
        row.resident_id = None
    else:
        row.is_organisation = False
        row.id_number = (
            validate_id_number(party.id_number, today=op.day) if party.id_number else None
        )
        row.resident_id = party.resident_id
        if party.resident_id is not None:
            _link_resident(op.session, row, party.resident_id)
    if not row.name:
        raise ValidationError("Every party needs a name.")
    return row


def _link_resident(session: Session, row: MediationParty, resident_id: int) -> None:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(f"There is no resident with id {resident_id}.")
    if row.id_number is None:
        row.id_number = resident.id_number
    elif row.id_number != resident.id_number:
        raise ValidationError(f"The ID number given for {row.name} is not the resident's.")
    row.name = row.name or resident.name
    row.phone = row.phone or resident.phone
    row.address = row.address or resident.address


def _check_distinct(rows: list[MediationParty]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        if row.id_number is None:
            continue
        other = seen.setdefault(row.id_number, row.side)
        if other != row.side:
            raise ValidationError(f"{row.name} cannot be both an applicant and a respondent.")


def validate_organisation_code(text: str) -> str:
    """The normalised unified social credit code, or ``ValidationError``."""
    value = text.strip().upper()
    if len(value) != 18 or any(c not in _USCC_CHARS for c in value):
        raise ValidationError(
            f"{quoted(text)} is not a unified social credit code (18 digits and capital letters)."
        )
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(value[:17], _USCC_WEIGHTS, strict=True))
    expected = _USCC_CHARS[(31 - total % 31) % 31]
    if value[17] != expected:
        raise ValidationError(f"Bad check character in {value}: expected {expected}.")
    return value
