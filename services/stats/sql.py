"""SQL building blocks of the statistics that differ between SQLite and PostgreSQL.

Durations, local hours and local dates are computed in the database. Durations are whole
seconds (rounded) on both, so the two give identical figures; their medians and percentiles
are computed from value counts (``services.stats.queue``).

Offsets and fractions are rendered as SQL literals, not bound parameters, so that the same
expression may appear in a select list and a ``GROUP BY`` on PostgreSQL. Per-ticket facts go
into a ``MATERIALIZED`` common table expression (SQLite 3.35+, PostgreSQL 12+): each
duration is computed once per statement, and the only condition inside is the period, so
the planner reads the period's rows through a ``service_day`` index.
"""

from __future__ import annotations

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
    type_coerce,
)
from sqlalchemy.orm import Session

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
