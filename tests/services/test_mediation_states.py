"""The lifecycle table itself: its shape, its permissions, file rules and labels (no database)."""

from __future__ import annotations

import pytest

from services.core.actors import Actor, Permission, Role
from services.core.errors import ValidationError
from services.mediation import states as mediation_states
from services.mediation.states import (
    FINISHED_STATES,
    LABELLED_ENUMS,
    LABELS,
    TRANSITIONS,
    CaseState,
    permissions_into,
)

S = CaseState


def test_the_table_is_the_lifecycle_of_design_md() -> None:
    edges = {(a.value, b.value) for a, moves in TRANSITIONS.items() for b in moves}
    assert edges == {
        ("registered", "declined"),
        ("registered", "referred"),
        ("registered", "accepted"),
        ("referred", "acknowledged"),
        ("acknowledged", "result_received"),
        ("result_received", "closed"),
        ("accepted", "scheduled"),
        ("scheduled", "in_mediation"),
        ("in_mediation", "agreed"),
        ("in_mediation", "failed"),
        ("in_mediation", "terminated"),
        ("agreed", "confirmation_applied"),
        ("confirmation_applied", "confirmed"),
        ("confirmation_applied", "not_confirmed"),
        ("agreed", "performing"),
        ("performing", "closed"),
        ("failed", "referred"),
        # Archiving: every finished case whose file is complete, except a declined one.
        ("failed", "archived"),
        ("terminated", "archived"),
        ("confirmed", "archived"),
        ("not_confirmed", "archived"),
        ("closed", "archived"),
    }
    assert set(TRANSITIONS) == set(S)
    assert mediation_states.allowed_transitions("registered") == [
        "declined",
        "referred",
        "accepted",
    ]
    assert mediation_states.allowed_transitions("archived") == []
    assert mediation_states.allowed_transitions("declined") == []
    with pytest.raises(ValidationError, match="Unknown case state"):
        mediation_states.allowed_transitions("lost")


def test_every_state_is_reachable_and_only_finished_ones_archive() -> None:
    seen, frontier = {S.REGISTERED}, [S.REGISTERED]
    while frontier:
        frontier = [t for s in frontier for t in TRANSITIONS[s] if t not in seen]
        seen.update(frontier)
    assert seen == set(S)
    archiving = {s for s, moves in TRANSITIONS.items() if S.ARCHIVED in moves}
    assert archiving <= FINISHED_STATES
    assert S.DECLINED not in archiving


def test_counters_take_cases_in_and_the_mediation_room_mediates() -> None:
    counter = Actor("c", Role.COUNTER)
    mediator = Actor("md", Role.MEDIATOR)
    counter_moves = {
        (a.value, b.value)
        for a, moves in TRANSITIONS.items()
        for b, permission in moves.items()
        if counter.may(permission)
    }
    assert counter_moves == {
        ("registered", "declined"),
        ("registered", "referred"),
        ("registered", "accepted"),
        ("referred", "acknowledged"),
        ("acknowledged", "result_received"),
        ("result_received", "closed"),
        ("failed", "referred"),
    }
    assert all(mediator.may(p) for moves in TRANSITIONS.values() for p in moves.values())
    assert permissions_into("closed") == {Permission.REFER_DISPUTE, Permission.MEDIATE}
    for role in (Role.KIOSK, Role.ADMIN, Role.RATING_PANEL):
        actor = Actor("x", role)
        assert not any(actor.may(p) for moves in TRANSITIONS.values() for p in moves.values())


def test_mandatory_file_items() -> None:
    full = ["registration", "rights_notice", "identity_proofs", "mediation_records"]
    assert mediation_states.missing_file_items([*full, "agreement"]) == []
    assert mediation_states.missing_file_items([*full, "termination_record"]) == []
    assert mediation_states.missing_file_items(full) == ["agreement|termination_record"]
    assert mediation_states.missing_file_items(["agreement", "evidence"]) == [*full]


def test_every_code_has_both_labels() -> None:
    assert set(LABELS) == set(LABELLED_ENUMS)
    for kind, enum in LABELLED_ENUMS.items():
        assert set(LABELS[kind]) == {member.value for member in enum}, kind
        zh = [mediation_states.label(kind, member.value, "zh_CN") for member in enum]
        en = [mediation_states.label(kind, member.value, "en") for member in enum]
        assert all(zh)
        assert all(en)
        assert len(set(en)) == len(en), kind
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in zh), kind
    assert mediation_states.label("channel", "peoples") == "人民调解"
    assert (
        mediation_states.label("dispute_type", "land_acquisition", "en")
        == "Land acquisition and demolition"
    )
