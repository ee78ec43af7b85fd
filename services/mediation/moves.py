"""What an actor may do with a case now: the moves of the lifecycle and the work along the way.

Windows show exactly what these functions offer and decide nothing themselves; the
operations in ``services.mediation.transitions`` refuse the rest with the same state sets and
permissions, so a button is never offered for a step the domain would refuse.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from services.core.actors import Actor, Permission
from services.mediation.states import (
    MEDIATING_STATES,
    PERFORMANCE_STATES,
    SEALED_STATES,
    TRANSITIONS,
    CaseState,
)


class Work(StrEnum):
    """Work recorded on a case without moving it to another state."""

    RESCHEDULE = "reschedule"
    SESSION = "session"
    EXTEND = "extend"
    FULFIL = "fulfil"
    VISIT = "visit"
    FILE_ITEM = "file_item"


WORK_PERMISSIONS: dict[Work, Permission] = {
    Work.RESCHEDULE: Permission.MEDIATE,
    Work.SESSION: Permission.MEDIATE,
    Work.EXTEND: Permission.MEDIATE,
    Work.FULFIL: Permission.MEDIATE,
    Work.VISIT: Permission.REFER_DISPUTE,
    Work.FILE_ITEM: Permission.REFER_DISPUTE,
}


def legal_moves(state: str, actor: Actor) -> tuple[str, ...]:
    """The states a case in ``state`` may move to that ``actor`` may move it to, in table order."""
    moves = TRANSITIONS[CaseState(state)]
    return tuple(target.value for target, permission in moves.items() if actor.may(permission))


def work_open(
    work: Work,
    state: str,
    *,
    has_mediation_target: bool,
    extended: bool,
    open_terms: Iterable[object],
) -> bool:
    """Whether the case's state and data admit ``work`` (whoever asks)."""
    case_state = CaseState(state)
    if work is Work.RESCHEDULE:
        return case_state is CaseState.SCHEDULED
    if work is Work.SESSION:
        return case_state is CaseState.IN_MEDIATION
    if work is Work.EXTEND:
        return case_state in MEDIATING_STATES and has_mediation_target and not extended
    if work is Work.FULFIL:
        return case_state in PERFORMANCE_STATES and any(True for _ in open_terms)
    return case_state not in SEALED_STATES  # a visit or a file item: until the file is sealed


def available_work(
    state: str,
    actor: Actor,
    *,
    has_mediation_target: bool,
    extended: bool,
    open_terms: Iterable[object],
) -> tuple[Work, ...]:
    """The work ``actor`` may record on a case now, in a stable order."""
    terms = tuple(open_terms)
    return tuple(
        work
        for work in Work
        if actor.may(WORK_PERMISSIONS[work])
        and work_open(
            work,
            state,
            has_mediation_target=has_mediation_target,
            extended=extended,
            open_terms=terms,
        )
    )
