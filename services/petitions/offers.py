"""What an actor may do with a petition now: the moves of the lifecycle, the work along the
way, and the written notices it has to print.

Windows show exactly what these functions offer and decide nothing themselves; the
operations in ``services.petitions.moves`` and ``services.petitions.referral`` refuse the rest
with the same table and permissions, so a button is never offered for a step the domain would
refuse.
"""

from __future__ import annotations

from enum import StrEnum

from services.core.actors import Actor, Permission
from services.petitions.common import PetitionInfo
from services.petitions.documents import DOCUMENT_STATES
from services.petitions.states import REFERABLE_STATES, TRANSITIONS, PetitionState

S = PetitionState


class Work(StrEnum):
    """Work on a petition that keeps its state."""

    REFER_TO_MEDIATION = "refer_to_mediation"


WORK_PERMISSIONS: dict[Work, tuple[Permission, ...]] = {
    Work.REFER_TO_MEDIATION: (Permission.HANDLE_PETITION, Permission.REFER_DISPUTE),
}


def legal_moves(state: str, actor: Actor) -> tuple[str, ...]:
    """The states a petition in ``state`` may move to that ``actor`` may move it to."""
    moves = TRANSITIONS[S(state)]
    return tuple(target.value for target, permission in moves.items() if actor.may(permission))


def available_work(petition: PetitionInfo, actor: Actor) -> tuple[Work, ...]:
    """The work ``actor`` may record on ``petition`` now."""
    found: list[Work] = []
    if (
        S(petition.state) in REFERABLE_STATES
        and petition.mediation_case is None
        and all(actor.may(p) for p in WORK_PERMISSIONS[Work.REFER_TO_MEDIATION])
    ):
        found.append(Work.REFER_TO_MEDIATION)
    return tuple(found)


def notices(petition: PetitionInfo) -> tuple[str, ...]:
    """The documents the petition's history has given it, in the order of the lifecycle: the
    registration slip always, then each written notice of a step it has taken."""
    taken = {
        "slip": True,
        "accept": petition.deadlines.handle_by is not None,
        "decline": petition.state == S.DECLINED,
        "forward": petition.state == S.FORWARDED,
        "extend": petition.extension_days is not None,
        "reply": petition.replied_on is not None,
    }
    return tuple(kind for kind in DOCUMENT_STATES if taken[kind])


def notice_of_move(target: str) -> str | None:
    """The written notice that tells the petitioner of a move to ``target``, if it has one."""
    return next((kind for kind, state in DOCUMENT_STATES.items() if state == target), None)


def may_reveal(actor: Actor) -> bool:
    """Whether ``actor`` may see a petitioner's full ID number and phone (audited)."""
    return actor.may(Permission.REVEAL_PARTY_ID)
