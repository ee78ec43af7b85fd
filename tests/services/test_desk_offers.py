"""What the desk may offer, on SQLite and PostgreSQL: the petition and ledger moves each role
is offered are exactly those the operations let it make, referral to mediation only while a
petition is handled and not yet referred, and the notices a petition's history has given it
are exactly those that print."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.errors import PermissionDenied
from services.ledger import entries
from services.ledger import offers as ledger_offers
from services.ledger.states import EntryState
from services.mediation.intake import PersonParty
from services.petitions import offers as petition_offers
from services.petitions.documents import petition_document_data
from services.petitions.referral import refer_to_mediation
from services.petitions.states import TRANSITIONS, PetitionState
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import (
    ADMIN,
    COUNTER,
    MANAGER,
    MEDIATOR,
    PATH,
    drive,
    move,
    register,
)

S = PetitionState


@pytest.mark.parametrize("actor", [COUNTER, MEDIATOR], ids=lambda a: a.role.value)
def test_a_move_not_offered_is_refused_for_want_of_permission(
    session: Session, clock: Clock, actor: Actor
) -> None:
    for state in (S.REGISTERED, S.ACCEPTED, S.REVIEW_REQUESTED, S.RE_REVIEW_REQUESTED):
        info = drive(session, clock, register(session, clock), state)
        offered = petition_offers.legal_moves(state, actor)
        assert set(offered) <= {t.value for t in TRANSITIONS[state]}
        for target in TRANSITIONS[state]:
            if target.value not in offered:
                with pytest.raises(PermissionDenied):
                    move(session, clock, info.id, target, actor)
    # a counter clerk decides whether to accept; only a manager extends or decides reviews
    assert petition_offers.legal_moves(S.REGISTERED, COUNTER) == (
        "accepted",
        "declined",
        "forwarded",
    )
    assert petition_offers.legal_moves(S.ACCEPTED, COUNTER) == ("replied",)
    assert petition_offers.legal_moves(S.ACCEPTED, MANAGER) == ("extended", "replied")
    assert petition_offers.legal_moves(S.RE_REVIEWED, MANAGER) == ()


def test_an_offered_move_goes_through(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.REVIEW_REQUESTED)
    (target,) = petition_offers.legal_moves(info.state, MANAGER)
    assert move(session, clock, info.id, target, MANAGER).state == S.REVIEWED


def test_referral_is_offered_while_handled_and_not_yet_referred(
    session: Session, clock: Clock
) -> None:
    fresh = register(session, clock)
    assert petition_offers.available_work(fresh, COUNTER) == ()
    accepted = drive(session, clock, fresh, S.ACCEPTED)
    assert petition_offers.available_work(accepted, COUNTER) == (
        petition_offers.Work.REFER_TO_MEDIATION,
    )
    assert petition_offers.available_work(accepted, MEDIATOR) == ()  # handles no petitions
    assert petition_offers.available_work(accepted, ADMIN) == ()
    referred = refer_to_mediation(
        session,
        COUNTER,
        accepted.id,
        dispute_type="neighbour",
        respondents=[PersonParty("李四")],
        now=clock.tick(),
    )
    assert referred.mediation_case is not None
    assert petition_offers.available_work(referred, COUNTER) == ()


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (S.REGISTERED, ("slip",)),
        (S.DECLINED, ("slip", "decline")),
        (S.FORWARDED, ("slip", "forward")),
        (S.EXTENDED, ("slip", "accept", "extend")),
        (S.RE_REVIEWED, ("slip", "accept", "reply")),
    ],
)
def test_the_notices_offered_are_those_that_print(
    session: Session, clock: Clock, state: PetitionState, expected: tuple[str, ...]
) -> None:
    info = drive(session, clock, register(session, clock), state)
    assert petition_offers.notices(info) == expected
    for kind in expected:
        assert petition_document_data(session, COUNTER, info.id, kind).kind == kind
    assert petition_offers.notice_of_move(S.FORWARDED) == "forward"
    assert petition_offers.notice_of_move(S.REVIEWED) is None
    assert set(PATH) == set(S)


def test_ledger_moves_and_follow_ups_are_offered_to_who_keeps_the_ledger(
    session: Session, clock: Clock
) -> None:
    grids = district(session, clock)
    entry = add(session, clock, grids[0])
    assert ledger_offers.legal_moves(entry.state, COUNTER) == (
        "resolving",
        "resolved",
        "referred",
        "escalated",
    )
    assert ledger_offers.available_work(entry.state, COUNTER) == (ledger_offers.Work.FOLLOW_UP,)
    # an administrator reads the ledger but keeps none of it: nothing is offered, all refused
    assert ledger_offers.legal_moves(entry.state, ADMIN) == ()
    assert ledger_offers.available_work(entry.state, ADMIN) == ()
    assert not ledger_offers.may_add(ADMIN)
    with pytest.raises(PermissionDenied):
        entries.resolve(session, ADMIN, entry.id, note="x", now=clock.tick())
    done = entries.resolve(session, COUNTER, entry.id, note="双方和解", now=clock.tick())
    assert done.state == EntryState.RESOLVED
    assert ledger_offers.legal_moves(done.state, COUNTER) == ()
    assert ledger_offers.available_work(done.state, COUNTER) == ()
