"""Run every benchmark and print a summary table: ``python -m benchmarks [--quick]``.

1 queue operations, 2 statistics (``bench_stats.py``), 3 printing (``bench_printing.py`` and the
month's report PDF), 4 start-up and memory, 5 live update latency, 6 GUI responsiveness,
7 the ledger's monthly report over a year (``bench_ledger.py``), ID cards
(``bench_idcard.py``). The district report (``bench_district.py``), the district's catch-up
after a week offline (``bench_district_catchup.py``) and a hall at full size (``bench_hall.py``)
run on their own.
PostgreSQL cases run on a server the run starts for itself with the durability of production
(``pg_server.py``: fsync, synchronous_commit and full_page_writes on), never on a test server.
``--quick`` runs every benchmark in a small size (a few minutes); without it the full sizes run
(about half an hour on a two-core machine, most of it the statistics seeding).
``--results FILE`` also writes the summary table as Markdown.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import (
    bench_gui,
    bench_idcard,
    bench_ledger,
    bench_live,
    bench_queue,
    bench_report_pdf,
    bench_startup,
)
from benchmarks.common import ROOT, Report, Row, markdown_table
from benchmarks.pg_server import durability_text, production_postgres
from services.storage.db import SQLITE_SYNCHRONOUS

BENCHMARKS = ("queue", "stats", "printing", "startup", "live", "gui", "idcard", "ledger")
TICKET_TARGET = 0.01  # build time under 1% of the wire time at 115200 baud


def printing(quick: bool, report: Report) -> None:
    from benchmarks import bench_printing
    from printing.profiles import PrinterProfile
    from printing.thermal import render_ticket

    bench_printing.main()
    runs = 100 if quick else bench_printing.TICKET_RUNS
    for name, profile in (
        ("80 mm, native barcode", PrinterProfile(80)),
        ("58 mm, raster barcode", PrinterProfile(58, native_barcode=False)),
    ):
        data = render_ticket(bench_printing.TICKET, profile)
        build = bench_printing.median_seconds(
            lambda profile=profile: render_ticket(bench_printing.TICKET, profile), runs
        )
        wire = len(data) * bench_printing.BITS_PER_BYTE / 115200
        report.add(
            Row(
                "3 printing",
                f"queue ticket ESC/POS build ({name}) vs wire time at 115200 baud",
                f"{build * 1000:.2f} ms",
                f"{wire * 1000:.1f} ms ({len(data):,} bytes)",
                build / wire,
                f"< {TICKET_TARGET:.2f}",
                build / wire < TICKET_TARGET,
            )
        )
    bench_report_pdf.main(quick, report)


def stats(quick: bool, postgres: bool, report: Report) -> None:
    """Benchmark 2 lives in bench_stats.py (its own sizes and targets); run it as it is."""
    script = ROOT / "benchmarks" / "bench_stats.py"
    if not script.exists():
        report.note("bench_stats.py is missing: benchmark 2 skipped")
        return
    args = ["--small", "2000", "--large", "20000"] if quick else []
    if not postgres:
        args.append("--no-postgres")
    sys.stdout.flush()
    started = time.perf_counter()
    result = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, check=False)
    report.add(
        Row(
            "2 statistics",
            f"bench_stats.py {' '.join(args)}".rstrip() + " (figures above)",
            f"exit {result.returncode}",
            "",
            None,
            "its own targets",
            result.returncode == 0,
        )
    )
    print(f"  (bench_stats took {time.perf_counter() - started:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument(
        "--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}", default=""
    )
    parser.add_argument(
        "--full",
        default="",
        help="with --quick: comma-separated benchmarks that still run at their full sizes",
    )
    parser.add_argument("--results", type=Path, help="write the summary table here (Markdown)")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.no_postgres:
        return _run(args, chosen, None)
    with production_postgres() as pg_url:
        return _run(args, chosen, pg_url)


def _run(args: argparse.Namespace, chosen: list[str], pg_url: str | None) -> int:
    postgres = pg_url is not None
    full = {name.strip() for name in args.full.split(",") if name.strip()}

    def quick(name: str) -> bool:
        return bool(args.quick) and name not in full

    report = Report()
    started = time.perf_counter()
    load_before = os.getloadavg()
    runners = {
        "queue": lambda: bench_queue.main(quick("queue"), postgres, report),
        "stats": lambda: stats(quick("stats"), postgres, report),
        "printing": lambda: printing(quick("printing"), report),
        "startup": lambda: bench_startup.main(quick("startup"), report),
        "live": lambda: bench_live.main(quick("live"), postgres, report),
        "gui": lambda: bench_gui.main(quick("gui"), report),
        "idcard": lambda: bench_idcard.main(quick("idcard"), report),
        "ledger": lambda: bench_ledger.main(quick("ledger"), postgres, report),
    }
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        runners[name]()
    mode = "quick" if args.quick else "full"
    if args.quick and full:
        mode += f" (full sizes: {', '.join(sorted(full))})"
    databases = "SQLite and PostgreSQL" if postgres else "SQLite only"
    load_after = os.getloadavg()
    loads = [row.load for row in report.rows if row.load is not None]
    durability = f"SQLite: WAL, synchronous={SQLITE_SYNCHRONOUS}" + (
        f"; PostgreSQL {durability_text(pg_url)} (the benchmarks' own server)" if pg_url else ""
    )
    header = (
        f"CivicDesk benchmarks, {mode} run, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{databases}, {os.cpu_count()} CPUs, {time.perf_counter() - started:.0f} s.\n"
        f"Load average (1/5/15 min) at the start {_load(load_before)}, at the end "
        f"{_load(load_after)}; per row (1 min) {min(loads, default=0):.1f}-"
        f"{max(loads, default=0):.1f}.\nDurability: {durability}."
    )
    table = markdown_table(report.rows)
    print(f"\n=== summary ===\n{header}\n\n{table}")
    if args.results is not None:
        args.results.write_text(f"{header}\n\n{table}\n", encoding="utf-8")
        print(f"\nwritten to {args.results}")
    return 0


def _load(values: tuple[float, float, float]) -> str:
    return "/".join(f"{value:.1f}" for value in values)


if __name__ == "__main__":
    sys.exit(main())
