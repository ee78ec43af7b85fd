"""Editing and reading the district map. Administration edits it (``ADMINISTER``); everyone
who keeps the ledger reads it. ``add_grid`` creates the street and community on the way, so
one command puts a grid on the map."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.casework.ops import begin
from services.core.actors import Actor, Permission
from services.core.errors import NotFound, ValidationError
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.grid.models import Community, Grid, GridMember, Street

MAX_MEMBERS = 20
_PHONE_CHARS = set("0123456789+-() ")


@dataclass(frozen=True)
class MemberInfo:
    name: str
    phone: str


@dataclass(frozen=True)
class GridInfo:
    id: int
    street: str
    community: str
    name: str
    members: tuple[MemberInfo, ...]

    @property
    def path(self) -> str:
        return f"{self.street} / {self.community} / {self.name}"


def _name(value: str, what: str) -> str:
    collapsed = " ".join(value.split()) if isinstance(value, str) else value
    return clean_text(collapsed, what, max_length=100, required=True)


def _phone(value: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if text and (len(text) > 32 or not set(text) <= _PHONE_CHARS):
        raise ValidationError(f"{value!r} is not a phone number.")
    return text


def _street(session: Session, name: str) -> Street:
    found = session.scalar(select(Street).where(Street.name == name))
    if found is None:
        found = Street(name=name)
        session.add(found)
        session.flush()
    return found


def _community(session: Session, street: Street, name: str) -> Community:
    found = session.scalar(
        select(Community).where(Community.street_id == street.id, Community.name == name)
    )
    if found is None:
        found = Community(street_id=street.id, name=name)
        session.add(found)
        session.flush()
    return found


@atomic
def add_grid(
    session: Session,
    actor: Actor,
    *,
    street: str,
    community: str,
    name: str,
    members: Sequence[MemberInfo] = (),
    now: datetime | None = None,
) -> GridInfo:
    """Put a grid on the map, with its members; its street and community are created when new."""
    op = begin(session, actor, Permission.ADMINISTER, now)
    street_row = _street(session, _name(street, "street"))
    community_row = _community(session, street_row, _name(community, "community"))
    grid_name = _name(name, "grid")
    if session.scalar(
        select(Grid.id).where(Grid.community_id == community_row.id, Grid.name == grid_name)
    ):
        raise ValidationError(f"{community_row.name} already has a grid {grid_name}.")
    if len(members) > MAX_MEMBERS:
        raise ValidationError(f"A grid has at most {MAX_MEMBERS} members.")
    grid = Grid(community_id=community_row.id, name=grid_name)
    session.add(grid)
    session.flush()
    for member in members:
        session.add(
            GridMember(
                grid_id=grid.id,
                name=_name(member.name, "grid member's name"),
                phone=_phone(member.phone),
            )
        )
    op.audit(
        "grid.added",
        "grid",
        grid.id,
        street=street_row.name,
        community=community_row.name,
        grid=grid_name,
        members=len(members),
    )
    session.flush()
    info = grid_info(session, grid.id)
    session.commit()
    return info


def grid_info(session: Session, grid_id: int) -> GridInfo:
    found = grid_infos(session, [grid_id])
    if grid_id not in found:
        raise NotFound(f"There is no grid with id {grid_id}.")
    return found[grid_id]


def grid_infos(session: Session, grid_ids: Sequence[int]) -> dict[int, GridInfo]:
    """Several grids in two queries, by id."""
    return {g.id: g for g in _grids(session, grid_ids)}


def list_grids(session: Session, actor: Actor) -> list[GridInfo]:
    """Every grid on the map, by street, community and name."""
    actor.require(Permission.READ_LEDGER)
    return _grids(session, None)


def find_grid(session: Session, actor: Actor, community: str, grid: str) -> GridInfo:
    actor.require(Permission.READ_LEDGER)
    grid_id = session.scalar(
        select(Grid.id)
        .join(Community, Community.id == Grid.community_id)
        .where(Community.name == " ".join(community.split()), Grid.name == " ".join(grid.split()))
    )
    if grid_id is None:
        raise NotFound(f"There is no grid {grid!r} in {community!r} (see: grid list).")
    return grid_info(session, grid_id)


def _grids(session: Session, ids: Sequence[int] | None) -> list[GridInfo]:
    query = (
        select(Grid.id, Street.name, Community.name, Grid.name)
        .join(Community, Community.id == Grid.community_id)
        .join(Street, Street.id == Community.street_id)
        .order_by(Street.name, Community.name, Grid.name)
    )
    if ids is not None:
        query = query.where(Grid.id.in_(ids))
    rows = session.execute(query).all()
    members: dict[int, list[MemberInfo]] = {}
    member_query = select(GridMember.grid_id, GridMember.name, GridMember.phone)
    if ids is not None:
        member_query = member_query.where(GridMember.grid_id.in_(ids))
    for grid_id, name, phone in session.execute(member_query.order_by(GridMember.id)):
        members.setdefault(grid_id, []).append(MemberInfo(name, phone))
    return [
        GridInfo(grid_id, street, community, name, tuple(members.get(grid_id, [])))
        for grid_id, street, community, name in rows
    ]
