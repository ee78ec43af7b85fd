"""Every queue rule and transition of DESIGN.md, legal and illegal, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor, Role, kiosk_actor
from services.core.errors import (
    AlreadyTaken,
    CounterBusy,
    DayStillOpen,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    QueueEmpty,
    ValidationError,
)
from services.queue import ops as q
from services.queue.day_close import close_day
from services.queue.reads import queue_status
from services.storage.db import Database
from tests.conftest import MORNING
from tests.services.queue_helpers import Clock, counts, event_kinds, statuses

MEDIATION_ROOM = 8  # serves only F


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


def issue(session: Session, clock: Clock, service: str, **kw: object) -> q.TicketInfo:
    return q.issue_ticket(session, SYSTEM, service, now=clock.tick(), **kw)  # type: ignore[arg-type]


def call(session: Session, clock: Clock, counter: int) -> q.TicketInfo:
    return q.call_next(session, SYSTEM, counter, open_if_closed=True, now=clock.tick())


def test_numbers_are_per_service_and_restart_every_day(session: Session, clock: Clock) -> None:
    codes = [issue(session, clock, s).code for s in "AABAB"]
    assert codes == ["A001", "A002", "B001", "A003", "B002"]
    clock.tick(24 * 3600)
    tomorrow = issue(session, clock, "A")
    assert (tomorrow.code, tomorrow.service_day) == ("A001", (MORNING + timedelta(days=1)).date())


@pytest.mark.parametrize(
    ("utc", "local_day"),
    [
        (datetime(2026, 11, 30, 15, 59, tzinfo=UTC), "2026-11-30"),  # 23:59 in Beijing
        (datetime(2026, 11, 30, 16, 1, tzinfo=UTC), "2026-12-01"),  # 00:01 the next day
        (datetime(2026, 11, 30, 9, 30, tzinfo=UTC), "2026-11-30"),  # 17:30, after office hours
    ],
)
def test_service_day_is_the_local_date(session: Session, utc: datetime, local_day: str) -> None:
    ticket = q.issue_ticket(session, SYSTEM, "A", now=utc)
    assert ticket.service_day.isoformat() == local_day
    assert ticket.barcode == f"T-{local_day.replace('-', '')}-A001"


def test_call_next_takes_priority_then_transferred_then_oldest(
    session: Session, clock: Clock
) -> None:
    issue(session, clock, "A")  # A001 plain, oldest
    issue(session, clock, "A")  # A002 plain
    issue(session, clock, "C")  # C001, will be transferred to A
    issue(session, clock, "A", priority="elderly")  # A003 green channel, newest
    # Move C001 into A's queue via counter 6 (serves C and H).
    assert call(session, clock, 6).code == "C001"
    q.start_service(session, SYSTEM, 6, now=clock.tick())
    moved = q.transfer(session, SYSTEM, 6, "A", note="pension question", now=clock.tick())
    assert (moved.code, moved.service_code, moved.status, moved.transferred) == (
        "C001",
        "A",
        "waiting",
        True,
    )
    order = []
    for _ in range(4):
        order.append(call(session, clock, 5).code)  # social security desk serves A and G
        q.start_service(session, SYSTEM, 5, now=clock.tick())
        q.finish_service(session, SYSTEM, 5, now=clock.tick())
    assert order == ["A003", "C001", "A001", "A002"]


def test_call_next_only_takes_services_the_counter_serves(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    with pytest.raises(QueueEmpty, match="counter 8"):
        call(session, clock, MEDIATION_ROOM)
    issue(session, clock, "F")
    assert call(session, clock, MEDIATION_ROOM).code == "F001"


def test_queue_empty_keeps_the_counter_open(session: Session, clock: Clock) -> None:
    with pytest.raises(QueueEmpty):
        call(session, clock, 2)
    assert (
        next(c for c in queue_status(session, now=clock.now).counters if c.number == 2).state
        == "open"
    )


def test_closed_and_paused_counters_do_not_call(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    with pytest.raises(InvalidTransition, match="closed"):
        q.call_next(session, SYSTEM, 1, now=clock.tick())
    q.open_counter(session, SYSTEM, 1, now=clock.tick())
    q.pause_counter(session, SYSTEM, 1, now=clock.tick())
    with pytest.raises(InvalidTransition, match="paused"):
        q.call_next(session, SYSTEM, 1, now=clock.tick())
    q.open_counter(session, SYSTEM, 1, now=clock.tick())
    assert q.call_next(session, SYSTEM, 1, now=clock.tick()).code == "A001"


def test_a_counter_serves_one_ticket_at_a_time(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    issue(session, clock, "A")
    call(session, clock, 1)
    with pytest.raises(CounterBusy, match="A001"):
        call(session, clock, 1)
    with pytest.raises(CounterBusy):
        q.pause_counter(session, SYSTEM, 1, now=clock.tick())
    with pytest.raises(CounterBusy):
        q.close_counter(session, SYSTEM, 1, now=clock.tick())


def test_recall_counts_up_to_the_limit_then_no_show(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    call(session, clock, 1)
    for expected_calls in (2, 3, 4):
        recalled = q.recall(session, SYSTEM, 1, now=clock.tick())
        assert (recalled.status, recalled.call_count) == ("called", expected_calls)
    final = q.recall(session, SYSTEM, 1, now=clock.tick())
    assert final.status == "no_show"
    assert event_kinds(session, "A001") == [
        "issued",
        "called",
        "recalled",
        "recalled",
        "recalled",
        "no_show",
    ]
    with pytest.raises(InvalidTransition, match="no ticket"):
        q.recall(session, SYSTEM, 1, now=clock.tick())


def test_a_ticket_called_again_has_its_whole_recall_allowance(
    session: Session, clock: Clock
) -> None:
    issue(session, clock, "A")
    call(session, clock, 1)
    for _ in range(3):
        q.recall(session, SYSTEM, 1, now=clock.tick())
    assert q.recall(session, SYSTEM, 1, now=clock.tick()).status == "no_show"
    q.reinstate_no_show(session, SYSTEM, "A001", now=clock.tick())  # the resident came back
    again = call(session, clock, 1)
    assert (again.status, again.recalls, again.call_count) == ("called", 0, 5)
    for expected in (1, 2, 3):
        recalled = q.recall(session, SYSTEM, 1, now=clock.tick())
        assert (recalled.status, recalled.recalls) == ("called", expected)
    held = q.hold_current(session, SYSTEM, 1, 5, now=clock.tick())
    assert held.status == "held"
    after_hold = q.call_ticket(session, SYSTEM, 1, "A001", now=clock.tick(600))
    assert (after_hold.recalls, after_hold.call_count) == (0, 9)
    assert q.recall(session, SYSTEM, 1, now=clock.tick()).status == "called"


def test_reinstated_no_show_rejoins_behind_those_waiting(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    issue(session, clock, "A")
    call(session, clock, 1)
    assert q.mark_no_show(session, SYSTEM, 1, now=clock.tick()).status == "no_show"
    back = q.reinstate_no_show(session, SYSTEM, "A001", now=clock.tick())
    assert (back.status, back.ahead) == ("waiting", 1)
    assert call(session, clock, 1).code == "A002"
    with pytest.raises(InvalidTransition, match="reinstate"):
        q.reinstate_no_show(session, SYSTEM, "A002", now=clock.tick())


def test_start_and_finish_only_in_order(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    call(session, clock, 1)
    started = q.start_service(session, SYSTEM, 1, now=clock.tick())
    assert started.status == "serving"
    assert started.started_at is not None
    with pytest.raises(InvalidTransition, match="recall"):
        q.recall(session, SYSTEM, 1, now=clock.tick())
    with pytest.raises(InvalidTransition, match="no-show"):
        q.mark_no_show(session, SYSTEM, 1, now=clock.tick())
    done = q.finish_service(session, SYSTEM, 1, now=clock.tick(300))
    assert done.status == "done"
    assert done.finished_at is not None
    assert q.current_ticket(session, 1) is None


def test_transfer_rules(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    call(session, clock, 1)
    with pytest.raises(InvalidTransition, match="transfer"):
        q.transfer(session, SYSTEM, 1, "B", now=clock.tick())
    q.start_service(session, SYSTEM, 1, now=clock.tick())
    with pytest.raises(InvalidTransition, match="already in service A"):
        q.transfer(session, SYSTEM, 1, "A", now=clock.tick())
    with pytest.raises(NotFound):
        q.transfer(session, SYSTEM, 1, "Z", now=clock.tick())
    with pytest.raises(ValidationError):
        q.transfer(session, SYSTEM, 1, "B", note="x" * 201, now=clock.tick())
    moved = q.transfer(session, SYSTEM, 1, "B", now=clock.tick())
    assert (moved.code, moved.service_code, moved.counter_number) == ("A001", "B", None)
    assert q.current_ticket(session, 1) is None


def test_held_ticket_waits_out_its_minutes(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    issue(session, clock, "A")
    call(session, clock, 1)
    held = q.hold_current(session, SYSTEM, 1, 5, now=clock.tick())
    assert held.status == "held"
    assert held.counter_number is None
    assert call(session, clock, 1).code == "A002"
    q.start_service(session, SYSTEM, 1, now=clock.tick())
    q.finish_service(session, SYSTEM, 1, now=clock.tick())
    with pytest.raises(QueueEmpty):
        call(session, clock, 1)
    clock.tick(5 * 60)
    again = call(session, clock, 1)
    assert (again.code, again.call_count) == ("A001", 2)
    with pytest.raises(ValidationError):
        q.hold_current(session, SYSTEM, 1, 0, now=clock.tick())


def test_waiting_ticket_can_be_held_and_cancelled(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    issue(session, clock, "A")
    q.hold_ticket(session, SYSTEM, "A001", 10, now=clock.tick())
    assert q.cancel_ticket(session, SYSTEM, "A001", now=clock.tick()).status == "cancelled"
    call(session, clock, 1)
    with pytest.raises(InvalidTransition, match="cancel"):
        q.cancel_ticket(session, SYSTEM, "A002", now=clock.tick())
    with pytest.raises(NotFound):
        q.cancel_ticket(session, SYSTEM, "A999", now=clock.tick())


def test_call_a_particular_ticket_and_lose_the_race(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    issue(session, clock, "A")
    q.open_counter(session, SYSTEM, 5, now=clock.tick())
    q.open_counter(session, SYSTEM, 1, now=clock.tick())
    assert q.call_ticket(session, SYSTEM, 5, "A002", now=clock.tick()).counter_number == 5
    with pytest.raises(AlreadyTaken, match="already called by counter 5"):
        q.call_ticket(session, SYSTEM, 1, "A002", now=clock.tick())


def test_day_close_expires_every_open_ticket(session: Session, clock: Clock) -> None:
    for service in "AAAB":
        issue(session, clock, service)
    call(session, clock, 1)
    call(session, clock, 2)
    q.start_service(session, SYSTEM, 2, now=clock.tick())
    q.hold_ticket(session, SYSTEM, "A003", 30, now=clock.tick())
    with pytest.raises(DayStillOpen) as refused:  # 10:00, the center is open
        close_day(session, SYSTEM, now=clock.tick())
    assert refused.value.params["count"] == 4
    assert set(statuses(session).values()) != {"expired"}
    result = close_day(session, SYSTEM, now=clock.tick(), force=True)
    assert result.expired == 4
    assert result.expired_by_status == {"called": 1, "serving": 1, "held": 1, "waiting": 1}
    assert set(statuses(session).values()) == {"expired"}
    assert all(c.state == "closed" for c in queue_status(session, now=clock.now).counters)


def test_people_ahead_and_estimated_wait(session: Session, clock: Clock) -> None:
    first = issue(session, clock, "G")
    assert (first.ahead, first.estimated_wait_minutes) == (0, 0)
    second = issue(session, clock, "G")
    third = issue(session, clock, "G")
    assert (second.ahead, third.ahead) == (1, 2)
    # Nobody served yet: the default service time (6 min) shared by one counter.
    assert third.estimated_wait_minutes == 12
    q.open_counter(session, SYSTEM, 1, now=clock.tick())
    q.open_counter(session, SYSTEM, 5, now=clock.tick())
    fourth = issue(session, clock, "G")
    assert (fourth.ahead, fourth.estimated_wait_minutes) == (3, 9)  # 3 x 6 min over 2 counters
    priority = issue(session, clock, "G", priority="disability")
    assert priority.ahead == 0


def test_every_operation_writes_an_event_and_an_audit_row(session: Session, clock: Clock) -> None:
    steps = [
        lambda: issue(session, clock, "A"),
        lambda: call(session, clock, 1),  # opens the counter too: two events
        lambda: q.recall(session, SYSTEM, 1, now=clock.tick()),
        lambda: q.start_service(session, SYSTEM, 1, now=clock.tick()),
        lambda: q.finish_service(session, SYSTEM, 1, now=clock.tick()),
        lambda: q.pause_counter(session, SYSTEM, 1, now=clock.tick()),
        lambda: q.close_counter(session, SYSTEM, 1, now=clock.tick()),
    ]
    expected_new = [1, 2, 1, 1, 1, 1, 1]
    for step, new in zip(steps, expected_new, strict=True):
        before = counts(session)
        step()
        after = counts(session)
        assert after == (before[0] + new, before[1] + new)


def test_a_refused_operation_changes_nothing(session: Session, clock: Clock) -> None:
    issue(session, clock, "A")
    before = (counts(session), statuses(session))
    with pytest.raises(InvalidTransition):
        q.start_service(session, SYSTEM, 1, now=clock.tick())
    session.rollback()
    assert (counts(session), statuses(session)) == before


def test_roles_are_enforced_in_the_domain(session: Session, clock: Clock) -> None:
    kiosk = kiosk_actor()
    issue(session, clock, "A")
    assert q.issue_ticket(session, kiosk, "A", now=clock.tick()).code == "A002"
    with pytest.raises(PermissionDenied):
        q.call_next(session, kiosk, 1, open_if_closed=True, now=clock.tick())
    clerk = Actor("clerk", Role.COUNTER, staff_id=None)
    with pytest.raises(PermissionDenied):
        close_day(session, clerk, now=clock.tick())
    admin = Actor("admin", Role.ADMIN, staff_id=1)
    with pytest.raises(PermissionDenied):
        q.call_next(session, admin, 1, open_if_closed=True, now=clock.tick())


def test_counter_staff_cannot_work_another_clerks_counter(database: Database, clock: Clock) -> None:
    from services.accounts.staff import add_user

    with database.writer() as session:
        alice = add_user(session, SYSTEM, "alice", role="counter", password="alice-secret")
        bob = add_user(session, SYSTEM, "bob", role="counter", password="bob-secret-1")
        issue(session, clock, "A")
        q.open_counter(session, alice.actor(), 3, now=clock.tick())
        with pytest.raises(PermissionDenied, match="another staff member"):
            q.call_next(session, bob.actor(), 3, now=clock.tick())
        called = q.call_next(session, alice.actor(), 3, now=clock.tick())
        assert called.counter_number == 3


def test_bad_inputs_are_refused_clearly(session: Session, clock: Clock) -> None:
    with pytest.raises(ValidationError, match="priority"):
        issue(session, clock, "A", priority="vip")
    with pytest.raises(ValidationError, match="language"):
        issue(session, clock, "A", language="fr")
    with pytest.raises(NotFound, match="counter number 99"):
        q.call_next(session, SYSTEM, 99, open_if_closed=True, now=clock.tick())
    with pytest.raises(ValueError, match="aware"):
        q.issue_ticket(session, SYSTEM, "A", now=datetime(2026, 11, 30, 10, 0))


def test_every_ticket_operation_takes_the_scanned_form(session: Session, clock: Clock) -> None:
    first, second, third = (issue(session, clock, "A") for _ in range(3))
    assert second.barcode == f"T-{second.service_day:%Y%m%d}-A002"
    for number in (2, 3, 4):
        q.open_counter(session, SYSTEM, number, now=clock.tick())
    called = q.call_ticket(session, SYSTEM, 2, second.barcode.lower(), now=clock.tick())
    assert (called.code, called.status) == ("A002", "called")
    cancelled = q.cancel_ticket(session, SYSTEM, f" {third.barcode} ", now=clock.tick())
    assert (cancelled.code, cancelled.status) == ("A003", "cancelled")
    q.call_ticket(session, SYSTEM, 3, first.barcode, now=clock.tick())
    q.mark_no_show(session, SYSTEM, 3, now=clock.tick())
    back = q.reinstate_no_show(session, SYSTEM, first.barcode, now=clock.tick())
    assert (back.code, back.status) == ("A001", "waiting")

    yesterday = f"T-{second.service_day - timedelta(days=1):%Y%m%d}-A001"
    with pytest.raises(NotFound, match="not a ticket of the service day"):
        q.call_ticket(session, SYSTEM, 4, yesterday, now=clock.tick())
    with pytest.raises(NotFound, match="no ticket"):
        q.call_ticket(session, SYSTEM, 4, "T-20261399-A001", now=clock.tick())
