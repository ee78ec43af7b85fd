"""Database work of a panel, run on its worker thread: one session per job, outages named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from services.storage.db import Database, translate_outage
from ui.common.op_runner import OpRunner

T = TypeVar("T")
Say = Callable[[str, bool], None]  # text, warn
Failed = Callable[[BaseException], None]


class SessionJobs:
    """``read`` and ``write`` for the contexts of the case, request and administration panels.

    A subclass (a dataclass) provides ``database``, ``runner`` and ``failed``, the handler
    used when a job is given none.
    """

    database: Database
    runner: OpRunner
    failed: Failed

    def read(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.reader, work, done, failed)

    def write(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.writer, work, done, failed)

    def _submit(
        self,
        sessions: Callable[[], Any],
        work: Callable[[Session], T],
        done: Callable[[T], None] | None,
        failed: Failed | None,
    ) -> None:
        def job() -> T:
            with translate_outage(), sessions() as session:
                return work(session)

        self.runner.submit(job, done, failed or self.failed)


@dataclass
class DatabaseJobs(SessionJobs):
    """A window's database work: ``jobs.read(work, done)`` and ``jobs.write(work, done)``."""

    database: Database
    runner: OpRunner
    failed: Failed
