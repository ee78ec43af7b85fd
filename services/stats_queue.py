"""Queue statistics: tickets by outcome, waiting and service times, per service, counter,
staff member and hour, and the waiting-time distribution. Definitions in ``services.stats``.

Two statements read the period's tickets, each computing its per-ticket facts once (in a
materialized CTE, see ``services.stats_sql``): one for every count, one for every duration
figure. A handful of small ones read transfers (``queue_event``), ratings and the catalog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Float,
    Select,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from services.models import Counter, QueueEvent, Service, Staff, Ticket
from services.models_casework import Evaluation
from services.stats_sql import (
    Grouping,
    count_if,
    dialect_name,
    durations,
    local_hour,
    materialized,
    number,
    rate,
    seconds_between,
    text_literal,
)
from services.stats_types import (
    NO_DURATIONS,
    NO_RATINGS,
    CounterRow,
    Durations,
    HourRow,
    Period,
    QueueSummary,
    RatingSummary,
    ServiceRow,
    StaffRow,
    WaitBucket,
)
from services.tickets import OPEN_STATUSES, TicketStatus

# Lower bounds, in minutes, of the waiting-time histogram; the last bucket is open-ended.
WAIT_BUCKET_MINUTES = (0, 5, 10, 15, 20, 30, 45, 60)
GOOD_SCORES = (4, 5)
_OPEN = sorted(s.value for s in OPEN_STATUSES)
_DONE = TicketStatus.DONE.value
_NO_SHOW = TicketStatus.NO_SHOW.value


@dataclass(frozen=True)
class QueueSection:
    summary: QueueSummary
    by_service: tuple[ServiceRow, ...]
    by_counter: tuple[CounterRow, ...]
    by_staff: tuple[StaffRow, ...]
    by_hour: tuple[HourRow, ...]
    wait_distribution: tuple[WaitBucket, ...]


class _Facts:
    """The per-ticket measures of a period, as SQL expressions over ``ticket``."""

    def __init__(self, session: Session, period: Period) -> None:
        dialect = dialect_name(session)
        offset = period.utc_offset_minutes
        self.period = period
        # A no-show waited until its last call: the center kept calling it until then.
        waited_until = case(
            (Ticket.status == _NO_SHOW, Ticket.last_called_at), else_=Ticket.first_called_at
        )
        self.columns: dict[str, Callable[[], Any]] = {
            "issue_service_id": lambda: Ticket.issue_service_id,
            "service_id": lambda: Ticket.service_id,
            "counter_id": lambda: Ticket.counter_id,
            "staff_id": lambda: Ticket.staff_id,
            "status": lambda: Ticket.status,
            "transfer_count": lambda: Ticket.transfer_count,
            "waiting": lambda: seconds_between(dialect, waited_until, Ticket.issued_at),
            "service": lambda: case(
                (
                    Ticket.status == _DONE,
                    seconds_between(dialect, Ticket.finished_at, Ticket.started_at),
                )
            ),
            "arrival_hour": lambda: local_hour(dialect, Ticket.issued_at, offset),
            "finish_hour": lambda: case(
                (Ticket.status == _DONE, local_hour(dialect, Ticket.finished_at, offset))
            ),
            "last_call_hour": lambda: case(
                (Ticket.status == _NO_SHOW, local_hour(dialect, Ticket.last_called_at, offset))
            ),
        }

    def cte(self, *names: str, target: bool = False) -> CTE:
        """The period's tickets with the named facts (and the issue service's target)."""
        columns = [self.columns[name]().label(name) for name in names]
        statement = select(*columns).where(
            Ticket.service_day.between(self.period.start, self.period.end)
        )
        if target:
            statement = statement.add_columns(
                (Service.target_wait_minutes * 60).label("target")
            ).join(Service, Service.id == Ticket.issue_service_id)
        return materialized(statement, "facts")


def queue_section(session: Session, period: Period) -> QueueSection:
    facts = _Facts(session, period)
    counts = _counts(session, facts)
    times = durations(
        session,
        facts.cte("issue_service_id", "service_id", "counter_id", "staff_id", "waiting", "service"),
        [
            Grouping("waiting", "waiting", None, total_of="waiting_by_service"),
            Grouping("waiting_by_service", "waiting", "issue_service_id"),
            Grouping("service", "service", None, total_of="service_by_service"),
            Grouping("service_by_service", "service", "service_id"),
            Grouping("service_by_counter", "service", "counter_id"),
            Grouping("service_by_staff", "service", "staff_id"),
        ],
    )
    by_service = counts.section("service")
    total = tuple(sum(column) for column in zip(*by_service.values(), strict=True))
    buckets = total[8:] if total else (0,) * len(WAIT_BUCKET_MINUTES)
    return QueueSection(
        summary=_summary(
            total or None,
            times.get(("waiting", 0), NO_DURATIONS),
            times.get(("service", 0), NO_DURATIONS),
        ),
        by_service=_service_rows(session, by_service, times),
        by_counter=_counter_rows(session, period, counts.section("counter"), times),
        by_staff=_staff_rows(session, period, counts.section("staff"), times),
        by_hour=_hour_rows(counts),
        wait_distribution=tuple(
            WaitBucket(lower_minutes=lower, upper_minutes=upper, count=count)
            for (lower, upper), count in zip(_bucket_bounds(), buckets, strict=True)
        ),
    )


def _bucket_bounds() -> list[tuple[int, int | None]]:
    uppers: list[int | None] = [*WAIT_BUCKET_MINUTES[1:], None]
    return list(zip(WAIT_BUCKET_MINUTES, uppers, strict=True))


def _in_bucket(waiting: Any, lower: int, upper: int | None) -> ColumnElement[bool]:
    conditions = []
    if lower > 0:  # the first bucket also takes the odd negative wait of a skewed clock
        conditions.append(waiting >= lower * 60)
    if upper is not None:
        conditions.append(waiting < upper * 60)
    return and_(waiting.is_not(None), *conditions)


_WIDTH = 8 + len(WAIT_BUCKET_MINUTES)


@dataclass(frozen=True)
class _Counts:
    rows: dict[str, dict[int, tuple[int, ...]]]  # section -> key -> counts
    arrival_mean_wait: dict[int, float | None]  # local hour -> mean wait of its arrivals

    def section(self, name: str) -> dict[int, tuple[int, ...]]:
        return self.rows.get(name, {})


def _counts(session: Session, facts: _Facts) -> _Counts:
    """Every count of the queue section in one statement over the period's tickets.

    Its rows are ``(section, key, counts…, mean wait)``:

    - ``service`` per issue service: issued, done, no-show, cancelled, expired, open,
      transferred, over target, then the waiting-time histogram;
    - ``counter`` and ``staff`` per last counter / staff member: tickets, done, no-shows;
    - ``arrivals`` per local hour of issue: tickets (and their mean wait), ``served`` per
      local hour of finish, ``no_show`` per local hour of the last call.
    """
    f = facts.cte(
        "issue_service_id",
        "counter_id",
        "staff_id",
        "status",
        "transfer_count",
        "waiting",
        "arrival_hour",
        "finish_hour",
        "last_call_hour",
        target=True,
    )
    status, waiting = f.c.status, f.c.waiting
    no_mean = cast(null(), Float)

    def arm(
        section: str,
        key: Any,
        values: list[ColumnElement[Any]],
        mean: ColumnElement[Any] = no_mean,
    ) -> Select[Any]:
        padding: list[ColumnElement[Any]] = [literal_column("0")] * (_WIDTH - len(values))
        statement = select(text_literal(section), key, *values, *padding, mean)
        if section != "service":
            statement = statement.where(key.is_not(None))
        return statement.group_by(key)

    done, no_show = count_if(status == _DONE), count_if(status == _NO_SHOW)
    arms = [
        arm(
            "service",
            f.c.issue_service_id,
            [
                func.count(),
                done,
                no_show,
                count_if(status == TicketStatus.CANCELLED.value),
                count_if(status == TicketStatus.EXPIRED.value),
                count_if(status.in_(_OPEN)),
                count_if(f.c.transfer_count > 0),
                count_if(waiting > f.c.target),
                *(count_if(_in_bucket(waiting, lo, up)) for lo, up in _bucket_bounds()),
            ],
        ),
        arm("counter", f.c.counter_id, [func.count(), done, no_show]),
        arm("staff", f.c.staff_id, [func.count(), done, no_show]),
        arm("arrivals", f.c.arrival_hour, [func.count()], func.avg(waiting)),
        arm("served", f.c.finish_hour, [func.count()]),
        arm("no_show", f.c.last_call_hour, [func.count()]),
    ]
    rows: dict[str, dict[int, tuple[int, ...]]] = {}
    means: dict[int, float | None] = {}
    for row in session.execute(union_all(*arms)):
        section, key = str(row[0]), int(row[1])
        rows.setdefault(section, {})[key] = tuple(int(v) for v in row[2 : 2 + _WIDTH])
        if section == "arrivals":
            means[key] = number(row[-1])
    return _Counts(rows, means)


def _summary(
    counts: tuple[int, ...] | None, waiting: Durations, service: Durations
) -> QueueSummary:
    issued, served, no_show, cancelled, expired, still_open, transferred, over = (
        counts or (0,) * 8
    )[:8]
    return QueueSummary(
        issued=issued,
        served=served,
        no_show=no_show,
        cancelled=cancelled,
        expired=expired,
        open=still_open,
        transferred=transferred,
        waiting=waiting,
        service=service,
        over_target=over,
    )


def _service_rows(
    session: Session,
    outcomes: dict[int, tuple[int, ...]],
    times: dict[tuple[str, Any], Durations],
) -> tuple[ServiceRow, ...]:
    services = session.scalars(select(Service).order_by(Service.sort_order, Service.code)).all()
    rows = []
    for service in services:
        service_time = times.get(("service_by_service", service.id), NO_DURATIONS)
        if not (service.active or service.id in outcomes or service_time.count):
            continue
        rows.append(
            ServiceRow(
                service_id=service.id,
                code=service.code,
                name_zh=service.name_zh,
                name_en=service.name_en,
                target_wait_minutes=service.target_wait_minutes,
                queue=_summary(
                    outcomes.get(service.id),
                    times.get(("waiting_by_service", service.id), NO_DURATIONS),
                    service_time,
                ),
            )
        )
    return tuple(rows)


def _transfers_by(session: Session, period: Period, column: Any) -> dict[int, int]:
    rows = session.execute(
        select(column, func.count())
        .where(
            QueueEvent.service_day.between(period.start, period.end),
            QueueEvent.kind == "transferred",
            column.is_not(None),
        )
        .group_by(column)
    )
    return {int(k): int(n) for k, n in rows}


def _ratings_by(session: Session, period: Period, column: Any) -> dict[int, RatingSummary]:
    rows = session.execute(
        select(
            column,
            func.count(),
            func.avg(Evaluation.score),
            count_if(Evaluation.score.in_(GOOD_SCORES)),
        )
        .join(Ticket, Ticket.id == Evaluation.ticket_id)
        .where(Evaluation.service_day.between(period.start, period.end), column.is_not(None))
        .group_by(column)
    )
    return {
        int(k): RatingSummary(
            count=int(n), mean_score=number(mean), good=int(good), good_rate=rate(int(good), n)
        )
        for k, n, mean, good in rows
    }


def _counter_rows(
    session: Session,
    period: Period,
    handled: dict[int, tuple[int, ...]],
    times: dict[tuple[str, Any], Durations],
) -> tuple[CounterRow, ...]:
    transfers = _transfers_by(session, period, QueueEvent.counter_id)
    ratings = _ratings_by(session, period, Ticket.counter_id)
    rows = []
    for counter in session.scalars(select(Counter).order_by(Counter.number)):
        count, served, no_show = handled.get(counter.id, (0, 0, 0))[:3]
        rows.append(
            CounterRow(
                counter_id=counter.id,
                number=counter.number,
                name_zh=counter.name_zh,
                name_en=counter.name_en,
                handled=count,
                served=served,
                no_show=no_show,
                transferred_out=transfers.get(counter.id, 0),
                service=times.get(("service_by_counter", counter.id), NO_DURATIONS),
                ratings=ratings.get(counter.id, NO_RATINGS),
            )
        )
    return tuple(rows)


def _staff_rows(
    session: Session,
    period: Period,
    handled: dict[int, tuple[int, ...]],
    times: dict[tuple[str, Any], Durations],
) -> tuple[StaffRow, ...]:
    transfers = _transfers_by(session, period, QueueEvent.staff_id)
    ratings = _ratings_by(session, period, Ticket.staff_id)
    active = set(handled) | set(transfers) | set(ratings)
    if not active:
        return ()
    rows = []
    for staff in session.scalars(
        select(Staff).where(Staff.id.in_(sorted(active))).order_by(Staff.username)
    ):
        count, served, no_show = handled.get(staff.id, (0, 0, 0))[:3]
        rows.append(
            StaffRow(
                staff_id=staff.id,
                username=staff.username,
                full_name=staff.full_name,
                handled=count,
                served=served,
                no_show=no_show,
                transferred_out=transfers.get(staff.id, 0),
                service=times.get(("service_by_staff", staff.id), NO_DURATIONS),
                ratings=ratings.get(staff.id, NO_RATINGS),
            )
        )
    return tuple(rows)


def _hour_rows(counts: _Counts) -> tuple[HourRow, ...]:
    arrivals, served, no_shows = (
        counts.section(name) for name in ("arrivals", "served", "no_show")
    )
    return tuple(
        HourRow(
            hour=hour,
            arrivals=arrivals.get(hour, (0,))[0],
            served=served.get(hour, (0,))[0],
            no_show=no_shows.get(hour, (0,))[0],
            mean_wait=counts.arrival_mean_wait.get(hour),
        )
        for hour in sorted(set(arrivals) | set(served) | set(no_shows))
    )
