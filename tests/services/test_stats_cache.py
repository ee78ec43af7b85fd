"""The statistics cache gives exactly the live figures, on SQLite and PostgreSQL.

Every comparison is between two whole reports (``Report`` values) over the same rows: one
read with the cache, one with the cache rows deleted inside the same transaction (rolled back
afterwards), so that every day is computed from its tickets.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from services.casework.evaluations import rate_ticket
from services.core.actors import SYSTEM, rating_panel_actor
from services.demo.history import seed_demo_history
from services.queue import ops as q
from services.queue.day_close import close_day
from services.stats.cache import DAY_SPAN, MONTH_SPAN, backfill, cached_days, closed_days_to_fill
from services.stats.figures import Report
from services.stats.report import range_report
from services.storage.casework_models import Evaluation
from services.storage.db import Database
from services.storage.models import Counter, Service, Ticket
from services.storage.stats_models import StatsDay, StatsDayTally, StatsSeconds
from tests.services.stats_helpers import BEIJING, MANAGER, figures

TODAY = date(2026, 11, 30)  # a Monday
CLOSED = TODAY - timedelta(days=2)  # worked with the queue operations, closed, then reopened
UNCLOSED = TODAY - timedelta(days=1)  # worked, never closed: a ticket stays waiting
HISTORY_DAYS = 75  # seeded, ending the day before CLOSED: covers all of October
FIRST = CLOSED - timedelta(days=HISTORY_DAYS)
CACHE_TABLES = (StatsDayTally, StatsSeconds, StatsDay)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), BEIJING).astimezone(UTC)


class Hall:
    """Queue operations on one day, each a little later than the one before."""

    def __init__(self, database: Database, day: date, hour: int = 9) -> None:
        self.database = database
        self.now = local(day, hour)

    def tick(self, minutes: float = 3) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now

    def issue(self, service: str) -> str:
        with self.database.writer() as s:
            return q.issue_ticket(s, SYSTEM, service, now=self.tick()).code

    def call(self, counter: int, code: str) -> None:
        with self.database.writer() as s:
            if s.scalar(select(Counter.state).where(Counter.number == counter)) != "open":
                q.open_counter(s, SYSTEM, counter, now=self.tick(1))
            q.call_ticket(s, SYSTEM, counter, code, now=self.tick())

    def serve(self, counter: int, code: str, minutes: float = 7) -> None:
        self.call(counter, code)
        with self.database.writer() as s:
            q.start_service(s, SYSTEM, counter, now=self.tick(1))
            q.finish_service(s, SYSTEM, counter, now=self.tick(minutes))

    def no_show(self, counter: int, code: str) -> None:
        self.call(counter, code)
        with self.database.writer() as s:
            q.recall(s, SYSTEM, counter, now=self.tick(1))
            q.mark_no_show(s, SYSTEM, counter, now=self.tick(2))

    def reinstate(self, code: str) -> None:
        with self.database.writer() as s:
            q.reinstate_no_show(s, SYSTEM, code, now=self.tick())

    def transfer(self, counter: int, code: str, service: str) -> None:
        self.call(counter, code)
        with self.database.writer() as s:
            q.start_service(s, SYSTEM, counter, now=self.tick(1))
            q.transfer(s, SYSTEM, counter, service, now=self.tick(4))

    def cancel(self, code: str) -> None:
        with self.database.writer() as s:
            q.cancel_ticket(s, SYSTEM, code, now=self.tick())

    def close(self) -> None:
        with self.database.writer() as s:
            close_day(s, SYSTEM, now=self.tick(), force=True)


def work_a_day(hall: Hall) -> None:
    """Served, no-show, reinstated, transferred, cancelled and left-waiting tickets."""
    served, missed, back, moved, cancelled, waiting = (hall.issue(s) for s in "ABAACA")
    hall.serve(1, served, minutes=9)
    hall.no_show(2, missed)
    hall.no_show(1, back)
    hall.reinstate(back)
    hall.serve(3, back, minutes=4)
    hall.transfer(2, moved, "B")
    hall.serve(4, moved, minutes=12)
    hall.cancel(cancelled)
    del waiting  # still waiting at the end of the day


def seed_history(database: Database, *, days: int = HISTORY_DAYS, end: date = CLOSED) -> None:
    """``days`` demo days ending the day before ``end`` (with their transfer events)."""
    with database.writer() as s:
        seed_demo_history(
            s,
            SYSTEM,
            days=days,
            seed=7,
            tickets_per_day=25,
            now=local(end, 10),
        )


def report(database: Database, start: date, end: date, *, live: bool = False) -> Report:
    """The report read with the cache, or (``live``) with every day computed from tickets."""
    with database.writer() as s:
        if live:
            for table in CACHE_TABLES:
                s.execute(delete(table))
        result = range_report(s, MANAGER, start, end, now=local(TODAY, 12))
        s.rollback()
    return result


def assert_cache_gives_live_figures(database: Database, start: date, end: date) -> None:
    cached = report(database, start, end)
    live = report(database, start, end, live=True)
    assert cached.queue.issued > 0
    assert figures(cached) == figures(live)


def usable(database: Database, start: date, end: date) -> set[date]:
    """The days a report of ``start``-``end`` (Beijing time, +08:00) reads from the cache."""
    with database.reader() as s:
        return set(cached_days(s, start, end, 8 * 60).usable)


@pytest.fixture
def hall_history(database: Database) -> Database:
    """A seeded history, a closed and reopened day, a day never closed, and today."""
    seed_history(database)
    closed = Hall(database, CLOSED)
    work_a_day(closed)
    closed.close()
    late = Hall(database, CLOSED, hour=20)  # the hall reopens after the day close
    late_code = late.issue("D")
    late.serve(1, late_code)
    unclosed = Hall(database, UNCLOSED)
    work_a_day(unclosed)
    today = Hall(database, TODAY, hour=8)
    work_a_day(today)
    # A rating arrives two days after the visit it rates.
    with database.writer() as s:
        visit = s.scalars(
            select(Ticket.id).where(Ticket.service_day == CLOSED, Ticket.code == late_code)
        ).one()
        rate_ticket(s, rating_panel_actor(1), visit, 2, "long_wait", now=today.tick())
    return database


def rate_a_cached_visit(database: Database) -> None:
    """A rating for a visit of a cached day: ratings are never cached."""
    with database.writer() as s:
        ticket_id, counter = s.execute(
            select(Ticket.id, Counter.number)
            .join(Counter, Counter.id == Ticket.counter_id)
            .outerjoin(Evaluation, Evaluation.ticket_id == Ticket.id)
            .where(
                Ticket.service_day == FIRST + timedelta(days=10),
                Ticket.status == "done",
                Evaluation.id.is_(None),
            )
            .limit(1)
        ).one()
        rate_ticket(s, rating_panel_actor(counter), ticket_id, 5, now=local(TODAY, 11))


def test_cached_reports_equal_live_reports(hall_history: Database) -> None:
    database = hall_history
    filled = backfill(database, MANAGER, FIRST, TODAY, now=local(TODAY, 12))
    assert filled == HISTORY_DAYS + 1  # the seeded days and the closed day, now over
    assert usable(database, FIRST, TODAY) == {
        FIRST + timedelta(days=n) for n in range(HISTORY_DAYS + 1)
    }
    with database.reader() as s:
        months = set(
            s.scalars(select(StatsSeconds.span_start).where(StatsSeconds.span == MONTH_SPAN))
        )
    assert months == {date(2026, 10, 1)}
    october = (date(2026, 10, 1), date(2026, 10, 31))
    with database.writer() as s:  # October's durations can now only come from its month rows
        s.execute(delete(StatsSeconds).where(StatsSeconds.span == DAY_SPAN))
        from_months = range_report(s, MANAGER, *october, now=local(TODAY, 12))
        s.rollback()
    assert figures(from_months) == figures(report(database, *october, live=True))
    before = report(database, FIRST, TODAY)
    rate_a_cached_visit(database)
    after = report(database, FIRST, TODAY)
    assert after.ratings.count == before.ratings.count + 1
    assert sum(c.ratings.count for c in after.by_counter) == (
        sum(c.ratings.count for c in before.by_counter) + 1
    )
    for start, end in (
        (FIRST, TODAY),  # all of it: months, days, a day never closed and today
        (date(2026, 10, 1), date(2026, 10, 31)),  # one month's rows alone
        (date(2026, 9, 30), date(2026, 11, 2)),  # a month and days either side
        (CLOSED, CLOSED),  # the reopened day
        (CLOSED, TODAY),
    ):
        assert_cache_gives_live_figures(database, start, end)


def test_over_target_follows_a_changed_target(hall_history: Database) -> None:
    database = hall_history
    backfill(database, MANAGER, FIRST, TODAY, now=local(TODAY, 12))
    before = report(database, FIRST, TODAY)
    with database.writer() as s:
        s.execute(update(Service).where(Service.code == "A").values(target_wait_minutes=1))
        s.commit()
    after = report(database, FIRST, TODAY)
    assert after.queue.over_target > before.queue.over_target
    assert figures(after) == figures(report(database, FIRST, TODAY, live=True))


def test_day_close_fills_the_cache_and_a_reopened_day_is_read_live(database: Database) -> None:
    hall = Hall(database, TODAY)
    work_a_day(hall)
    hall.close()
    with database.reader() as s:
        row = s.get(StatsDay, TODAY)
        assert row is not None
        assert row.final is False
        tallies = s.scalar(
            select(func.count())
            .select_from(StatsDayTally)
            .where(StatsDayTally.service_day == TODAY)
        )
    assert tallies
    assert usable(database, TODAY, TODAY) == {TODAY}
    closed = report(database, TODAY, TODAY)
    assert (closed.queue.issued, closed.queue.expired, closed.queue.open) == (6, 1, 0)
    assert figures(closed) == figures(report(database, TODAY, TODAY, live=True))

    late = Hall(database, TODAY, hour=20)
    code = late.issue("A")  # after the close: the cached figures are stale
    assert usable(database, TODAY, TODAY) == set()
    reopened = report(database, TODAY, TODAY)
    assert (reopened.queue.issued, reopened.queue.open) == (7, 1)
    assert figures(reopened) == figures(report(database, TODAY, TODAY, live=True))
    late.serve(1, code)
    tomorrow = local(TODAY + timedelta(days=1), 9)
    assert backfill(database, MANAGER, TODAY, TODAY, now=tomorrow) == 1
    with database.reader() as s:
        row = s.get(StatsDay, TODAY)
        assert row is not None
        assert row.final is True
    assert usable(database, TODAY, TODAY) == {TODAY}
    assert report(database, TODAY, TODAY).queue.served == 4


def test_backfill_of_a_history_seeded_before_the_cache(database: Database) -> None:
    seed_history(database, days=40)
    start = CLOSED - timedelta(days=40)
    with database.reader() as s:
        assert s.scalar(select(func.count()).select_from(StatsDay)) == 0
        missing = closed_days_to_fill(s, MANAGER, start, TODAY, now=local(TODAY, 12))
    assert missing == [start + timedelta(days=n) for n in range(42)]  # up to yesterday
    live = report(database, start, TODAY)
    assert backfill(database, MANAGER, start, TODAY, now=local(TODAY, 12), batch_days=5) == 42
    assert backfill(database, MANAGER, start, TODAY, now=local(TODAY, 12)) == 0
    assert figures(report(database, start, TODAY)) == figures(live)


def test_seeding_a_cached_empty_day_drops_its_rows(database: Database) -> None:
    start = CLOSED - timedelta(days=10)
    early = start - timedelta(days=3)
    seed_history(database, days=1, end=early + timedelta(days=1))  # the first day with tickets
    backfill(database, MANAGER, early, TODAY, now=local(TODAY, 12))  # and the empty days after
    assert usable(database, start, TODAY) == {start + timedelta(days=n) for n in range(12)}
    assert report(database, start, TODAY).queue.issued == 0
    seed_history(database, days=10)  # fills start to the day before CLOSED
    assert usable(database, start, TODAY) == {CLOSED, UNCLOSED}
    assert_cache_gives_live_figures(database, early, TODAY)


def test_days_before_the_first_ticket_are_not_filled(database: Database) -> None:
    seed_history(database, days=3)
    with database.reader() as s:
        days = closed_days_to_fill(s, MANAGER, date(2020, 1, 1), TODAY, now=local(TODAY, 12))
    assert days == [CLOSED - timedelta(days=n) for n in range(3, -2, -1)]


def test_a_report_never_writes(database: Database) -> None:
    seed_history(database, days=5)
    with database.reader() as s:
        range_report(s, MANAGER, CLOSED - timedelta(days=5), TODAY, now=local(TODAY, 12))
        assert not s.new
        assert not s.dirty
    with database.reader() as s:
        assert s.scalar(select(func.count()).select_from(StatsDay)) == 0
