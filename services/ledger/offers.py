"""What an actor may do with a ledger entry now: the moves of its lifecycle and the follow-up
visit. Windows show exactly what these functions offer; ``services.ledger.entries`` refuses
the rest with the same table and permissions."""

from __future__ import annotations

from enum import StrEnum

from services.core.actors import Actor, Permission
from services.ledger.states import OPEN_STATES, TRANSITIONS, EntryState


class Work(StrEnum):
    """Work on an entry that keeps its state."""

    FOLLOW_UP = "follow_up"


def legal_moves(state: str, actor: Actor) -> tuple[str, ...]:
    """The states an entry in ``state`` may move to that ``actor`` may move it to."""
    moves = TRANSITIONS[EntryState(state)]
    return tuple(target.value for target, permission in moves.items() if actor.may(permission))


def available_work(state: str, actor: Actor) -> tuple[Work, ...]:
    if EntryState(state) in OPEN_STATES and actor.may(Permission.KEEP_LEDGER):
        return (Work.FOLLOW_UP,)
    return ()


def may_add(actor: Actor) -> bool:
    """Whether ``actor`` may enter a new dispute in the ledger."""
    return actor.may(Permission.KEEP_LEDGER)
