"""Random sequences of queue operations keep the invariants of DESIGN.md.

- no ticket is ever called by two counters;
- numbers are unique per day and service, and run 1..n without gaps;
- after day close every issued ticket is in exactly one final state;
- the fast path writes what the full ORM operation writes: every step runs on two databases,
  as production runs it and with the fast path declining every call, and the two answer
  alike and end with the same ``ticket``, ``queue_event`` and ``audit_log`` rows.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import CivicDeskError
from services.queue import ops as q
from services.queue.day_close import close_day
from services.queue.tickets import ACTIVE_AT_COUNTER, FINAL_STATUSES, TicketInfo
from services.storage.db import open_database
from services.storage.models import QueueEvent, Ticket
from tests.conftest import MORNING
from tests.databases import PostgresFactory, SqliteFactory
from tests.services.queue_helpers import fast_path_off, written_rows

COUNTERS = (1, 2, 5, 6, 8)
SERVICES = "ACFG"
# Events after which a ticket has left its counter and may be called again.
_RELEASES = {"held", "transferred", "reinstated"}


class QueueMachine(RuleBasedStateMachine):
    url_factory: SqliteFactory | PostgresFactory

    def __init__(self) -> None:
        super().__init__()
        self.database = open_database(self.url_factory.new_url())
        self.session = self.database.writer()
        self.twin_database = open_database(self.url_factory.new_url())
        self.twin = self.twin_database.writer()  # the same steps, without the fast path
        self.now = MORNING
        self.issued: list[str] = []

    def _tick(self, seconds: int) -> None:
        self.now += timedelta(seconds=seconds)

    def _attempt(self, op, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Run ``op`` on both databases (the twin without the fast path): the same answer or
        the same refusal. The answer, or ``None`` when refused."""
        ours = _answer(self.session, op, *args, now=self.now, **kwargs)
        with fast_path_off():
            theirs = _answer(self.twin, op, *args, now=self.now, **kwargs)
        assert ours == theirs
        return ours if isinstance(ours, TicketInfo) else None

    @rule(
        service=st.sampled_from(SERVICES),
        priority=st.sampled_from([None, None, None, "elderly"]),
        wait=st.integers(1, 120),
    )
    def issue(self, service: str, priority: str | None, wait: int) -> None:
        self._tick(wait)
        info = self._attempt(q.issue_ticket, service, priority=priority)
        assert info is not None
        self.issued.append(info.code)

    @rule(counter=st.sampled_from(COUNTERS), wait=st.integers(1, 300))
    def call_next(self, counter: int, wait: int) -> None:
        self._tick(wait)
        self._attempt(q.call_next, counter, open_if_closed=True)

    @rule(
        counter=st.sampled_from(COUNTERS),
        op=st.sampled_from([q.recall, q.start_service, q.finish_service, q.mark_no_show]),
    )
    def act_on_current(self, counter: int, op) -> None:  # type: ignore[no-untyped-def]
        self._tick(20)
        self._attempt(op, counter)

    @rule(counter=st.sampled_from(COUNTERS), service=st.sampled_from(SERVICES))
    def transfer(self, counter: int, service: str) -> None:
        self._tick(30)
        self._attempt(q.transfer, counter, service)

    @rule(counter=st.sampled_from(COUNTERS), minutes=st.integers(1, 15))
    def hold(self, counter: int, minutes: int) -> None:
        self._attempt(q.hold_current, counter, minutes)

    @rule(index=st.integers(0, 200))
    def cancel_or_reinstate(self, index: int) -> None:
        if self.issued:
            code = self.issued[index % len(self.issued)]
            self._attempt(q.cancel_ticket, code) or self._attempt(q.reinstate_no_show, code)

    @invariant()
    def one_counter_per_ticket_and_one_ticket_per_counter(self) -> None:
        active = self.session.execute(
            select(Ticket.code, Ticket.counter_id).where(Ticket.status.in_(ACTIVE_AT_COUNTER))
        ).all()
        assert all(counter_id is not None for _, counter_id in active)
        counter_ids = [counter_id for _, counter_id in active]
        assert len(counter_ids) == len(set(counter_ids))

    @invariant()
    def numbers_unique_and_gapless(self) -> None:
        numbers: dict[tuple[object, int], list[int]] = defaultdict(list)
        for day, service, number in self.session.execute(
            select(Ticket.service_day, Ticket.issue_service_id, Ticket.number)
        ):
            numbers[(day, service)].append(number)
        for found in numbers.values():
            assert sorted(found) == list(range(1, len(found) + 1))

    def teardown(self) -> None:
        try:
            self._tick(60)
            close_day(self.session, SYSTEM, now=self.now, force=True)
            close_day(self.twin, SYSTEM, now=self.now, force=True)
            assert written_rows(self.session) == written_rows(self.twin)
            tickets = self.session.execute(select(Ticket.code, Ticket.status)).all()
            assert len(tickets) == len(self.issued)
            assert all(status in FINAL_STATUSES for _, status in tickets)
            self._assert_never_called_while_at_a_counter()
        finally:
            self.session.close()
            self.twin.close()
            self.database.dispose()
            self.twin_database.dispose()

    def _assert_never_called_while_at_a_counter(self) -> None:
        at_counter: dict[int, int] = {}
        for ticket_id, kind, counter_id in self.session.execute(
            select(QueueEvent.ticket_id, QueueEvent.kind, QueueEvent.counter_id)
            .where(QueueEvent.ticket_id.is_not(None))
            .order_by(QueueEvent.id)
        ):
            if kind == "called":
                assert ticket_id not in at_counter, f"ticket {ticket_id} called twice"
                at_counter[ticket_id] = counter_id
            elif kind in _RELEASES or kind in {"finished", "no_show", "expired", "cancelled"}:
                at_counter.pop(ticket_id, None)


def _answer(session: Session, op, *args, **kwargs) -> TicketInfo | tuple[str, str]:  # type: ignore[no-untyped-def]
    try:
        return op(session, SYSTEM, *args, **kwargs)  # type: ignore[no-any-return]
    except CivicDeskError as refused:
        session.rollback()
        return type(refused).__name__, str(refused)


def _run(factory: SqliteFactory | PostgresFactory, examples: int) -> None:
    machine = type("Machine", (QueueMachine,), {"url_factory": factory})
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=examples,
            stateful_step_count=40,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_random_operations_keep_the_invariants_on_sqlite(sqlite_factory: SqliteFactory) -> None:
    _run(sqlite_factory, examples=25)


@pytest.mark.postgres
def test_random_operations_keep_the_invariants_on_postgres(
    postgres_factory: PostgresFactory,
) -> None:
    _run(postgres_factory, examples=10)
