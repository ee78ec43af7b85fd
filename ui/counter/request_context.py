"""What the counter's casework panels share: the database, the window's worker, who works."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from services.core.actors import Actor
from services.storage.db import Database, translate_outage
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import Failed, Say, SessionJobs

T = TypeVar("T")


@dataclass(frozen=True)
class CounterContext(SessionJobs):
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
