"""Random walks through the mediation lifecycle, on SQLite and PostgreSQL.

- a case never reaches a state outside the machine, and its timeline only holds legal moves,
  each from the state the previous one reached;
- an illegal move always raises and changes nothing;
- an archived case always has every mandatory item of its file.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as note_outcome
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import InvalidTransition, MissingFileItems
from services.mediation import directory as mediation_directory
from services.mediation import queries as mediation_queries
from services.mediation import states as mediation_states
from services.mediation import transitions as mediation_transitions
from services.mediation.states import MANDATORY_FILE_ITEMS, TRANSITIONS, CaseState, FileItem
from services.storage.casework_models import MediationCase, MediationEvent
from services.storage.db import Database
from tests.services.mediation_helpers import Clock, details_for, register

STATES = {s.value for s in CaseState}
# Mandatory items are drawn more often, so that walks do reach the archive.
ITEMS = [*MANDATORY_FILE_ITEMS, FileItem.AGREEMENT, FileItem.TERMINATION_RECORD, *FileItem]
ACTIONS = ["move"] * 4 + ["file"] * 3 + ["illegal"]


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        mediation_directory.seed_receiving_bodies(s)
        yield s


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), length=st.integers(6, 30), oral=st.booleans())
def test_random_walks_stay_in_the_machine(
    session: Session, data: st.DataObject, length: int, oral: bool
) -> None:
    clock = Clock()
    case = register(session, clock)
    for _ in range(length):
        allowed = mediation_states.allowed_transitions(case.state)
        action = data.draw(st.sampled_from(ACTIONS))
        if action == "move" and allowed:
            target = data.draw(st.sampled_from(allowed))
            details = details_for(
                session, clock, case.state, target, kind="oral" if oral else "written"
            )
            try:
                case = mediation_transitions.transition(
                    session, SYSTEM, case.id, target, now=clock.tick(), **details
                )
            except MissingFileItems:
                assert target == "archived"
                assert mediation_states.missing_file_items(case.file_items)
            except InvalidTransition:  # only an oral agreement cannot be confirmed
                assert (target, oral) == ("confirmation_applied", True)
        elif action == "file" and case.state != "archived":
            item = data.draw(st.sampled_from(ITEMS))
            case = mediation_transitions.add_file_item(
                session, SYSTEM, case.id, item, now=clock.tick()
            )
        elif action == "illegal":
            target = data.draw(st.sampled_from(sorted(STATES - set(allowed))))
            with pytest.raises(InvalidTransition):
                mediation_transitions.transition(session, SYSTEM, case.id, target, now=clock.tick())
            assert mediation_queries.find_case(session, SYSTEM, case.number).state == case.state
        assert case.state in STATES
        if case.state == "archived":
            assert mediation_states.missing_file_items(case.file_items) == []
    note_outcome(f"ended {case.state}")
    _check_timeline(session, case.id)


def _check_timeline(session: Session, case_id: int) -> None:
    stored = session.scalars(select(MediationCase).where(MediationCase.id == case_id)).one()
    state = None
    for event in session.scalars(
        select(MediationEvent).where(MediationEvent.case_id == case_id).order_by(MediationEvent.id)
    ):
        if event.kind == "registered":
            assert (state, event.to_state) == (None, "registered")
        elif event.kind == "transition":
            assert state is not None
            assert event.from_state == state
            assert CaseState(str(event.to_state)) in TRANSITIONS[CaseState(state)]
        else:
            assert event.from_state == event.to_state == state  # work that moves nothing
        state = event.to_state
    assert state == stored.state
    if stored.state == "archived":
        assert mediation_states.missing_file_items(stored.file_items) == []
