"""A hall at full size on PostgreSQL: 40 counters, 8 kiosks and 4 displays at once.

Every station is a process of its own working through the services, as the real ones do:
kiosks issue tickets, counters call, serve for a moment and finish, displays follow the live
feed (``EventWatcher``: ``LISTEN`` and the new events, what every window's live updates run
on). The figure is the time from a call's commit at a counter to its arrival at each
display, p99 over every call and display. The baseline is the same hall with 4 counters, in
the same run: the target is a p99 within 2x of it, with no error and no call lost.

    python -m benchmarks.bench_hall [--quick]      (needs CIVICDESK_TEST_PG_URL)
"""

from __future__ import annotations

import argparse
import multiprocessing
import queue
import random
import time
import traceback
from typing import Any

from benchmarks.common import Databases, Report, Row, ms, percentile, pg_admin_url

KIOSKS = 8
DISPLAYS = 4
TARGET_RATIO = 2.0


def _kiosk(url: str, index: int, opens: float, until: float, results: Any) -> None:
    try:
        from services.core.actors import Actor, Role
        from services.queue import ops as q
        from services.storage.db import open_database

        database = open_database(url)
        actor = Actor(f"kiosk-{index}", Role.KIOSK)
        rng = random.Random(index)
        issued = 0
        time.sleep(max(0.0, opens - time.time()))
        while time.time() < until:
            with database.writer() as session:
                q.issue_ticket(session, actor, rng.choice("ABCDEGH"))
            issued += 1
            time.sleep(rng.uniform(0.05, 0.3))
        database.dispose()
        results.put(("kiosk", issued))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _counter(url: str, number: int, opens: float, until: float, results: Any) -> None:
    try:
        from services.core.actors import SYSTEM
        from services.core.errors import QueueEmpty
        from services.queue import ops as q
        from services.storage.db import open_database

        database = open_database(url)
        rng = random.Random(number)
        calls: list[tuple[str, float]] = []
        time.sleep(max(0.0, opens - time.time()))
        while time.time() < until:
            try:
                with database.writer() as session:
                    ticket = q.call_next(session, SYSTEM, number, open_if_closed=True)
            except QueueEmpty:
                time.sleep(0.2)
                continue
            calls.append((f"{ticket.service_day}/{ticket.code}", time.time()))
            time.sleep(rng.uniform(0.5, 2.0))  # a short visit, the hall runs fast
            with database.writer() as session:
                q.start_service(session, SYSTEM, number)
                q.finish_service(session, SYSTEM, number)
        database.dispose()
        results.put(("counter", calls))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _display(url: str, until: float, results: Any) -> None:
    try:
        from services.core.event_feed import EventWatcher, FeedEvent
        from services.storage.db import open_database

        database = open_database(url)
        arrived: dict[str, float] = {}

        def on_events(batch: list[FeedEvent]) -> None:
            now = time.time()
            for event in batch:
                if event.kind == "called":
                    arrived.setdefault(f"{event.service_day}/{event.ticket_code}", now)

        watcher = EventWatcher(database, on_events)
        watcher.start()
        while time.time() < until + 5:  # the last calls still arrive
            time.sleep(0.2)
        watcher.stop()
        database.dispose()
        results.put(("display", arrived))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def hall(url: str, counters: int, seconds: float) -> tuple[list[float], int, int]:
    """Latencies (s) of every call at every display; calls made; calls lost at a display."""
    context = multiprocessing.get_context("spawn")
    results: Any = context.Queue()
    opens = time.time() + 20 + counters * 0.5  # every process is up and listening by then
    until = opens + seconds
    processes = [
        context.Process(target=_display, args=(url, until, results)) for _ in range(DISPLAYS)
    ]
    processes += [
        context.Process(target=_kiosk, args=(url, i, opens, until, results)) for i in range(KIOSKS)
    ]
    processes += [
        context.Process(target=_counter, args=(url, n, opens, until, results))
        for n in range(1, counters + 1)
    ]
    for process in processes:
        process.start()
    reports = []
    for _ in processes:
        try:
            reports.append(results.get(timeout=until - time.time() + 120))
        except queue.Empty:
            break
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
    errors = [r[1] for r in reports if r[0] == "error"]
    if errors:
        raise RuntimeError(errors[0])
    if len(reports) < len(processes):
        raise RuntimeError(f"only {len(reports)} of {len(processes)} stations reported back")
    calls = [call for kind, payload in reports if kind == "counter" for call in payload]
    displays = [payload for kind, payload in reports if kind == "display"]
    latencies, lost = [], 0
    for arrived in displays:
        for key, committed in calls:
            if key in arrived:
                latencies.append(max(0.0, arrived[key] - committed))
            else:
                lost += 1
    return latencies, len(calls), lost


def run(quick: bool, report: Report) -> None:
    admin = pg_admin_url()
    if admin is None:
        report.note("bench_hall: no PostgreSQL server (CIVICDESK_TEST_PG_URL); skipped")
        return
    seconds = 10.0 if quick else 40.0
    databases = Databases(admin)
    try:
        figures = {}
        for counters in (4, 40):
            url = databases.new_url("postgresql")
            latencies, calls, lost = hall(url, counters, seconds)
            figures[counters] = (percentile(latencies, 0.99), calls, lost)
            print(
                f"  {counters} counters: {calls} calls, p99 {ms(figures[counters][0])} "
                f"to {DISPLAYS} displays, {lost} lost"
            )
    finally:
        databases.close()
    (small, _, _), (big, calls, lost) = figures[4], figures[40]
    report.add(
        Row(
            "hall at full size",
            f"call -> display p99, 40 vs 4 counters, {KIOSKS} kiosks, {DISPLAYS} displays",
            f"{ms(big)} ({calls} calls, {lost} lost)",
            ms(small),
            big / small if small else None,
            f"<= {TARGET_RATIO:.0f}x, none lost",
            big <= TARGET_RATIO * small and lost == 0,
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    run(args.quick, Report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
