"""Station processes for the fault drills: kiosks, counters and a print spooler.

Each function here is the body of a separate process (``multiprocessing`` spawn), so a drill
can run many stations at once and ``kill -9`` one of them. Results go back through a queue as
``(kind, payload)``; a station that fails sends ``("error", traceback)``.
"""

from __future__ import annotations

import random
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import InvalidTransition, QueueEmpty
from services.queue import ops as q
from services.storage.db import open_database

SERVICE_CODES = "ABCDEFGH"


@dataclass(frozen=True)
class SimClock:
    """A day that runs ``speed`` times faster than the wall clock, the same in every process.

    Holds of a minute or two run out within a second or two, so held tickets come back
    during the drill. Time stands still at ``end`` so the day never crosses midnight.
    """

    wall_start: float
    day_start: datetime
    speed: float
    end: datetime

    def now(self) -> datetime:
        elapsed = max(0.0, time.time() - self.wall_start) * self.speed
        return min(self.day_start + timedelta(seconds=elapsed), self.end)


def _guard(kind: str, results: Any, body: Any) -> None:
    try:
        payload = body()
    except BaseException:
        results.put(("error", f"{kind}: {traceback.format_exc()}"))
        raise
    results.put((kind, payload))


# --- the busy day ------------------------------------------------------------------------


def kiosk(
    url: str, index: int, quota: int, clock: SimClock, seed: int, results: Any, done: Any
) -> None:
    """Issue ``quota`` tickets; now and then a resident gives up and cancels one."""

    def body() -> dict[str, Any]:
        rng = random.Random(seed)
        database = open_database(url)
        actor = Actor(f"kiosk-{index}", Role.KIOSK)
        issued: list[str] = []
        cancelled: list[str] = []
        for _ in range(quota):
            code = rng.choice("AAABBCCDEGH")  # F (disputes) comes by transfer only
            priority = "elderly" if rng.random() < 0.08 else None
            with database.writer() as session:
                ticket = q.issue_ticket(session, actor, code, priority=priority, now=clock.now())
            issued.append(ticket.code)
            if rng.random() < 0.03:  # someone ahead in the same queue leaves
                victim = rng.choice(issued)
                try:
                    with database.writer() as session:
                        q.cancel_ticket(session, SYSTEM, victim, now=clock.now())
                    cancelled.append(victim)
                except InvalidTransition:
                    pass  # already called, served or cancelled
            time.sleep(rng.uniform(0, 0.004))
        database.dispose()
        return {"issued": issued, "cancelled": cancelled}

    try:
        _guard("kiosk", results, body)
    finally:
        done.release()


def counter(
    url: str,
    number: int,
    staff: tuple[str, int],
    clock: SimClock,
    seed: int,
    results: Any,
    kiosks_done: Any,
    quiet_seconds: float,
) -> None:
    """Serve until the kiosks are done and nobody has waited for ``quiet_seconds``.

    Recalls, no-shows (by recall limit and by the clerk), holds, transfers, reinstated
    no-shows: every path a counter takes on a real day.
    """

    def body() -> dict[str, list[str]]:
        rng = random.Random(seed)
        database = open_database(url)
        actor = Actor(staff[0], Role.COUNTER, staff[1])
        log: dict[str, list[str]] = {
            "called": [],
            "done": [],
            "no_show": [],
            "held": [],
            "transferred": [],
            "reinstated": [],
        }
        empty_since: float | None = None

        def op(fn: Any, *args: Any, **kwargs: Any) -> Any:
            with database.writer() as session:
                return fn(session, actor, *args, now=clock.now(), **kwargs)

        while True:
            try:
                ticket = op(q.call_next, number, open_if_closed=True)
            except QueueEmpty:
                if kiosks_done.is_set():
                    empty_since = empty_since or time.monotonic()
                    if time.monotonic() - empty_since > quiet_seconds:
                        break
                time.sleep(0.02)
                continue
            empty_since = None
            log["called"].append(ticket.code)
            roll = rng.random()
            if roll < 0.05:
                op(q.hold_current, number, rng.choice((1, 2)))
                log["held"].append(ticket.code)
                continue
            if roll < 0.09:  # never comes: recalled until the limit makes it a no-show
                while op(q.recall, number).status != "no_show":
                    pass
                log["no_show"].append(ticket.code)
                if rng.random() < 0.3:  # came back after all
                    with database.writer() as session:
                        q.reinstate_no_show(session, actor, ticket.code, now=clock.now())
                    log["reinstated"].append(ticket.code)
                continue
            if roll < 0.12:
                op(q.mark_no_show, number)
                log["no_show"].append(ticket.code)
                continue
            # A recall can end in a no-show: calls before a hold or a reinstatement count
            # towards the recall limit too.
            if roll < 0.25 and op(q.recall, number).status == "no_show":
                log["no_show"].append(ticket.code)
                continue
            op(q.start_service, number)
            if rng.random() < 0.08:
                target = rng.choice([c for c in SERVICE_CODES if c != ticket.service_code])
                op(q.transfer, number, target, note=f"from counter {number}")
                log["transferred"].append(ticket.code)
                continue
            op(q.finish_service, number)
            log["done"].append(ticket.code)
        database.dispose()
        return log

    _guard("counter", results, body)


# --- crashes -----------------------------------------------------------------------------


def serve_and_hang(url: str, number: int, staff: tuple[str, int], results: Any) -> None:
    """Call the next ticket and start serving it, report it, then wait to be killed."""
    database = open_database(url)
    actor = Actor(staff[0], Role.COUNTER, staff[1])
    with database.writer() as session:
        ticket = q.call_next(session, actor, number, open_if_closed=True)
    with database.writer() as session:
        q.start_service(session, actor, number)
    results.put(("serving", ticket.code))
    while True:
        time.sleep(1)


def serve_forever(url: str, number: int, staff: tuple[str, int], progress: Any) -> None:
    """Serve tickets back to back as fast as possible, counting finished ones in ``progress``."""
    database = open_database(url)
    actor = Actor(staff[0], Role.COUNTER, staff[1])
    while True:
        try:
            with database.writer() as session:
                current = q.current_ticket(session, number)
            with database.writer() as session:
                if current is None:
                    q.call_next(session, actor, number, open_if_closed=True)
                elif current.status == "called":
                    q.start_service(session, actor, number)
                else:
                    q.finish_service(session, actor, number)
                    with progress.get_lock():
                        progress.value += 1
        except QueueEmpty:
            time.sleep(0.01)


def spool(url: str, port: str, printer_name: str, write_timeout: float) -> None:
    """A station's print spooler on the real job store and a serial printer, until killed."""
    from devices.printer import SerialPrinter
    from devices.serial_settings import SerialSettings
    from devices.serial_transport import SerialTransport
    from devices.spooler import Spooler
    from services.queue.print_jobs import SqlJobStore

    database = open_database(url)
    settings = SerialSettings(port=port, write_timeout=write_timeout, read_timeout=0.2)
    transport = SerialTransport(settings, first_retry=0.05, max_retry=0.5)
    printer = SerialPrinter(settings, printer_name, status_timeout=0.5, transport=transport)
    spooler = Spooler(SqlJobStore(database), printer, poll_interval=0.05)
    spooler.start()
    while True:
        time.sleep(1)


# --- printing kiosks -----------------------------------------------------------------------


def printing_kiosk(url: str, name: str, out_dir: str, quota: int, start: Any, results: Any) -> None:
    """A kiosk as the window runs one: takes its name, spools each ticket to its own printer
    (a virtual one writing files), and reports when every job of its own is printed."""

    def body() -> dict[str, Any]:
        from pathlib import Path

        from devices.spooler import Spooler
        from devices.virtual_printer import VirtualPrinter
        from printing.profiles import PrinterProfile
        from services.core.actors import kiosk_actor
        from services.queue.print_jobs import SqlJobStore, list_jobs
        from services.stations.registry import take_station_name
        from station.ticket_printing import spool_ticket

        database = open_database(url)
        lease = take_station_name(database, name, "kiosk")
        printer = VirtualPrinter(
            Path(out_dir), name=f"{name}-printer", render=lambda data, width: b""
        )
        spooler = Spooler(SqlJobStore(database, claimant=name, lease=lease), printer, None, 0.05)
        spooler.start()
        start.wait(60)
        actor = kiosk_actor(name)
        barcodes = []
        for _ in range(quota):
            with database.writer() as session:
                ticket = q.issue_ticket(session, actor, "A")
            with database.writer() as session:
                spool_ticket(session, ticket, printer=printer.name, profile=PrinterProfile())
            spooler.wake()
            barcodes.append(ticket.barcode)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with database.reader() as session:
                jobs = list_jobs(session, printer=printer.name, limit=quota + 1)
            if len(jobs) == quota and all(job.state == "done" for job in jobs):
                break
            time.sleep(0.1)
        assert spooler.stop(timeout=15)
        lease.release()
        database.dispose()
        return {"name": name, "barcodes": barcodes}

    _guard("kiosk", results, body)
