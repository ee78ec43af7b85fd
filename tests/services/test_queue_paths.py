"""Issuing and calling through the fast path and through the full ORM operation write the same
rows: each scenario runs twice on fresh databases, once as production does (fast path first)
and once with the fast path declining every call, and the ``ticket``, ``queue_event`` and
``audit_log`` rows are compared column by column (ids aside, which both number alike)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import QueueEmpty
from services.queue import ops as queue_ops
from services.queue.tickets import TicketInfo
from services.storage.db import open_database
from tests.conftest import MORNING
from tests.services.queue_helpers import Clock, fast_path_off, written_rows

Scenario = Callable[[Session, Clock], list[TicketInfo | str]]


def _busy_morning(session: Session, clock: Clock) -> list[TicketInfo | str]:
    """Walk-ins and green channels over two services, two counters calling in turn."""
    answers: list[TicketInfo | str] = []
    for service, priority in [
        ("A", None),
        ("A", "elderly"),
        ("B", None),
        ("A", None),
        ("B", "pregnant"),
    ]:
        answers.append(
            queue_ops.issue_ticket(session, SYSTEM, service, priority=priority, now=clock.tick())
        )
    queue_ops.open_counter(session, SYSTEM, 1, now=clock.tick())
    queue_ops.open_counter(session, SYSTEM, 2, now=clock.tick())
    for counter in (1, 2, 1, 2):
        answers.append(queue_ops.call_next(session, SYSTEM, counter, now=clock.tick()))
        queue_ops.start_service(session, SYSTEM, counter, now=clock.tick(40))
        queue_ops.finish_service(session, SYSTEM, counter, now=clock.tick(200))
    return answers


def _closed_counter_and_empty_queue(session: Session, clock: Clock) -> list[TicketInfo | str]:
    """The cases the fast path hands back: a closed counter opened by the call, nobody left."""
    answers: list[TicketInfo | str] = [
        queue_ops.issue_ticket(session, SYSTEM, "A", now=clock.tick()),
        queue_ops.call_next(session, SYSTEM, 3, open_if_closed=True, now=clock.tick()),
    ]
    queue_ops.start_service(session, SYSTEM, 3, now=clock.tick(20))
    queue_ops.finish_service(session, SYSTEM, 3, now=clock.tick(120))
    try:
        queue_ops.call_next(session, SYSTEM, 3, now=clock.tick())
    except QueueEmpty as empty:
        answers.append(type(empty).__name__)
    return answers


def _busy_counter_and_english_ticket(session: Session, clock: Clock) -> list[TicketInfo | str]:
    """A counter still serving someone is refused; an English ticket keeps its language."""
    answers: list[TicketInfo | str] = [
        queue_ops.issue_ticket(session, SYSTEM, "A", language="en", now=clock.tick()),
        queue_ops.issue_ticket(session, SYSTEM, "A", now=clock.tick()),
        queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True, now=clock.tick()),
    ]
    try:
        queue_ops.call_next(session, SYSTEM, 1, now=clock.tick())
    except Exception as refused:  # the typed error is part of what must match
        answers.append(type(refused).__name__)
    return answers


SCENARIOS: dict[str, Scenario] = {
    "busy morning": _busy_morning,
    "closed counter, empty queue": _closed_counter_and_empty_queue,
    "busy counter, English ticket": _busy_counter_and_english_ticket,
}


def _run(url: str, scenario: Scenario) -> tuple[list[TicketInfo | str], dict[str, Any]]:
    database = open_database(url)
    try:
        with database.writer() as session:
            answers = scenario(session, Clock(MORNING))
        with database.reader() as session:
            return answers, written_rows(session)
    finally:
        database.dispose()


@pytest.mark.parametrize("name", SCENARIOS)
def test_both_paths_write_the_same_rows(
    name: str,
    db_url: str,
    request: pytest.FixtureRequest,
) -> None:
    factory_name = "sqlite_factory" if db_url.startswith("sqlite") else "postgres_factory"
    second_url: str = request.getfixturevalue(factory_name).new_url()
    scenario = SCENARIOS[name]

    fast_answers, fast_rows = _run(db_url, scenario)
    with fast_path_off():
        orm_answers, orm_rows = _run(second_url, scenario)

    assert fast_answers == orm_answers
    for table in ("ticket", "queue_event", "audit_log"):
        assert fast_rows[table] == orm_rows[table], table
    assert fast_rows["ticket"], "the scenario issued nothing"
