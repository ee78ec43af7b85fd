"""Queue statistics against days built by hand, with every answer worked out here.

Each test runs on SQLite and on PostgreSQL. Times are Beijing time (the default zone).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import PermissionDenied, ValidationError
from services.queue import ops as q
from services.queue.day_close import close_day
from services.stats.figures import Durations, Report
from services.stats.report import day_report, range_report
from services.storage.db import Database
from tests.services.stats_helpers import (
    DAY,
    MANAGER,
    add_staff,
    at,
    figures,
    insert_ticket,
)

NEXT_DAY = DAY + timedelta(days=1)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


def minutes(*values: float) -> list[float]:
    return [v * 60 for v in values]


def durations(count: int, mean: float, median: float, p90: float, largest: float) -> Durations:
    return Durations(count=count, mean=mean, median=median, p90=p90, max=largest)


def same(actual: Durations, expected: Durations) -> bool:
    """Equal counts, and every figure equal to within rounding (or both missing)."""
    assert actual.count == expected.count, (actual, expected)
    for name in ("mean", "median", "p90", "max"):
        got, want = getattr(actual, name), getattr(expected, name)
        assert (got is None) == (want is None), (name, actual, expected)
        assert got is None or got == pytest.approx(want), (name, actual, expected)
    return True


def by_code(report: Report) -> dict[str, object]:
    return {row.code: row for row in report.by_service}


# --- an empty day -------------------------------------------------------------------------


def test_an_empty_day_has_zeros_and_no_averages(session: Session) -> None:
    report = day_report(session, MANAGER, DAY, now=at(12, day=NEXT_DAY))
    queue = report.queue
    assert (
        queue.issued,
        queue.served,
        queue.no_show,
        queue.cancelled,
        queue.expired,
        queue.open,
        queue.transferred,
        queue.over_target,
    ) == (0,) * 8
    assert queue.waiting == Durations(0, None, None, None, None)
    assert queue.service == Durations(0, None, None, None, None)
    assert [row.code for row in report.by_service] == list("ABCDEFGH")
    assert all(row.queue.issued == 0 for row in report.by_service)
    assert [row.number for row in report.by_counter] == list(range(1, 9))
    assert all(row.handled == 0 and row.service.count == 0 for row in report.by_counter)
    assert report.by_staff == ()
    assert report.by_hour == ()
    assert [b.count for b in report.wait_distribution] == [0] * 8
    assert report.requests.total.accepted == 0
    assert (report.ratings.count, report.ratings.good_rate) == (0, None)
    assert (report.mediation.registered, report.mediation.success_rate) == (0, None)
    assert report.current is None  # a past day has no live hall
    assert (report.period.start, report.period.end, report.period.days) == (DAY, DAY, 1)
    assert report.period.utc_offset_minutes == 480


# --- a day by hand ------------------------------------------------------------------------


def build_day(session: Session) -> tuple[Actor, Actor]:
    """The day every figure below is worked out from (Beijing time, counters 5: A+G, 6: C+H).

    ======  ======  ===============================================  =======  =======
    ticket  issued  what happens                                     waiting  service
    ======  ======  ===============================================  =======  =======
    A001    09:00   called 09:10 at 5, served 09:11-09:21            10 min   10 min
    A002    09:05   called 09:25 at 5, served 09:26-09:31            20 min    5 min
    A003    09:06   called 09:40 at 5, served 09:41-10:11            34 min   30 min
    C001    09:35   called 09:53 at 6, recalled 09:55 09:57 09:59,   24 min     -
                    no-show at the fourth recall 10:01 (limit 3);
                    waits until its LAST call: 24 min, not 18
    C002    09:36   called 10:02 at 6, served from 10:03, transferred  26 min   10 min
                    to H at 10:07; called 10:08, served 10:09-10:19
    A004    10:00   cancelled 10:05                                     -        -
    G001    10:20   still waiting                                       -        -
    ======  ======  ===============================================  =======  =======
    """
    clerk1 = add_staff(session, "clerk1")
    clerk2 = add_staff(session, "clerk2")
    for code, when in (("A", at(9, 0)), ("A", at(9, 5)), ("A", at(9, 6))):
        q.issue_ticket(session, SYSTEM, code, now=when)
    q.open_counter(session, clerk1, 5, now=at(9, 9))
    q.open_counter(session, clerk2, 6, now=at(9, 9))
    for call, start, finish in (
        (at(9, 10), at(9, 11), at(9, 21)),
        (at(9, 25), at(9, 26), at(9, 31)),
    ):
        q.call_next(session, clerk1, 5, now=call)
        q.start_service(session, clerk1, 5, now=start)
        q.finish_service(session, clerk1, 5, now=finish)
    q.issue_ticket(session, SYSTEM, "C", now=at(9, 35))
    q.issue_ticket(session, SYSTEM, "C", now=at(9, 36))
    assert q.call_next(session, clerk1, 5, now=at(9, 40)).code == "A003"
    q.start_service(session, clerk1, 5, now=at(9, 41))
    assert q.call_next(session, clerk2, 6, now=at(9, 53)).code == "C001"
    for minute in (55, 57, 59):
        q.recall(session, clerk2, 6, now=at(9, minute))
    q.issue_ticket(session, SYSTEM, "A", now=at(10, 0))
    assert q.recall(session, clerk2, 6, now=at(10, 1)).status == "no_show"
    assert q.call_next(session, clerk2, 6, now=at(10, 2)).code == "C002"
    q.start_service(session, clerk2, 6, now=at(10, 3))
    q.cancel_ticket(session, SYSTEM, "A004", now=at(10, 5))
    q.transfer(session, clerk2, 6, "H", now=at(10, 7))
    assert q.call_next(session, clerk2, 6, now=at(10, 8)).code == "C002"
    q.start_service(session, clerk2, 6, now=at(10, 9))
    q.finish_service(session, clerk1, 5, now=at(10, 11))
    q.finish_service(session, clerk2, 6, now=at(10, 19))
    q.issue_ticket(session, SYSTEM, "G", now=at(10, 20))
    return clerk1, clerk2


def test_a_day_by_hand(session: Session) -> None:
    clerk1, clerk2 = build_day(session)
    report = day_report(session, MANAGER, DAY, now=at(10, 30))
    queue = report.queue
    # 7 issued = 4 served (A001 A002 A003 C002) + 1 no-show + 1 cancelled + 0 expired + 1 open
    assert (
        queue.issued,
        queue.served,
        queue.no_show,
        queue.cancelled,
        queue.expired,
        queue.open,
    ) == (7, 4, 1, 1, 0, 1)
    assert queue.accounted == queue.issued
    assert queue.transferred == 1
    # Waits 10, 20, 34, 24 (C001 to its last call), 26 minutes: sorted 10 20 24 26 34.
    # mean 114/5 = 22.8; median 24; p90 at rank 3.6: 26 + 0.6 * (34 - 26) = 30.8; max 34.
    assert same(queue.waiting, durations(5, *minutes(22.8, 24, 30.8, 34)))
    # Service 10, 5, 30, 10 (C002's last part only): sorted 5 10 10 30; mean 13.75;
    # median at rank 1.5: 10; p90 at rank 2.7: 10 + 0.7 * 20 = 24; max 30.
    assert same(queue.service, durations(4, *minutes(13.75, 10, 24, 30)))
    # Targets are 20 minutes for A and C: A003 (34), C001 (24), C002 (26) waited longer;
    # A002 waited exactly 20, which is not longer.
    assert queue.over_target == 3


def test_a_day_by_hand_per_service_counter_staff_hour(session: Session) -> None:
    clerk1, clerk2 = build_day(session)
    report = day_report(session, MANAGER, DAY, now=at(10, 30))
    rows = by_code(report)
    a, c, g, h = rows["A"], rows["C"], rows["G"], rows["H"]
    assert (a.queue.issued, a.queue.served, a.queue.cancelled, a.queue.over_target) == (4, 3, 1, 1)
    # A waits 10, 20, 34: mean 64/3, median 20, p90 at rank 1.8: 20 + 0.8 * 14 = 31.2
    assert same(a.queue.waiting, durations(3, *minutes(64 / 3, 20, 31.2, 34)))
    # A served 10, 5, 30 min: median 10, p90 at rank 1.8: 10 + 0.8 * 20 = 26
    assert same(a.queue.service, durations(3, *minutes(15, 10, 26, 30)))
    # C001 and C002 were issued for C; C002 was finished by H.
    assert (c.queue.issued, c.queue.served, c.queue.no_show, c.queue.transferred) == (2, 1, 1, 1)
    assert same(c.queue.waiting, durations(2, *minutes(25, 25, 25.8, 26)))
    assert c.queue.service.count == 0
    assert (h.queue.issued, h.queue.service.count, h.queue.service.median) == (0, 1, 600)
    assert (g.queue.issued, g.queue.open, g.queue.waiting.count) == (1, 1, 0)
    assert sum(row.queue.issued for row in report.by_service) == report.queue.issued

    counters = {row.number: row for row in report.by_counter}
    five, six = counters[5], counters[6]
    assert (five.handled, five.served, five.no_show, five.transferred_out) == (3, 3, 0, 0)
    assert (six.handled, six.served, six.no_show, six.transferred_out) == (2, 1, 1, 1)
    assert same(five.service, durations(3, *minutes(15, 10, 26, 30)))
    assert counters[1].handled == 0

    staff = {row.username: row for row in report.by_staff}
    assert set(staff) == {"clerk1", "clerk2"}
    assert (staff["clerk1"].handled, staff["clerk1"].served) == (3, 3)
    assert (staff["clerk2"].handled, staff["clerk2"].no_show, staff["clerk2"].transferred_out) == (
        2,
        1,
        1,
    )

    hours = {row.hour: row for row in report.by_hour}
    assert sorted(hours) == [9, 10]
    # Arrivals: A001 A002 A003 C001 C002 at 9, A004 G001 at 10. Finishes: 09:21 09:31,
    # then 10:11 10:19. C001's last call was 09:59: its no-show is in the 9 o'clock hour,
    # although it was marked at 10:01.
    assert (hours[9].arrivals, hours[9].served, hours[9].no_show) == (5, 2, 1)
    assert (hours[10].arrivals, hours[10].served, hours[10].no_show) == (2, 2, 0)
    assert hours[9].mean_wait == pytest.approx(22.8 * 60)
    assert hours[10].mean_wait is None  # neither A004 nor G001 was ever called
    # Waits of 10, 20, 24, 26 and 34 minutes in 5-minute buckets, then wider ones.
    buckets = {(b.lower_minutes, b.upper_minutes): b.count for b in report.wait_distribution}
    assert buckets == {
        (0, 5): 0,
        (5, 10): 0,
        (10, 15): 1,
        (15, 20): 0,
        (20, 30): 3,
        (30, 45): 1,
        (45, 60): 0,
        (60, None): 0,
    }

    assert report.current is not None  # today: the live hall is included
    waiting_now = {s.code: s.waiting for s in report.current.services}
    assert waiting_now == {code: int(code == "G") for code in "ABCDEFGH"}


def test_a_past_day_does_not_change(session: Session) -> None:
    build_day(session)
    during = day_report(session, MANAGER, DAY, now=at(10, 30))
    close_day(session, SYSTEM, day=DAY, now=at(17, 30))
    closed = day_report(session, MANAGER, DAY, now=at(9, day=NEXT_DAY))
    # Closing the day is the one change to a past day: G001 expires instead of staying open.
    assert (closed.queue.open, closed.queue.expired) == (0, 1)
    assert closed.queue.accounted == closed.queue.issued == during.queue.issued
    assert closed.queue.waiting == during.queue.waiting
    assert closed.queue.service == during.queue.service
    assert closed.by_hour == during.by_hour
    assert closed.current is None
    # The next day goes on: more tickets, calls and a rating-free close. Day one stays put.
    clerk = add_staff(session, "clerk3")
    q.issue_ticket(session, SYSTEM, "A", now=at(9, day=NEXT_DAY))
    q.call_next(session, clerk, 5, open_if_closed=True, now=at(9, 1, day=NEXT_DAY))
    q.start_service(session, clerk, 5, now=at(9, 2, day=NEXT_DAY))
    q.finish_service(session, clerk, 5, now=at(9, 3, day=NEXT_DAY))
    later = day_report(session, MANAGER, DAY, now=at(12, day=NEXT_DAY + timedelta(days=30)))
    assert figures(later) == figures(closed)
    assert later.generated_at != closed.generated_at


# --- the day boundary ---------------------------------------------------------------------


def test_a_day_ends_at_local_midnight(session: Session) -> None:
    """23:50 Beijing time is 15:50 UTC and 00:10 the next morning is 16:10 UTC: both on the
    same UTC date, but on two service days."""
    clerk = add_staff(session, "night")
    late = q.issue_ticket(session, SYSTEM, "A", now=at(23, 50))
    q.call_next(session, clerk, 5, open_if_closed=True, now=at(23, 55))
    q.start_service(session, clerk, 5, now=at(23, 56))
    early = q.issue_ticket(session, SYSTEM, "A", now=at(0, 10, day=NEXT_DAY))
    q.finish_service(session, clerk, 5, now=at(0, 6, day=NEXT_DAY))
    assert (late.service_day, early.service_day) == (DAY, NEXT_DAY)
    assert at(23, 50).date() == at(0, 10, day=NEXT_DAY).date()  # one UTC date

    first = day_report(session, MANAGER, DAY, now=at(9, day=NEXT_DAY))
    assert (first.queue.issued, first.queue.served) == (1, 1)
    # Served from 23:56 to 00:06: ten minutes across midnight, counted on the day it began.
    assert first.queue.service == durations(1, 600, 600, 600, 600)
    assert first.queue.waiting == durations(1, 300, 300, 300, 300)
    assert [(h.hour, h.arrivals, h.served) for h in first.by_hour] == [(0, 0, 1), (23, 1, 0)]

    second = day_report(session, MANAGER, NEXT_DAY, now=at(9, day=NEXT_DAY))
    assert (second.queue.issued, second.queue.open) == (1, 1)
    assert [(h.hour, h.arrivals) for h in second.by_hour] == [(0, 1)]
    assert second.current is not None

    both = range_report(session, MANAGER, DAY, NEXT_DAY, now=at(9, day=NEXT_DAY))
    assert (both.queue.issued, both.queue.served, both.queue.open) == (2, 1, 1)
    assert both.period.days == 2


# --- recalls, no-shows, transfers ---------------------------------------------------------


def test_recalls_count_for_no_shows_only(session: Session) -> None:
    """A resident who comes at the second call waited until the first call; a no-show after
    three recalls waited until the last call, and falls into the hour of that call."""
    clerk = add_staff(session, "caller")
    q.issue_ticket(session, SYSTEM, "A", now=at(9, 0))
    q.issue_ticket(session, SYSTEM, "A", now=at(9, 1))
    q.call_next(session, clerk, 5, open_if_closed=True, now=at(9, 10))  # A001: 10 min
    q.recall(session, clerk, 5, now=at(9, 12))
    q.start_service(session, clerk, 5, now=at(9, 13))
    q.finish_service(session, clerk, 5, now=at(9, 20))
    q.call_next(session, clerk, 5, now=at(9, 51))  # A002 first call: 50 min
    for minute in (53, 55, 57):
        q.recall(session, clerk, 5, now=at(9, minute))  # last call 09:57: 56 min
    no_show = q.recall(session, clerk, 5, now=at(10, 1))
    assert (no_show.status, no_show.call_count) == ("no_show", 4)

    report = day_report(session, MANAGER, DAY, now=at(12))
    # Waits 10 and 56 minutes: median 33, p90 10 + 0.9 * 46 = 51.4.
    assert same(report.queue.waiting, durations(2, *minutes(33, 33, 51.4, 56)))
    assert same(report.queue.service, durations(1, *minutes(7, 7, 7, 7)))
    assert (report.queue.served, report.queue.no_show) == (1, 1)
    assert report.queue.over_target == 1  # 56 > 20; by its first call (50) it would be too
    assert [(h.hour, h.no_show) for h in report.by_hour] == [(9, 1)]
    buckets = {b.lower_minutes: b.count for b in report.wait_distribution}
    assert (buckets[10], buckets[45]) == (1, 1)  # 56 min is in 45-60, not 60+ or 30-45


def test_a_no_show_marked_at_once_counts_its_only_call(session: Session) -> None:
    clerk = add_staff(session, "quick")
    q.issue_ticket(session, SYSTEM, "C", now=at(14, 0))
    q.call_next(session, clerk, 6, open_if_closed=True, now=at(14, 7))
    q.mark_no_show(session, clerk, 6, now=at(14, 9))
    report = day_report(session, MANAGER, DAY, now=at(15))
    assert report.queue.no_show == 1
    assert report.queue.waiting == durations(1, 420, 420, 420, 420)
    counters = {row.number: row for row in report.by_counter}
    assert (counters[6].handled, counters[6].no_show, counters[6].served) == (1, 1, 0)


def test_transfers(session: Session) -> None:
    """B001 is served 4 min at counter 1, sent to D, then to E, and finished at counter 7."""
    first = add_staff(session, "first")
    second = add_staff(session, "second")
    q.issue_ticket(session, SYSTEM, "B", now=at(11, 0))
    q.call_next(session, first, 1, open_if_closed=True, now=at(11, 2))
    q.start_service(session, first, 1, now=at(11, 3))
    q.transfer(session, first, 1, "D", now=at(11, 7))
    q.call_next(session, second, 7, open_if_closed=True, now=at(11, 10))
    q.start_service(session, second, 7, now=at(11, 11))
    q.transfer(session, second, 7, "E", note="企业登记", now=at(11, 12))
    q.call_next(session, second, 7, now=at(11, 13))
    q.start_service(session, second, 7, now=at(11, 14))
    q.finish_service(session, second, 7, now=at(11, 26))

    report = day_report(session, MANAGER, DAY, now=at(12))
    assert (report.queue.issued, report.queue.served, report.queue.transferred) == (1, 1, 1)
    assert report.queue.waiting == durations(1, 120, 120, 120, 120)  # to its first call
    assert report.queue.service == durations(1, 720, 720, 720, 720)  # its last part only
    rows = by_code(report)
    assert (rows["B"].queue.issued, rows["B"].queue.served, rows["B"].queue.transferred) == (
        1,
        1,
        1,
    )
    assert (rows["E"].queue.issued, rows["E"].queue.service.count) == (0, 1)
    counters = {row.number: row for row in report.by_counter}
    # Transfers out are counted where they were made; the ticket belongs to its last counter.
    assert (counters[1].transferred_out, counters[1].handled) == (1, 0)
    assert (counters[7].transferred_out, counters[7].handled, counters[7].served) == (1, 1, 1)
    staff = {row.username: row for row in report.by_staff}
    assert (staff["first"].transferred_out, staff["first"].handled) == (1, 0)
    assert (staff["second"].transferred_out, staff["second"].served) == (1, 1)


# --- percentiles --------------------------------------------------------------------------


def test_medians_and_percentiles_by_hand(session: Session) -> None:
    """Percentiles interpolate between ranks like PostgreSQL's percentile_cont: the value at
    rank (n - 1) * p, counting from 0, between its two neighbours."""
    waits = {
        "A": [60, 120, 120, 300, 600, 900, 1200, 1800, 2400, 3600],  # n = 10, a tie
        "B": [300],  # n = 1
        "C": [200, 100],  # n = 2
    }
    for code, values in waits.items():
        for number, seconds in enumerate(values, 1):
            insert_ticket(
                session, code, number, issued=at(9, number), waited=seconds, served=seconds
            )
    session.commit()
    report = day_report(session, MANAGER, DAY, now=at(12, day=NEXT_DAY))
    rows = by_code(report)
    # A: median at rank 4.5: (600 + 900) / 2 = 750; p90 at rank 8.1: 2400 + 0.1 * 1200 = 2520
    assert same(rows["A"].queue.waiting, durations(10, 1110, 750, 2520, 3600))
    assert rows["B"].queue.waiting == durations(1, 300, 300, 300, 300)
    # C: median at rank 0.5: 150; p90 at rank 0.9: 100 + 0.9 * 100 = 190
    assert same(rows["C"].queue.waiting, durations(2, 150, 150, 190, 200))
    # All 13: 60 100 120 120 200 300 300 600 900 1200 1800 2400 3600, sum 11700.
    # Median at rank 6: 300; p90 at rank 10.8: 1800 + 0.8 * 600 = 2280.
    assert same(report.queue.waiting, durations(13, 900, 300, 2280, 3600))
    assert same(report.queue.service, report.queue.waiting)
    assert same(rows["A"].queue.service, rows["A"].queue.waiting)


# --- who may read -------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.COUNTER, Role.KIOSK, Role.MEDIATOR, Role.RATING_PANEL])
def test_only_managers_and_admins_read_statistics(session: Session, role: Role) -> None:
    actor = Actor("someone", role)
    with pytest.raises(PermissionDenied):
        day_report(session, actor, DAY)
    with pytest.raises(PermissionDenied):
        range_report(session, actor, DAY, NEXT_DAY)


def test_managers_and_admins_may(session: Session) -> None:
    for role in (Role.MANAGER, Role.ADMIN, Role.SYSTEM):
        assert day_report(session, Actor("boss", role), DAY).queue.issued == 0


def test_a_range_must_run_forwards(session: Session) -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        range_report(session, MANAGER, NEXT_DAY, DAY)
    with pytest.raises(ValidationError, match="at most"):
        range_report(session, MANAGER, date(2000, 1, 1), DAY)
