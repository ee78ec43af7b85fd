"""Benchmark 3 (report part): a month's statistics report as an A4 PDF.

Seeds a month of synthetic history (``services.demo.history``, bulk), then times the parts of
``report range --pdf``: the statistics (``range_report``), the document (``report_document``)
and the PDF (``render_report_pdf``), medians over several runs after a warm-up. The reference
is the acceptance receipt PDF rendered in the same run (a one-page document through the same
fonts); the ratio says how many receipts one month's report costs. No target: informative.

Skipped when ``printing/report_pdf.py`` does not exist.

Run: python benchmarks/bench_report_pdf.py [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, Databases, Report, Row, ms

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 in Beijing on 1 December
MONTH = (date(2026, 11, 1), date(2026, 11, 30))


def _median(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(quick: bool = False, report: Report | None = None) -> Report:
    report = report or Report()
    if not (ROOT / "printing" / "report_pdf.py").exists():
        print("month report PDF: skipped (printing/report_pdf.py does not exist)")
        return report
    from benchmarks.bench_printing import RECEIPT
    from printing.pdf_receipt import render_receipt_pdf
    from printing.report_pdf import render_report_pdf
    from services.core.actors import SYSTEM
    from services.demo.history import seed_demo_history
    from services.stats.report import range_report
    from services.storage.db import open_database
    from station.report_document import report_document

    runs = 2 if quick else 5
    per_day = 150 if quick else 400
    databases = Databases(None)
    try:
        database = open_database(databases.new_url("sqlite"))
        days = (MONTH[1] - MONTH[0]).days + 1
        started = time.perf_counter()
        with database.writer() as session:
            summary = seed_demo_history(
                session, SYSTEM, days=days, tickets_per_day=per_day, now=NOW, with_events=False
            )
        seeded = time.perf_counter() - started
        print(f"seeded {summary.tickets:,} tickets over {days} days in {seeded:.1f} s")

        def stats() -> object:
            with database.reader() as session:
                return range_report(session, SYSTEM, *MONTH, now=NOW)

        month = stats()
        document = report_document(month, "zh_CN")  # type: ignore[arg-type]
        pdf = render_report_pdf(document)
        t_stats = _median(stats, runs)
        t_doc = _median(lambda: report_document(month, "zh_CN"), runs)  # type: ignore[arg-type]
        t_pdf = _median(lambda: render_report_pdf(document), runs)
        t_receipt = _median(lambda: render_receipt_pdf(RECEIPT), runs)
        database.dispose()
    finally:
        databases.close()
    total = t_stats + t_doc + t_pdf
    print(
        f"month report ({MONTH[0]} to {MONTH[1]}): statistics {ms(t_stats)}, document "
        f"{ms(t_doc)}, PDF {ms(t_pdf)} ({len(pdf):,} bytes); receipt PDF {ms(t_receipt)}"
    )
    report.add(
        Row(
            "3 printing",
            f"month's report PDF ({summary.tickets:,} tickets): statistics + document + PDF",
            f"{ms(total)} (PDF alone {ms(t_pdf)}, {len(pdf) // 1024} KB)",
            f"{ms(t_receipt)} (receipt PDF)",
            total / t_receipt,
            "",
            None,
        )
    )
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    main(parser.parse_args().quick)
