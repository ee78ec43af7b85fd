"""Administering the district map on SQLite and PostgreSQL: the map as a tree, renaming each
level (entries follow), a grid's members, removing only what nothing uses — a grid named by a
ledger entry or a monthly report is kept with a clear refusal — each change audited, and only
by an administrator."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.errors import InvalidTransition, PermissionDenied, ValidationError
from services.grid import edits
from services.grid.map import MemberInfo, list_grids
from services.grid.models import GridMember
from services.ledger import entries, rounds
from services.storage.models import AuditLog
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import ADMIN, COUNTER, JUNE_FIRST, MANAGER


def _actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditLog.action).where(AuditLog.action.like("grid.%"))))


def test_the_map_as_a_tree(session: Session, clock: Clock) -> None:
    district(session, clock)
    tree = edits.district_map(session, COUNTER)
    shape = [
        (street.name, [(c.name, [g.name for g in c.grids]) for c in street.communities])
        for street in tree
    ]
    assert shape == [
        ("东湖镇", [("东湖村", ["第一网格"])]),
        ("城关街道", [("和平社区", ["第一网格"]), ("幸福社区", ["第一网格", "第二网格"])]),
    ]
    assert tree[0].communities[0].grids[0].members == (MemberInfo("网格员王", "13700137000"),)


def test_renaming_each_level_and_the_entries_follow(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    entry = add(session, clock, grids[0])
    street, community = edits.district_map(session, ADMIN)[1], None
    community = street.communities[1]
    assert edits.rename(session, ADMIN, "grid", grids[0].id, " 一  号网格 ", now=clock.tick()) == (
        "一 号网格"
    )
    edits.rename(session, ADMIN, "community", community.id, "幸福里社区", now=clock.tick())
    edits.rename(session, ADMIN, "street", street.id, "城关街道办事处", now=clock.tick())
    shown = entries.find_entry(session, COUNTER, entry.number, JUNE_FIRST.date()).grid
    assert shown.path == "城关街道办事处 / 幸福里社区 / 一 号网格"
    with pytest.raises(ValidationError) as taken:
        edits.rename(session, ADMIN, "grid", grids[1].id, "一 号网格", now=clock.tick())
    assert taken.value.message_id == "invalid_input.map_name_taken"
    with pytest.raises(PermissionDenied):
        edits.rename(session, MANAGER, "grid", grids[1].id, "x", now=clock.tick())
    with pytest.raises(ValidationError):
        edits.rename(session, ADMIN, "county", grids[1].id, "x", now=clock.tick())
    assert _actions(session)[-3:] == [
        "grid.grid_renamed",
        "grid.community_renamed",
        "grid.street_renamed",
    ]


def test_a_grid_in_use_is_kept_and_an_unused_one_removed(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    add(session, clock, grids[0])
    rounds.file_zero_report(session, COUNTER, grids[1].id, "2026-06", now=clock.tick())
    # the first: an entry found on a round, which is also its monthly report; the second: a
    # zero report only
    for used, uses in zip(grids[:2], (2, 1), strict=True):
        with pytest.raises(InvalidTransition) as kept:
            edits.remove(session, ADMIN, "grid", used.id, now=clock.tick())
        assert kept.value.message_id == "invalid_transition.grid_in_use"
        assert kept.value.params["count"] == uses
    east = edits.district_map(session, ADMIN)[0]
    with pytest.raises(InvalidTransition) as holds:
        edits.remove(session, ADMIN, "street", east.id, now=clock.tick())
    assert holds.value.message_id == "invalid_transition.map_not_empty"
    edits.remove(session, ADMIN, "grid", grids[3].id, now=clock.tick())
    edits.remove(session, ADMIN, "community", east.communities[0].id, now=clock.tick())
    edits.remove(session, ADMIN, "street", east.id, now=clock.tick())
    assert sorted(g.id for g in list_grids(session, COUNTER)) == [g.id for g in grids[:3]]
    gone = select(GridMember).where(GridMember.grid_id == grids[3].id)
    assert session.scalars(gone).all() == []
    assert _actions(session)[-3:] == [
        "grid.grid_removed",
        "grid.community_removed",
        "grid.street_removed",
    ]


def test_a_grid_s_members_are_replaced(session: Session, clock: Clock) -> None:
    grid = district(session, clock)[0]
    people = [MemberInfo(" 李 网格 ", "0731-8888 8888"), MemberInfo("赵网格", "")]
    changed = edits.set_members(session, ADMIN, grid.id, people, now=clock.tick())
    assert changed.members == (MemberInfo("李 网格", "0731-8888 8888"), MemberInfo("赵网格", ""))
    with pytest.raises(ValidationError):
        edits.set_members(session, ADMIN, grid.id, [MemberInfo("钱", "call me")])
    with pytest.raises(ValidationError):
        edits.set_members(session, ADMIN, grid.id, [MemberInfo("", "123")])
    assert edits.district_map(session, ADMIN)[1].communities[1].grids[0].members == (
        changed.members
    )
    assert _actions(session)[-1] == "grid.members_changed"
