"""How long the manager's statistics take on a small and a large database.

Seeds a small and a large synthetic history (services.demo.history, without queue events:
the report reads none of the demo's). Both get the same tickets per day, as many as make the
large one exactly a year, so the large history is a year of ``--large`` tickets and the small
one a few weeks. Times ``day_report`` for the same day on each (median of several runs after
a warm-up), prints both and their ratio (target: large / small <= 1.5, the day's figures must
not slow down as history grows), and times ``range_report`` over that year (target on
SQLite: < 3 s). The seeded days are closed days the statistics cache does not hold yet, as
in a database older than the cache: each database is back-filled once after seeding (timed
and printed, as the manager's window does before its first report), and the year's report
is also timed without the cache (every day computed from its tickets) for comparison.

Runs on SQLite, and on PostgreSQL too when CIVICDESK_TEST_PG_URL points at a server on which
it may create and drop databases.

Run: python benchmarks/bench_stats.py [--small 10000] [--large 200000] [--no-postgres]
     python benchmarks/bench_stats.py --large 1000000   # a year of a million tickets
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import psycopg
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.core.actors import SYSTEM
from services.demo.history import seed_demo_history
from services.stats.cache import backfill
from services.stats.report import day_report, range_report
from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from services.storage.models import Ticket

# A Monday 10:00 in Beijing: every seeded history ends the day before.
NOW = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
TODAY = date(2026, 11, 30)
DAY = date(2026, 11, 25)  # a Wednesday inside every seeded history
# Average tickets per calendar day relative to --per-day: 5 weekdays (Monday x1.2), weekends x0.35.
WEEK_FACTOR = (1.2 + 4 * 1.0 + 2 * 0.35) / 7
DAY_RUNS = 7
RANGE_RUNS = 3
DAY_RATIO_TARGET = 1.5
RANGE_TARGET_SECONDS = 3.0


@dataclass
class Seeded:
    database: Database
    tickets: int
    days: int
    seed_seconds: float
    filled_days: int
    fill_seconds: float


def seed(database: Database, tickets: int, per_day: int) -> Seeded:
    prepare_database(database)
    days = max(7, math.ceil(tickets / (per_day * WEEK_FACTOR)))
    started = time.perf_counter()
    chunk = 60  # days per transaction
    done = 0
    while done < days:
        step = min(chunk, days - done)
        # Older days first: each call seeds the ``step`` days ending before ``end``.
        end = TODAY - timedelta(days=days - done - step)
        with database.writer() as session:
            seed_demo_history(
                session,
                SYSTEM,
                days=step,
                seed=done,
                tickets_per_day=per_day,
                now=datetime(end.year, end.month, end.day, 2, 0, tzinfo=UTC),
                with_events=False,
            )
        done += step
    with database.reader() as session:
        count = session.scalar(select(func.count()).select_from(Ticket)) or 0
    if database.engine.dialect.name == "postgresql":
        # As a running hall's database would be: vacuumed and analysed, so that neither
        # autovacuum nor first-read hint bits run during the timings.
        with database.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT"
        ) as connection:
            connection.exec_driver_sql("VACUUM (ANALYZE)")
    seeded = time.perf_counter() - started
    started = time.perf_counter()
    filled = backfill(database, SYSTEM, TODAY - timedelta(days=days), TODAY, now=NOW)
    return Seeded(database, count, days, seeded, filled, time.perf_counter() - started)


@dataclass(frozen=True)
class Timing:
    wall: float  # median seconds
    cpu: float  # median CPU seconds of this process (all of SQLite's work; not PostgreSQL's)

    def ms(self) -> str:
        return f"{self.wall * 1000:.1f} ms (cpu {self.cpu * 1000:.1f} ms)"


def timed(fn: Callable[[], object], runs: int) -> Timing:
    fn()  # warm up: compiled statements, connection, page cache
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return Timing(statistics.median(walls), statistics.median(cpus))


def time_day(database: Database) -> Timing:
    def run() -> object:
        with database.reader() as session:
            return day_report(session, SYSTEM, DAY, now=NOW)

    return timed(run, DAY_RUNS)


def time_year(database: Database, *, cached: bool = True) -> tuple[Timing, int]:
    start = TODAY - timedelta(days=365)
    end = TODAY - timedelta(days=1)
    issued = 0

    def run() -> object:
        nonlocal issued
        with database.reader() as session:
            if not cached:  # inside the read transaction: hidden from this report only
                for table in ("stats_day_tally", "stats_seconds", "stats_day"):
                    session.execute(text(f"DELETE FROM {table}"))
            report = range_report(session, SYSTEM, start, end, now=NOW)
            session.rollback()
        issued = report.queue.issued
        return report

    return timed(run, RANGE_RUNS if cached else 1), issued


def bench(kind: str, small: Database, large: Database, args: argparse.Namespace) -> bool:
    print(f"== {kind}")
    seeded = []
    for name, database, size in (("small", small, args.small), ("large", large, args.large)):
        result = seed(database, size, args.per_day)
        seeded.append(result)
        print(
            f"  seeded {name}: {result.tickets:,} tickets over {result.days} days "
            f"in {result.seed_seconds:.1f} s; statistics cache back-filled "
            f"({result.filled_days} days) in {result.fill_seconds:.1f} s"
        )
    small_day = time_day(small)
    large_day = time_day(large)
    # On SQLite all the work is in this process: compare CPU times, which a busy machine
    # does not inflate; PostgreSQL works in its server, so compare wall-clock times there.
    sqlite = kind == "sqlite"
    ratio = large_day.cpu / small_day.cpu if sqlite else large_day.wall / small_day.wall
    print(f"  day_report {DAY} small: {small_day.ms()}")
    print(f"  day_report {DAY} large: {large_day.ms()}")
    verdict = "ok" if ratio <= DAY_RATIO_TARGET else "ABOVE TARGET"
    basis = "cpu" if sqlite else "wall"
    print(f"  ratio large/small ({basis}): {ratio:.2f} (target <= {DAY_RATIO_TARGET}) {verdict}")
    year, issued = time_year(large)
    seconds = year.cpu if sqlite else year.wall
    target = RANGE_TARGET_SECONDS if sqlite else None
    note = "" if target is None else (" ok" if seconds < target else " ABOVE TARGET")
    limit = f" (target < {target:.0f} s {basis})" if target else ""
    print(
        f"  range_report last 365 days of large ({issued:,} tickets): "
        f"{year.wall:.2f} s (cpu {year.cpu:.2f} s){limit}{note}"
    )
    if not args.skip_uncached:
        live, _ = time_year(large, cached=False)
        print(f"  the same without the cache: {live.wall:.2f} s (cpu {live.cpu:.2f} s)")
    return ratio <= DAY_RATIO_TARGET and (target is None or seconds < target)


def sqlite_bench(args: argparse.Namespace, workdir: Path) -> bool:
    small = open_database(f"sqlite:///{workdir / 'small.sqlite3'}")
    large = open_database(f"sqlite:///{workdir / 'large.sqlite3'}")
    try:
        return bench("sqlite", small, large, args)
    finally:
        small.dispose()
        large.dispose()


def postgres_bench(args: argparse.Namespace, admin_url: str) -> bool:
    admin = make_url(admin_url).set(drivername="postgresql")
    conninfo = admin.render_as_string(hide_password=False)
    names = [f"civicdesk_bench_{kind}_{os.getpid()}" for kind in ("small", "large")]

    def execute(sql: str) -> None:
        with psycopg.connect(conninfo, autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    for name in names:
        execute(f"CREATE DATABASE {name}")
    small, large = (
        open_database(admin.set(database=name).render_as_string(hide_password=False))
        for name in names
    )
    try:
        return bench("postgresql", small, large, args)
    finally:
        small.dispose()
        large.dispose()
        for name in names:
            execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10_000, help="tickets in the small database")
    parser.add_argument("--large", type=int, default=200_000, help="tickets in the large one")
    parser.add_argument(
        "--per-day",
        type=int,
        help="average tickets per weekday (default: as many as make --large one year)",
    )
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument(
        "--skip-uncached", action="store_true", help="do not time the report without the cache"
    )
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument(
        "--sqlite-dir", type=Path, help="keep the SQLite files here (reused when present)"
    )
    args = parser.parse_args()
    if args.per_day is None:
        args.per_day = max(1, round(args.large / (365 * WEEK_FACTOR)))
    print(f"{args.per_day} tickets per weekday on average")
    ok = True
    if not args.no_sqlite:
        if args.sqlite_dir is not None:
            args.sqlite_dir.mkdir(parents=True, exist_ok=True)
            ok &= sqlite_bench(args, args.sqlite_dir)
        else:
            with tempfile.TemporaryDirectory(prefix="civicdesk-bench-") as directory:
                ok &= sqlite_bench(args, Path(directory))
    pg_url = os.environ.get("CIVICDESK_TEST_PG_URL", "")
    if pg_url and not args.no_postgres:
        ok &= postgres_bench(args, pg_url)
    elif not args.no_postgres:
        print("== postgresql: skipped (set CIVICDESK_TEST_PG_URL)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
