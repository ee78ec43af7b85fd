"""The statistics cache: the queue figures of closed service days, stored once.

What is cached
    Only what ``services.stats.daily`` computes from a day's tickets and transfer events:
    counts, hour counts and the whole-second value counts of waiting and service times
    (``services.storage.stats_models``). Ratings, service requests and mediation are always read
    live: a rating may arrive days after the visit, a request or a case changes status
    later, and their figures depend on the end of the period. Names, targets and the
    catalog are read live too (the "over target" count uses the waiting-time value counts
    against today's target).

When a day may be cached
    A day is closed when it is before today and none of its tickets is open (waiting,
    called, serving, held). Queue operations only touch today's tickets and day close only
    expires open ones, so a closed day's tickets never change again: its row is ``final``.
    Day close also caches the day it closes in the same transaction; when that is today,
    tickets may still be issued or reinstated afterwards, so that row is provisional: it
    is used only while the day's last queue event is the one it was computed after, and
    the back-fill replaces it once the day is over. The demo seeder drops the rows of the
    days it fills. A row made at another UTC offset than the report's (a time zone with
    daylight saving time) is not used; its day is computed live.

Months
    Once every day of a month is final, its day rows of value counts are also summed into
    one month row per value, so a year reads twelve months' rows instead of 365 days'.
    Dropping a day drops its month's rows.

Back-fill
    ``backfill`` fills the closed days of a range that have no final row (history loaded by
    the demo seeder, a database older than the cache, a provisional day now over), a few
    days per transaction, so that a queue operation never waits long for SQLite's lock. The
    manager's window and the report command run it before a report. Reports themselves never
    write: a day without a usable row is computed from its tickets, with the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Date, delete, func, insert, literal, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.queue.tickets import OPEN_STATUSES
from services.stats.daily import DaySpans, seconds_rows, tally_rows
from services.stats.sql import POSTGRESQL, dialect_name, text_literal
from services.storage.db import Database
from services.storage.models import QueueEvent, Ticket
from services.storage.stats_models import StatsDay, StatsDayTally, StatsSeconds

DAY_SPAN = "day"
MONTH_SPAN = "month"
BACKFILL_BATCH_DAYS = 7
CACHE_WRITER_LOCK = 0x5_7A75  # the PostgreSQL advisory lock of the cache's writers
_OPEN = sorted(s.value for s in OPEN_STATUSES)


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def days_of_month(month: date) -> list[date]:
    return _days(month_start(month), month_end(month))


def _offset_minutes(zone: ZoneInfo, day: date) -> int:
    """The offset at which a report starting on ``day`` buckets local hours.

    See ``services.stats.report``.
    """
    offset = zone.utcoffset(datetime.combine(day, time(12)))
    assert offset is not None
    return int(offset.total_seconds() // 60)


def _last_events(session: Session, days: Iterable[date]) -> dict[date, int]:
    wanted = sorted(set(days))
    if not wanted:
        return {}
    rows = session.execute(
        select(QueueEvent.service_day, func.max(QueueEvent.id))
        .where(QueueEvent.service_day.in_(wanted))
        .group_by(QueueEvent.service_day)
    )
    return {day: int(last) for day, last in rows}


@dataclass(frozen=True)
class CachedDays:
    """The days of a range whose cached rows a report may use, and those of them that are final."""

    usable: frozenset[date]
    final: frozenset[date]

    def months(self, start: date, end: date) -> list[date]:
        """The first days of the months inside ``start``-``end`` that have month rows."""
        months = []
        month = month_start(start)
        while month <= end:
            last = month_end(month)
            if month >= start and last <= end and self.final.issuperset(days_of_month(month)):
                months.append(month)
            month = last + timedelta(days=1)
        return months


def cached_days(session: Session, start: date, end: date, offset_minutes: int) -> CachedDays:
    """The cached days of ``start``-``end`` a report at this UTC offset may use."""
    rows = session.execute(
        select(StatsDay.service_day, StatsDay.final, StatsDay.last_event_id).where(
            StatsDay.service_day.between(start, end),
            StatsDay.utc_offset_minutes == offset_minutes,
        )
    ).all()
    final = frozenset(day for day, is_final, _ in rows if is_final)
    provisional = {day: last for day, is_final, last in rows if not is_final}
    current = _last_events(session, provisional)
    unchanged = {day for day, last in provisional.items() if current.get(day) == last}
    return CachedDays(usable=final | unchanged, final=final)


def closed_days_to_fill(
    session: Session, actor: Actor, start: date, end: date, *, now: datetime | None = None
) -> list[date]:
    """The closed days of ``start``-``end`` without a final cached row (read only)."""
    actor.require(Permission.READ_STATISTICS)
    today = service_day(resolve_now(now), load_center_config(session).timezone)
    first_ticket = session.scalar(select(func.min(Ticket.service_day)))
    if first_ticket is None:
        return []
    # The days before the first ticket ever are empty: reports compute them for free.
    start = max(start, first_ticket)
    last = min(end, today - timedelta(days=1))
    if last < start:
        return []
    final = set(
        session.scalars(
            select(StatsDay.service_day).where(
                StatsDay.service_day.between(start, last), StatsDay.final.is_(True)
            )
        )
    )
    still_open = set(
        session.scalars(
            select(Ticket.service_day)
            .where(Ticket.service_day.between(start, last), Ticket.status.in_(_OPEN))
            .distinct()
        )
    )
    return [d for d in _days(start, last) if d not in final and d not in still_open]


def backfill(
    database: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    now: datetime | None = None,
    batch_days: int = BACKFILL_BATCH_DAYS,
) -> int:
    """Cache the closed days of ``start``-``end`` that have no final row, ``batch_days`` per
    write transaction. Looks for them in a read transaction first, so that a report whose
    days are all cached never takes the write lock. Returns how many days were filled."""
    with database.reader() as session:
        days = closed_days_to_fill(session, actor, start, end, now=now)
    at = resolve_now(now)
    for first in range(0, len(days), batch_days):
        with database.writer() as session:
            fill_days(session, days[first : first + batch_days], at=at, final=True)
            session.commit()
    return len(days)


def fill_days(session: Session, days: Sequence[date], *, at: datetime, final: bool) -> None:
    """Compute and store the rows of ``days`` (replacing any), without committing.

    ``final`` false stores them as provisional (see the module docstring)."""
    if not days:
        return
    dialect = dialect_name(session)
    if dialect == POSTGRESQL:
        # Two fillers of the same day (two managers' back-fills, or one and a day close) take
        # turns; the second replaces the first's rows. SQLite's writers take turns anyway.
        session.execute(select(func.pg_advisory_xact_lock(CACHE_WRITER_LOCK)))
    drop_days(session, days)
    last_events = {} if final else _last_events(session, days)
    zone = load_center_config(session).timezone
    by_offset: dict[int, list[date]] = {}
    for day in days:
        by_offset.setdefault(_offset_minutes(zone, day), []).append(day)
    session.execute(
        insert(StatsDay),
        [
            {
                "service_day": day,
                "utc_offset_minutes": offset,
                "final": final,
                "last_event_id": last_events.get(day),
                "computed_at": at,
            }
            for offset, group in by_offset.items()
            for day in group
        ],
    )
    for offset, group in by_offset.items():
        tallies = tally_rows(dialect, DaySpans.of(group), offset).subquery()
        session.execute(
            insert(StatsDayTally).from_select(
                ["service_day", "figure", "key", "value"],
                select(tallies.c.service_day, tallies.c.figure, tallies.c.key, tallies.c.value),
            )
        )
    seconds = seconds_rows(dialect, DaySpans.of(days)).subquery()
    session.execute(
        insert(StatsSeconds).from_select(
            ["span", "span_start", "measure", "key", "seconds", "tickets"],
            select(
                _span_literal(DAY_SPAN),
                seconds.c.service_day,
                seconds.c.measure,
                seconds.c.key,
                seconds.c.seconds,
                seconds.c.tickets,
            ),
        )
    )
    if final:
        for month in sorted({month_start(day) for day in days}):
            _roll_up_month(session, month)


def _span_literal(span: str) -> ColumnElement[str]:
    return text_literal(span).label("span")


def _roll_up_month(session: Session, month: date) -> None:
    """Sum the month's day rows into month rows, if every day of the month is final."""
    last = month_end(month)
    final = session.scalar(
        select(func.count())
        .select_from(StatsDay)
        .where(StatsDay.service_day.between(month, last), StatsDay.final.is_(True))
    )
    if final != (last - month).days + 1:
        return
    S = StatsSeconds
    session.execute(delete(S).where(S.span == MONTH_SPAN, S.span_start == month))
    session.execute(
        insert(S).from_select(
            ["span", "span_start", "measure", "key", "seconds", "tickets"],
            select(
                _span_literal(MONTH_SPAN),
                _month_literal(month),
                S.measure,
                S.key,
                S.seconds,
                func.sum(S.tickets),
            )
            .where(S.span == DAY_SPAN, S.span_start.between(month, last))
            .group_by(S.measure, S.key, S.seconds),
        )
    )


def _month_literal(month: date) -> ColumnElement[date]:
    return literal(month, Date).label("span_start")


def drop_days(session: Session, days: Iterable[date]) -> None:
    """Forget the cached rows of ``days`` and the month rows of their months."""
    wanted = sorted(set(days))
    if not wanted:
        return
    S = StatsSeconds
    months = sorted({month_start(day) for day in wanted})
    session.execute(delete(S).where(S.span == MONTH_SPAN, S.span_start.in_(months)))
    session.execute(delete(S).where(S.span == DAY_SPAN, S.span_start.in_(wanted)))
    session.execute(delete(StatsDayTally).where(StatsDayTally.service_day.in_(wanted)))
    session.execute(delete(StatsDay).where(StatsDay.service_day.in_(wanted)))
