"""An in-memory ``JobStore`` for tests and the demo; the database one lives in services."""

from __future__ import annotations

import dataclasses
import itertools
import threading
from dataclasses import dataclass
from typing import Literal

StoredState = Literal["queued", "waiting", "sending", "done"]


@dataclass(frozen=True)
class MemoryJob:
    """A snapshot of one job, like a row read in its own transaction."""

    id: int
    printer: str
    data: bytes
    state: StoredState = "queued"
    reason: str | None = None
    reprint: bool = False
    attempts: int = 0  # times marked sending

    @property
    def is_copy(self) -> bool:
        # Once marked sending, part of it may be on paper: any later send is a copy.
        return self.reprint or self.attempts > 0


class MemoryJobStore:
    """Thread-safe: the GUI adds jobs while a spooler thread takes them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._jobs: dict[int, MemoryJob] = {}

    def add(self, printer: str, data: bytes, *, reprint: bool = False) -> int:
        with self._lock:
            job_id = next(self._ids)
            self._jobs[job_id] = MemoryJob(id=job_id, printer=printer, data=data, reprint=reprint)
            return job_id

    def get(self, job_id: int) -> MemoryJob:
        with self._lock:
            return self._jobs[job_id]

    def jobs(self, printer: str | None = None) -> list[MemoryJob]:
        with self._lock:
            return [j for j in self._jobs.values() if printer is None or j.printer == printer]

    def unfinished(self, printer: str | None = None) -> list[MemoryJob]:
        return [j for j in self.jobs(printer) if j.state != "done"]

    def next_job(self, printer: str) -> MemoryJob | None:
        with self._lock:
            for job in self._jobs.values():  # insertion order is id order: oldest first
                if job.printer == printer and job.state != "done":
                    return job
            return None

    def mark_sending(self, job_id: int) -> None:
        with self._lock:
            job = self._jobs[job_id]
            self._jobs[job_id] = dataclasses.replace(
                job, state="sending", reason=None, attempts=job.attempts + 1
            )

    def mark_done(self, job_id: int) -> None:
        self._set(job_id, "done", None)

    def mark_waiting(self, job_id: int, reason: str) -> None:
        self._set(job_id, "waiting", reason)

    def _set(self, job_id: int, state: StoredState, reason: str | None) -> None:
        with self._lock:
            self._jobs[job_id] = dataclasses.replace(self._jobs[job_id], state=state, reason=reason)
