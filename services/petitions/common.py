"""What every petition operation shares: the operation context, loading a petition, the
timeline event and audit row each change writes, and the plain data the operations return.
Petitioners' ID numbers and phones leave this module masked, always.
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
from services.mediation.common import LinkedCase, linked_cases
from services.petitions.identity import read_identity
from services.petitions.models import Petition, Petitioner, PetitionEvent
from services.petitions.states import Flag, PetitionState, allowed_moves
from services.timeline.changes import log_change

AUDIT_TARGET = "petition"
S = PetitionState


@dataclass(frozen=True)
class PetitionerView:
    """A petitioner as screens and documents show them: ID number and phone masked."""

    name: str
    id_number_masked: str | None
    phone_masked: str
    address: str


@dataclass(frozen=True)
class Deadlines:
    """Every deadline of a petition; a deadline not yet set (or not applicable) is None."""

    decide_by: date
    handle_by: date | None
    review_request_by: date | None
    review_decide_by: date | None
    re_review_request_by: date | None
    re_review_decide_by: date | None


@dataclass(frozen=True)
class LinkedPetition:
    number: str
    state: str
    received_on: date


@dataclass(frozen=True)
class PetitionInfo:
    id: int
    number: str
    state: str
    channel: str
    category: str
    concerned_body: str
    matter: str
    headcount: int
    collective: bool
    repeat_of: str | None
    final_review: str | None  # the earlier, re-reviewed petition on the same matter
    received_at: datetime
    received_on: date
    deadlines: Deadlines
    decided_on: date | None
    extension_days: int | None
    extension_reason: str | None
    decline_routes: tuple[str, ...]
    forwarded_to: str | None
    finding: str | None
    reply: str | None
    replied_on: date | None
    satisfaction: str | None
    review_result: str | None
    re_review_result: str | None
    mediation_case: str | None
    mediation_state: str | None
    mediation_outcome: str | None
    closed_at: datetime | None
    petitioners: tuple[PetitionerView, ...]
    allowed_moves: tuple[str, ...]
    due: date | None  # the deadline that runs now
    overdue: bool
    flags: tuple[str, ...]


class PetitionOp(OpContext):
    """A petition operation, with its timeline entry and audit log."""

    def log(
        self,
        petition: Petition,
        kind: str,
        *,
        from_state: str | None,
        to_state: str | None,
        note: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        log_change(
            self,
            PetitionEvent,
            {"petition_id": petition.id},
            audit_prefix="petition",
            target_type=AUDIT_TARGET,
            target_id=petition.number,
            kind=str(kind),
            from_state=from_state,
            to_state=to_state,
            note=note,
            details=details,
        )
        petition.updated_at = self.at


def begin(
    session: Session, actor: Actor, permission: Permission, now: datetime | None
) -> PetitionOp:
    actor.require(permission)
    return PetitionOp(session, actor, resolve_now(now), load_center_config(session))


def load_petition(session: Session, petition_id: int, *, lock: bool = False) -> Petition:
    query = select(Petition).where(Petition.id == petition_id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    petition = session.scalars(query).one_or_none()
    if petition is None:
        raise NotFound(f"There is no petition with id {petition_id}.")
    return petition


def petition_id_by_number(session: Session, number: str) -> int:
    text = number.strip().upper() if isinstance(number, str) else ""
    found = session.scalar(select(Petition.id).where(Petition.number == text))
    if found is None:
        raise NotFound(f"There is no petition {number!r} (numbers look like X-2026-000001).")
    return found


def running_deadline(petition: Petition) -> date | None:
    """The deadline the center is working to in the petition's state, if any."""
    state = petition.state
    if state == S.REGISTERED:
        return petition.decide_by
    if state in (S.ACCEPTED, S.EXTENDED):
        return petition.handle_by
    if state == S.REVIEW_REQUESTED:
        return petition.review_decide_by
    if state == S.RE_REVIEW_REQUESTED:
        return petition.re_review_decide_by
    return None


def is_overdue(petition: Petition, today: date) -> bool:
    due = running_deadline(petition)
    return due is not None and today > due


def flags_of(petition: Petition, today: date) -> tuple[str, ...]:
    flags = []
    if petition.collective:
        flags.append(Flag.COLLECTIVE.value)
    if petition.repeat_of_id is not None:
        flags.append(Flag.REPEAT.value)
    if petition.final_review_id is not None:
        flags.append(Flag.AFTER_FINAL_REVIEW.value)
    if is_overdue(petition, today):
        flags.append(Flag.OVERDUE.value)
    return tuple(flags)


def mask_phone(phone: str) -> str:
    digits = "".join(phone.split())
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def petitioner_view(row: Petitioner) -> PetitionerView:
    id_number, phone = read_identity(row)
    return PetitionerView(
        name=row.name,
        id_number_masked=mask_id_number(id_number) if id_number else None,
        phone_masked=mask_phone(phone) if phone else "",
        address=row.address,
    )


def load_petitioners(session: Session, ids: Sequence[int]) -> dict[int, list[Petitioner]]:
    found: dict[int, list[Petitioner]] = defaultdict(list)
    if ids:
        for row in session.scalars(
            select(Petitioner)
            .where(Petitioner.petition_id.in_(ids))
            .order_by(Petitioner.petition_id, Petitioner.position)
        ):
            found[row.petition_id].append(row)
    return found


def petition_infos(
    session: Session, petitions: Sequence[Petition], today: date
) -> list[PetitionInfo]:
    """Plain data for several petitions, with their petitioners, links and flags."""
    ids = [p.id for p in petitions]
    people = load_petitioners(session, ids)
    linked_ids = {
        i for p in petitions for i in (p.repeat_of_id, p.final_review_id) if i is not None
    }
    numbers: dict[int, str] = {}
    if linked_ids:
        rows = session.execute(
            select(Petition.id, Petition.number).where(Petition.id.in_(linked_ids))
        )
        numbers = {petition_id: number for petition_id, number in rows}
    cases = linked_cases(session, {p.mediation_case_id for p in petitions})
    return [_info(p, people[p.id], numbers, cases, today) for p in petitions]


def petition_info(session: Session, petition: Petition, today: date) -> PetitionInfo:
    session.flush()
    return petition_infos(session, [petition], today)[0]


def _info(
    p: Petition,
    people: list[Petitioner],
    numbers: dict[int, str],
    cases: dict[int, LinkedCase],
    today: date,
) -> PetitionInfo:
    case = cases.get(p.mediation_case_id) if p.mediation_case_id is not None else None
    return PetitionInfo(
        id=p.id,
        number=p.number,
        state=p.state,
        channel=p.channel,
        category=p.category,
        concerned_body=p.concerned_body,
        matter=p.matter,
        headcount=p.headcount,
        collective=p.collective,
        repeat_of=numbers.get(p.repeat_of_id) if p.repeat_of_id else None,
        final_review=numbers.get(p.final_review_id) if p.final_review_id else None,
        received_at=p.received_at,
        received_on=p.received_on,
        deadlines=Deadlines(
            decide_by=p.decide_by,
            handle_by=p.handle_by,
            review_request_by=p.review_request_by,
            review_decide_by=p.review_decide_by,
            re_review_request_by=p.re_review_request_by,
            re_review_decide_by=p.re_review_decide_by,
        ),
        decided_on=p.decided_on,
        extension_days=p.extension_days,
        extension_reason=p.extension_reason,
        decline_routes=tuple(p.decline_routes or ()),
        forwarded_to=p.forwarded_to,
        finding=p.finding,
        reply=p.reply,
        replied_on=p.replied_on,
        satisfaction=p.satisfaction,
        review_result=p.review_result,
        re_review_result=p.re_review_result,
        mediation_case=case.number if case else None,
        mediation_state=case.state if case else None,
        mediation_outcome=case.outcome if case else None,
        closed_at=p.closed_at,
        petitioners=tuple(petitioner_view(row) for row in people),
        allowed_moves=tuple(allowed_moves(p.state)),
        due=running_deadline(p),
        overdue=is_overdue(p, today),
        flags=flags_of(p, today),
    )


def check_day(value: date | None, default: date, what: str, *, not_before: date) -> date:
    """A date the user gave for a step: not in the future, not before the step could happen."""
    if value is None:
        return default
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(f"The {what} must be a date.")
    if value > default:
        raise ValidationError(f"The {what} {value} is in the future.")
    if value < not_before:
        raise ValidationError(f"The {what} {value} is before {not_before}.")
    return value
