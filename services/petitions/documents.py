"""What the petition documents print: the registration slip and the written notices. The data
carries petitioners already masked (``PetitionInfo``) and codes as codes; ``station`` turns
them into text in the document's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import InvalidTransition, ValidationError
from services.petitions.common import PetitionInfo, load_petition, petition_info
from services.petitions.models import PetitionEvent
from services.petitions.states import PetitionState

S = PetitionState
# Each document, and the state whose entry it documents (the slip documents registration).
DOCUMENT_STATES = {
    "slip": S.REGISTERED,
    "accept": S.ACCEPTED,
    "decline": S.DECLINED,
    "forward": S.FORWARDED,
    "extend": S.EXTENDED,
    "reply": S.REPLIED,
}


@dataclass(frozen=True)
class PetitionDocumentData:
    kind: str
    center_name_zh: str
    center_name_en: str
    petition: PetitionInfo
    issued_at: datetime  # when the documented step was taken (UTC)
    staff: str  # who took it
    # The handling deadline as the step set it: a reprinted acceptance notice keeps the
    # date it told the petitioner, even after an extension.
    handle_by: date | None


def petition_document_data(
    session: Session, actor: Actor, petition_id: int, kind: str, *, now: datetime | None = None
) -> PetitionDocumentData:
    actor.require(Permission.READ_PETITIONS)
    if kind not in DOCUMENT_STATES:
        known = ", ".join(DOCUMENT_STATES)
        raise ValidationError(f"Unknown petition document {kind!r}: use one of {known}.")
    config = load_center_config(session)
    petition = load_petition(session, petition_id)
    step = session.scalars(
        select(PetitionEvent)
        .where(
            PetitionEvent.petition_id == petition.id,
            PetitionEvent.to_state == DOCUMENT_STATES[kind].value,
            PetitionEvent.kind != "referred_to_mediation",
        )
        .order_by(PetitionEvent.id.desc())
        .limit(1)
    ).first()
    if step is None:
        raise InvalidTransition(
            f"{petition.number} is {petition.state} and has no {kind} notice to print."
        )
    today = service_day(resolve_now(now), config.timezone)
    set_then = (step.details or {}).get("handle_by")
    return PetitionDocumentData(
        kind=kind,
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        petition=petition_info(session, petition, today),
        issued_at=step.occurred_at,
        staff=step.actor,
        handle_by=date.fromisoformat(set_then) if isinstance(set_then, str) else petition.handle_by,
    )
