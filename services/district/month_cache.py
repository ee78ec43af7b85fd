"""Whole months of a center's histograms, summed once, so a report over years reads a few
thousand rows instead of millions.

A month is cached when its day rows are in the district's database; the cache remembers how
many day rows it summed and the newest ``computed_at`` among them. A day that arrives later
(a center catching up after an outage, a file imported again with corrections) changes that
state, and the report reads the month's days directly until ``cache_months`` sums it again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from sqlalchemy import and_, delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.storage.district_models import (
    DistrictDay,
    DistrictDaySeconds,
    DistrictMonthSeconds,
    DistrictMonthState,
)

MonthKey = tuple[str, date]  # center code, first day of the month
State = tuple[int, datetime]  # day rows, newest computed_at


def month_of(day: date) -> date:
    return day.replace(day=1)


def month_end(month: date) -> date:
    following = (month + timedelta(days=32)).replace(day=1)
    return following - timedelta(days=1)


def whole_months(start: date, end: date) -> list[date]:
    """The months that lie wholly inside ``start``-``end``."""
    months = []
    month = month_of(start) if start.day == 1 else month_end(start) + timedelta(days=1)
    while month_end(month) <= end:
        months.append(month)
        month = month_end(month) + timedelta(days=1)
    return months


def month_states(session: Session, start: date, end: date) -> dict[MonthKey, State]:
    """Each center-month's day rows in the period: how many, and the newest computation."""
    rows = session.execute(
        select(DistrictDay.center_code, DistrictDay.service_day, DistrictDay.computed_at).where(
            DistrictDay.service_day.between(start, end)
        )
    ).all()
    counts: dict[MonthKey, int] = defaultdict(int)
    newest: dict[MonthKey, datetime] = {}
    for code, day, computed in rows:
        key = (code, month_of(day))
        counts[key] += 1
        newest[key] = max(newest.get(key, computed), computed)
    return {key: (counts[key], newest[key]) for key in counts}


def valid_months(session: Session, states: dict[MonthKey, State]) -> set[MonthKey]:
    stored = {
        (s.center_code, s.month): (s.day_rows, s.newest)
        for s in session.scalars(select(DistrictMonthState))
    }
    return {key for key, state in states.items() if stored.get(key) == state}


def cache_months(session: Session, actor: Actor, start: date, end: date) -> int:
    """Sum the whole months of ``start``-``end`` whose cache is missing or out of date.
    Returns how many center-months were summed."""
    actor.require(Permission.READ_STATISTICS)
    months = whole_months(start, end)
    if not months:
        return 0
    states = month_states(session, months[0], month_end(months[-1]))
    stale = [key for key in states if key not in valid_months(session, states)]
    for code, month in stale:
        last = month_end(month)
        for model in (DistrictMonthSeconds, DistrictMonthState):
            session.execute(delete(model).where(model.center_code == code, model.month == month))
        summed = (
            select(
                literal(code),
                literal(month),
                DistrictDaySeconds.measure,
                DistrictDaySeconds.bucket,
                func.sum(DistrictDaySeconds.tickets),
            )
            .where(
                DistrictDaySeconds.center_code == code,
                DistrictDaySeconds.service_day.between(month, last),
            )
            .group_by(DistrictDaySeconds.measure, DistrictDaySeconds.bucket)
        )
        session.execute(
            insert(DistrictMonthSeconds).from_select(
                ["center_code", "month", "measure", "bucket", "tickets"], summed
            )
        )
        rows, newest = states[(code, month)]
        session.add(DistrictMonthState(center_code=code, month=month, day_rows=rows, newest=newest))
    session.commit()
    return len(stale)


def histograms(session: Session, start: date, end: date) -> dict[tuple[str, str], dict[int, int]]:
    """Per center and measure, the summed histogram of ``start``-``end``: whole months from
    the cache where it is valid, every other day from its own rows."""
    states = month_states(session, start, end)
    whole = set(whole_months(start, end))
    cached = {key for key in valid_months(session, states) if key[1] in whole}
    result: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    if cached:
        first, last = min(whole), max(whole)
        # Every cached month of the period summed in SQL, less the few cached months whose
        # days changed since (those are read from their days below).
        stored = {
            (s.center_code, s.month)
            for s in session.scalars(
                select(DistrictMonthState).where(DistrictMonthState.month.between(first, last))
            )
        }
        outdated = [key for key in stored if key not in cached]
        for sign, condition in (
            (1, DistrictMonthSeconds.month.between(first, last)),
            *(
                (-1, and_(DistrictMonthSeconds.center_code == c, DistrictMonthSeconds.month == m))
                for c, m in outdated
            ),
        ):
            for code, measure, bucket, tickets in session.execute(
                select(
                    DistrictMonthSeconds.center_code,
                    DistrictMonthSeconds.measure,
                    DistrictMonthSeconds.bucket,
                    func.sum(DistrictMonthSeconds.tickets),
                )
                .where(condition)
                .group_by(
                    DistrictMonthSeconds.center_code,
                    DistrictMonthSeconds.measure,
                    DistrictMonthSeconds.bucket,
                )
            ):
                result[(code, measure)][int(bucket)] += sign * int(tickets)
    codes = {code for code, _ in states}
    uncovered = [
        and_(DistrictDaySeconds.center_code == code, DistrictDaySeconds.service_day.between(a, b))
        for code in codes
        for a, b in _runs(start, end, {m for c, m in cached if c == code})
    ]
    if uncovered:
        for code, measure, bucket, tickets in session.execute(
            select(
                DistrictDaySeconds.center_code,
                DistrictDaySeconds.measure,
                DistrictDaySeconds.bucket,
                func.sum(DistrictDaySeconds.tickets),
            )
            .where(or_(*uncovered))
            .group_by(
                DistrictDaySeconds.center_code,
                DistrictDaySeconds.measure,
                DistrictDaySeconds.bucket,
            )
        ):
            result[(code, measure)][int(bucket)] += int(tickets)
    return {key: dict(value) for key, value in result.items()}


def _runs(start: date, end: date, cached_months: Iterable[date]) -> list[tuple[date, date]]:
    """The spans of ``start``-``end`` outside the cached months."""
    runs: list[tuple[date, date]] = []
    day = start
    skip = sorted(cached_months)
    for month in skip:
        if day < month:
            runs.append((day, month - timedelta(days=1)))
        day = max(day, month_end(month) + timedelta(days=1))
    if day <= end:
        runs.append((day, end))
    return runs
