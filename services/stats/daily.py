"""What the tickets of some service days contribute to the queue statistics, as rows that add up.

Two statements over the tickets (and transfer events) of chosen days, grouped by day:

- ``tally_rows``: ``(service_day, figure, key, value)``, one count or sum (see ``Figure``);
- ``seconds_rows``: ``(service_day, measure, key, seconds, tickets)``, how many tickets had
  each whole-second duration (see ``Measure``).

With ``by_day=False`` the rows are summed over the days instead (no ``service_day``).

Both are plain sums, so the rows of many days merge by adding them up, and a median or
percentile of the merged value counts is exactly that of the tickets (durations are whole
seconds). ``services.stats.cache`` stores them for closed days; ``services.stats.queue`` adds
the stored rows to these statements' rows for the days not stored, and turns the sums into
the report. Local hours are taken at one fixed offset from UTC (``services.stats.report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    case,
    cast,
    false,
    func,
    or_,
    select,
    union_all,
)

from services.queue.tickets import OPEN_STATUSES, TicketStatus
from services.stats.sql import count_if, local_hour, materialized, seconds_between, text_literal
from services.storage.models import QueueEvent, Ticket

_OPEN = sorted(s.value for s in OPEN_STATUSES)
_DONE = TicketStatus.DONE.value
_NO_SHOW = TicketStatus.NO_SHOW.value


class Figure(StrEnum):
    """The counts of a day, each by one key."""

    # By the service a ticket was issued for.
    ISSUED = "issued"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
    OPEN = "open"
    TRANSFERRED = "transferred"
    # By the ticket's last counter / staff member; transfers by where they were made.
    COUNTER_HANDLED = "counter_handled"
    COUNTER_DONE = "counter_done"
    COUNTER_NO_SHOW = "counter_no_show"
    COUNTER_TRANSFERS = "counter_transfers"
    STAFF_HANDLED = "staff_handled"
    STAFF_DONE = "staff_done"
    STAFF_NO_SHOW = "staff_no_show"
    STAFF_TRANSFERS = "staff_transfers"
    # By local hour: of issue (with the sum and number of their waiting times), of finish,
    # of a no-show's last call.
    ARRIVALS = "arrivals"
    ARRIVAL_WAIT_SUM = "arrival_wait_sum"
    ARRIVAL_WAIT_COUNT = "arrival_wait_count"
    SERVED = "served"
    NO_SHOW_HOUR = "no_show_hour"


class Measure(StrEnum):
    """The durations of a day, each by one key."""

    WAITING = "waiting"  # by issue service
    SERVICE = "service"  # by the service that finished the ticket
    SERVICE_BY_COUNTER = "service_counter"
    SERVICE_BY_STAFF = "service_staff"


@dataclass(frozen=True)
class DaySpans:
    """Some service days, as runs of consecutive days (first, last)."""

    runs: tuple[tuple[date, date], ...]

    @classmethod
    def of(cls, days: Sequence[date]) -> DaySpans:
        runs: list[tuple[date, date]] = []
        for day in sorted(set(days)):
            if runs and (day - runs[-1][1]).days == 1:
                runs[-1] = (runs[-1][0], day)
            else:
                runs.append((day, day))
        return cls(tuple(runs))

    def __bool__(self) -> bool:
        return bool(self.runs)

    def contain(self, column: Any) -> ColumnElement[bool]:
        if not self.runs:
            return false()
        return or_(*(column.between(first, last) for first, last in self.runs))


def _facts(dialect: str, days: DaySpans, offset_minutes: int) -> CTE:
    """The tickets of ``days`` with the measures every figure needs, computed once."""
    # A no-show waited until its last call: the center kept calling it until then.
    waited_until = case(
        (Ticket.status == _NO_SHOW, Ticket.last_called_at), else_=Ticket.first_called_at
    )
    statement = select(
        Ticket.service_day.label("service_day"),
        Ticket.issue_service_id.label("issue_service_id"),
        Ticket.service_id.label("service_id"),
        Ticket.counter_id.label("counter_id"),
        Ticket.staff_id.label("staff_id"),
        Ticket.status.label("status"),
        Ticket.transfer_count.label("transfer_count"),
        seconds_between(dialect, waited_until, Ticket.issued_at).label("waiting"),
        case(
            (
                Ticket.status == _DONE,
                seconds_between(dialect, Ticket.finished_at, Ticket.started_at),
            )
        ).label("service"),
        local_hour(dialect, Ticket.issued_at, offset_minutes).label("arrival_hour"),
        case(
            (Ticket.status == _DONE, local_hour(dialect, Ticket.finished_at, offset_minutes))
        ).label("finish_hour"),
        case(
            (Ticket.status == _NO_SHOW, local_hour(dialect, Ticket.last_called_at, offset_minutes))
        ).label("last_call_hour"),
    ).where(days.contain(Ticket.service_day))
    return materialized(statement, "facts")


def tally_rows(
    dialect: str, days: DaySpans, offset_minutes: int, *, by_day: bool = True
) -> CompoundSelect[Any]:
    """``(service_day, figure, key, value)`` of ``days``; zero values have no row.

    The tickets are grouped once per kind of key (issue service, counter, staff member and
    the three hours), every figure of that key a column of the grouped rows, which are then
    turned into one row per figure.
    """
    f = _facts(dialect, days, offset_minutes)
    status, waiting = f.c.status, f.c.waiting
    tickets = func.count()
    by_key: list[tuple[Any, list[tuple[Figure, ColumnElement[Any]]]]] = [
        (
            f.c.issue_service_id,
            [
                (Figure.ISSUED, tickets),
                (Figure.DONE, count_if(status == _DONE)),
                (Figure.NO_SHOW, count_if(status == _NO_SHOW)),
                (Figure.CANCELLED, count_if(status == TicketStatus.CANCELLED.value)),
                (Figure.EXPIRED, count_if(status == TicketStatus.EXPIRED.value)),
                (Figure.OPEN, count_if(status.in_(_OPEN))),
                (Figure.TRANSFERRED, count_if(f.c.transfer_count > 0)),
            ],
        ),
        (
            f.c.counter_id,
            [
                (Figure.COUNTER_HANDLED, tickets),
                (Figure.COUNTER_DONE, count_if(status == _DONE)),
                (Figure.COUNTER_NO_SHOW, count_if(status == _NO_SHOW)),
            ],
        ),
        (
            f.c.staff_id,
            [
                (Figure.STAFF_HANDLED, tickets),
                (Figure.STAFF_DONE, count_if(status == _DONE)),
                (Figure.STAFF_NO_SHOW, count_if(status == _NO_SHOW)),
            ],
        ),
        (
            f.c.arrival_hour,
            [
                (Figure.ARRIVALS, tickets),
                (Figure.ARRIVAL_WAIT_SUM, func.coalesce(func.sum(waiting), 0)),
                (Figure.ARRIVAL_WAIT_COUNT, func.count(waiting)),
            ],
        ),
        (f.c.finish_hour, [(Figure.SERVED, tickets)]),
        (f.c.last_call_hour, [(Figure.NO_SHOW_HOUR, tickets)]),
    ]
    arms: list[Select[Any]] = []
    for n, (key, figures) in enumerate(by_key):
        per_day: list[Any] = [f.c.service_day] if by_day else []
        grouped = materialized(
            select(
                *per_day,
                key.label("key"),
                *(cast(value, BigInteger).label(figure.value) for figure, value in figures),
            )
            .where(key.is_not(None))
            .group_by(*per_day, key),
            f"grouped_{n}",
        )
        for figure, _ in figures:
            value = grouped.c[figure.value]
            arms.append(
                select(
                    *([grouped.c.service_day] if by_day else []),
                    text_literal(figure.value).label("figure"),
                    grouped.c.key,
                    value.label("value"),
                ).where(value != 0)
            )
    arms += [
        _transfers(days, Figure.COUNTER_TRANSFERS, QueueEvent.counter_id, by_day),
        _transfers(days, Figure.STAFF_TRANSFERS, QueueEvent.staff_id, by_day),
    ]
    return union_all(*arms)


def _transfers(days: DaySpans, figure: Figure, key: Any, by_day: bool) -> Select[Any]:
    """Transfers made at each counter / by each staff member (a ticket may move twice)."""
    per_day: list[Any] = [QueueEvent.service_day] if by_day else []
    return (
        select(
            *per_day,
            text_literal(figure.value).label("figure"),
            key.label("key"),
            cast(func.count(), BigInteger).label("value"),
        )
        .where(days.contain(QueueEvent.service_day), QueueEvent.kind == "transferred")
        .where(key.is_not(None))
        .group_by(*per_day, key)
    )


def seconds_rows(dialect: str, days: DaySpans, *, by_day: bool = True) -> CompoundSelect[Any]:
    """``(service_day, measure, key, seconds, tickets)`` of ``days``."""
    f = _facts(dialect, days, 0)
    per_day = [f.c.service_day] if by_day else []

    def arm(measure: Measure, key: Any, value: Any) -> Select[Any]:
        seconds = cast(value, Integer)
        return (
            select(
                *per_day,
                text_literal(measure.value).label("measure"),
                key.label("key"),
                seconds.label("seconds"),
                func.count().label("tickets"),
            )
            .where(key.is_not(None), value.is_not(None))
            .group_by(*per_day, key, seconds)
        )

    return union_all(
        arm(Measure.WAITING, f.c.issue_service_id, f.c.waiting),
        arm(Measure.SERVICE, f.c.service_id, f.c.service),
        arm(Measure.SERVICE_BY_COUNTER, f.c.counter_id, f.c.service),
        arm(Measure.SERVICE_BY_STAFF, f.c.staff_id, f.c.service),
    )
