"""The print spooler: sends queued jobs to one printer, in order, each once.

Jobs live in the database (``print_job`` rows owned by ``services``), which devices may not
import, so the store is a Protocol here. A printer that is out of paper, offline or
unplugged holds the queue; the job goes out on its own when the fault clears.

Exactly once: a job is marked sending (committed) before its bytes go out and done after.
A job found still marked sending was interrupted (crash, unplug mid-job); part of it may be
on paper, so it is sent again with a COPY banner rather than silently twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from devices.errors import DeviceError, PrinterNotReady
from devices.printer import Printer
from devices.printer_status import PrinterStatus
from printing.copy_mark import mark_as_copy

_log = logging.getLogger(__name__)

JobState = Literal["waiting", "sending", "done", "error"]


class SpoolJob(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def data(self) -> bytes: ...

    @property
    def is_copy(self) -> bool:
        """A reprint, or a job marked sending before that never got marked done."""
        ...


class JobStore(Protocol):
    """Where jobs are kept. Each ``mark_*`` is committed when it returns."""

    def next_job(self, printer: str) -> SpoolJob | None:
        """The oldest unfinished job (queued, waiting or sending) for ``printer``.

        A job that was marked sending earlier and not done since (a crash, or a send that
        failed midway and was then marked waiting) must come back with ``is_copy=True``.
        """
        ...

    def mark_sending(self, job_id: int) -> None: ...

    def mark_done(self, job_id: int) -> None: ...

    def mark_waiting(self, job_id: int, reason: str) -> None: ...


@dataclass(frozen=True)
class JobStateChange:
    """What happened to a job, for the UI.

    ``state`` "error" means the spool itself failed (database away, or a bug); then
    ``job_id`` may be None and ``printer_status`` is None.
    """

    job_id: int | None
    state: JobState
    reason: str | None
    printer_status: PrinterStatus | None
    printer: str


class Spooler:
    """Sends one printer's jobs from a ``JobStore``, in a background thread.

    Args:
        store: the jobs.
        printer: the printer; ``printer.name`` selects its jobs in the store.
        on_change: told of every state change, from the spooler's thread; must not block.
        poll_interval: seconds between looks at an idle queue or a faulty printer.
        max_backoff: longest wait between retries after the store fails.
    """

    def __init__(
        self,
        store: JobStore,
        printer: Printer,
        on_change: Callable[[JobStateChange], None] | None = None,
        poll_interval: float = 0.5,
        *,
        max_backoff: float = 5.0,
    ) -> None:
        self._store = store
        self._printer = printer
        self._on_change = on_change
        self._poll_interval = poll_interval
        self._max_backoff = max_backoff
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._current: int | None = None
        # Sent, but recording that failed: record it before anything else, never resend it.
        self._sent_not_recorded: int | None = None
        # The waiting reason last stored, so a long fault doesn't rewrite the row every poll.
        self._recorded_wait: tuple[int, str] | None = None

    @property
    def printer(self) -> Printer:
        return self._printer

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name=f"spooler-{self._printer.name}", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> bool:
        """Stop after the current step; return whether the thread has ended.

        A job being sent is finished first (bounded by the port's write timeout).
        """
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        return not thread.is_alive()

    def wake(self) -> None:
        """Look at the queue now (call after adding a job)."""
        self._wake.set()

    def run_once(self) -> float:
        """Make one step: send one job, hold it, or find nothing to do.

        Returns:
            Seconds to wait before the next step (0 when more may be ready now).
        """
        try:
            return self._step()
        except Exception as exc:  # database away, or a bug: tell, retry later, never die
            _log.exception("print spooler for %s failed", self._printer.name)
            self._notify(
                JobStateChange(
                    self._current,
                    "error",
                    f"The print queue failed: {exc}",
                    None,
                    self._printer.name,
                )
            )
            return self._backoff()

    def _run(self) -> None:
        while True:
            # Cleared before the step, so a wake() during the step is not lost.
            self._wake.clear()
            if self._stop.is_set():
                return
            delay = self.run_once()
            if delay > 0:
                self._wake.wait(delay)

    def _step(self) -> float:
        if self._sent_not_recorded is not None:
            job_id = self._sent_not_recorded
            self._store.mark_done(job_id)
            self._sent_not_recorded = None
            self._done(job_id)
            return 0.0
        self._current = None
        job = self._store.next_job(self._printer.name)
        if job is None:
            self._failures = 0
            return self._poll_interval
        self._current = job.id
        # Read before mark_sending: a live row would call itself a copy from then on.
        data = mark_as_copy(job.data) if job.is_copy else job.data
        try:
            status = self._printer.status()
        except DeviceError as exc:
            return self._hold(job.id, str(exc), None)
        if not status.ok:
            return self._hold(job.id, status.describe(), status)
        self._store.mark_sending(job.id)
        self._recorded_wait = None
        self._notify(JobStateChange(job.id, "sending", None, status, self._printer.name))
        try:
            self._printer.send(data)
        except DeviceError as exc:
            # The store now counts the job as started, so its retry carries a COPY banner.
            fault = exc.status if isinstance(exc, PrinterNotReady) else None
            return self._hold(job.id, str(exc), fault)
        self._sent_not_recorded = job.id
        self._store.mark_done(job.id)
        self._sent_not_recorded = None
        self._done(job.id)
        return 0.0

    def _hold(self, job_id: int, reason: str, status: PrinterStatus | None) -> float:
        if self._recorded_wait != (job_id, reason):
            self._store.mark_waiting(job_id, reason)
            self._recorded_wait = (job_id, reason)
            _log.info("print job %d waits on %s: %s", job_id, self._printer.name, reason)
            self._notify(JobStateChange(job_id, "waiting", reason, status, self._printer.name))
        self._failures = 0
        # No growing backoff for printer faults: staff expect printing to resume as soon
        # as the paper is in. The serial port throttles its own reopen attempts.
        return self._poll_interval

    def _done(self, job_id: int) -> None:
        self._failures = 0
        self._current = None
        self._notify(JobStateChange(job_id, "done", None, None, self._printer.name))

    def _backoff(self) -> float:
        delay = min(self._poll_interval * 2.0**self._failures, self._max_backoff)
        self._failures += 1
        return delay

    def _notify(self, change: JobStateChange) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(change)
        except Exception:  # a broken listener must not stop printing
            _log.exception("print spooler listener failed on %s", change)
