"""Benchmark 4: from process start to the counter window's first paint, and its memory.

Ours: ``python benchmarks/startup_child.py counter URL``, which runs the real entry point
(``main.main(["counter", "--counter", "1", "--screenshot", …])``: settings, translations,
the window's frame shown, then the database brought up to date, the demo clerk signed in, the
counter window's content with its live feed, print station and first reads) offscreen, and
reports the first paint of the window (its frame) and the first paint of its content.
Baseline: a bare PySide6 QMainWindow started the same way (same interpreter, same platform).
For scale, a third start ("stack") imports SQLAlchemy's ORM and our models before showing the
bare window: the least any window on this stack that reads the database can cost.

The time runs from just before the parent starts the child to the child's first paint (wall
clock); memory is the child's resident set (VmRSS) once the content is painted. Both are
medians over several starts, after one discarded warm-up start of each that writes the
bytecode caches (the children run without ``PYTHONDONTWRITEBYTECODE``, as an installed
program would).
Targets: at most 2x the baseline's time, at most +80 MB of memory.

Run: python benchmarks/bench_startup.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Databases, Report, Row, median

CHILD = Path(__file__).resolve().parent / "startup_child.py"
TIME_RATIO_TARGET = 2.0
MEMORY_TARGET_MB = 80.0


def start_once(*args: str) -> tuple[float, float, float]:
    """Seconds from starting the child to its first paint and to its content painted, and
    its RSS in MB then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")
    started = time.time()
    result = subprocess.run(
        [sys.executable, str(CHILD), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    found = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()}
    if result.returncode != 0 or "FIRST_PAINT" not in found or "READY" not in found:
        raise RuntimeError(
            f"start-up child {args[0]} failed (exit {result.returncode}): "
            f"{result.stdout[-500:]} {result.stderr[-2000:]}"
        )
    painted, (ready, rss_kb) = float(found["FIRST_PAINT"][0]), found["READY"]
    return painted - started, float(ready) - started, int(rss_kb) / 1024


def staged_database(databases: Databases) -> str:
    """A SQLite database with the demo hall staged, as the screenshot path leaves it."""
    from services.demo.hall import stage_demo_hall
    from services.storage.db import open_database

    url = databases.new_url("sqlite")
    database = open_database(url)
    with database.writer() as session:
        stage_demo_hall(session)
    database.dispose()
    return url


def main(quick: bool = False, report: Report | None = None) -> Report:
    report = report or Report()
    runs = 3 if quick else 7
    databases = Databases(None)
    try:
        url = staged_database(databases)
        starts = (("bare", ("bare",)), ("stack", ("stack",)), ("counter", ("counter", url)))
        for _kind, args in starts:  # warm-up: bytecode caches, fonts, shared libraries
            start_once(*args)
        times: dict[str, list[float]] = {kind: [] for kind, _ in starts}
        ready: dict[str, list[float]] = {kind: [] for kind, _ in starts}
        memory: dict[str, list[float]] = {kind: [] for kind, _ in starts}
        for _ in range(runs):  # interleaved, so all see the same machine load
            for kind, args in starts:
                seconds, complete, mb = start_once(*args)
                times[kind].append(seconds)
                ready[kind].append(complete)
                memory[kind].append(mb)
    finally:
        databases.close()
    ours_t, base_t = median(times["counter"]), median(times["bare"])
    ours_m, base_m = median(memory["counter"]), median(memory["bare"])
    stack_t, stack_m = median(times["stack"]), median(memory["stack"])
    ready_t = median(ready["counter"])
    print(
        f"start-up to first paint, median of {runs}: counter {ours_t:.2f} s "
        f"(runs {', '.join(f'{t:.2f}' for t in times['counter'])}), "
        f"bare window {base_t:.2f} s (runs {', '.join(f'{t:.2f}' for t in times['bare'])})"
    )
    print(f"counter window with its content painted: {ready_t:.2f} s")
    print(f"resident memory then: counter {ours_m:.0f} MB, bare window {base_m:.0f} MB")
    print(f"bare window after importing the ORM and models: {stack_t:.2f} s, {stack_m:.0f} MB")
    report.add(
        Row(
            "4 start-up",
            "process start -> counter window first paint (offscreen, SQLite)",
            f"{ours_t:.2f} s",
            f"{base_t:.2f} s",
            ours_t / base_t,
            f"<= {TIME_RATIO_TARGET:g}x",
            ours_t / base_t <= TIME_RATIO_TARGET,
        )
    )
    report.add(
        Row(
            "4 start-up",
            "for scale: process start -> counter window painted with its content",
            f"{ready_t:.2f} s",
            f"{base_t:.2f} s",
            ready_t / base_t,
            "",
            None,
        )
    )
    report.add(
        Row(
            "4 start-up",
            "for scale: bare window after importing SQLAlchemy's ORM and our models",
            f"{stack_t:.2f} s, {stack_m:.0f} MB",
            f"{base_t:.2f} s, {base_m:.0f} MB",
            stack_t / base_t,
            "",
            None,
        )
    )
    report.add(
        Row(
            "4 start-up",
            "resident memory with the content painted",
            f"{ours_m:.0f} MB",
            f"{base_m:.0f} MB",
            None,
            f"<= +{MEMORY_TARGET_MB:g} MB (+{ours_m - base_m:.0f} MB)",
            ours_m - base_m <= MEMORY_TARGET_MB,
        )
    )
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    main(parser.parse_args().quick)
