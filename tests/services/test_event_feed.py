"""The live feed delivers events committed by another process within a second, in order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from services.core.actors import SYSTEM
from services.core.event_feed import EventWatcher, FeedEvent
from services.core.journal import record_event
from services.storage.db import Database, open_database
from tests.databases import PostgresFactory

ROOT = Path(__file__).resolve().parents[2]


def _cli(db_url: str, *args: str) -> None:
    env = {**os.environ, "CIVICDESK_DB": db_url}
    subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def test_events_from_another_process_arrive_in_order(database: Database, db_url: str) -> None:
    received: list[FeedEvent] = []
    arrived = threading.Condition()
    online: list[bool] = []

    def on_events(batch: list[FeedEvent]) -> None:
        with arrived:
            received.extend(batch)
            arrived.notify_all()

    watcher = EventWatcher(database, on_events, online.append)
    watcher.start()
    try:
        deadline = time.monotonic() + 10
        while not online and time.monotonic() < deadline:
            time.sleep(0.05)
        assert online == [True]
        _cli(db_url, "ticket", "issue", "--service", "A")
        _cli(db_url, "ticket", "issue", "--service", "A")
        finished = time.monotonic()
        _cli(db_url, "ticket", "call-next", "--counter", "3")
        called_at = time.monotonic()
        with arrived:
            arrived.wait_for(lambda: any(e.kind == "called" for e in received), timeout=5)
        seen = time.monotonic()
        assert seen - called_at < 1.0 or seen - finished < 2.0
    finally:
        watcher.stop()
    kinds = [e.kind for e in received]
    assert kinds == ["issued", "issued", "counter_opened", "called"]
    call = received[-1]
    assert (call.ticket_code, call.counter_number, call.service_code) == ("A001", 3, "A")
    assert [e.id for e in received] == sorted(e.id for e in received)


@pytest.fixture
def postgres_url(postgres_factory: PostgresFactory) -> str:
    return postgres_factory.new_url()


@pytest.mark.postgres
def test_an_event_committed_after_a_newer_one_still_arrives(postgres_url: str) -> None:
    """Ids are taken at insert and made visible at commit: a transaction that took id N and
    commits after the one that took N+1 must not be skipped (a display would never show
    that call)."""
    received: list[FeedEvent] = []
    arrived = threading.Condition()

    def on_events(batch: list[FeedEvent]) -> None:
        with arrived:
            received.extend(batch)
            arrived.notify_all()

    def kinds() -> list[str]:
        return [event.kind for event in received]

    database = open_database(postgres_url)
    watcher = EventWatcher(database, on_events)
    watcher.start()
    slow = database.writer()
    try:
        _wait_online(watcher)
        today = date.today()
        record_event(slow, SYSTEM, "slow_call", at=datetime.now(UTC), day=today)
        with database.writer() as fast:
            record_event(fast, SYSTEM, "fast_call", at=datetime.now(UTC), day=today)
            fast.commit()
        with arrived:
            assert arrived.wait_for(lambda: "fast_call" in kinds(), timeout=5)
        slow.commit()
        with arrived:
            assert arrived.wait_for(lambda: "slow_call" in kinds(), timeout=5), kinds()
    finally:
        slow.close()
        watcher.stop()
        database.dispose()
    assert kinds() == ["fast_call", "slow_call"]
    assert len({event.id for event in received}) == 2


def _wait_online(watcher: EventWatcher) -> None:
    deadline = time.monotonic() + 10
    while watcher.last_id is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert watcher.last_id is not None
