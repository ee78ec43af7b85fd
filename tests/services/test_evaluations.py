"""Ratings (好差评): who may rate, once per finished visit, reasons for bad ratings, and the
follow-up a bad rating opens."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.casework.evaluations import (
    BAD_RATING_REASONS,
    SCORE_LABELS,
    close_follow_up,
    get_evaluation,
    open_follow_ups,
    ratable_ticket,
    rate_ticket,
    score_label,
)
from services.core.actors import SYSTEM, Actor, Role, kiosk_actor, rating_panel_actor
from services.core.errors import (
    AlreadyRated,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from services.queue import ops as q
from services.queue.tickets import TicketInfo
from services.storage.db import Database
from services.storage.models import QueueEvent
from tests.conftest import MORNING
from tests.services.casework_helpers import at_local, audit_actions, make_staff, serve

PANEL = rating_panel_actor(1)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def done(session: Session) -> TicketInfo:
    """A visit just finished at counter 1."""
    return serve(session, SYSTEM, 1, "A", MORNING, finish=True)


def test_the_labels() -> None:
    assert [(s.score, s.zh, s.en) for s in SCORE_LABELS] == [
        (5, "非常满意", "Very satisfied"),
        (4, "满意", "Satisfied"),
        (3, "基本满意", "Fairly satisfied"),
        (2, "不满意", "Dissatisfied"),
        (1, "非常不满意", "Very dissatisfied"),
    ]
    assert score_label(3).label("en") == "Fairly satisfied"
    codes = [r.code for r in BAD_RATING_REASONS]
    assert codes == [
        "long_wait",
        "attitude",
        "unclear_guidance",
        "repeated_trips",
        "complex_process",
        "other",
    ]
    assert all(r.zh and r.en for r in BAD_RATING_REASONS)


def test_a_good_rating(session: Session, done: TicketInfo) -> None:
    info = rate_ticket(
        session, PANEL, done.id, 5, comment=" 很快 ", now=MORNING + timedelta(minutes=1)
    )
    assert (info.score, info.score_zh, info.reason, info.comment) == (5, "非常满意", None, "很快")
    assert (info.ticket_code, info.counter_number, info.service_day) == ("A001", 1, MORNING.date())
    assert (info.follow_up_state, info.follow_up_due) == ("none", None)
    assert get_evaluation(session, SYSTEM, done.id) == info
    event = session.scalars(select(QueueEvent).where(QueueEvent.kind == "rated")).one()
    assert (event.ticket_id, event.details["score"]) == (done.id, 5)
    assert audit_actions(session, "evaluation.") == ["evaluation.rated"]


def test_once_per_ticket(session: Session, done: TicketInfo) -> None:
    rate_ticket(session, PANEL, done.id, 4, now=MORNING)
    with pytest.raises(AlreadyRated, match="A001 was already rated"):
        rate_ticket(session, PANEL, done.id, 1, "attitude", now=MORNING)
    assert issubclass(AlreadyRated, InvalidTransition)
    assert ratable_ticket(session, PANEL, 1, now=MORNING) is None


def test_only_finished_visits(session: Session) -> None:
    serving = serve(session, SYSTEM, 1, "A", MORNING)
    with pytest.raises(InvalidTransition, match="A001 is serving"):
        rate_ticket(session, PANEL, serving.id, 5, now=MORNING)
    waiting = q.issue_ticket(session, SYSTEM, "B", now=MORNING)
    with pytest.raises(InvalidTransition, match="B001 is waiting"):
        rate_ticket(session, PANEL, waiting.id, 5, now=MORNING)
    with pytest.raises(NotFound):
        rate_ticket(session, PANEL, 424242, 5, now=MORNING)


@pytest.mark.parametrize("role", [Role.COUNTER, Role.MANAGER, Role.ADMIN, Role.MEDIATOR])
def test_staff_cannot_rate(session: Session, done: TicketInfo, role: Role) -> None:
    staff = make_staff(session, f"user_{role.value}", role)
    with pytest.raises(PermissionDenied, match="staff cannot enter a rating for the resident"):
        rate_ticket(session, staff, done.id, 5, now=MORNING)
    assert get_evaluation(session, SYSTEM, done.id) is None


@pytest.mark.parametrize("actor", [SYSTEM, kiosk_actor()])
def test_the_system_and_the_kiosk_cannot_rate(
    session: Session, done: TicketInfo, actor: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        rate_ticket(session, actor, done.id, 5, now=MORNING)


def test_a_panel_rates_only_its_own_counter(session: Session, done: TicketInfo) -> None:
    with pytest.raises(PermissionDenied, match="counter 2"):
        rate_ticket(session, rating_panel_actor(2), done.id, 5, now=MORNING)
    assert ratable_ticket(session, rating_panel_actor(2), 2, now=MORNING) is None
    offered = ratable_ticket(session, PANEL, 1, now=MORNING)
    assert offered is not None
    assert offered.id == done.id
    with pytest.raises(PermissionDenied):
        ratable_ticket(session, SYSTEM, 1, now=MORNING)


@pytest.mark.parametrize(
    ("score", "reason", "message"),
    [
        (2, None, "A rating of 2 needs a reason"),
        (1, "  ", "A rating of 1 needs a reason"),
        (1, "rude", "Unknown reason 'rude'"),
        (4, "long_wait", "only with a rating of 1 or 2"),
        (0, None, "1 to 5"),
        (6, None, "1 to 5"),
        (True, None, "whole number"),
        ("5", None, "whole number"),
    ],
)
def test_scores_and_reasons_are_checked(
    session: Session, done: TicketInfo, score: object, reason: str | None, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        rate_ticket(session, PANEL, done.id, score, reason, now=MORNING)  # type: ignore[arg-type]


def test_a_bad_rating_opens_a_follow_up_due_in_15_working_days(
    session: Session, done: TicketInfo
) -> None:
    info = rate_ticket(session, PANEL, done.id, 2, "long_wait", "等了一个小时", now=MORNING)
    assert (info.score_en, info.reason) == ("Dissatisfied", "long_wait")
    assert info.follow_up_state == "open"
    assert info.follow_up_due == date(2026, 12, 21)  # Monday 30 Nov + 15 working days
    assert audit_actions(session, "evaluation.") == [
        "evaluation.rated",
        "evaluation.follow_up_opened",
    ]


def test_follow_ups_list_overdue_and_close(session: Session) -> None:
    first = serve(session, SYSTEM, 1, "A", MORNING, finish=True)
    second = serve(session, SYSTEM, 1, "B", MORNING + timedelta(minutes=5), finish=True)
    good = serve(session, SYSTEM, 1, "C", MORNING + timedelta(minutes=10), finish=True)
    early = rate_ticket(session, PANEL, first.id, 1, "attitude", now=MORNING)
    later = rate_ticket(session, PANEL, second.id, 2, "other", now=at_local(date(2026, 12, 3)))
    fine = rate_ticket(session, PANEL, good.id, 3, now=MORNING)
    manager = make_staff(session, "boss", Role.MANAGER)
    due_day = at_local(date(2026, 12, 21))
    listed = open_follow_ups(session, manager, now=due_day)
    assert [(e.id, e.follow_up_overdue) for e in listed] == [(early.id, False), (later.id, False)]
    listed = open_follow_ups(session, manager, now=due_day + timedelta(days=1))
    assert [(e.id, e.follow_up_overdue) for e in listed] == [(early.id, True), (later.id, False)]
    with pytest.raises(PermissionDenied):
        open_follow_ups(session, Actor("clerk", Role.COUNTER), now=due_day)
    with pytest.raises(PermissionDenied):
        close_follow_up(session, Actor("clerk", Role.COUNTER), early.id, "已回访", now=due_day)
    with pytest.raises(ValidationError, match="note cannot be empty"):
        close_follow_up(session, manager, early.id, " ", now=due_day)
    closed = close_follow_up(session, manager, early.id, "已电话回访，致歉", now=due_day)
    assert (closed.follow_up_state, closed.follow_up_note) == ("closed", "已电话回访，致歉")
    assert (closed.follow_up_closed_at, closed.follow_up_staff_id) == (due_day, manager.staff_id)
    assert [e.id for e in open_follow_ups(session, manager, now=due_day)] == [later.id]
    with pytest.raises(InvalidTransition, match="already closed"):
        close_follow_up(session, manager, early.id, "again", now=due_day)
    with pytest.raises(InvalidTransition, match="needs no follow-up"):
        close_follow_up(session, manager, fine.id, "n/a", now=due_day)
    with pytest.raises(NotFound):
        close_follow_up(session, manager, 424242, "n/a", now=due_day)
    assert audit_actions(session, "evaluation.follow_up_closed") == ["evaluation.follow_up_closed"]
