"""Database work of a panel, run on its worker thread: one session per job, outages named."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from services.queue.idempotency import new_key, run_once
from services.storage.db import Database, translate_outage
from ui.common.op_runner import OpRunner

T = TypeVar("T")
log = logging.getLogger(__name__)
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

    def write_once(
        self,
        work: Callable[[Session, str], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
        *,
        deadline_seconds: float = 20.0,
    ) -> None:
        """Writing work that must happen once: its idempotency key is made before the first
        try, and a try whose COMMIT was cut is tried again with the same key while the
        database is away (``services.queue.idempotency.run_once``)."""
        key = new_key()
        database = self.database

        def job() -> T:
            return run_once(database, work, key=key, deadline_seconds=deadline_seconds)

        self.runner.submit(job, done, failed or self.failed)

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


def _unexpected(error: BaseException) -> None:
    log.error("database work failed with no handler", exc_info=error)


@dataclass
class DatabaseJobs(SessionJobs):
    """The one way a window runs database work off the GUI thread:
    ``jobs.read(work, done, failed)`` and ``jobs.write(work, done, failed)``, where ``work``
    takes the session; a lost database arrives as ``DatabaseUnavailable``."""

    database: Database
    runner: OpRunner
    failed: Failed = _unexpected
