"""Drill 3: the PostgreSQL server stops and starts again while stations run.

The drill starts its own throwaway server (``initdb`` and ``pg_ctl`` as the postgres user, as
``.ci/postgres.sh`` does) so it can stop it without disturbing other tests. Stations run
against it: the hall display window (offscreen) with its live feed and its "connection lost"
banner, a bare event watcher (what drives every window's live updates), and a kiosk loop
issuing tickets the way a window does (inside ``translate_outage``), retrying a failed one.

During the outage every failed operation reports ``DatabaseUnavailable`` (nothing else) and
the watcher reports the database offline and the display shows its banner. Within 10 s of the
server being back the watcher is online again, the banner is gone and the retried operation
succeeds. No committed ticket is lost, none is half written (each has its event and audit
rows), and the watcher has delivered every event.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from services.core.actors import Actor, Role
from services.core.errors import DatabaseUnavailable
from services.core.event_feed import EventWatcher, FeedEvent
from services.queue import ops as q
from services.storage.bootstrap import prepare_database
from services.storage.db import open_database, translate_outage
from services.storage.models import AuditLog, QueueEvent, Ticket
from tests.drills.own_postgres import OwnServer
from ui.display.window import HallDisplayWindow

pytestmark = [pytest.mark.soak, pytest.mark.postgres]

RECOVERY_SECONDS = 10.0
OUTAGE_SECONDS = 3.0


@dataclass
class Kiosk:
    """Issues a ticket every few milliseconds; retries a failed one until it goes through."""

    url: str
    issued: list[tuple[float, str]] = field(default_factory=list)
    failures: list[tuple[float, BaseException]] = field(default_factory=list)
    retried_ok: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        database = open_database(self.url)
        actor = Actor("kiosk-1", Role.KIOSK)
        failed = False
        while not self.stop.is_set():
            try:
                with translate_outage(), database.writer() as session:
                    ticket = q.issue_ticket(session, actor, "A")
            except Exception as exc:  # every kind is recorded; the test says which are fine
                self.failures.append((time.monotonic(), exc))
                failed = True
                self.stop.wait(0.1)
                continue
            self.issued.append((time.monotonic(), ticket.code))
            if failed:
                self.retried_ok.append(ticket.code)
                failed = False
            self.stop.wait(0.02)
        database.dispose()


def test_stations_recover_by_themselves_after_a_server_restart(
    server: OwnServer, qtbot: QtBot
) -> None:
    database = open_database(server.url)
    prepare_database(database)
    events: list[FeedEvent] = []
    online: list[tuple[float, bool]] = []
    watcher = EventWatcher(
        database,
        events.extend,
        lambda up: online.append((time.monotonic(), up)),
        start_after=0,
    )
    watcher.start()
    display = HallDisplayWindow(database, "zh_CN", refresh_seconds=1.0)
    qtbot.addWidget(display)
    kiosk = Kiosk(server.url)
    thread = threading.Thread(target=kiosk.run, daemon=True)
    thread.start()
    recovery_ms = int(RECOVERY_SECONDS * 1000)
    try:
        qtbot.waitUntil(lambda: len(kiosk.issued) >= 10, timeout=60_000)
        qtbot.waitUntil(lambda: bool(online) and online[-1][1], timeout=30_000)
        qtbot.waitUntil(lambda: display.is_live and not display.banner_visible(), timeout=30_000)

        server.stop("fast")
        down = time.monotonic()
        qtbot.waitUntil(lambda: bool(kiosk.failures), timeout=30_000)
        qtbot.waitUntil(lambda: not online[-1][1], timeout=30_000)
        qtbot.waitUntil(display.banner_visible, timeout=30_000)  # the display says so
        qtbot.wait(int(OUTAGE_SECONDS * 1000))
        server.start()
        up = time.monotonic()

        qtbot.waitUntil(lambda: online[-1][1], timeout=recovery_ms)
        qtbot.waitUntil(lambda: kiosk.issued[-1][0] > up, timeout=recovery_ms)
        qtbot.waitUntil(lambda: not display.banner_visible(), timeout=recovery_ms)
        display_back = time.monotonic()
        back_online = next(t for t, state in online if state and t > up)
        issuing_again = next(t for t, _code in kiosk.issued if t > up)
        assert back_online - up < RECOVERY_SECONDS
        assert issuing_again - up < RECOVERY_SECONDS
        assert display_back - up < RECOVERY_SECONDS
        qtbot.waitUntil(lambda: len([t for t, _c in kiosk.issued if t > up]) >= 5, timeout=30_000)
    finally:
        kiosk.stop.set()
        thread.join(30)
        watcher.stop()
        display.shutdown()

    # Every failure was the clear outage error, during the outage, and the retry went through.
    assert kiosk.failures
    assert all(isinstance(exc, DatabaseUnavailable) for _t, exc in kiosk.failures), [
        repr(exc) for _t, exc in kiosk.failures
    ]
    assert all("not available" in str(exc) for _t, exc in kiosk.failures)
    assert all(down - 1 <= t <= up + RECOVERY_SECONDS for t, _exc in kiosk.failures)
    assert kiosk.retried_ok

    # Nothing committed was lost and nothing is half written.
    with database.reader() as session:
        codes = set(session.scalars(select(Ticket.code)))
        numbers = sorted(session.scalars(select(Ticket.number)))
        issued_events = session.scalar(
            select(func.count()).select_from(QueueEvent).where(QueueEvent.kind == "issued")
        )
        audits = session.scalar(
            select(func.count()).select_from(AuditLog).where(AuditLog.action == "queue.issued")
        )
    confirmed = {code for _t, code in kiosk.issued}
    assert confirmed <= codes
    # A ticket whose commit went through just as the server went away may exist unconfirmed.
    assert len(codes - confirmed) <= len(kiosk.failures)
    assert numbers == list(range(1, len(numbers) + 1))
    assert issued_events == audits == len(codes)
    # The watcher caught up with everything written, outage or not.
    assert {e.ticket_code for e in events if e.kind == "issued"} == codes
    database.dispose()
