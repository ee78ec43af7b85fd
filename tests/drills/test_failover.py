"""Drill: the primary PostgreSQL server dies mid-day and its synchronous standby takes over.

A primary and a synchronous standby are made on loopback ports by the commands of
``docs/operations.md``, run verbatim. Four kiosk and four counter processes work against a
URL naming both hosts (``target_session_attrs=read-write``); the primary is killed with
``kill -9`` (postmaster and backends: a power cut), and the standby is promoted by the
documented command. Every station carries on within 15 seconds of the promotion, and on the
new primary every ticket whose issue was acknowledged exists exactly once, the numbers are
unique and gapless per service and day, and no ticket was called twice.

Gapless holds because commits are synchronous: a transaction the standby never received was
never acknowledged, its retry (same idempotency key) runs on the new primary, and the number
it had taken is taken again there.
"""

from __future__ import annotations

import multiprocessing
import re
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from services.storage.bootstrap import prepare_database
from services.storage.db import open_database
from services.storage.models import QueueEvent, Ticket
from tests.drills import failover_stations
from tests.drills.conftest import scaled
from tests.drills.own_postgres import (
    OwnServer,
    free_port,
    own_server_bin,
    own_server_directory,
)

pytestmark = [pytest.mark.soak, pytest.mark.postgres]

OPERATIONS_DOC = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
CARRY_ON_SECONDS = 15.0
KIOSKS = 4
COUNTERS = 4


def documented(name: str) -> str:
    """The commands of the block marked ``<!-- drill: NAME -->`` in docs/operations.md."""
    text = OPERATIONS_DOC.read_text(encoding="utf-8")
    match = re.search(rf"<!-- drill: {re.escape(name)} -->\n```\n(.*?)```", text, re.S)
    assert match, f"docs/operations.md has no drill block {name!r}"
    return match.group(1)


class Pair:
    """A primary and its synchronous standby, made as the operations guide says."""

    def __init__(self) -> None:
        bin_dir = own_server_bin()
        self.primary = OwnServer(bin_dir, own_server_directory())
        self.standby = OwnServer(bin_dir, own_server_directory())
        self.standby.port = free_port()
        if self.standby.as_root:  # pg_basebackup writes the standby's directory as postgres
            shutil.chown(self.standby.dir, "postgres", "postgres")
        self.env = {
            "PRIMARY_HOST": "127.0.0.1",
            "PRIMARY_PORT": str(self.primary.port),
            "PRIMARY_DATA": str(self.primary.dir / "data"),
            "STANDBY_HOST": "127.0.0.1",
            "STANDBY_PORT": str(self.standby.port),
            "STANDBY_DATA": str(self.standby.dir / "data"),
            "BACKUP_DIR": str(self.standby.dir / "backups"),
        }

    def run(self, block: str) -> str:
        return self.primary.shell(documented(block), self.env)

    @property
    def url(self) -> str:
        hosts = f"host=127.0.0.1:{self.primary.port}&host=127.0.0.1:{self.standby.port}"
        return f"postgresql://postgres@/civicdesk?{hosts}&target_session_attrs=read-write"

    def remove(self) -> None:
        self.standby.remove()
        self.primary.remove()


@pytest.fixture
def pair() -> Iterator[Pair]:
    made = Pair()
    try:
        made.primary.init()
        made.primary.start()
        made.primary.create_database()
        database = open_database(made.primary.url)
        prepare_database(database)
        database.dispose()
        made.run("primary-settings")
        made.run("make-standby")
        yield made
    finally:
        made.remove()


def test_the_hall_carries_on_after_the_primary_dies(pair: Pair) -> None:
    # The standby reports "async" for a moment after it connects, then "sync".
    deadline = time.monotonic() + 30
    while (state := pair.run("check-sync").strip()) != "civicdesk_standby|sync":
        assert time.monotonic() < deadline, state
        time.sleep(0.5)
    pair.run("base-backup")  # the documented backup works on this pair too
    assert list(Path(pair.env["BACKUP_DIR"]).glob("base-*/base.tar.gz"))

    context = multiprocessing.get_context("spawn")
    results: Any = context.Queue()
    wall_start = time.time()
    before_kill = max(4.0, 6.0 * min(1.0, scaled(1)))
    after_promotion = max(10.0, 12.0 * scaled(1))
    until = wall_start + before_kill + 2.0 + after_promotion
    processes = [
        context.Process(
            target=failover_stations.kiosk, args=(pair.url, i, wall_start, until, results)
        )
        for i in range(KIOSKS)
    ] + [
        context.Process(
            target=failover_stations.counter, args=(pair.url, n, wall_start, until, results)
        )
        for n in range(1, COUNTERS + 1)
    ]
    for process in processes:
        process.start()

    time.sleep(before_kill)
    pair.primary.kill_hard()
    time.sleep(2.0)  # the operator (or a watchdog) notices
    pair.run("promote")
    promoted_at = time.time()

    reports: list[tuple[str, int, Any]] = []
    for _ in processes:
        reports.append(results.get(timeout=until - time.time() + 120))
    for process in processes:
        process.join(timeout=30)
    errors = [report for report in reports if report[0] == "error"]
    assert not errors, errors

    kiosks = {index: issued for kind, index, issued in reports if kind == "kiosk"}
    counters = {number: log for kind, number, log in reports if kind == "counter"}
    assert len(kiosks) == KIOSKS
    assert len(counters) == COUNTERS

    # Every station carried on within 15 s of the promotion.
    for index, issued in kiosks.items():
        after = [at for at, *_ in issued if at > promoted_at]
        assert after, f"kiosk {index} issued nothing after the failover"
        assert after[0] - promoted_at <= CARRY_ON_SECONDS, (index, after[0] - promoted_at)
    for number, log in counters.items():
        after = [at for at in log["finished"] if at > promoted_at]
        assert after, f"counter {number} served nobody after the failover"
        assert after[0] - promoted_at <= CARRY_ON_SECONDS, (number, after[0] - promoted_at)

    new_primary = open_database(pair.url)
    with new_primary.reader() as session:
        tickets = session.execute(
            select(Ticket.id, Ticket.code, Ticket.number, Ticket.service_id, Ticket.service_day)
        ).all()
        calls = Counter(
            session.scalars(select(QueueEvent.ticket_id).where(QueueEvent.kind == "called"))
        )
    new_primary.dispose()

    acknowledged = {
        ticket_id: code for issued in kiosks.values() for _, code, ticket_id, _ in issued
    }
    assert sum(len(issued) for issued in kiosks.values()) == len(acknowledged)  # no id twice
    stored = {row.id: row.code for row in tickets}
    assert stored == acknowledged  # each acknowledged ticket exactly once, nothing else

    numbers: dict[tuple[int, Any], list[int]] = defaultdict(list)
    for row in tickets:
        numbers[(row.service_id, row.service_day)].append(row.number)
    for key, taken in numbers.items():
        assert sorted(taken) == list(range(1, len(taken) + 1)), key

    called_ids = [ticket_id for log in counters.values() for _, _, ticket_id in log["called"]]
    assert len(called_ids) == len(set(called_ids))  # no ticket called by two counters
    assert all(count == 1 for count in calls.values())  # nor twice by one
    assert set(called_ids) == set(calls)
