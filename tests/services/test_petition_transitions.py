"""Every move of the petition lifecycle, legal and illegal, with the permission each needs,
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Permission
from services.core.errors import InvalidTransition, NotFound, PermissionDenied
from services.petitions import moves as petition_moves
from services.petitions import queries as petition_queries
from services.petitions.models import PetitionEvent
from services.petitions.states import TRANSITIONS, allowed_moves
from services.storage.models import AuditLog
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import (
    ADMIN,
    COUNTER,
    KIOSK,
    MANAGER,
    MEDIATOR,
    PATH,
    S,
    drive,
    last_audit,
    last_event,
    move,
    register,
)

LEGAL = [(source, target) for source, moves in TRANSITIONS.items() for target in moves]
ROLES = (COUNTER, MANAGER, MEDIATOR, ADMIN, KIOSK)


def _counts(session: Session) -> tuple[int, int]:
    events = session.scalar(select(func.count()).select_from(PetitionEvent)) or 0
    audits = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    return events, audits


def test_the_paths_reach_every_state_by_legal_moves() -> None:
    assert set(PATH) == set(S)
    taken = {
        (a, b) for path in PATH.values() for a, b in zip((S.REGISTERED, *path), path, strict=False)
    }
    assert taken <= set(LEGAL)


@pytest.mark.parametrize(("source", "target"), LEGAL, ids=[f"{a}->{b}" for a, b in LEGAL])
def test_each_legal_move_needs_its_permission_and_logs(
    session: Session, clock: Clock, source: S, target: S
) -> None:
    info = drive(session, clock, register(session, clock), source)
    needed = TRANSITIONS[source][target]
    for actor in ROLES:
        if not actor.may(needed):
            before = _counts(session)
            with pytest.raises(PermissionDenied):
                move(session, clock, info.id, target, actor=actor)
            assert _counts(session) == before
    allowed = MANAGER if needed == Permission.APPROVE_PETITION else COUNTER
    before = _counts(session)
    info = move(session, clock, info.id, target, actor=allowed)
    assert info.state == target
    assert info.allowed_moves == tuple(allowed_moves(target))
    assert _counts(session) == (before[0] + 1, before[1] + 1)
    event = last_event(session, info.id)
    assert (event.kind, event.from_state, event.to_state, event.actor) == (
        "transition",
        source,
        target,
        allowed.name,
    )
    audit = last_audit(session)
    assert (audit.action, audit.target_id) == (f"petition.{target}", info.number)


def test_who_may_approve_and_who_may_handle() -> None:
    assert not COUNTER.may(Permission.APPROVE_PETITION)
    assert MANAGER.may(Permission.APPROVE_PETITION)
    assert not ADMIN.may(Permission.HANDLE_PETITION)
    assert not KIOSK.may(Permission.READ_PETITIONS)
    assert MEDIATOR.may(Permission.READ_PETITIONS)
    assert not MEDIATOR.may(Permission.HANDLE_PETITION)


@pytest.mark.parametrize("source", list(S), ids=[s.value for s in S])
def test_every_illegal_move_raises_and_changes_nothing(
    session: Session, clock: Clock, source: S
) -> None:
    info = drive(session, clock, register(session, clock), source)
    allowed = allowed_moves(source)
    before = _counts(session)
    for target in S:
        if target in allowed or target == S.REGISTERED:
            continue
        with pytest.raises(InvalidTransition) as raised:
            move(session, clock, info.id, target)
        message = str(raised.value)
        assert f"is {source.value}" in message
        assert target.value in message
        assert all(name in message for name in allowed)
        if not allowed:
            assert "closed" in message
    assert _counts(session) == before
    assert (
        petition_queries.find_petition(session, SYSTEM, info.number, now=clock.now).state == source
    )


def test_an_unknown_petition_is_not_found(session: Session, clock: Clock) -> None:
    with pytest.raises(NotFound):
        petition_moves.accept(session, SYSTEM, 9999, now=clock.tick())
    with pytest.raises(NotFound, match="X-2026-000001"):
        petition_queries.find_petition(session, SYSTEM, "X-1999-1")


def test_extending_happens_once_only(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.EXTENDED)
    with pytest.raises(InvalidTransition, match="allowed from extended: replied"):
        petition_moves.extend(session, MANAGER, info.id, days=5, reason="再延", now=clock.tick())
