"""Referring a petition to mediation: a linked mediation case is registered in the same
transaction, with the petitioners as applicants; the petition then shows the case's state and
outcome, which follow the case."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.errors import InvalidTransition
from services.core.op_context import atomic
from services.mediation.intake import PartyInput, PersonParty, open_linked_case
from services.mediation.states import CaseSource
from services.petitions.common import (
    PetitionInfo,
    begin,
    load_petition,
    load_petitioners,
    petition_info,
)
from services.petitions.identity import read_identity
from services.petitions.states import REFERABLE_STATES, EventKind


@atomic
def refer_to_mediation(
    session: Session,
    actor: Actor,
    petition_id: int,
    *,
    dispute_type: str,
    respondents: Sequence[PartyInput],
    claims: str = "",
    now: datetime | None = None,
) -> PetitionInfo:
    """Register a mediation case for an accepted petition and link the two."""
    op = begin(session, actor, Permission.HANDLE_PETITION, now)
    petition = load_petition(session, petition_id, lock=True)
    if petition.state not in REFERABLE_STATES:
        raise InvalidTransition(
            f"{petition.number} is {petition.state}: only a petition being handled "
            "(accepted or extended) is referred to mediation."
        )
    if petition.mediation_case_id is not None:
        raise InvalidTransition(f"{petition.number} is already referred to mediation.")
    applicants = []
    for row in load_petitioners(session, [petition.id])[petition.id]:
        id_number, phone = read_identity(row)
        applicants.append(PersonParty(row.name, id_number, phone, row.address))
    case = open_linked_case(
        op,
        applicants=applicants,
        respondents=respondents,
        dispute_type=dispute_type,
        source=CaseSource.PETITION.value,
        facts=f"{petition.number}: {petition.matter}",
        claims=claims,
        escalation_risk=petition.collective or petition.repeat_of_id is not None,
    )
    petition.mediation_case_id = case.id
    op.log(
        petition,
        EventKind.REFERRED_TO_MEDIATION,
        from_state=petition.state,
        to_state=petition.state,
        details={"case": case.number, "dispute_type": dispute_type},
    )
    info = petition_info(session, petition, op.day)
    session.commit()
    return info
