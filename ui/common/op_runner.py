"""Runs database operations one at a time on a worker thread, so windows never freeze.

A window submits a callable; the result or the error comes back on the GUI thread through the
callbacks it gave. Errors the domain raises on purpose (``CivicDeskError``) are expected; any
other exception is logged with its traceback and reported as an unexpected error, never shown
to the user as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ui.qt import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Job:
    fn: Callable[[], Any]
    on_done: ResultCallback | None
    on_error: ErrorCallback | None


class _Worker(QObject):
    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def run(self, job: _Job) -> None:
        try:
            result = job.fn()
        except Exception as exc:  # reported to the window; the worker thread must survive
            log.debug("operation failed", exc_info=True)
            self.finished.emit(job, None, exc)
        else:
            self.finished.emit(job, result, None)


class OpRunner(QObject):
    """One worker thread for database work, shared by a window."""

    busy_changed = Signal(bool)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("civicdesk-db")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._pending = 0
        self._shut_down = False
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._submit.emit(_Job(fn, on_done, on_error))

    @Slot(object, object, object)
    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        if self._shut_down:
            return  # the window that asked is closing: its widgets may be gone already
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            if job.on_error is not None:
                job.on_error(error)
            else:
                log.error("unhandled operation error: %s", error)
        elif job.on_done is not None:
            job.on_done(result)

    def shutdown(self) -> None:
        self._shut_down = True
        self._thread.quit()
        self._thread.wait(5000)
