"""The monthly round (月排查): every grid reports its disputes or a zero report (零报告); the
report of a month counts the ledger by community, grid, kind and risk, with the resolution
rate, the referrals and the grids that have not reported."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.casework.ops import CaseOp, begin
from services.core.actors import Actor, Permission
from services.core.errors import InvalidTransition, NotFound, ValidationError
from services.core.op_context import atomic
from services.grid.models import Community, Grid, Street
from services.ledger.models import GridReport, LedgerEntry
from services.ledger.states import EntryState, RiskLevel, Source


@dataclass(frozen=True)
class Count:
    key: str
    count: int


@dataclass(frozen=True)
class MissingGrid:
    street: str
    community: str
    grid: str


@dataclass(frozen=True)
class MonthlyReport:
    month: str
    total: int
    resolved: int
    resolution_rate: float  # resolved / total; 0 when there is nothing
    referred: tuple[Count, ...]  # by target
    by_community: tuple[Count, ...]
    by_grid: tuple[Count, ...]  # "community / grid"
    by_kind: tuple[Count, ...]
    by_risk: tuple[Count, ...]
    grids: int
    reported: int
    zero_reports: int
    missing: tuple[MissingGrid, ...]


def parse_month(text: str) -> tuple[str, date, date]:
    """``2026-06`` -> the month's text, first and last day."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        first = date(year, month, 1)
    except ValueError:
        raise ValidationError(f"Invalid month {text!r}: use YYYY-MM.") from None
    last = date(year, month, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}", first, last


def note_round_report(op: CaseOp, grid_id: int, day: date, *, zero: bool) -> None:
    """Record, in the caller's transaction, that a grid reported for the month of ``day``."""
    month = f"{day.year:04d}-{day.month:02d}"
    existing = op.session.scalar(
        select(GridReport).where(GridReport.grid_id == grid_id, GridReport.month == month)
    )
    if existing is None:
        op.session.add(
            GridReport(
                grid_id=grid_id, month=month, zero=zero, reported_at=op.at, reporter=op.actor.name
            )
        )
    elif not zero:
        existing.zero = False  # a dispute found after a zero report


@atomic
def file_zero_report(
    session: Session, actor: Actor, grid_id: int, month: str, *, now: datetime | None = None
) -> None:
    """A grid found no dispute this month (零报告)."""
    op = begin(session, actor, Permission.KEEP_LEDGER, now)
    text, first, last = parse_month(month)
    if session.get(Grid, grid_id) is None:
        raise NotFound(f"There is no grid with id {grid_id}.")
    if first > op.day:
        raise ValidationError(f"{text} has not begun.")
    found = session.scalar(
        select(func.count())
        .select_from(LedgerEntry)
        .where(
            LedgerEntry.grid_id == grid_id,
            LedgerEntry.source == Source.GRID_ROUND.value,
            LedgerEntry.found_on >= first,
            LedgerEntry.found_on <= last,
        )
    )
    if found:
        raise InvalidTransition(f"The grid found {found} disputes in {text}: not a zero report.")
    if session.scalar(
        select(GridReport.id).where(GridReport.grid_id == grid_id, GridReport.month == text)
    ):
        raise InvalidTransition(f"The grid has already reported for {text}.")
    note_round_report(op, grid_id, first, zero=True)
    op.audit("ledger.zero_report", "grid", grid_id, month=text)
    session.commit()


def monthly_report(session: Session, actor: Actor, month: str) -> MonthlyReport:
    actor.require(Permission.READ_LEDGER)
    text, first, last = parse_month(month)
    in_month = (LedgerEntry.found_on >= first) & (LedgerEntry.found_on <= last)

    def grouped(*columns: object) -> list[tuple[object, ...]]:
        query = (
            select(*columns, func.count())  # type: ignore[call-overload]
            .select_from(LedgerEntry)
            .join(Grid, Grid.id == LedgerEntry.grid_id)
            .join(Community, Community.id == Grid.community_id)
            .where(in_month)
            .group_by(*columns)
        )
        return [tuple(row) for row in session.execute(query)]

    by_state = {str(state): int(str(n)) for state, n in grouped(LedgerEntry.state)}
    total = sum(by_state.values())
    resolved = by_state.get(EntryState.RESOLVED.value, 0)
    referred = grouped(LedgerEntry.referred_to)
    reports = session.execute(
        select(GridReport.grid_id, GridReport.zero).where(GridReport.month == text)
    ).all()
    reported_ids = {grid_id for grid_id, _ in reports}
    grids = session.execute(
        select(Grid.id, Street.name, Community.name, Grid.name)
        .join(Community, Community.id == Grid.community_id)
        .join(Street, Street.id == Community.street_id)
        .order_by(Street.name, Community.name, Grid.name)
    ).all()
    risk_order = {level.value: i for i, level in enumerate(RiskLevel)}

    def counts(rows: list[tuple[object, ...]]) -> tuple[Count, ...]:
        found = [Count(" / ".join(str(v) for v in row[:-1]), int(str(row[-1]))) for row in rows]
        return tuple(sorted(found, key=lambda c: (-c.count, c.key)))

    return MonthlyReport(
        month=text,
        total=total,
        resolved=resolved,
        resolution_rate=round(resolved / total, 4) if total else 0.0,
        referred=counts([row for row in referred if row[0] is not None]),
        by_community=counts(grouped(Community.name)),
        by_grid=counts(grouped(Community.name, Grid.name)),
        by_kind=counts(grouped(LedgerEntry.kind)),
        by_risk=tuple(
            sorted(counts(grouped(LedgerEntry.risk)), key=lambda c: risk_order.get(c.key, 9))
        ),
        grids=len(grids),
        reported=len(reported_ids),
        zero_reports=sum(1 for _, zero in reports if zero),
        missing=tuple(
            MissingGrid(street, community, name)
            for grid_id, street, community, name in grids
            if grid_id not in reported_ids
        ),
    )
