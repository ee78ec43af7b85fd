"""The live feed delivers events committed by another process within a second, in order."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from services.core.event_feed import EventWatcher, FeedEvent
from services.storage.db import Database

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
