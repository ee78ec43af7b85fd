"""The lifecycle table itself: its shape, its permissions, file rules and labels (no database)."""

from __future__ import annotations

import pytest

from services import mediation as m
from services.actors import Actor, Permission, Role
from services.errors import ValidationError
from services.mediation_states import (
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
    assert m.allowed_transitions("registered") == ["declined", "referred", "accepted"]
    assert m.allowed_transitions("archived") == []
    assert m.allowed_transitions("declined") == []
    with pytest.raises(ValidationError, match="Unknown case state"):
        m.allowed_transitions("lost")


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
    assert m.missing_file_items([*full, "agreement"]) == []
    assert m.missing_file_items([*full, "termination_record"]) == []
    assert m.missing_file_items(full) == ["agreement|termination_record"]
    assert m.missing_file_items(["agreement", "evidence"]) == [*full]


def test_every_code_has_both_labels() -> None:
    assert set(LABELS) == set(LABELLED_ENUMS)
    for kind, enum in LABELLED_ENUMS.items():
        assert set(LABELS[kind]) == {member.value for member in enum}, kind
        zh = [m.label(kind, member.value, "zh_CN") for member in enum]
        en = [m.label(kind, member.value, "en") for member in enum]
        assert all(zh)
        assert all(en)
        assert len(set(en)) == len(en), kind
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in zh), kind
    assert m.label("channel", "peoples") == "人民调解"
    assert m.label("dispute_type", "land_acquisition", "en") == "Land acquisition and demolition"
