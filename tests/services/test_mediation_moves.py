"""What a case offers its reader (services.mediation.moves): the same rules the operations
enforce, so a window that shows exactly these never offers a step the domain refuses."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import InvalidTransition, PermissionDenied
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.mediation.moves import Work, available_work, legal_moves
from services.mediation.states import TRANSITIONS, CaseState
from services.storage.db import Database
from tests.services.mediation_helpers import (
    COUNTER,
    KIOSK,
    MANAGER,
    MEDIATOR,
    Clock,
    new_case_in,
)


def test_moves_follow_the_table_and_the_readers_permissions() -> None:
    for state in CaseState:
        assert legal_moves(state, SYSTEM) == tuple(t.value for t in TRANSITIONS[state])
    assert legal_moves("registered", MANAGER) == ("declined", "referred", "accepted")
    assert legal_moves("in_mediation", COUNTER) == ()
    assert legal_moves("in_mediation", MEDIATOR) == ("agreed", "failed", "terminated")
    assert legal_moves("in_mediation", KIOSK) == ()
    assert legal_moves("archived", SYSTEM) == ()


def test_work_depends_on_state_data_and_reader() -> None:
    def work(state: str, actor=MEDIATOR, **facts: object) -> set[Work]:  # type: ignore[no-untyped-def]
        given = {"has_mediation_target": True, "extended": False, "open_terms": (), **facts}
        return set(available_work(state, actor, **given))  # type: ignore[arg-type]

    assert work("scheduled") == {Work.RESCHEDULE, Work.EXTEND, Work.VISIT, Work.FILE_ITEM}
    assert work("in_mediation") == {Work.SESSION, Work.EXTEND, Work.VISIT, Work.FILE_ITEM}
    assert Work.EXTEND not in work("in_mediation", extended=True)
    assert Work.EXTEND not in work("accepted", has_mediation_target=False)
    assert Work.FULFIL in work("performing", open_terms=[1])
    assert Work.FULFIL not in work("performing")
    assert work("in_mediation", COUNTER) == {Work.VISIT, Work.FILE_ITEM}
    assert work("archived", SYSTEM) == set()


@pytest.fixture
def session(database: Database):  # type: ignore[no-untyped-def]
    with database.writer() as s:
        yield s


def test_the_case_detail_carries_them_and_the_operations_agree(session: Session) -> None:
    clock = Clock()
    case = new_case_in(session, clock, "in_mediation")
    seen_by_counter = mediation_queries.case_detail(session, COUNTER, case.id, now=clock.now)
    assert seen_by_counter.moves == legal_moves("in_mediation", COUNTER)
    assert Work.EXTEND not in seen_by_counter.work
    with pytest.raises(PermissionDenied):  # not offered, and refused
        mediation_transitions.extend(
            session,
            COUNTER,
            case.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="双方同意",
            now=clock.tick(),
        )
    seen_by_mediator = mediation_queries.case_detail(session, MEDIATOR, case.id, now=clock.now)
    assert Work.EXTEND in seen_by_mediator.work
    mediation_transitions.extend(
        session,
        MEDIATOR,
        case.id,
        applicant_consent=True,
        respondent_consent=True,
        consent_note="双方同意",
        now=clock.tick(),
    )
    after = mediation_queries.case_detail(session, MEDIATOR, case.id, now=clock.now)
    assert Work.EXTEND not in after.work  # once only: no longer offered, and refused
    with pytest.raises(InvalidTransition, match="already extended"):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            case.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="再次",
            now=clock.tick(),
        )
