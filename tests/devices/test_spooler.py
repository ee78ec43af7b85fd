"""The spooler's rules, driven step by step with run_once, and its thread."""

from __future__ import annotations

import threading

import pytest

from devices.errors import DeviceTimeout, DeviceUnavailable, PrinterNotReady
from devices.memory_job_store import MemoryJob, MemoryJobStore
from devices.printer_status import READY, UNKNOWN, PrinterStatus
from devices.spooler import JobStateChange, Spooler
from tests.devices.waiting import wait_until

COPY = "补打 REPRINT".encode("gb18030")
PAPER_END = PrinterStatus(known=True, online=False, paper_near_end=True, paper_end=True)


class StubPrinter:
    """A printer whose status and failures the test sets."""

    def __init__(self, name: str = "kiosk") -> None:
        self._name = name
        self.state = READY
        self.status_error: Exception | None = None
        self.send_errors: list[Exception] = []
        self.sent: list[bytes] = []
        self.lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    def status(self) -> PrinterStatus:
        if self.status_error is not None:
            raise self.status_error
        return self.state

    def send(self, data: bytes) -> None:
        if self.send_errors:
            raise self.send_errors.pop(0)
        with self.lock:
            self.sent.append(data)


class FlakyStore(MemoryJobStore):
    """A store whose methods fail a given number of times, like a database going away."""

    def __init__(self) -> None:
        super().__init__()
        self.failures: dict[str, int] = {}

    def _maybe_fail(self, method: str) -> None:
        if self.failures.get(method, 0) > 0:
            self.failures[method] -= 1
            raise ConnectionError(f"database away during {method}")

    def next_job(self, printer: str) -> MemoryJob | None:
        self._maybe_fail("next_job")
        return super().next_job(printer)

    def mark_sending(self, job_id: int) -> None:
        self._maybe_fail("mark_sending")
        super().mark_sending(job_id)

    def mark_done(self, job_id: int) -> None:
        self._maybe_fail("mark_done")
        super().mark_done(job_id)

    def mark_waiting(self, job_id: int, reason: str) -> None:
        self._maybe_fail("mark_waiting")
        super().mark_waiting(job_id, reason)


@pytest.fixture
def printer() -> StubPrinter:
    return StubPrinter()


@pytest.fixture
def store() -> FlakyStore:
    return FlakyStore()


@pytest.fixture
def changes() -> list[JobStateChange]:
    return []


@pytest.fixture
def spooler(store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]) -> Spooler:
    return Spooler(store, printer, changes.append, poll_interval=0.05, max_backoff=0.4)


def job(n: int) -> bytes:
    return b"\x1b@job %04d\n\x1dV\x00" % n


def test_jobs_print_in_order_each_once(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    ids = [store.add("kiosk", job(n)) for n in range(3)]
    store.add("counter-3", b"someone else's")
    assert [spooler.run_once() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert spooler.run_once() == 0.05  # idle: poll again later
    assert printer.sent == [job(0), job(1), job(2)]
    assert all(store.get(i).state == "done" for i in ids)
    assert [(c.job_id, c.state) for c in changes] == [
        (ids[0], "sending"),
        (ids[0], "done"),
        (ids[1], "sending"),
        (ids[1], "done"),
        (ids[2], "sending"),
        (ids[2], "done"),
    ]
    assert store.unfinished("counter-3")


def test_a_fault_holds_the_queue_and_printing_resumes_by_itself(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    first, second = store.add("kiosk", job(1)), store.add("kiosk", job(2))
    printer.state = PAPER_END
    for _ in range(5):
        assert spooler.run_once() == 0.05
    assert printer.sent == []
    held = store.get(first)
    assert held.state == "waiting"
    assert held.reason == "The printer is out of paper. Load a new roll."
    assert store.get(second).state == "queued"  # the queue is held, not skipped
    # Told once, not at every poll.
    assert [(c.job_id, c.state, c.printer_status) for c in changes] == [
        (first, "waiting", PAPER_END)
    ]
    printer.state = READY
    spooler.run_once()
    spooler.run_once()
    assert printer.sent == [job(1), job(2)]  # not marked COPY: nothing had gone out


def test_an_unreachable_printer_holds_the_job_with_the_port_message(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    job_id = store.add("kiosk", job(1))
    printer.status_error = DeviceUnavailable("not found", port="/dev/ttyUSB0")
    spooler.run_once()
    assert store.get(job_id).state == "waiting"
    assert "/dev/ttyUSB0" in (store.get(job_id).reason or "")
    assert changes[-1].state == "waiting"
    printer.status_error = None
    spooler.run_once()
    assert printer.sent == [job(1)]


def test_a_silent_printer_never_gets_the_job(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter
) -> None:
    job_id = store.add("kiosk", job(1))
    printer.state = UNKNOWN
    spooler.run_once()
    assert printer.sent == []
    assert store.get(job_id).reason == "The printer does not answer. Check its power and cable."


@pytest.mark.parametrize(
    "error",
    [
        DeviceUnavailable("the device went away", port="/dev/ttyUSB0"),
        DeviceTimeout(5.0, port="/dev/ttyUSB0"),
    ],
)
def test_a_send_cut_midway_is_resent_as_a_copy(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, error: Exception
) -> None:
    job_id = store.add("kiosk", job(1))
    printer.send_errors.append(error)
    spooler.run_once()
    assert store.get(job_id).state == "waiting"
    spooler.run_once()
    assert len(printer.sent) == 1
    assert COPY in printer.sent[0]
    assert printer.sent[0].endswith(job(1)[2:])


def test_a_refusal_at_send_time_holds_the_job(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    job_id = store.add("kiosk", job(1))
    printer.send_errors.append(PrinterNotReady(PAPER_END, printer="kiosk"))
    spooler.run_once()
    assert store.get(job_id).state == "waiting"
    assert changes[-1].printer_status == PAPER_END


def test_a_job_left_sending_by_a_crash_is_resent_as_a_copy(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter
) -> None:
    job_id = store.add("kiosk", job(1))
    store.mark_sending(job_id)  # the previous process died right after this
    spooler.run_once()
    assert len(printer.sent) == 1
    assert COPY in printer.sent[0]
    assert store.get(job_id).state == "done"


def test_a_reprint_carries_the_copy_banner(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter
) -> None:
    store.add("kiosk", job(1), reprint=True)
    spooler.run_once()
    assert COPY in printer.sent[0]


def test_a_store_failure_is_retried_with_backoff_and_told(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    store.add("kiosk", job(1))
    store.failures["next_job"] = 5
    delays = [spooler.run_once() for _ in range(5)]
    assert delays == [0.05, 0.1, 0.2, 0.4, 0.4]
    assert changes[0].state == "error"
    assert "database away" in (changes[0].reason or "")
    assert spooler.run_once() == 0.0
    assert printer.sent == [job(1)]


def test_sent_job_is_never_resent_when_recording_it_fails(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    job_id = store.add("kiosk", job(1))
    store.failures["mark_done"] = 3
    for _ in range(4):
        spooler.run_once()
    assert printer.sent == [job(1)]
    assert store.get(job_id).state == "done"
    assert changes[-1] == JobStateChange(job_id, "done", None, None, "kiosk")


def test_failures_to_record_waiting_are_retried(
    spooler: Spooler, store: FlakyStore, printer: StubPrinter
) -> None:
    job_id = store.add("kiosk", job(1))
    printer.state = PAPER_END
    store.failures["mark_waiting"] = 1
    spooler.run_once()
    assert store.get(job_id).state == "queued"
    spooler.run_once()
    assert store.get(job_id).state == "waiting"


def test_a_failing_listener_does_not_stop_printing(store: FlakyStore, printer: StubPrinter) -> None:
    def explode(change: JobStateChange) -> None:
        raise RuntimeError("listener bug")

    spooler = Spooler(store, printer, explode, poll_interval=0.05)
    store.add("kiosk", job(1))
    spooler.run_once()
    assert printer.sent == [job(1)]


def test_the_thread_prints_on_wake_survives_errors_and_stops(
    store: FlakyStore, printer: StubPrinter, changes: list[JobStateChange]
) -> None:
    # A long poll interval: only wake() can make it print quickly.
    spooler = Spooler(store, printer, changes.append, poll_interval=30, max_backoff=0.05)
    spooler.start()
    try:
        wait_until(lambda: spooler.is_running, what="the spooler thread")
        store.failures["next_job"] = 3
        store.add("kiosk", job(1))
        spooler.wake()
        wait_until(lambda: printer.sent == [job(1)], timeout=10, what="the first job")
        assert any(c.state == "error" for c in changes)
        store.add("kiosk", job(2))
        spooler.wake()
        wait_until(lambda: printer.sent == [job(1), job(2)], timeout=10, what="the second job")
    finally:
        assert spooler.stop(timeout=10)
    assert not spooler.is_running
