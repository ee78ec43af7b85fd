"""Request, rating and mediation statistics against rows written by hand.

The rows carry their whole later history (completions, closed follow-ups, later case moves),
as they would when the day is asked for again weeks later: the day's figures must be those
at the end of the day. Every answer is worked out in the test. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from services.stats.figures import Tally
from services.stats.report import day_report, range_report
from services.storage.db import Database
from tests.services.stats_casework_rows import (
    D,
    build_cases,
    build_ratings,
    build_requests,
    d,
    when,
)
from tests.services.stats_helpers import MANAGER


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


def tallies(items: tuple[Tally, ...]) -> dict[str, int]:
    return {t.code: t.count for t in items}


def test_requests_of_a_day(session: Session) -> None:
    build_requests(session)
    assert when(0, 7, 30).date() == d(-1)  # request 4 and 5 finished on D-1 by UTC
    total = day_report(session, MANAGER, D, now=when(40, 9)).requests.total
    # Accepted on D: 1 and 6. Finished on D: completed 3, 4, 5 (5 on time: D <= D; 4 is late
    # although its UTC date D-1 is its promised date), rejected 6, referred 7.
    # Overdue at the end of D: 2 (open, promised D-3) and 8 (open until D+1, promised D-10).
    assert (
        total.accepted,
        total.completed,
        total.completed_on_time,
        total.overdue,
        total.rejected,
        total.referred,
    ) == (2, 3, 1, 2, 1, 1)
    assert total.on_time_rate == pytest.approx(1 / 3)
    rows = {row.code: row.counts for row in day_report(session, MANAGER, D).requests.by_service}
    assert (rows["A"].accepted, rows["A"].completed, rows["A"].overdue) == (1, 3, 1)
    assert (rows["B"].accepted, rows["B"].rejected, rows["B"].referred, rows["B"].overdue) == (
        1,
        1,
        1,
        1,
    )
    assert rows["C"].accepted == 0


def test_requests_over_a_range_and_the_next_day(session: Session) -> None:
    build_requests(session)
    both = range_report(session, MANAGER, d(-1), D).requests.total
    # D-1 adds request 7's acceptance; overdue is judged at the end of D as before.
    assert (both.accepted, both.completed, both.overdue, both.referred) == (3, 3, 2, 1)
    after = day_report(session, MANAGER, d(1)).requests.total
    # On D+1: 9 accepted, 8 completed (late); overdue: 2 (promised D-3) only.
    assert (after.accepted, after.completed, after.completed_on_time, after.overdue) == (1, 1, 0, 1)


# --- ratings ------------------------------------------------------------------------------


def test_ratings_of_a_day(session: Session) -> None:
    counter_id = build_ratings(session)
    report = day_report(session, MANAGER, D, now=when(30, 9))
    ratings = report.ratings
    assert ratings.count == 8
    assert [(s.score, s.count) for s in ratings.by_score] == [
        (5, 2),
        (4, 1),
        (3, 1),
        (2, 2),
        (1, 2),
    ]
    assert (ratings.good, ratings.bad) == (3, 4)
    assert ratings.good_rate == pytest.approx(3 / 8)
    assert ratings.mean_score == pytest.approx(23 / 8)
    assert tallies(ratings.bad_reasons) == {"long_wait": 2, "attitude": 2}
    follow = ratings.follow_up
    assert (follow.open, follow.overdue, follow.closed) == (2, 1, 1)
    counter = next(row for row in report.by_counter if row.counter_id == counter_id)
    assert (counter.ratings.count, counter.ratings.good) == (8, 3)
    assert counter.ratings.mean_score == pytest.approx(23 / 8)
    staff = {row.username: row for row in report.by_staff}
    assert staff["rated"].ratings.good_rate == pytest.approx(3 / 8)
    # Two days later every follow-up but one is over: the day's figures stay as they were.
    assert day_report(session, MANAGER, D, now=when(60, 9)).ratings == ratings
    assert range_report(session, MANAGER, d(1), d(3)).ratings.count == 0


def test_mediation_of_a_day(session: Session) -> None:
    build_cases(session)
    m = day_report(session, MANAGER, D, now=when(30, 9)).mediation
    assert m.registered == 2  # M1 and M2
    assert tallies(m.by_type) == {"neighbour": 1, "labour": 1}
    assert tallies(m.by_source) == {"party_applied": 1, "police_transfer": 1}
    # At the end of D, not as the rows say now (M1 agreed, M2 result received).
    assert tallies(m.by_channel) == {"peoples": 1, "administrative": 1}
    assert tallies(m.by_state) == {"accepted": 1, "referred": 1}
    # Conclusions on D: M4 agreed (success), M5 not resolved after referral, M6 failed.
    assert (m.concluded, m.succeeded) == (3, 1)
    assert m.success_rate == pytest.approx(1 / 3)
    assert tallies(m.outcomes) == {
        "agreed": 1,
        "referral_resolved": 0,
        "failed": 1,
        "terminated": 0,
        "referral_unresolved": 1,
    }
    # Overdue at the end of D: M3 (in mediation, due D-10), M7 (feedback due D-1).
    assert m.overdue == 2
    # Open at the end of D: all but M6 (failed) and M8 (not confirmed).
    assert m.open_at_end == 6
    # Confirmation applied on D: M4 (confirmed only on D+2: pending) and M8 (not confirmed).
    assert (m.confirmation_applied, m.confirmed, m.not_confirmed, m.confirmation_pending) == (
        2,
        0,
        1,
        1,
    )


def test_mediation_later_days(session: Session) -> None:
    build_cases(session)
    later = range_report(session, MANAGER, d(1), d(5)).mediation
    # M2's referral resolved on D+3 and M1 agreed on D+5: two successes.
    assert (later.registered, later.concluded, later.succeeded) == (0, 2, 2)
    assert later.success_rate == 1.0
    assert tallies(later.outcomes)["referral_resolved"] == 1
    # M4 was confirmed on D+2 but applied on D: no application in this range.
    assert later.confirmation_applied == 0
    # At the end of D+5: M3 still overdue; M7 overdue; M1 agreed, M2 result received.
    assert later.overdue == 2
    whole = range_report(session, MANAGER, d(-40), d(5)).mediation
    assert whole.registered == 8
    assert tallies(whole.by_state) == {
        "agreed": 1,
        "result_received": 2,
        "in_mediation": 1,
        "confirmed": 1,
        "failed": 1,
        "referred": 1,
        "not_confirmed": 1,
    }
    assert tallies(whole.by_channel) == {"peoples": 6, "administrative": 1, "judicial": 1}
