"""Deadline arithmetic and the list of cases that need action today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import PermissionDenied
from services.mediation import deadlines as mediation_deadlines
from services.mediation import directory as mediation_directory
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.storage.db import Database
from tests.services.mediation_helpers import (
    KIOSK,
    Clock,
    body_id,
    new_case_in,
    register,
)

D = date(2026, 11, 30)  # the day of tests.conftest.MORNING in Beijing


def test_target_is_30_days_and_an_extension_adds_15() -> None:
    assert mediation_deadlines.mediation_target(D) == date(2026, 12, 30)
    assert mediation_deadlines.extended_target(mediation_deadlines.mediation_target(D)) == date(
        2027, 1, 14
    )
    assert (mediation_deadlines.MEDIATION_TARGET_DAYS, mediation_deadlines.EXTENSION_DAYS) == (
        30,
        15,
    )


@pytest.mark.parametrize(
    ("applied_on", "inside"),
    [
        (D - timedelta(days=1), False),
        (D, True),
        (D + timedelta(days=30), True),  # day 30: the last allowed day
        (D + timedelta(days=31), False),  # day 31: refused
    ],
)
def test_confirmation_window_boundaries(applied_on: date, inside: bool) -> None:
    assert mediation_deadlines.confirmation_window_end(D) == date(2026, 12, 30)
    assert mediation_deadlines.within_confirmation_window(D, applied_on) is inside


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        mediation_directory.seed_receiving_bodies(s)
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _summary(items: list[mediation_deadlines.ActionItem]) -> list[tuple[str, str, int, bool]]:
    """(case, reason, days after D, overdue) for each item."""
    return [(i.case_number[-1], i.reason, (i.due - D).days, i.overdue) for i in items]


def test_cases_needing_action_by_day(session: Session, clock: Clock) -> None:
    accepted = new_case_in(session, clock, "accepted")  # M-...1: target D+30
    referred = mediation_transitions.refer(  # M-...2: feedback due D+5
        session,
        SYSTEM,
        register(session, clock).id,
        channel="administrative",
        receiving_body_id=body_id(session, "administrative"),
        feedback_due=D + timedelta(days=5),
        now=clock.tick(),
    )
    agreed = new_case_in(session, clock, "in_mediation")  # M-...3
    mediation_transitions.agree(
        session,
        SYSTEM,
        agreed.id,
        kind="written",
        terms=[("支付维修费2000元", D + timedelta(days=10))],
        effective=D,
        now=clock.tick(),
    )
    scheduled = new_case_in(session, clock, "accepted")  # M-...4: session on D+2
    mediation_transitions.schedule(
        session, SYSTEM, scheduled.id, on=D + timedelta(days=2), now=clock.tick()
    )
    new_case_in(session, clock, "declined")  # M-...5: nothing to do
    assert [accepted.number[-1], referred.number[-1], agreed.number[-1]] == ["1", "2", "3"]

    def due(day: int, lead: int = 3) -> list[tuple[str, str, int, bool]]:
        today = D + timedelta(days=day)
        return _summary(
            mediation_deadlines.cases_needing_action(session, SYSTEM, today, lead_days=lead)
        )

    assert due(0) == [("4", "session_due", 2, False)]
    assert due(3) == [("4", "session_due", 2, True), ("2", "feedback_due", 5, False)]
    assert due(6) == [("4", "session_due", 2, True), ("2", "feedback_due", 5, True)]
    assert due(11) == [
        ("4", "session_due", 2, True),
        ("2", "feedback_due", 5, True),
        ("3", "performance_due", 10, True),
    ]
    assert due(27)[-3:] == [
        ("1", "mediation_due", 30, False),
        ("3", "confirmation_window", 30, False),
        ("4", "mediation_due", 30, False),
    ]
    day_31 = due(31)
    assert ("3", "confirmation_window", 30, False) not in day_31  # the window has closed
    assert ("1", "mediation_due", 30, True) in day_31
    assert due(10, lead=0) == [
        ("4", "session_due", 2, True),
        ("2", "feedback_due", 5, True),
        ("3", "performance_due", 10, False),
    ]
    item = mediation_deadlines.cases_needing_action(session, SYSTEM, D + timedelta(days=11))[-1]
    assert (item.case_number, item.state, item.detail) == (
        agreed.number,
        "agreed",
        "支付维修费2000元",
    )

    # Acting on a case clears its reminder.
    clock.days(11)
    mediation_transitions.fulfil_term(
        session, SYSTEM, agreed.id, 1, fulfilled_on=clock.today, now=clock.tick()
    )
    mediation_transitions.acknowledge(
        session, SYSTEM, referred.id, now=clock.tick()
    )  # still awaiting feedback
    mediation_transitions.receive_result(
        session, SYSTEM, referred.id, resolved=True, summary="已调解", now=clock.tick()
    )
    mediation_transitions.record_session(
        session, SYSTEM, scheduled.id, held_on=clock.today, mediators="赵", now=clock.tick()
    )
    assert due(11) == []
    # An extension moves the target by 15 days.
    mediation_transitions.extend(
        session,
        SYSTEM,
        accepted.id,
        applicant_consent=True,
        respondent_consent=True,
        consent_note="双方同意",
        now=clock.tick(),
    )
    assert due(31) == [("4", "mediation_due", 30, True)]
    assert due(45) == [("4", "mediation_due", 30, True), ("1", "mediation_due", 45, False)]


def test_overdue_filter_and_flag_follow_the_reminders(session: Session, clock: Clock) -> None:
    late = mediation_transitions.refer(
        session,
        SYSTEM,
        register(session, clock).id,
        channel="peoples",
        receiving_body_id=body_id(session),
        feedback_due=D + timedelta(days=1),
        now=clock.tick(),
    )
    on_time = new_case_in(session, clock, "accepted")
    in_two_days = clock.now + timedelta(days=2)
    overdue = mediation_queries.list_cases(session, SYSTEM, overdue=True, now=in_two_days)
    assert [c.number for c in overdue] == [late.number]
    assert overdue[0].overdue is True
    others = mediation_queries.list_cases(session, SYSTEM, overdue=False, now=in_two_days)
    assert [(c.number, c.overdue) for c in others] == [(on_time.number, False)]
    assert mediation_queries.list_cases(session, SYSTEM, overdue=True, now=clock.now) == []
    detail = mediation_queries.case_detail(session, SYSTEM, late.id, now=in_two_days)
    assert [(r.reason, r.overdue) for r in detail.reminders] == [("feedback_due", True)]


def test_the_kiosk_sees_no_cases(session: Session) -> None:
    with pytest.raises(PermissionDenied):
        mediation_deadlines.cases_needing_action(session, KIOSK, D)
