"""Drill 2: ``kill -9`` in the middle of the work, then a restart.

- A counter process killed while it serves a ticket: after the restart the counter finds the
  ticket still in service (``queue_ops.current_ticket``) and finishes it.
- A counter process killed again and again at random moments while it serves back to back:
  no operation is ever half done (every ticket's events are a legal path ending in its
  stored status), and the counter always finds and finishes what it had.
- A print spooler process killed while a job's bytes are on their way to a slow printer: after
  the restart the job is printed in full, once, under a COPY banner, and recorded as done.

On SQLite and on PostgreSQL; the database file passes ``PRAGMA integrity_check`` afterwards.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest
import serial
from sqlalchemy import select, text

from printing.copy_mark import mark_as_copy
from services.core.actors import SYSTEM, Actor, Role
from services.queue import ops as q
from services.queue import print_jobs
from services.storage.db import Database, open_database
from services.storage.models import PrintJob, Staff, Ticket
from tests.conftest import MORNING
from tests.devices.fake_printer import FakePrinter, _close_quietly
from tests.devices.pty_pair import PtyPair
from tests.devices.waiting import wait_until
from tests.drills.conftest import Spawner, scaled
from tests.drills.invariants import replay, ticket_events
from tests.drills.stations import serve_and_hang, serve_forever, spool
from tests.strict import require_tool

pytestmark = pytest.mark.soak

COUNTER = 2
KILL_CYCLES = 3


def _clerk(database: Database) -> tuple[str, int]:
    with database.writer() as session:
        staff = Staff(
            username="clerk-crash",
            full_name="Crash Clerk",
            role="counter",
            password_hash=None,
            must_change_password=False,
            failed_logins=0,
            active=True,
            created_at=MORNING,
        )
        session.add(staff)
        session.commit()
        return staff.username, staff.id


def _issue(database: Database, count: int) -> None:
    with database.writer() as session:
        for n in range(count):
            q.issue_ticket(session, SYSTEM, "AB"[n % 2])


def _assert_intact(database: Database) -> None:
    """Every ticket's events are a legal path to its stored status; SQLite is not corrupt."""
    with database.reader() as session:
        events = ticket_events(session)
        tickets = session.execute(select(Ticket.id, Ticket.code, Ticket.status)).all()
        if database.is_sqlite:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    problems = []
    for ticket_id, code, status in tickets:
        state, broken = replay(events[ticket_id])
        if state != status or broken:
            problems.append(f"{code}: events lead to {state}, stored {status}; {broken}")
    assert not problems, "\n".join(problems)


def _kill(process: object) -> None:
    process.kill()  # type: ignore[attr-defined]  # SIGKILL: no cleanup, no rollback by us
    process.join(10)  # type: ignore[attr-defined]
    assert process.exitcode == -signal.SIGKILL  # type: ignore[attr-defined]


def test_a_counter_killed_while_serving_finds_its_ticket_after_restart(
    db_url: str, spawner: Spawner
) -> None:
    database = open_database(db_url)
    try:
        staff = _clerk(database)
        _issue(database, 3)
        results = spawner.context.Queue()
        station = spawner.start(serve_and_hang, db_url, COUNTER, staff, results)
        kind, code = results.get(timeout=120)
        assert kind == "serving"
        _kill(station)

        # The restarted counter: same clerk, same counter.
        actor = Actor(staff[0], Role.COUNTER, staff[1])
        with database.reader() as session:
            current = q.current_ticket(session, COUNTER)
        assert current is not None
        assert (current.code, current.status, current.counter_number) == (code, "serving", COUNTER)
        with database.writer() as session:
            finished = q.finish_service(session, actor, COUNTER)
        assert (finished.code, finished.status) == (code, "done")
        with database.writer() as session:
            following = q.call_next(session, actor, COUNTER)
        assert following.code != code
        _assert_intact(database)
    finally:
        database.dispose()


def test_a_counter_killed_at_random_moments_never_leaves_half_an_operation(
    db_url: str, spawner: Spawner
) -> None:
    database = open_database(db_url)
    rng = random.Random(8)
    cycles = scaled(KILL_CYCLES)
    try:
        staff = _clerk(database)
        _issue(database, 12 * cycles + 10)
        actor = Actor(staff[0], Role.COUNTER, staff[1])
        for _ in range(cycles):
            progress = spawner.context.Value("i", 0)
            station = spawner.start(serve_forever, db_url, COUNTER, staff, progress)
            wait_until(lambda progress=progress: progress.value >= 3, timeout=120, what="serving")
            time.sleep(rng.uniform(0, 0.05))  # somewhere inside an operation, most likely
            _kill(station)
            _assert_intact(database)
            with database.reader() as session:
                current = q.current_ticket(session, COUNTER)
            assert current is None or current.status in ("called", "serving")
        # The last restart finishes what the counter had.
        with database.reader() as session:
            current = q.current_ticket(session, COUNTER)
        if current is not None:
            with database.writer() as session:
                if current.status == "called":
                    q.start_service(session, actor, COUNTER)
                q.finish_service(session, actor, COUNTER)
        _assert_intact(database)
        with database.reader() as session:
            statuses = set(session.scalars(select(Ticket.status)))
        assert statuses <= {"done", "waiting"}
    finally:
        database.dispose()


# --- a print job cut off by kill -9 ------------------------------------------------------

COPY = "补打 REPRINT".encode("gb18030")
# Far more than the pseudo-terminals and socat buffer between the spooler and the printer,
# so the first send is still going out when the spooler is killed. No DLE (0x10) inside.
JOB = (
    b"\x1b@TICKET A001\n"
    + b"".join(b"line %05d ........................\n" % n for n in range(12000))
    + b"END OF TICKET A001\n\x1dV\x00"
)


class SlowPrinter(FakePrinter):
    """A printer that takes its data slowly (about 3 KB/s) until ``slow`` is cleared."""

    slow = True

    def _serve(self, port: serial.Serial) -> None:
        if not self.slow:
            super()._serve(port)
            return
        try:
            data = port.read(min(64, max(1, port.in_waiting)))
        except (OSError, serial.SerialException):
            self._serial = None
            _close_quietly(port)
            return
        if data:
            self._receive(port, data)
        time.sleep(0.02)


def _job(database: Database, job_id: int) -> PrintJob:
    with database.reader() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        return job


def test_a_print_job_killed_while_sending_prints_again_as_a_copy(
    db_url: str, spawner: Spawner, tmp_path: Path
) -> None:
    pair = PtyPair(tmp_path, socat=require_tool("socat"))
    pair.start()
    printer = SlowPrinter()
    printer.attach(pair.peer)
    printer.start()
    database = open_database(db_url)
    try:
        with database.writer() as session:
            job_id = print_jobs.enqueue(
                session, printer="kiosk", document_kind="ticket", document_ref="A001", data=JOB
            ).id
        first = spawner.start(spool, db_url, str(pair.ours), "kiosk", 60.0)
        wait_until(lambda: _job(database, job_id).state == "sending", timeout=120, what="send")
        wait_until(lambda: len(printer.printed) > 2000, timeout=60, what="the first bytes")
        _kill(first)
        assert _job(database, job_id).state == "sending"  # cut off: part of it is on paper
        assert b"END OF TICKET" not in printer.printed

        printer.slow = False
        second = spawner.start(spool, db_url, str(pair.ours), "kiosk", 60.0)
        wait_until(lambda: _job(database, job_id).state == "done", timeout=120, what="the copy")
        wait_until(lambda: printer.printed.endswith(mark_as_copy(JOB)), timeout=60, what="bytes")
        _kill(second)
        printed = printer.printed
        assert printed.count(b"END OF TICKET A001") == 1  # the copy, in full, once
        assert printed.count(COPY) == 1
        job = _job(database, job_id)
        assert job.attempts == 2
        assert job.sent_at is not None
    finally:
        database.dispose()
        printer.stop()
        pair.stop()
