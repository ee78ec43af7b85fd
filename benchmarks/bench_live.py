"""Benchmark 5: from a call in one process to the call arriving in another process.

This process calls tickets (``queue_ops.call_next``, then start and finish so the counter is
free again) at random intervals of 50-250 ms. Two other processes listen at the same time:
the hall display window (offscreen) with its live feed, whose recent-calls model is where a
call "arrives", and, as the baseline, the least a process can do to learn of a call (raw
``LISTEN`` on PostgreSQL; on SQLite a poll of the newest event id at the same interval as ours).

Latency is measured from the commit of the call (the operation returned) to the arrival,
median and p99; the time from the click (the operation started) is printed too.
Targets: p99 under 1 s on both databases, under 100 ms on PostgreSQL.

Run: python benchmarks/bench_live.py [--quick] [--no-postgres]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Databases, Report, Row, median, ms, percentile

CHILD = Path(__file__).resolve().parent / "live_child.py"
TARGET_P99 = {"sqlite": 1.0, "postgresql": 0.1}


class Listener:
    """A child process and the arrival time of each ticket code it reports."""

    def __init__(self, mode: str, url: str) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        env.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")
        self.mode = mode
        self.arrived: dict[str, float] = {}
        self.ready = threading.Event()
        self._process = subprocess.Popen(
            [sys.executable, str(CHILD), mode, url],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        assert self._process.stdout is not None
        for line in self._process.stdout:
            parts = line.split()
            if parts[:1] == ["READY"]:
                self.ready.set()
            elif parts[:1] == ["ARRIVED"] and parts[1] not in self.arrived:
                self.arrived[parts[1]] = float(parts[2])

    def wait_ready(self, timeout: float = 90.0) -> None:
        if not self.ready.wait(timeout):
            self.stop()
            raise RuntimeError(f"the {self.mode} listener did not start")

    def stop(self) -> None:
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)


def run(kind: str, databases: Databases, calls: int) -> dict[str, list[float]]:
    from services.core.actors import SYSTEM
    from services.queue import ops as queue_ops
    from services.storage.db import open_database

    url = databases.new_url(kind)
    database = open_database(url)
    with database.writer() as session:
        for n in range(calls):
            queue_ops.issue_ticket(session, SYSTEM, "ABCD"[n % 4])
    listeners = [Listener("display", url), Listener("raw", url)]
    try:
        for listener in listeners:
            listener.wait_ready()
        time.sleep(1.0)  # let the display's first reads settle
        rng = random.Random(5)
        sent: dict[str, tuple[float, float]] = {}
        for _ in range(calls):
            time.sleep(rng.uniform(0.05, 0.25))
            clicked = time.time()
            with database.writer() as session:
                ticket = queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True)
            sent[ticket.code] = (clicked, time.time())
            with database.writer() as session:
                queue_ops.start_service(session, SYSTEM, 1)
                queue_ops.finish_service(session, SYSTEM, 1)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(
            len(listener.arrived.keys() & sent.keys()) < len(sent) for listener in listeners
        ):
            time.sleep(0.1)
    finally:
        for listener in listeners:
            listener.stop()
        database.dispose()
    results: dict[str, list[float]] = {}
    for listener in listeners:
        missing = sent.keys() - listener.arrived.keys()
        if missing:
            print(f"  {listener.mode}: {len(missing)} of {len(sent)} calls never arrived")
        results[f"{listener.mode}_commit"] = [
            listener.arrived[code] - committed
            for code, (_clicked, committed) in sent.items()
            if code in listener.arrived
        ]
        results[f"{listener.mode}_click"] = [
            listener.arrived[code] - clicked
            for code, (clicked, _committed) in sent.items()
            if code in listener.arrived
        ]
        results[f"{listener.mode}_missing"] = [float(len(missing))]
    return results


def main(quick: bool = False, postgres: bool = True, report: Report | None = None) -> Report:
    from benchmarks.common import pg_admin_url

    report = report or Report()
    calls = 40 if quick else 200
    databases = Databases(pg_admin_url() if postgres else None)
    try:
        for kind in databases.kinds():
            r = run(kind, databases, calls)
            ours, base = r["display_commit"], r["raw_commit"]
            click = r["display_click"]
            print(
                f"{kind}, {calls} calls: display model median {ms(median(ours))}, "
                f"p99 {ms(percentile(ours, 0.99))} after the commit "
                f"(median {ms(median(click))}, p99 {ms(percentile(click, 0.99))} after the "
                f"click); raw listener median {ms(median(base))}, p99 {ms(percentile(base, 0.99))}"
            )
            target = TARGET_P99[kind]
            lost = int(r["display_missing"][0])
            report.add(
                Row(
                    "5 live update",
                    f"call -> display model, {kind}",
                    f"median {ms(median(ours))}, p99 {ms(percentile(ours, 0.99))}",
                    f"median {ms(median(base))}, p99 {ms(percentile(base, 0.99))}",
                    median(ours) / median(base),
                    f"p99 < {ms(target)}" + (f"; {lost} lost" if lost else ""),
                    percentile(ours, 0.99) < target and lost == 0,
                )
            )
    finally:
        databases.close()
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    main(args.quick, not args.no_postgres)
