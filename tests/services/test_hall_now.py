"""The manager's view of the hall now, on SQLite and PostgreSQL: the longest wait against the
target, a line nobody serves, who sits at a counter and how long its ticket has been there
(the session and the clock of this folder's conftest: a Monday morning)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from services.accounts.staff import add_user
from services.core.actors import SYSTEM
from services.queue import ops as q
from services.queue.hall_now import (
    CALLED_TOO_LONG,
    NO_OPEN_COUNTER,
    OVER_TARGET,
    SERVING_TOO_LONG,
    hall_now,
)
from services.storage.models import Service
from tests.services.mediation_helpers import Clock

SOCIAL_SECURITY_DESK = 5  # serves A and G


def test_the_longest_wait_is_the_earliest_waiting_ticket_s(session: Session, clock: Clock) -> None:
    session.execute(update(Service).where(Service.code == "A").values(target_wait_minutes=15))
    session.commit()
    for _ in range(3):
        q.issue_ticket(session, SYSTEM, "A", now=clock.tick(60))
    q.issue_ticket(session, SYSTEM, "B", now=clock.tick(60))
    clock.tick(10 * 60)
    # The oldest is called away: the longest wait is now the second ticket's.
    q.call_next(session, SYSTEM, SOCIAL_SECURITY_DESK, open_if_closed=True, now=clock.now)
    hall = hall_now(session, now=clock.now)
    a = next(s for s in hall.services if s.code == "A")
    assert (a.waiting, a.open_counters, a.target_wait_minutes) == (2, 1, 15)
    assert a.longest_wait_minutes(hall.at) == 12  # issued at +2 min, read at +14 min
    assert a.alerts(hall.at) == ()
    assert a.alerts(hall.at + timedelta(minutes=4)) == (OVER_TARGET,)  # minutes pass on
    b = next(s for s in hall.services if s.code == "B")
    assert (b.waiting, b.open_counters) == (1, 0)
    assert b.alerts(hall.at) == (NO_OPEN_COUNTER,)
    assert (hall.total_waiting, hall.open_counters, hall.longest_wait_minutes(hall.at)) == (
        3,
        1,
        12,
    )
    quiet = next(s for s in hall.services if s.code not in "AB")
    assert quiet.longest_wait_minutes(hall.at) is None
    assert quiet.alerts(hall.at) == ()


def test_a_counter_shows_its_clerk_ticket_and_minutes(session: Session, clock: Clock) -> None:
    clerk = add_user(
        session, SYSTEM, "wang", role="counter", password="a-long-password", full_name="王丽"
    ).actor()
    for _ in range(5):
        q.issue_ticket(session, SYSTEM, "A", now=clock.tick())
    q.call_next(session, clerk, SOCIAL_SECURITY_DESK, open_if_closed=True, now=clock.tick())
    called = clock.now
    hall = hall_now(session, now=called + timedelta(minutes=6))
    desk = next(c for c in hall.counters if c.number == SOCIAL_SECURITY_DESK)
    assert (desk.state, desk.staff_name, desk.ticket_code, desk.ticket_status) == (
        "open",
        "王丽",
        "A001",
        "called",
    )
    assert desk.minutes_at_counter(hall.at) == 6
    assert desk.alerts(hall.at) == (CALLED_TOO_LONG,)
    assert desk.alerts(called + timedelta(minutes=4)) == ()
    closed = next(c for c in hall.counters if c.state == "closed")
    assert (closed.ticket_code, closed.minutes_at_counter(hall.at)) == (None, None)

    # Three services of 4 minutes make the average; a fourth at 9 minutes runs long.
    clock.now = called
    for _ in range(3):
        q.start_service(session, clerk, SOCIAL_SECURITY_DESK, now=clock.tick(60))
        q.finish_service(session, clerk, SOCIAL_SECURITY_DESK, now=clock.tick(4 * 60))
        q.call_next(session, clerk, SOCIAL_SECURITY_DESK, now=clock.tick(60))
    q.start_service(session, clerk, SOCIAL_SECURITY_DESK, now=clock.tick(60))
    hall = hall_now(session, now=clock.now + timedelta(minutes=9))
    desk = next(c for c in hall.counters if c.number == SOCIAL_SECURITY_DESK)
    assert (desk.ticket_code, desk.ticket_status) == ("A004", "serving")
    assert desk.minutes_at_counter(hall.at) == 9
    assert desk.usual_service_seconds == pytest.approx(4 * 60)
    assert desk.alerts(hall.at) == (SERVING_TOO_LONG,)
    assert desk.alerts(clock.now + timedelta(minutes=7)) == ()
