"""Queue statistics: tickets by outcome, waiting and service times, per service, counter,
staff member and hour, and the waiting-time distribution. Definitions in ``services.stats.report``.

The figures are sums of what each day contributes (``services.stats.daily``): the cached
days' rows (``services.stats.cache``) and, for the other days, the same rows computed from
their tickets, added up in two statements (one for the counts, one for the whole-second
value counts of the durations). The medians, percentiles and means are then computed here
from the merged value counts, as PostgreSQL's ``percentile_cont`` does. Ratings per counter
and staff member are read live from the ratings.
"""

from __future__ import annotations

from collections import Counter as Multiset
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import CompoundSelect, Select, func, select, union_all
from sqlalchemy.orm import Session

from services.stats.cache import DAY_SPAN, MONTH_SPAN, cached_days, days_of_month
from services.stats.daily import DaySpans, Figure, Measure, seconds_rows, tally_rows
from services.stats.figures import (
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
from services.stats.sql import count_if, dialect_name, rate
from services.storage.casework_models import Evaluation
from services.storage.models import Counter, Service, Staff, Ticket
from services.storage.stats_models import StatsDayTally, StatsSeconds

# Lower bounds, in minutes, of the waiting-time histogram; the last bucket is open-ended.
WAIT_BUCKET_MINUTES = (0, 5, 10, 15, 20, 30, 45, 60)
GOOD_SCORES = (4, 5)
PERCENTILES = (0.5, 0.9)

# Whole-second durations, sorted by value: ((seconds, tickets), ...).
ValueCounts = Sequence[tuple[int, int]]
# A statement whose rows are summed (see ``_summed``).
_Rows = Select[*tuple[Any, ...]] | CompoundSelect[Any]


@dataclass(frozen=True)
class QueueSection:
    summary: QueueSummary
    by_service: tuple[ServiceRow, ...]
    by_counter: tuple[CounterRow, ...]
    by_staff: tuple[StaffRow, ...]
    by_hour: tuple[HourRow, ...]
    wait_distribution: tuple[WaitBucket, ...]


@dataclass(frozen=True)
class _Sums:
    """The period's figures: counts per figure and key, value counts per measure and key."""

    tallies: Mapping[str, Mapping[int, int]]
    seconds: Mapping[str, Mapping[int, ValueCounts]]

    def tally(self, figure: Figure) -> Mapping[int, int]:
        return self.tallies.get(figure.value, {})

    def values(self, measure: Measure) -> Mapping[int, ValueCounts]:
        return self.seconds.get(measure.value, {})


def queue_section(session: Session, period: Period) -> QueueSection:
    sums = _period_sums(session, period)
    waiting = sums.values(Measure.WAITING)
    targets = dict(session.execute(select(Service.id, Service.target_wait_minutes)).all())
    over_target = {
        service_id: _count_above(values, targets[service_id] * 60)
        for service_id, values in waiting.items()
    }
    all_waits = _merge(waiting.values())
    ratings = _ratings(session, period)
    return QueueSection(
        summary=_summary(
            sums,
            None,
            describe(all_waits),
            describe(_merge(sums.values(Measure.SERVICE).values())),
            sum(over_target.values()),
        ),
        by_service=_service_rows(session, sums, over_target),
        by_counter=_counter_rows(session, sums, ratings.by_counter),
        by_staff=_staff_rows(session, sums, ratings.by_staff),
        by_hour=_hour_rows(sums),
        wait_distribution=_wait_distribution(all_waits),
    )


# --- reading the sums ----------------------------------------------------------------------


def _period_sums(session: Session, period: Period) -> _Sums:
    dialect = dialect_name(session)
    offset = period.utc_offset_minutes
    cache = cached_days(session, period.start, period.end, offset)
    days = [period.start + timedelta(days=n) for n in range(period.days)]
    live = DaySpans.of([d for d in days if d not in cache.usable])
    months = cache.months(period.start, period.end)
    in_months = {d for m in months for d in days_of_month(m)}
    cached = DaySpans.of(sorted(cache.usable))
    cached_outside_months = DaySpans.of([d for d in cache.usable if d not in in_months])

    T = StatsDayTally
    tally_sources: list[_Rows] = []
    if cached:
        tally_sources.append(select(T.figure, T.key, T.value).where(cached.contain(T.service_day)))
    if live:
        computed = tally_rows(dialect, live, offset, by_day=False).subquery("computed")
        tally_sources.append(select(computed.c.figure, computed.c.key, computed.c.value))
    tallies: dict[str, dict[int, int]] = {}
    for figure, key, value in _summed(session, tally_sources, ("figure", "key"), "value"):
        tallies.setdefault(str(figure), {})[int(key)] = int(value)

    S = StatsSeconds
    seconds_sources: list[_Rows] = []
    if months:
        seconds_sources.append(
            select(S.measure, S.key, S.seconds, S.tickets).where(
                S.span == MONTH_SPAN, S.span_start.in_(months)
            )
        )
    # One statement per run of days, so that each reads a range of the primary key.
    seconds_sources += [
        select(S.measure, S.key, S.seconds, S.tickets).where(
            S.span == DAY_SPAN, S.span_start.between(first, last)
        )
        for first, last in cached_outside_months.runs
    ]
    if live:
        computed = seconds_rows(dialect, live, by_day=False).subquery("computed")
        seconds_sources.append(
            select(computed.c.measure, computed.c.key, computed.c.seconds, computed.c.tickets)
        )
    seconds: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for measure, key, value, tickets in _summed(
        session, seconds_sources, ("measure", "key", "seconds"), "tickets"
    ):
        seconds.setdefault(str(measure), {}).setdefault(int(key), []).append(
            (int(value), int(tickets))
        )
    return _Sums(tallies, seconds)


def _summed(
    session: Session,
    sources: list[_Rows],
    keys: tuple[str, ...],
    value: str,
) -> Iterable[Any]:
    """``SUM(value)`` of the rows of ``sources`` grouped by ``keys``, ordered by them."""
    if not sources:
        return []
    rows = (sources[0] if len(sources) == 1 else union_all(*sources)).subquery("rows")
    columns = [rows.c[k] for k in keys]
    return session.execute(
        select(*columns, func.sum(rows.c[value])).group_by(*columns).order_by(*columns)
    )


# --- durations from value counts -----------------------------------------------------------


def _merge(samples: Iterable[ValueCounts]) -> ValueCounts:
    merged: Multiset[int] = Multiset()
    for values in samples:
        for value, tickets in values:
            merged[value] += tickets
    return sorted(merged.items())


def describe(values: ValueCounts) -> Durations:
    """Count, mean, median, 90th percentile and maximum of whole-second durations."""
    count = sum(tickets for _, tickets in values)
    if not count:
        return NO_DURATIONS
    median, p90 = (_percentile(values, count, fraction) for fraction in PERCENTILES)
    return Durations(
        count=count,
        mean=sum(value * tickets for value, tickets in values) / count,
        median=median,
        p90=p90,
        max=float(values[-1][0]),
    )


def _percentile(values: ValueCounts, count: int, fraction: float) -> float:
    """Linear interpolation at the 0-based rank ``(count - 1) * fraction``, as
    ``percentile_cont``."""
    position = (count - 1) * fraction
    below = int(position)  # floor: never negative
    low = _value_at_rank(values, below + 1)
    high = _value_at_rank(values, below + 2) if below + 2 <= count else low
    return low + (position - below) * (high - low)


def _value_at_rank(values: ValueCounts, rank: int) -> float:
    """The value of 1-based ``rank`` in sorted value counts."""
    seen = 0
    for value, tickets in values:
        seen += tickets
        if seen >= rank:
            return float(value)
    raise ValueError(f"rank {rank} beyond {seen} values")


def _count_above(values: ValueCounts, limit: int) -> int:
    return sum(tickets for value, tickets in values if value > limit)


def _bucket_bounds() -> list[tuple[int, int | None]]:
    uppers: list[int | None] = [*WAIT_BUCKET_MINUTES[1:], None]
    return list(zip(WAIT_BUCKET_MINUTES, uppers, strict=True))


def _wait_distribution(values: ValueCounts) -> tuple[WaitBucket, ...]:
    def within(value: int, lower: int, upper: int | None) -> bool:
        # The first bucket also takes the odd negative wait of a skewed clock.
        return (lower == 0 or value >= lower * 60) and (upper is None or value < upper * 60)

    return tuple(
        WaitBucket(
            lower_minutes=lower,
            upper_minutes=upper,
            count=sum(tickets for value, tickets in values if within(value, lower, upper)),
        )
        for lower, upper in _bucket_bounds()
    )


# --- rows of the report --------------------------------------------------------------------


def _summary(
    sums: _Sums, key: int | None, waiting: Durations, service: Durations, over_target: int
) -> QueueSummary:
    def count(figure: Figure) -> int:
        per_key = sums.tally(figure)
        return sum(per_key.values()) if key is None else per_key.get(key, 0)

    return QueueSummary(
        issued=count(Figure.ISSUED),
        served=count(Figure.DONE),
        no_show=count(Figure.NO_SHOW),
        cancelled=count(Figure.CANCELLED),
        expired=count(Figure.EXPIRED),
        open=count(Figure.OPEN),
        transferred=count(Figure.TRANSFERRED),
        waiting=waiting,
        service=service,
        over_target=over_target,
    )


def _service_rows(
    session: Session, sums: _Sums, over_target: Mapping[int, int]
) -> tuple[ServiceRow, ...]:
    issued = sums.tally(Figure.ISSUED)
    waiting, service_times = sums.values(Measure.WAITING), sums.values(Measure.SERVICE)
    rows = []
    for service in session.scalars(select(Service).order_by(Service.sort_order, Service.code)):
        service_time = describe(service_times.get(service.id, ()))
        if not (service.active or service.id in issued or service_time.count):
            continue
        rows.append(
            ServiceRow(
                service_id=service.id,
                code=service.code,
                name_zh=service.name_zh,
                name_en=service.name_en,
                target_wait_minutes=service.target_wait_minutes,
                queue=_summary(
                    sums,
                    service.id,
                    describe(waiting.get(service.id, ())),
                    service_time,
                    over_target.get(service.id, 0),
                ),
            )
        )
    return tuple(rows)


@dataclass(frozen=True)
class _Ratings:
    by_counter: dict[int, RatingSummary]
    by_staff: dict[int, RatingSummary]


def _ratings(session: Session, period: Period) -> _Ratings:
    """The period's ratings by the counter and by the staff member of the rated visit, read
    live (a rating may arrive after its day is cached), in one pass over the ratings."""
    rows = session.execute(
        select(
            Ticket.counter_id,
            Ticket.staff_id,
            func.count(),
            func.sum(Evaluation.score),
            count_if(Evaluation.score.in_(GOOD_SCORES)),
        )
        .join(Ticket, Ticket.id == Evaluation.ticket_id)
        .where(Evaluation.service_day.between(period.start, period.end))
        .group_by(Ticket.counter_id, Ticket.staff_id)
    ).all()
    by_counter: dict[int, list[int]] = {}
    by_staff: dict[int, list[int]] = {}
    for counter_id, staff_id, count, scores, good in rows:
        for totals, key in ((by_counter, counter_id), (by_staff, staff_id)):
            if key is not None:
                total = totals.setdefault(int(key), [0, 0, 0])
                total[0] += int(count)
                total[1] += int(scores)
                total[2] += int(good)

    def summaries(totals: dict[int, list[int]]) -> dict[int, RatingSummary]:
        return {
            key: RatingSummary(
                count=count, mean_score=scores / count, good=good, good_rate=rate(good, count)
            )
            for key, (count, scores, good) in totals.items()
        }

    return _Ratings(summaries(by_counter), summaries(by_staff))


def _counter_rows(
    session: Session, sums: _Sums, ratings: dict[int, RatingSummary]
) -> tuple[CounterRow, ...]:
    handled, served, no_show, transfers = (
        sums.tally(f)
        for f in (
            Figure.COUNTER_HANDLED,
            Figure.COUNTER_DONE,
            Figure.COUNTER_NO_SHOW,
            Figure.COUNTER_TRANSFERS,
        )
    )
    service_times = sums.values(Measure.SERVICE_BY_COUNTER)
    return tuple(
        CounterRow(
            counter_id=counter.id,
            number=counter.number,
            name_zh=counter.name_zh,
            name_en=counter.name_en,
            handled=handled.get(counter.id, 0),
            served=served.get(counter.id, 0),
            no_show=no_show.get(counter.id, 0),
            transferred_out=transfers.get(counter.id, 0),
            service=describe(service_times.get(counter.id, ())),
            ratings=ratings.get(counter.id, NO_RATINGS),
        )
        for counter in session.scalars(select(Counter).order_by(Counter.number))
    )


def _staff_rows(
    session: Session, sums: _Sums, ratings: dict[int, RatingSummary]
) -> tuple[StaffRow, ...]:
    handled, served, no_show, transfers = (
        sums.tally(f)
        for f in (
            Figure.STAFF_HANDLED,
            Figure.STAFF_DONE,
            Figure.STAFF_NO_SHOW,
            Figure.STAFF_TRANSFERS,
        )
    )
    service_times = sums.values(Measure.SERVICE_BY_STAFF)
    active = set(handled) | set(transfers) | set(ratings)
    if not active:
        return ()
    return tuple(
        StaffRow(
            staff_id=staff.id,
            username=staff.username,
            full_name=staff.full_name,
            handled=handled.get(staff.id, 0),
            served=served.get(staff.id, 0),
            no_show=no_show.get(staff.id, 0),
            transferred_out=transfers.get(staff.id, 0),
            service=describe(service_times.get(staff.id, ())),
            ratings=ratings.get(staff.id, NO_RATINGS),
        )
        for staff in session.scalars(
            select(Staff).where(Staff.id.in_(sorted(active))).order_by(Staff.username)
        )
    )


def _hour_rows(sums: _Sums) -> tuple[HourRow, ...]:
    arrivals, served, no_shows = (
        sums.tally(f) for f in (Figure.ARRIVALS, Figure.SERVED, Figure.NO_SHOW_HOUR)
    )
    wait_sums, wait_counts = (
        sums.tally(f) for f in (Figure.ARRIVAL_WAIT_SUM, Figure.ARRIVAL_WAIT_COUNT)
    )
    return tuple(
        HourRow(
            hour=hour,
            arrivals=arrivals.get(hour, 0),
            served=served.get(hour, 0),
            no_show=no_shows.get(hour, 0),
            mean_wait=wait_sums.get(hour, 0) / wait_counts[hour] if wait_counts.get(hour) else None,
        )
        for hour in sorted(set(arrivals) | set(served) | set(no_shows))
    )
