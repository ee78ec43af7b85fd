"""Shared helpers of the ledger tests: a small district map and entries on it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor
from services.grid.map import GridInfo, MemberInfo, add_grid
from services.ledger import entries
from tests.services.mediation_helpers import Clock


def district(session: Session, clock: Clock) -> list[GridInfo]:
    """Two streets, three communities, four grids."""
    plan = [
        ("城关街道", "幸福社区", "第一网格"),
        ("城关街道", "幸福社区", "第二网格"),
        ("城关街道", "和平社区", "第一网格"),
        ("东湖镇", "东湖村", "第一网格"),
    ]
    return [
        add_grid(
            session,
            SYSTEM,
            street=street,
            community=community,
            name=grid,
            members=[MemberInfo("网格员王", "13700137000")],
            now=clock.tick(),
        )
        for street, community, grid in plan
    ]


def add(
    session: Session, clock: Clock, grid: GridInfo, actor: Actor = SYSTEM, **overrides: Any
) -> entries.EntryInfo:
    values: dict[str, Any] = {
        "source": "grid_round",
        "kind": "neighbour",
        "parties": ["赵大", "钱二"],
        "summary": "楼上漏水，邻里争吵",
        "people": 2,
        "risk": "general",
    }
    values.update(overrides)
    return entries.add_entry(session, actor, grid_id=grid.id, now=clock.tick(), **values)
