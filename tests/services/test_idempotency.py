"""Issuing, calling and printing happen once even when the COMMIT was cut: the retry with the
same idempotency key returns the first result. The cut is real: a loopback proxy in front of
PostgreSQL lets the COMMIT through and drops the connection before its answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import DatabaseUnavailable, ValidationError
from services.queue import ops as queue_ops
from services.queue import print_jobs
from services.queue.idempotency import new_key, run_once
from services.storage.db import Database, open_database, translate_outage
from services.storage.models import PrintJob, Ticket
from tests.conftest import MORNING
from tests.databases import PostgresFactory
from tests.services.cutting_proxy import CuttingProxy
from tests.services.queue_helpers import Clock


def _count(database: Database, model: Any) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_same_key_returns_the_first_ticket(database: Database) -> None:
    clock = Clock(MORNING)
    key = new_key()
    with database.writer() as session:
        first = queue_ops.issue_ticket(session, SYSTEM, "A", idempotency_key=key, now=clock.tick())
        again = queue_ops.issue_ticket(session, SYSTEM, "A", idempotency_key=key, now=clock.tick())
        other = queue_ops.issue_ticket(session, SYSTEM, "A", now=clock.tick())
        assert again == first
        assert other.code == "A002"
        called_key = new_key()
        called = queue_ops.call_next(
            session, SYSTEM, 1, open_if_closed=True, idempotency_key=called_key, now=clock.tick()
        )
        assert called.code == "A001"
        repeat = queue_ops.call_next(session, SYSTEM, 1, idempotency_key=called_key)
        assert repeat == called  # not A002: the counter still has A001
        with pytest.raises(ValidationError, match="another operation"):
            queue_ops.issue_ticket(session, SYSTEM, "A", idempotency_key=called_key)
    assert _count(database, Ticket) == 2


@pytest.fixture
def cut_database(postgres_factory: PostgresFactory) -> Any:
    url = make_url(postgres_factory.new_url())
    with CuttingProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        database = open_database(
            url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        )
        yield database, proxy
        database.dispose()


Operation = Callable[[Session, str | None], Any]

OPERATIONS: dict[str, tuple[Operation, Any]] = {
    "issue": (
        lambda s, key: queue_ops.issue_ticket(s, SYSTEM, "A", idempotency_key=key),
        Ticket,
    ),
    "print": (
        lambda s, key: print_jobs.enqueue(
            s,
            printer="kiosk-1",
            document_kind="ticket",
            document_ref="A001",
            data=b"\x1b@ticket",
            idempotency_key=key,
        ),
        PrintJob,
    ),
}


@pytest.mark.postgres
@pytest.mark.parametrize("name", OPERATIONS)
def test_a_retry_after_a_cut_commit_does_it_once(cut_database: Any, name: str) -> None:
    database, proxy = cut_database
    operation, table = OPERATIONS[name]
    key = new_key()
    proxy.cut_next_commit()
    with pytest.raises(DatabaseUnavailable), translate_outage(), database.writer() as session:
        operation(session, key)
    assert proxy.commits_cut == 1
    assert _count(database, table) == 1  # the server did commit

    result = run_once(database, operation, key=key)
    assert _count(database, table) == 1
    again = run_once(database, operation, key=key)
    assert again == result

    # Without a key the same retry does it twice: what the key is for.
    proxy.cut_next_commit()
    with pytest.raises(DatabaseUnavailable), translate_outage(), database.writer() as session:
        operation(session, None)
    run_once(database, lambda s, _key: operation(s, None))
    assert _count(database, table) == 3


@pytest.mark.postgres
def test_a_call_whose_commit_was_cut_is_not_repeated(cut_database: Any) -> None:
    database, proxy = cut_database
    with database.writer() as session:
        for _ in range(2):
            queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.open_counter(session, SYSTEM, 1)
    key = new_key()
    proxy.cut_next_commit()
    with pytest.raises(DatabaseUnavailable), translate_outage(), database.writer() as session:
        queue_ops.call_next(session, SYSTEM, 1, idempotency_key=key)
    called = run_once(
        database, lambda s, k: queue_ops.call_next(s, SYSTEM, 1, idempotency_key=k), key=key
    )
    assert called.code == "A001"
    with database.reader() as session:
        statuses = dict(session.execute(select(Ticket.code, Ticket.status)).all())
    assert statuses == {"A001": "called", "A002": "waiting"}
