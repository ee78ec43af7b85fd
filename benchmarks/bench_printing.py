"""How long building a ticket's ESC/POS bytes takes, against the time to send them.

Prints the median build time over many runs, the wire time of the same bytes at
9600 and 115200 baud (10 bits per byte: start, 8 data, stop), their ratios, and
the median time to render an acceptance receipt PDF.

Run: python benchmarks/bench_printing.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from printing.documents import AcceptanceReceipt, QueueTicket
from printing.pdf_receipt import render_receipt_pdf
from printing.profiles import PrinterProfile
from printing.thermal import render_ticket

TICKET_RUNS = 500
PDF_RUNS = 20
BAUD_RATES = (9600, 115200)
BITS_PER_BYTE = 10

TICKET = QueueTicket(
    center_name="北京市朝阳区政务服务中心",
    service_name="不动产登记",
    code="A023",
    barcode_payload="T-20261130-A023",
    people_ahead=12,
    estimated_wait_minutes=25,
    issued_at=datetime(2026, 11, 30, 9, 15),
    language="zh_CN",
    priority_label="老年人",
    notice="请留意叫号屏幕和语音提示，过号请到服务台重新取号。",
)
RECEIPT = AcceptanceReceipt(
    center_name="北京市朝阳区政务服务中心",
    request_number="R-2026-000123",
    barcode_payload="R-2026-000123",
    resident_name="张三丰",
    resident_id_number="11010519491231002X",
    service_name="不动产登记（转移登记）",
    description="二手房买卖转移登记。",
    materials_submitted=("身份证复印件", "房产证原件"),
    materials_missing=("完税证明",),
    promised_by=date(2026, 12, 14),
    counter_name="3号窗口",
    staff_name="王小明",
    accepted_at=datetime(2026, 11, 30, 9, 42),
)


def median_seconds(action: Callable[[], object], runs: int) -> float:
    action()  # warm up caches (fonts, imports)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    for name, profile in (
        ("80 mm, native barcode", PrinterProfile(80)),
        ("58 mm, raster barcode", PrinterProfile(58, native_barcode=False)),
    ):
        data = render_ticket(TICKET, profile)
        build = median_seconds(lambda profile=profile: render_ticket(TICKET, profile), TICKET_RUNS)
        print(
            f"ticket ({name}): {len(data)} bytes, "
            f"build {build * 1e3:.3f} ms (median of {TICKET_RUNS})"
        )
        for baud in BAUD_RATES:
            wire = len(data) * BITS_PER_BYTE / baud
            print(
                f"  wire time at {baud:>6} baud: {wire * 1e3:8.2f} ms"
                f"  -> build/wire ratio {build / wire:.4f}"
            )
    pdf = median_seconds(lambda: render_receipt_pdf(RECEIPT), PDF_RUNS)
    size = len(render_receipt_pdf(RECEIPT))
    print(f"receipt PDF: {size} bytes, render {pdf * 1e3:.1f} ms (median of {PDF_RUNS})")


if __name__ == "__main__":
    main()
