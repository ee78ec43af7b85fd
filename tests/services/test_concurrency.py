"""Many stations at once: 8 processes issue tickets while 4 processes call next.

No number is given out twice, no ticket is called twice, and no issued ticket is lost, on a
SQLite file and on a real PostgreSQL server.
"""

from __future__ import annotations

import multiprocessing
import random
import time
from collections import Counter as Tally
from collections import defaultdict

import pytest
from sqlalchemy import select

from services.core.actors import SYSTEM
from services.core.errors import QueueEmpty
from services.queue import ops as q
from services.storage.db import open_database
from services.storage.models import QueueEvent, Ticket

ISSUERS = 8
CALLERS = 4
TICKETS_PER_ISSUER = 20
SERVICES = "ACG"


def _issuer(url: str, seed: int, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    rng = random.Random(seed)
    database = open_database(url)
    codes = []
    for _ in range(TICKETS_PER_ISSUER):
        with database.writer() as session:
            codes.append(q.issue_ticket(session, SYSTEM, rng.choice(SERVICES)).code)
    database.dispose()
    results.put(("issued", codes))


def _caller(
    url: str, counter: int, stop: multiprocessing.Event, results: multiprocessing.Queue
) -> None:  # type: ignore[type-arg]
    database = open_database(url)
    called = []
    while True:
        issuing_done = stop.is_set()
        with database.writer() as session:
            try:
                ticket = q.call_next(session, SYSTEM, counter, open_if_closed=True)
            except QueueEmpty:
                if issuing_done:
                    break
                time.sleep(0.01)
                continue
            called.append(ticket.code)
            q.start_service(session, SYSTEM, counter)
            q.finish_service(session, SYSTEM, counter)
    database.dispose()
    results.put(("called", called))


def _run_stations(url: str) -> tuple[list[str], list[str]]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    stop = context.Event()
    callers = [
        context.Process(target=_caller, args=(url, n, stop, results)) for n in range(1, CALLERS + 1)
    ]
    issuers = [
        context.Process(target=_issuer, args=(url, seed, results)) for seed in range(ISSUERS)
    ]
    for process in callers + issuers:
        process.start()
    outputs = [results.get(timeout=240) for _ in issuers]
    stop.set()
    outputs += [results.get(timeout=240) for _ in callers]
    for process in callers + issuers:
        process.join(timeout=60)
        assert process.exitcode == 0
    issued = [code for kind, codes in outputs if kind == "issued" for code in codes]
    called = [code for kind, codes in outputs if kind == "called" for code in codes]
    return issued, called


@pytest.mark.slow
def test_concurrent_issuers_and_callers(db_url: str) -> None:
    issued, called = _run_stations(db_url)

    total = ISSUERS * TICKETS_PER_ISSUER
    assert len(issued) == total
    assert len(set(issued)) == total, "a number was given out twice"
    assert sorted(called) == sorted(issued), "a ticket was lost or called twice"

    database = open_database(db_url)
    with database.reader() as session:
        rows = session.execute(select(Ticket.code, Ticket.number, Ticket.status)).all()
        calls = Tally(
            session.scalars(select(QueueEvent.ticket_id).where(QueueEvent.kind == "called"))
        )
    database.dispose()
    assert len(rows) == total
    assert {status for _, _, status in rows} == {"done"}
    assert set(calls.values()) == {1}, "a ticket was called by two counters"
    by_letter: dict[str, list[int]] = defaultdict(list)
    for code, number, _ in rows:
        by_letter[code[0]].append(number)
    for numbers in by_letter.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
