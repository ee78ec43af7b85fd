"""Administration of the district map beyond adding a grid: the map as a tree, renaming a
street, community or grid, a grid's members, and removing what nothing uses. Every change is
audited like other administration changes; a grid that ledger entries or monthly reports
name is never removed (the ledger keeps its history), nor a street or community that still
holds anything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.casework.ops import CaseOp, begin
from services.core.actors import Actor, Permission
from services.core.errors import InvalidTransition, NotFound, ValidationError
from services.core.op_context import atomic
from services.grid.map import (
    MAX_MEMBERS,
    GridInfo,
    MemberInfo,
    _name,
    _phone,
    grid_info,
    list_grids,
)
from services.grid.models import Community, Grid, GridMember, Street
from services.ledger.models import GridReport, LedgerEntry


class Level(StrEnum):
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"


_MODELS: dict[Level, type[Street] | type[Community] | type[Grid]] = {
    Level.STREET: Street,
    Level.COMMUNITY: Community,
    Level.GRID: Grid,
}


@dataclass(frozen=True)
class CommunityNode:
    id: int
    name: str
    grids: tuple[GridInfo, ...]


@dataclass(frozen=True)
class StreetNode:
    id: int
    name: str
    communities: tuple[CommunityNode, ...]


def district_map(session: Session, actor: Actor) -> list[StreetNode]:
    """The whole map, streets → communities → grids (with members), each level by name;
    a street or community without grids yet is shown too."""
    grids = list_grids(session, actor)
    by_place: dict[tuple[str, str], list[GridInfo]] = {}
    for grid in grids:
        by_place.setdefault((grid.street, grid.community), []).append(grid)
    rows = session.execute(
        select(Street.id, Street.name, Community.id, Community.name)
        .outerjoin(Community, Community.street_id == Street.id)
        .order_by(Street.name, Community.name)
    ).all()
    streets: dict[int, tuple[str, list[CommunityNode]]] = {}
    for street_id, street, community_id, community in rows:
        _, communities = streets.setdefault(street_id, (street, []))
        if community_id is not None:
            place = tuple(by_place.get((street, community), ()))
            communities.append(CommunityNode(community_id, community, place))
    return [StreetNode(i, name, tuple(c)) for i, (name, c) in streets.items()]


def _parse_level(value: str) -> Level:
    try:
        return Level(value)
    except ValueError:
        raise ValidationError(f"Unknown map level {value!r}: street, community or grid.") from None


def _load(session: Session, level: Level, item_id: int) -> Street | Community | Grid:
    found = session.get(_MODELS[level], item_id)
    if not isinstance(found, Street | Community | Grid):
        raise NotFound(f"There is no {level.value} with id {item_id}.")
    return found


def _sibling_taken(session: Session, item: Street | Community | Grid, name: str) -> bool:
    if isinstance(item, Street):
        query = select(Street.id).where(Street.name == name)
    elif isinstance(item, Community):
        query = select(Community.id).where(
            Community.street_id == item.street_id, Community.name == name
        )
    else:
        query = select(Grid.id).where(Grid.community_id == item.community_id, Grid.name == name)
    return session.scalar(query.where(type(item).id != item.id)) is not None


@atomic
def rename(
    session: Session,
    actor: Actor,
    level: str,
    item_id: int,
    name: str,
    *,
    now: datetime | None = None,
) -> str:
    """Rename a street, community or grid; entries on it follow, as they name it by id."""
    op = begin(session, actor, Permission.ADMINISTER, now)
    kind = _parse_level(level)
    item = _load(session, kind, item_id)
    new = _name(name, kind.value)
    if new == item.name:
        return new
    if _sibling_taken(session, item, new):
        raise ValidationError(
            f"There is already a {kind.value} named {new} there.",
            key="map_name_taken",
            name=new,
        )
    old, item.name = item.name, new
    op.audit(f"grid.{kind.value}_renamed", kind.value, item.id, before=old, after=new)
    session.commit()
    return new


def _uses(session: Session, grid_id: int) -> int:
    entries = session.scalar(
        select(func.count()).select_from(LedgerEntry).where(LedgerEntry.grid_id == grid_id)
    )
    reports = session.scalar(
        select(func.count()).select_from(GridReport).where(GridReport.grid_id == grid_id)
    )
    return int(entries or 0) + int(reports or 0)


def _remove_checked(op: CaseOp, kind: Level, item: Street | Community | Grid) -> None:
    session = op.session
    if isinstance(item, Grid):
        used = _uses(session, item.id)
        if used:
            raise InvalidTransition(
                f"The grid {item.name} is named by {used} ledger entries or monthly reports "
                "and is kept; rename it instead.",
                key="grid_in_use",
                name=item.name,
                count=used,
            )
        for member in session.scalars(select(GridMember).where(GridMember.grid_id == item.id)):
            session.delete(member)
        session.flush()  # the members go before their grid: no relationship orders them
    else:
        child = (
            select(Community.id).where(Community.street_id == item.id)
            if isinstance(item, Street)
            else select(Grid.id).where(Grid.community_id == item.id)
        )
        if session.scalar(child.limit(1)) is not None:
            raise InvalidTransition(
                f"{item.name} still holds communities or grids; remove them first.",
                key="map_not_empty",
                name=item.name,
            )
    op.audit(f"grid.{kind.value}_removed", kind.value, item.id, name=item.name)
    session.delete(item)


@atomic
def remove(
    session: Session, actor: Actor, level: str, item_id: int, *, now: datetime | None = None
) -> None:
    """Remove a street or community that holds nothing, or a grid that nothing names."""
    op = begin(session, actor, Permission.ADMINISTER, now)
    kind = _parse_level(level)
    _remove_checked(op, kind, _load(session, kind, item_id))
    session.commit()


@atomic
def set_members(
    session: Session,
    actor: Actor,
    grid_id: int,
    members: Sequence[MemberInfo],
    *,
    now: datetime | None = None,
) -> GridInfo:
    """Replace a grid's members (names and phones) with ``members``."""
    op = begin(session, actor, Permission.ADMINISTER, now)
    grid = _load(session, Level.GRID, grid_id)
    if len(members) > MAX_MEMBERS:
        raise ValidationError(f"A grid has at most {MAX_MEMBERS} members.")
    cleaned = [MemberInfo(_name(m.name, "grid member's name"), _phone(m.phone)) for m in members]
    old = session.scalars(select(GridMember).where(GridMember.grid_id == grid.id)).all()
    before = [m.name for m in old]
    for row in old:
        session.delete(row)
    session.flush()
    for person in cleaned:
        session.add(GridMember(grid_id=grid.id, name=person.name, phone=person.phone))
    op.audit(
        "grid.members_changed", "grid", grid.id, before=before, after=[m.name for m in cleaned]
    )
    session.flush()
    info = grid_info(session, grid.id)
    session.commit()
    return info
