"""A hall at full size on PostgreSQL: 40 counters, 8 kiosks and 4 displays at once.

Every station is a process of its own working through the services, as the real ones do:
kiosks issue tickets, counters call, serve for a moment and finish, displays follow the live
feed (``EventWatcher``: ``LISTEN`` and the new events, what every window's live updates run
on). The figure is the time from a call's commit at a counter to its arrival at each
display, p99 over every call and display. The baseline is the same hall with 4 counters, in
the same run: the target is a p99 within 2x of it, with no error and no call lost.

    python -m benchmarks.bench_hall [--quick]

It starts its own PostgreSQL server with the durability of production (``pg_server.py``).
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
READY_SECONDS = 300.0  # every station started and listening, even on a loaded machine


class _Start:
    """The morning's start, shared by every station process: each says when it is ready
    (its modules imported, its database open, a display's feed listening), then waits for
    the hall to open, so that slow process start-up is not measured as a slow hall."""

    def __init__(self, context: Any) -> None:
        self._go = context.Event()
        self._window = context.Array("d", 2)

    def open_for(self, seconds: float) -> None:
        self._window[0] = time.time()
        self._window[1] = self._window[0] + seconds
        self._go.set()

    def release(self) -> None:
        """Let every waiting station go home at once, when the morning failed to start."""
        if not self._go.is_set():
            self.open_for(0.0)

    def wait(self, results: Any, kind: str) -> float:
        """Report ready, wait for the opening; the time the hall closes."""
        results.put(("ready", kind))
        if not self._go.wait(READY_SECONDS):
            raise TimeoutError("the hall never opened")
        return float(self._window[1])


def _kiosk(url: str, index: int, start: _Start, results: Any) -> None:
    try:
        from services.core.actors import Actor, Role
        from services.queue import ops as q
        from services.storage.db import open_database

        database = open_database(url)
        actor = Actor(f"kiosk-{index}", Role.KIOSK)
        rng = random.Random(index)
        issued = 0
        until = start.wait(results, "kiosk")
        while time.time() < until:
            with database.writer() as session:
                q.issue_ticket(session, actor, rng.choice("ABCDEGH"))
            issued += 1
            time.sleep(rng.uniform(0.05, 0.3))
        database.dispose()
        results.put(("kiosk", issued))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _counter(url: str, number: int, start: _Start, results: Any) -> None:
    try:
        from services.core.actors import SYSTEM
        from services.core.errors import QueueEmpty
        from services.queue import ops as q
        from services.storage.db import open_database

        database = open_database(url)
        rng = random.Random(number)
        calls: list[tuple[str, float]] = []
        until = start.wait(results, "counter")
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


def _display(url: str, start: _Start, results: Any) -> None:
    try:
        import threading

        from services.core.event_feed import EventWatcher, FeedEvent
        from services.storage.db import open_database

        database = open_database(url)
        arrived: dict[str, float] = {}
        listening = threading.Event()

        def on_events(batch: list[FeedEvent]) -> None:
            now = time.time()
            for event in batch:
                if event.kind == "called":
                    arrived.setdefault(f"{event.service_day}/{event.ticket_code}", now)

        def on_online(online: bool) -> None:
            if online:
                listening.set()

        watcher = EventWatcher(database, on_events, on_online)
        watcher.start()
        if not listening.wait(READY_SECONDS):
            raise TimeoutError("the display's feed never came online")
        until = start.wait(results, "display")
        while time.time() < until + 5:  # the last calls still arrive
            time.sleep(0.2)
        watcher.stop()
        database.dispose()
        results.put(("display", arrived))
    except BaseException:
        results.put(("error", traceback.format_exc()))


def _add_general_windows(url: str, up_to: int) -> None:
    """Counters up to ``up_to`` beyond the seeded ones, each calling every service, as 1-4 do."""
    from services.admin.catalog import CounterFields, create_counter, list_counter_records
    from services.catalog.reads import list_services
    from services.core.actors import SYSTEM
    from services.storage.db import open_database

    database = open_database(url)
    try:
        with database.writer() as session:
            codes = tuple(service.code for service in list_services(session))
            taken = {counter.number for counter in list_counter_records(session, SYSTEM)}
        for number in range(1, up_to + 1):
            if number not in taken:
                fields = CounterFields(
                    number, f"综合窗口 {number}", f"General window {number}", codes
                )
                with database.writer() as session:
                    create_counter(session, SYSTEM, fields)
    finally:
        database.dispose()


def hall(url: str, counters: int, seconds: float) -> tuple[list[float], int, int, int]:
    """Latencies (s) of every call at every display; calls made; calls lost at a display;
    tickets issued."""
    _add_general_windows(url, counters)
    context = multiprocessing.get_context("spawn")
    results: Any = context.Queue()
    start = _Start(context)
    processes = [
        context.Process(target=_display, args=(url, start, results)) for _ in range(DISPLAYS)
    ]
    processes += [
        context.Process(target=_kiosk, args=(url, i, start, results)) for i in range(KIOSKS)
    ]
    processes += [
        context.Process(target=_counter, args=(url, n, start, results))
        for n in range(1, counters + 1)
    ]
    for process in processes:
        process.start()
    reports = []
    try:
        ready = 0
        while ready < len(processes):
            report = results.get(timeout=READY_SECONDS)
            if report[0] == "error":
                raise RuntimeError(report[1])
            ready += 1
        start.open_for(seconds)
        for _ in processes:
            reports.append(results.get(timeout=seconds + 120))
    except queue.Empty:
        pass
    finally:
        start.release()
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
    issued = sum(payload for kind, payload in reports if kind == "kiosk")
    return latencies, len(calls), lost, issued


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
            latencies, calls, lost, issued = hall(url, counters, seconds)
            figures[counters] = (percentile(latencies, 0.99), calls, lost)
            print(
                f"  {counters} counters: {issued} tickets, {calls} calls, "
                f"p99 {ms(figures[counters][0])} to {DISPLAYS} displays, {lost} lost"
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
    from benchmarks.pg_server import production_postgres

    with production_postgres():
        run(args.quick, Report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
