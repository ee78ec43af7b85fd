"""SQL building blocks of the statistics that differ between SQLite and PostgreSQL.

Durations, local hours and local dates are computed in the database, and so are the median
and the 90th percentile:

- PostgreSQL: ``percentile_cont(0.5)`` and ``percentile_cont(0.9)`` per group;
- SQLite: the same linear interpolation between the two ranked values around ``(n - 1) * p``,
  found with window functions over the group's ordered value counts (a running
  ``SUM(count) OVER (ORDER BY value)`` locates the ranks), which costs one small sort instead
  of a window over every row.

Durations are whole seconds (rounded) on both, so the two give identical figures.

Offsets and fractions are rendered as SQL literals, not bound parameters, so that the same
expression may appear in a select list and a ``GROUP BY`` on PostgreSQL. Per-ticket facts go
into a ``MATERIALIZED`` common table expression (SQLite 3.35+, PostgreSQL 12+): each
duration is computed once per statement, and the only condition inside is the period, so
the planner reads the period's rows through a ``service_day`` index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    CompoundSelect,
    Date,
    DateTime,
    Float,
    Integer,
    Select,
    case,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from services.stats_types import Durations

POSTGRESQL = "postgresql"
SQLITE = "sqlite"
PERCENTILES = (("p50", "0.5"), ("p90", "0.9"))


def dialect_name(session: Session) -> str:
    name = session.get_bind().dialect.name
    if name not in (POSTGRESQL, SQLITE):
        raise NotImplementedError(f"statistics support SQLite and PostgreSQL, not {name}")
    return name


def materialized(statement: Select[Any] | CompoundSelect[Any], name: str) -> CTE:
    """``WITH name AS MATERIALIZED (statement)``: computed once, conditions stay outside."""
    return statement.cte(name).prefix_with("MATERIALIZED")


def text_literal(value: str) -> ColumnElement[str]:
    if "'" in value:
        raise ValueError(f"not a plain SQL text literal: {value!r}")
    return literal_column(f"'{value}'")


def seconds_between(dialect: str, later: Any, earlier: Any) -> ColumnElement[float]:
    """``later - earlier`` in whole seconds (``NULL`` when either is ``NULL``)."""
    if dialect == SQLITE:
        days = func.julianday(later) - func.julianday(earlier)
        return type_coerce(func.round(days * literal_column("86400.0")), Float)
    span = type_coerce(later, DateTime) - type_coerce(earlier, DateTime)
    return cast(func.round(func.extract("epoch", span)), Float)


def _shifted(instant: Any, offset_minutes: int) -> Any:
    minutes = int(offset_minutes)
    return type_coerce(instant, DateTime) + literal_column(f"INTERVAL '{minutes} minutes'")


def _modifier(offset_minutes: int) -> ColumnElement[str]:
    return literal_column(f"'{int(offset_minutes):+d} minutes'")


def local_hour(dialect: str, instant: Any, offset_minutes: int) -> ColumnElement[int]:
    """The hour (0-23) of a stored UTC instant at a fixed offset from UTC."""
    if dialect == SQLITE:
        hour = func.strftime(literal_column("'%H'"), instant, _modifier(offset_minutes))
        return cast(hour, Integer)
    return cast(func.extract("hour", _shifted(instant, offset_minutes)), Integer)


def local_date(dialect: str, instant: Any, offset_minutes: int) -> ColumnElement[Any]:
    """The date of a stored UTC instant at a fixed offset, comparable with a ``Date`` column."""
    if dialect == SQLITE:
        return func.date(instant, _modifier(offset_minutes))
    return cast(_shifted(instant, offset_minutes), Date)


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def number(value: Any) -> float | None:
    return None if value is None else float(value)


def rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class Grouping:
    """One sample to describe: ``value`` of every row, grouped by ``key`` (None: all rows).

    ``total_of`` names a keyed grouping of the same value whose key is never ``NULL``: the
    ungrouped figures may then be summed from its value counts, which saves SQLite a sort.
    """

    name: str
    value: str
    key: str | None
    total_of: str | None = None


def durations(
    session: Session, facts: CTE, groupings: Sequence[Grouping]
) -> dict[tuple[str, Any], Durations]:
    """Count, mean, median, 90th percentile and maximum per grouping and key, in one statement.

    The result maps ``(grouping name, key)`` to the figures (key 0 for a grouping of all
    rows). Rows whose value or key is ``NULL`` are left out, and so are empty groups.
    """
    dialect = dialect_name(session)
    statement: Select[Any] | CompoundSelect[Any]
    if dialect == POSTGRESQL:
        statement = union_all(*(_grouping(dialect, facts, g) for g in groupings))
    else:
        statement = _sqlite_percentiles(facts, groupings)
    found: dict[tuple[str, Any], Durations] = {}
    for name, key, count, mean, median, p90, largest in session.execute(statement):
        if not count:
            continue  # PostgreSQL's ungrouped arm answers one row even when there is none
        found[(str(name), key)] = Durations(
            count=int(count),
            mean=number(mean),
            median=number(median),
            p90=number(p90),
            max=number(largest),
        )
    return found


def _grouping(dialect: str, facts: CTE, grouping: Grouping) -> Select[Any]:
    v = facts.c[grouping.value]
    column = grouping.key
    key: ColumnElement[Any] = literal_column("0") if column is None else facts.c[column]
    conditions = [v.is_not(None)] + ([] if column is None else [key.is_not(None)])
    keys = [] if column is None else [key]  # never GROUP BY a constant: it means a position
    if dialect == POSTGRESQL:
        return (
            select(
                text_literal(grouping.name).label("grouping"),
                key.label("k"),
                func.count(v),
                func.avg(v),
                *(
                    func.percentile_cont(literal_column(fraction)).within_group(v)
                    for _, fraction in PERCENTILES
                ),
                func.max(v),
            )
            .where(*conditions)
            .group_by(*keys)
        )
    # SQLite: how many times each value occurs in each group.
    return (
        select(
            text_literal(grouping.name).label("grouping"),
            key.label("k"),
            v.label("v"),
            func.count().label("c"),
        )
        .where(*conditions)
        .group_by(*keys, v)
    )


def _sqlite_percentiles(facts: CTE, groupings: Sequence[Grouping]) -> Select[Any]:
    direct = [g for g in groupings if g.total_of is None]
    summed = [g for g in groupings if g.total_of is not None]
    value_counts: CompoundSelect[Any] = union_all(*(_grouping(SQLITE, facts, g) for g in direct))
    if summed:
        keyed = materialized(value_counts, "value_counts")
        totals = [
            select(
                text_literal(g.name).label("grouping"),
                literal_column("0").label("k"),
                keyed.c.v,
                func.sum(keyed.c.c).label("c"),
            )
            .where(keyed.c.grouping == text_literal(str(g.total_of)))
            .group_by(keyed.c.v)
            for g in summed
        ]
        value_counts = union_all(select(keyed), *totals)
    counts = value_counts.subquery("counts")
    group = (counts.c.grouping, counts.c.k)
    running = select(
        counts.c.grouping,
        counts.c.k,
        counts.c.v,
        counts.c.c,
        func.sum(counts.c.c)
        .over(partition_by=group, order_by=counts.c.v, rows=(None, 0))
        .label("running"),
        func.sum(counts.c.c).over(partition_by=group).label("n"),
    ).subquery("running")
    r = running.c
    columns: list[Any] = [
        r.grouping,
        r.k,
        func.max(r.n).label("n"),
        (func.sum(r.v * r.c) * literal_column("1.0") / func.max(r.n)).label("mean"),
        func.max(r.v).label("largest"),
    ]
    for name, fraction in PERCENTILES:
        position = (r.n - 1) * literal_column(fraction)  # 0-based, as percentile_cont
        below = cast(position, Integer)  # floor: the position is never negative
        # The value of 1-based rank ``m`` is the first whose running count reaches ``m``.
        columns += [
            func.min(case((r.running >= below + 1, r.v))).label(f"{name}_lo"),
            func.min(case((r.running >= below + 2, r.v))).label(f"{name}_hi"),
            func.max(position - below).label(f"{name}_frac"),
        ]
    grouped = select(*columns).group_by(r.grouping, r.k).subquery("grouped")

    def interpolate(name: str) -> ColumnElement[float]:
        low = grouped.c[f"{name}_lo"]
        high = func.coalesce(grouped.c[f"{name}_hi"], low)
        return low + grouped.c[f"{name}_frac"] * (high - low)

    return select(
        grouped.c.grouping,
        grouped.c.k,
        grouped.c.n,
        grouped.c.mean,
        interpolate("p50"),
        interpolate("p90"),
        grouped.c.largest,
    )
