"""What the counter's casework panels share: the database, the window's worker, who works."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from services.actors import Actor
from services.db import Database, translate_outage
from ui.op_runner import OpRunner

T = TypeVar("T")

Say = Callable[[str, bool], None]  # text, warn
Failed = Callable[[BaseException], None]


@dataclass(frozen=True)
class CounterContext:
    """Runs each panel's operations on the counter window's one worker thread.

    ``say`` shows a message in the window's message line; ``failed`` turns an error into a
    message (and the offline banner when the database is away). A failure never clears what
    the clerk typed: panels change their fields only in their success callbacks.
    """

    database: Database
    runner: OpRunner
    actor: Actor
    counter_number: int
    language: str
    say: Say
    failed: Failed

    def write(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.writer, work, done, failed)

    def read(
        self,
        work: Callable[[Session], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        self._submit(self.database.reader, work, done, failed)

    def run(
        self,
        job: Callable[[], T],
        done: Callable[[T], None] | None = None,
        failed: Failed | None = None,
    ) -> None:
        """A job of several transactions; it opens its own sessions (inside translate_outage)."""

        def guarded() -> T:
            with translate_outage():
                return job()

        self.runner.submit(guarded, done, failed or self.failed)

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
