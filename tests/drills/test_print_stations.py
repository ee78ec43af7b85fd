"""Drill 8: three kiosks print on one PostgreSQL database, each ticket once, at its own kiosk.

Each kiosk is a process that runs as the kiosk window does: it takes its station name (held
by a heartbeat), issues tickets and spools each to its own printer (a virtual printer writing
one file per job), with its spooler claiming jobs atomically. A fourth station under a name
still alive is refused. Every ticket is on paper exactly once, at the kiosk that issued it,
none marked as a copy, and every job row is done after one attempt, claimed by its kiosk.

CIVICDESK_SOAK_SCALE multiplies the tickets per kiosk (30 at scale 1).
"""

from __future__ import annotations

import queue
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from services.core.errors import StationNameTaken
from services.stations.registry import take_station_name
from services.storage.db import open_database
from services.storage.models import PrintJob, StationLease
from tests.drills.conftest import Spawner, scaled
from tests.drills.stations import printing_kiosk

pytestmark = [pytest.mark.soak, pytest.mark.postgres]

KIOSKS = 3
COPY = "副本 COPY".encode("gb18030")


def _collect(results: Any, count: int, timeout: float) -> list[dict[str, Any]]:
    reports: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout
    while len(reports) < count:
        try:
            kind, payload = results.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            pytest.fail(f"only {len(reports)} of {count} kiosks finished in {timeout:.0f} s")
        if kind == "error":
            pytest.fail(payload)
        reports.append(payload)
    return reports


def test_three_kiosks_print_each_ticket_once_at_their_own_kiosk(
    pg_url: str, spawner: Spawner, tmp_path: Path
) -> None:
    tickets = scaled(30)
    results = spawner.context.Queue()
    start = spawner.context.Event()
    names = [f"kiosk-{n}" for n in range(1, KIOSKS + 1)]
    for name in names:
        spawner.start(printing_kiosk, pg_url, name, str(tmp_path / name), tickets, start, results)

    database = open_database(pg_url)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with database.reader() as session:
                alive = set(session.scalars(select(StationLease.name)))
            if alive == set(names):
                break
            time.sleep(0.1)
        assert alive == set(names)
        with pytest.raises(StationNameTaken, match="kiosk-2 is running"):
            take_station_name(database, "kiosk-2", "kiosk")  # a second PC under the same name

        start.set()
        reports = _collect(results, KIOSKS, timeout=240)

        with database.reader() as session:
            jobs = list(session.scalars(select(PrintJob).order_by(PrintJob.id)))
    finally:
        database.dispose()

    assert len(jobs) == KIOSKS * tickets
    for job in jobs:
        assert (job.state, job.attempts, job.is_copy) == ("done", 1, False), job.document_ref
        assert job.printer == f"{job.claimed_by}-printer"
    everything = {barcode for report in reports for barcode in report["barcodes"]}
    assert len(everything) == KIOSKS * tickets  # one service, so one number each
    for report in reports:
        printed = [path.read_bytes() for path in sorted((tmp_path / report["name"]).glob("*.bin"))]
        assert len(printed) == tickets, report["name"]
        assert not any(COPY in data for data in printed)
        for barcode in everything:
            # The ticket's big number, as the slip prints it (the barcode itself is packed).
            big_number = b"\x1bE\x01" + barcode.rsplit("-", 1)[1].encode() + b"\n"
            copies = sum(big_number in data for data in printed)
            assert copies == (1 if barcode in report["barcodes"] else 0), (report["name"], barcode)
