"""Drill 5: the printer runs out of paper in a burst, and the scanner's line is noisy.

- Paper out while 50 tickets are queued, through the real print spool (``SqlJobStore`` on a
  database, SQLite and PostgreSQL) and a fake printer on a real pseudo-terminal: nothing is
  printed while the paper is out; after the refill all 50 print, in order, each once, none
  marked as a copy, and every row is done after one attempt.
- Random bytes on the serial scanner's line between real scans: the reader never stops, and
  every valid scan in between is read, in order.

CIVICDESK_SOAK_SCALE multiplies the number of tickets and of scans.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial
from sqlalchemy import select

from devices.errors import DeviceUnavailable
from devices.printer import SerialPrinter
from devices.scan_payload import InvalidScan, ScanPayload
from devices.scanner import SerialScanner
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport
from devices.spooler import JobStateChange, Spooler
from services.queue import print_jobs
from services.storage.db import Database, open_database
from services.storage.models import PrintJob
from tests.devices.fake_printer import FakePrinter
from tests.devices.pty_pair import PtyPair
from tests.devices.waiting import wait_until
from tests.drills.conftest import scaled

pytestmark = [pytest.mark.soak, pytest.mark.serial]

COPY = "补打 REPRINT".encode("gb18030")


def ticket(n: int) -> bytes:
    return b"\x1b@ticket A%03d\n\x1dV\x00" % n


def _rows(database: Database) -> list[PrintJob]:
    with database.reader() as session:
        return list(session.scalars(select(PrintJob).order_by(PrintJob.id)))


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


def test_paper_out_in_a_burst_prints_every_ticket_in_order_once_after_refill(
    database: Database, pty_pair: PtyPair, fake_printer: FakePrinter
) -> None:
    count = scaled(50)
    settings = SerialSettings(port=str(pty_pair.ours), write_timeout=2.0, read_timeout=0.2)
    transport = SerialTransport(settings, first_retry=0.05, max_retry=0.5)
    printer = SerialPrinter(settings, "kiosk", status_timeout=0.5, transport=transport)
    changes: list[JobStateChange] = []
    spooler = Spooler(print_jobs.SqlJobStore(database), printer, changes.append, 0.05)
    fake_printer.mode = "paper_end"
    spooler.start()
    try:
        for n in range(count):  # the kiosk keeps issuing while the paper is out
            with database.writer() as session:
                print_jobs.enqueue(
                    session,
                    printer="kiosk",
                    document_kind="ticket",
                    document_ref=f"A{n:03d}",
                    data=ticket(n),
                )
            spooler.wake()
        wait_until(lambda: _rows(database)[0].state == "waiting", what="the first job to wait")
        polls = len(fake_printer.queries)
        wait_until(lambda: len(fake_printer.queries) >= polls + 4, what="a few retries")
        assert fake_printer.printed == b""
        assert all(row.state in ("queued", "waiting") for row in _rows(database))

        fake_printer.mode = "ok"  # the paper is refilled
        wait_until(
            lambda: all(row.state == "done" for row in _rows(database)),
            timeout=60 * max(1.0, count / 50),
            what="every job done",
        )
        expected = b"".join(ticket(n) for n in range(count))
        wait_until(lambda: fake_printer.printed == expected, what="every ticket on paper")
    finally:
        assert spooler.stop(timeout=15)
        printer.close()
    printed = fake_printer.printed
    assert all(printed.count(ticket(n)) == 1 for n in range(count))
    assert COPY not in printed
    assert fake_printer.printed_in_fault == b""
    rows = _rows(database)
    assert [row.attempts for row in rows] == [1] * count
    assert not any(row.is_copy for row in rows)
    sent = [row.sent_at for row in rows]
    assert sent == sorted(sent)  # in order
    waited = [c for c in changes if c.state == "waiting"]
    assert waited
    assert "paper" in (waited[0].reason or "").lower()


# --- scanner noise ------------------------------------------------------------------------


class Collected:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.scans: list[str] = []
        self.errors: list[Exception] = []

    def on_scan(self, payload: ScanPayload) -> None:
        with self.lock:
            self.scans.append(payload.text)

    def on_error(self, exc: Exception) -> None:
        with self.lock:
            self.errors.append(exc)


def _noise(rng: random.Random) -> bytes:
    """A burst of random bytes, sometimes longer than any frame, ended by a line end."""
    length = rng.choice((rng.randint(0, 40), rng.randint(0, 600)))
    return rng.randbytes(length) + rng.choice((b"\r", b"\n", b"\r\n"))


def test_random_bytes_on_the_scanner_line_lose_no_valid_scan(tmp_path: Path) -> None:
    from tests.strict import require_tool

    rng = random.Random(20261130)
    pair = PtyPair(tmp_path, socat=require_tool("socat"))
    pair.start()
    collected = Collected()
    settings = SerialSettings(port=str(pair.ours), read_timeout=0.1)
    transport = SerialTransport(settings, first_retry=0.05, max_retry=0.3)
    scanner = SerialScanner(settings, collected.on_scan, collected.on_error, transport=transport)
    scanner.start()
    device = serial.Serial(str(pair.peer), timeout=0.1)
    try:
        wait_until(lambda: scanner.connected, what="the scanner port")
        valid = []
        stream = b""
        for n in range(scaled(50)):
            kind = rng.choice("TRM")
            text = {
                "T": f"T-20261130-{rng.choice('ABCDEFGH')}{n:03d}",
                "R": f"R-2026-{n:06d}",
                "M": f"M-2026-{n:06d}",
            }[kind]
            valid.append(text)
            stream += b"".join(_noise(rng) for _ in range(rng.randint(1, 3)))
            glue = rng.choice((b"", b"\x00\xff", b"]C0", b"\x1b"))  # noise or an AIM prefix
            stream += glue + text.encode() + rng.choice((b"\r", b"\n", b"\r\n"))
        stream += _noise(rng)
        position = 0
        while position < len(stream):  # as a real line delivers it: in uneven pieces
            size = rng.randint(1, 300)
            device.write(stream[position : position + size])
            position += size
        wait_until(lambda: valid[-1] in collected.scans, timeout=30, what="the last scan")
        assert scanner.is_running
    finally:
        device.close()
        assert scanner.stop(timeout=10)
        pair.stop()
    assert collected.scans == valid
    assert collected.errors  # the noise was noticed and reported
    assert all(isinstance(e, InvalidScan | DeviceUnavailable) for e in collected.errors)


# --- a printer that is not ready, from the command line ----------------------------------------


def test_print_ticket_exits_4_when_the_printer_is_not_ready(
    sqlite_url: str,
    pty_pair: PtyPair,
    fake_printer: FakePrinter,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cli.app import run_command
    from services.core.actors import SYSTEM
    from services.queue import ops as queue_ops

    monkeypatch.setenv("XDG_CONFIG_HOME", str(pty_pair.peer.parent / "config"))
    database = open_database(sqlite_url)
    with database.writer() as session:
        issued = queue_ops.issue_ticket(session, SYSTEM, "A")
    database.dispose()
    command = ["--db", sqlite_url, "print", "ticket", issued.code, "--port", str(pty_pair.ours)]
    for mode in ("paper_end", "cover_open", "offline", "silent"):
        fake_printer.mode = mode  # type: ignore[assignment]
        code = run_command(command)
        err = capsys.readouterr().err
        assert code == 4, (mode, err)
        assert err.count("\n") == 1, err
        assert "was not printed" in err
    assert fake_printer.printed == b""
    fake_printer.mode = "ok"
    assert run_command(command) == 0, capsys.readouterr().err
    wait_until(lambda: b"A001" in fake_printer.printed, what="the ticket on paper")
