"""The spooler driving a fake printer over real pseudo-terminals: faults, unplugs, restarts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.memory_job_store import MemoryJobStore
from devices.printer import SerialPrinter
from devices.serial_transport import SerialTransport
from devices.spooler import JobStateChange, Spooler
from tests.devices.rig import STATUS_TIMEOUT, SerialRig
from tests.devices.waiting import wait_until

pytestmark = pytest.mark.serial

COPY = "补打 REPRINT".encode("gb18030")


def job(n: int) -> bytes:
    return b"\x1b@ticket A%03d\n\x1dV\x00" % n


class Station:
    """One running process: a printer on the pty and its spooler over a shared store."""

    def __init__(self, rig: SerialRig, store: MemoryJobStore) -> None:
        transport = SerialTransport(rig.settings, first_retry=0.05, max_retry=0.5)
        self.printer = SerialPrinter(
            rig.settings, "kiosk", status_timeout=STATUS_TIMEOUT, transport=transport
        )
        self.changes: list[JobStateChange] = []
        self.spooler = Spooler(store, self.printer, self.changes.append, poll_interval=0.05)

    def start(self) -> Station:
        self.spooler.start()
        return self

    def stop(self) -> None:
        assert self.spooler.stop(timeout=15)
        self.printer.close()


@pytest.fixture
def store() -> MemoryJobStore:
    return MemoryJobStore()


@pytest.fixture
def station(serial_rig: SerialRig, store: MemoryJobStore) -> Iterator[Station]:
    running = Station(serial_rig, store)
    yield running
    running.stop()


def all_done(store: MemoryJobStore) -> bool:
    return not store.unfinished("kiosk")


def set_fault(rig: SerialRig, fault: str) -> None:
    if fault == "unplugged":
        rig.unplug()
    else:
        rig.printer.mode = fault  # type: ignore[assignment]


def clear_fault(rig: SerialRig, fault: str) -> None:
    if fault == "unplugged":
        rig.replug()
    else:
        rig.printer.mode = "ok"


@pytest.mark.parametrize("fault", ["paper_end", "offline", "cover_open", "silent", "unplugged"])
def test_a_fault_holds_the_job_and_it_prints_once_when_cleared(
    serial_rig: SerialRig, store: MemoryJobStore, station: Station, fault: str
) -> None:
    # One job through first, so the port is open when the fault comes.
    store.add("kiosk", job(0))
    station.start()
    wait_until(lambda: all_done(store), what="the first job")
    # Done means handed to the kernel: let the printer take it before the fault comes.
    wait_until(lambda: job(0) in serial_rig.printer.printed, what="the first job's bytes")

    set_fault(serial_rig, fault)
    job_id = store.add("kiosk", job(1))
    station.spooler.wake()
    wait_until(lambda: store.get(job_id).state == "waiting", what="the job to wait")
    # Let it retry a few times while the fault lasts.
    polls = len(serial_rig.printer.queries)
    if fault != "unplugged":
        wait_until(lambda: len(serial_rig.printer.queries) >= polls + 4, what="retries")
    assert store.get(job_id).state == "waiting"
    assert job(1) not in serial_rig.printer.printed

    clear_fault(serial_rig, fault)
    wait_until(lambda: all_done(store), what="the held job")
    wait_until(lambda: job(1) in serial_rig.printer.printed, what="the held job's bytes")
    printed = serial_rig.printer.printed
    assert printed.count(job(0)) == 1
    assert printed.count(job(1)) == 1
    assert COPY not in printed  # nothing had gone out during the fault
    assert serial_rig.printer.printed_in_fault == b""
    waiting = [c for c in station.changes if c.job_id == job_id and c.state == "waiting"]
    assert waiting
    assert waiting[0].reason


def test_a_job_queued_while_unplugged_from_the_start_prints_after_plugging_in(
    serial_rig: SerialRig, store: MemoryJobStore, station: Station
) -> None:
    serial_rig.unplug()
    job_id = store.add("kiosk", job(1))
    station.start()
    wait_until(lambda: store.get(job_id).state == "waiting", what="the job to wait")
    assert "not found" in (store.get(job_id).reason or "")
    serial_rig.replug()
    wait_until(lambda: all_done(store), what="the job after plugging in")
    wait_until(lambda: serial_rig.printer.printed == job(1), what="exactly the job's bytes")


def test_a_restart_during_a_fault_still_prints_once(
    serial_rig: SerialRig, store: MemoryJobStore
) -> None:
    serial_rig.printer.mode = "paper_end"
    job_id = store.add("kiosk", job(1))
    first = Station(serial_rig, store).start()
    wait_until(lambda: store.get(job_id).state == "waiting", what="the job to wait")
    first.stop()  # the station closes while the printer is out of paper

    second = Station(serial_rig, store).start()
    try:
        serial_rig.printer.mode = "ok"
        wait_until(lambda: all_done(store), what="the job after the restart")
    finally:
        second.stop()
    wait_until(lambda: job(1) in serial_rig.printer.printed, what="the job's bytes")
    assert serial_rig.printer.printed.count(job(1)) == 1
    assert COPY not in serial_rig.printer.printed


def test_a_job_left_sending_is_resent_marked_as_copy(
    serial_rig: SerialRig, store: MemoryJobStore, station: Station
) -> None:
    job_id = store.add("kiosk", job(1))
    store.mark_sending(job_id)  # the last run crashed while sending it
    station.start()
    wait_until(lambda: all_done(store), what="the resent job")
    wait_until(lambda: job(1)[2:] in serial_rig.printer.printed, what="the job's bytes")
    printed = serial_rig.printer.printed
    assert printed.count(COPY) == 1
    assert printed.count(job(1)[2:]) == 1
    assert printed.index(COPY) < printed.index(job(1)[2:])


def test_fifty_jobs_during_paper_out_all_print_in_order_once_after_refill(
    serial_rig: SerialRig, store: MemoryJobStore, station: Station
) -> None:
    serial_rig.printer.mode = "paper_end"
    station.start()
    for n in range(50):
        store.add("kiosk", job(n))
        station.spooler.wake()
    wait_until(lambda: store.get(1).state == "waiting", what="the first job to wait")
    assert serial_rig.printer.printed == b""

    serial_rig.printer.mode = "ok"
    wait_until(lambda: all_done(store), timeout=30, what="all fifty jobs")
    wait_until(lambda: job(49) in serial_rig.printer.printed, what="the last job's bytes")
    printed = serial_rig.printer.printed
    positions = [printed.find(job(n)) for n in range(50)]
    assert all(printed.count(job(n)) == 1 for n in range(50))
    assert positions == sorted(positions)
    assert printed == b"".join(job(n) for n in range(50))
    assert serial_rig.printer.printed_in_fault == b""
