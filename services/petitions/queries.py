"""Reading petitions: one by number, a filtered list, and the detail with its timeline and
the earlier chain of the same petitioners on the same matter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import NotFound, ValidationError
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.petitions.common import (
    AUDIT_TARGET,
    LinkedPetition,
    PetitionInfo,
    load_petition,
    petition_id_by_number,
    petition_info,
    petition_infos,
)
from services.petitions.identity import read_identity
from services.petitions.models import Petition, Petitioner, PetitionEvent
from services.petitions.states import OPEN_STATES, Flag, parse_state

MAX_LIST = 5000


@dataclass(frozen=True)
class TimelineEntry:
    occurred_at: datetime
    actor: str
    kind: str
    from_state: str | None
    to_state: str | None
    note: str
    details: dict[str, Any]


@dataclass(frozen=True)
class PetitionDetail:
    petition: PetitionInfo
    timeline: tuple[TimelineEntry, ...]
    earlier: tuple[LinkedPetition, ...]  # the same petitioners on the same matter, newest first


def _today(session: Session, now: datetime | None) -> date:
    return service_day(resolve_now(now), load_center_config(session).timezone)


def find_petition(
    session: Session, actor: Actor, number: str, *, now: datetime | None = None
) -> PetitionInfo:
    actor.require(Permission.READ_PETITIONS)
    petition = load_petition(session, petition_id_by_number(session, number))
    return petition_info(session, petition, _today(session, now))


def list_petitions(
    session: Session,
    actor: Actor,
    *,
    state: str | None = None,
    open_only: bool = False,
    overdue: bool | None = None,
    flag: str | None = None,
    limit: int = 500,
    now: datetime | None = None,
) -> list[PetitionInfo]:
    """Petitions newest first; ``flag`` keeps those carrying it (collective, repeat, …)."""
    actor.require(Permission.READ_PETITIONS)
    if not 1 <= limit <= MAX_LIST:
        raise ValidationError(f"A list holds 1 to {MAX_LIST} petitions.")
    if flag is not None and flag not in {f.value for f in Flag}:
        known = ", ".join(f.value for f in Flag)
        raise ValidationError(f"Unknown flag {flag!r}: use one of {known}.")
    query = select(Petition).order_by(Petition.received_at.desc(), Petition.id.desc())
    if state:
        query = query.where(Petition.state == parse_state(state).value)
    if open_only or overdue:
        query = query.where(Petition.state.in_([s.value for s in OPEN_STATES]))
    today = _today(session, now)
    infos = petition_infos(session, session.scalars(query).all(), today)
    if overdue is not None:
        infos = [info for info in infos if info.overdue == overdue]
    if flag is not None:
        infos = [info for info in infos if flag in info.flags]
    return infos[:limit]


def petition_detail(
    session: Session, actor: Actor, petition_id: int, *, now: datetime | None = None
) -> PetitionDetail:
    actor.require(Permission.READ_PETITIONS)
    petition = load_petition(session, petition_id)
    timeline = tuple(
        TimelineEntry(
            occurred_at=e.occurred_at,
            actor=e.actor,
            kind=e.kind,
            from_state=e.from_state,
            to_state=e.to_state,
            note=e.note,
            details=dict(e.details or {}),
        )
        for e in session.scalars(
            select(PetitionEvent)
            .where(PetitionEvent.petition_id == petition.id)
            .order_by(PetitionEvent.id)
        )
    )
    return PetitionDetail(
        petition=petition_info(session, petition, _today(session, now)),
        timeline=timeline,
        earlier=tuple(_earlier_chain(session, petition)),
    )


def _earlier_chain(session: Session, petition: Petition) -> list[LinkedPetition]:
    keys = select(Petitioner.identity_key).where(Petitioner.petition_id == petition.id)
    same_people = select(Petitioner.petition_id).where(Petitioner.identity_key.in_(keys))
    rows = session.execute(
        select(Petition.number, Petition.state, Petition.received_on)
        .where(
            Petition.matter_key == petition.matter_key,
            Petition.id.in_(same_people),
            Petition.id != petition.id,
            or_(
                Petition.received_on < petition.received_on,
                (Petition.received_on == petition.received_on) & (Petition.id < petition.id),
            ),
        )
        .order_by(Petition.received_on.desc(), Petition.id.desc())
    ).all()
    return [LinkedPetition(number, state, on) for number, state, on in rows]


@atomic
def reveal_petitioner(
    session: Session,
    actor: Actor,
    petition_id: int,
    position: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> tuple[str | None, str]:
    """A petitioner's full ID number and phone, for contacting them. Every reveal is audited."""
    actor.require(Permission.REVEAL_PARTY_ID)
    at = resolve_now(now)
    why = clean_text(reason, "reason", max_length=500, required=True)
    petition = load_petition(session, petition_id)
    row = session.scalars(
        select(Petitioner).where(
            Petitioner.petition_id == petition.id, Petitioner.position == position
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"{petition.number} has no petitioner number {position}.")
    record_audit(
        session,
        actor,
        "petition.reveal_identity",
        at=at,
        target_type=AUDIT_TARGET,
        target_id=petition.number,
        details={"position": position, "petitioner": row.name, "reason": why},
    )
    session.commit()
    return read_identity(row)
