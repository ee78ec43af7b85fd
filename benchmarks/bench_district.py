"""The district report over 20 centers and 3 years of closed days (issue target: < 1 s).

The district's database holds one ``district_day`` row per center and day and the 30-second
histograms of waiting and service times. Ours is ``services.district.report.district_report``
through SQLAlchemy, reading whole months from its month cache (summed once beforehand, as the
district does for closed months); the baseline is the floor without the cache: the same two
aggregates over the day rows, run with the raw ``sqlite3`` module on one kept connection.

    python -m benchmarks.bench_district [--quick]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.common import Report, Row, ms

CENTERS = 20
YEARS = 3
TARGET_SECONDS = 1.0


def _seed(path: Path, centers: int, days: int) -> tuple[date, date]:
    from services.storage.bootstrap import prepare_database
    from services.storage.db import open_database

    database = open_database(f"sqlite:///{path}")
    prepare_database(database)
    database.dispose()
    rng = random.Random(5)
    last = date(2026, 11, 29)
    first = last - timedelta(days=days - 1)
    now = datetime(2026, 11, 30, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
    with sqlite3.connect(path) as connection:
        for center in range(centers):
            code = f"C{center:02d}"
            connection.execute(
                "INSERT INTO district_center VALUES (?, ?, ?)", (code, f"中心{center}", code)
            )
            day_rows = []
            second_rows = []
            for n in range(days):
                day = (first + timedelta(days=n)).isoformat()
                issued = rng.randint(150, 400)
                day_rows.append(
                    (code, day, issued, issued - 20, 10, 5, 5, 80, 70, 30, 28, 2, 3, 2, 2, 1, now)
                )
                for measure, spread in (("waiting", 90), ("service", 30)):
                    for bucket in range(spread):
                        tickets = rng.randint(0, 6)
                        if tickets:
                            second_rows.append((code, day, measure, bucket * 30, tickets))
            connection.executemany(
                "INSERT INTO district_day (center_code, service_day, issued, served, no_show, "
                "cancelled, expired, ratings, ratings_good, requests_completed, requests_on_time, "
                "mediation_registered, petitions_received, petitions_replied, petitions_on_time, "
                "petitions_satisfied, computed_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                day_rows,
            )
            connection.executemany(
                "INSERT INTO district_day_seconds VALUES (?, ?, ?, ?, ?)", second_rows
            )
    return first, last


_FLOOR_SQL = (
    "SELECT center_code, count(*), sum(issued), sum(served), sum(no_show), sum(ratings), "
    "sum(ratings_good), sum(requests_completed), sum(requests_on_time), "
    "sum(mediation_registered) FROM district_day WHERE service_day BETWEEN ? AND ? "
    "GROUP BY center_code",
    "SELECT center_code, measure, bucket, sum(tickets) FROM district_day_seconds "
    "WHERE service_day BETWEEN ? AND ? GROUP BY center_code, measure, bucket",
)


def run(quick: bool, report: Report) -> None:
    from services.core.actors import SYSTEM
    from services.district.month_cache import cache_months
    from services.district.report import district_report
    from services.storage.db import open_database

    centers, days = (5, 120) if quick else (CENTERS, YEARS * 365)
    print(f"district report: {centers} centers x {days} days")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "district.sqlite3"
        started = time.perf_counter()
        first, last = _seed(path, centers, days)
        print(f"  seeded in {time.perf_counter() - started:.1f} s")
        database = open_database(f"sqlite:///{path}")
        started = time.perf_counter()
        with database.writer() as session:
            months = cache_months(session, SYSTEM, first, last)
        print(f"  {months} center-months summed in {time.perf_counter() - started:.1f} s (once)")
        ours: list[float] = []
        floor: list[float] = []
        raw = sqlite3.connect(path)
        for _ in range(5):
            started = time.perf_counter()
            with database.reader() as session:
                result = district_report(session, SYSTEM, first, last)
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            for sql in _FLOOR_SQL:
                raw.execute(sql, (first.isoformat(), last.isoformat())).fetchall()
            floor.append(time.perf_counter() - started)
        raw.close()
        database.dispose()
        assert len(result.centers) == centers
    mine, base = statistics.median(ours), statistics.median(floor)
    report.add(
        Row(
            "district report",
            f"{centers} centers x {days} days, SQLite (median of 5)",
            ms(mine),
            ms(base),
            mine / base,
            f"< {TARGET_SECONDS:.0f} s",
            mine < TARGET_SECONDS,
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
