"""Kiosk and counter processes for the failover drill.

Each runs for a fixed time against a URL naming both servers, doing what a station does:
every operation goes through ``run_once`` with an idempotency key made before its first try,
and is retried with backoff while no writable primary answers. Each acknowledged result is
reported with the wall time it was acknowledged, so the drill can check that nothing
acknowledged was lost or done twice, and how soon every station carried on.
"""

from __future__ import annotations

import contextlib
import time
import traceback
from datetime import UTC, datetime, timedelta
from typing import Any

from services.core.actors import SYSTEM
from services.core.errors import CivicDeskError, QueueEmpty
from services.queue import ops as q
from services.queue.idempotency import run_once
from services.storage.db import open_database

# A Monday at 10:00 in Beijing: the drill's day runs on from here at wall-clock speed.
DAY_START = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
RETRY_DEADLINE = 60.0


def _now(wall_start: float) -> datetime:
    return DAY_START + timedelta(seconds=time.time() - wall_start)


def kiosk(url: str, index: int, wall_start: float, until: float, results: Any) -> None:
    try:
        database = open_database(url)
        service = "AB"[index % 2]
        issued: list[tuple[float, str, int, str]] = []
        while time.time() < until:
            ticket = run_once(
                database,
                lambda s, key: q.issue_ticket(
                    s, SYSTEM, service, idempotency_key=key, now=_now(wall_start)
                ),
                deadline_seconds=RETRY_DEADLINE,
            )
            issued.append((time.time(), ticket.code, ticket.id, ticket.service_day.isoformat()))
            time.sleep(0.05)
        database.dispose()
        results.put(("kiosk", index, issued))
    except BaseException:
        results.put(("error", index, traceback.format_exc()))


def counter(url: str, number: int, wall_start: float, until: float, results: Any) -> None:
    try:
        database = open_database(url)
        called: list[tuple[float, str, int]] = []
        finished: list[float] = []
        while time.time() < until:
            try:
                ticket = run_once(
                    database,
                    lambda s, key: q.call_next(
                        s,
                        SYSTEM,
                        number,
                        open_if_closed=True,
                        idempotency_key=key,
                        now=_now(wall_start),
                    ),
                    deadline_seconds=RETRY_DEADLINE,
                )
            except QueueEmpty:
                time.sleep(0.05)
                continue
            called.append((time.time(), ticket.code, ticket.id))
            for step in (q.start_service, q.finish_service):
                # CivicDeskError: the try whose COMMIT was cut had done it already.
                with contextlib.suppress(CivicDeskError):
                    run_once(
                        database,
                        lambda s, _key, step=step: step(s, SYSTEM, number, now=_now(wall_start)),
                        deadline_seconds=RETRY_DEADLINE,
                    )
            finished.append(time.time())
        database.dispose()
        results.put(("counter", number, {"called": called, "finished": finished}))
    except BaseException:
        results.put(("error", number, traceback.format_exc()))
