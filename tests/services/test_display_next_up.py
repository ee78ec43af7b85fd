"""The display's "please get ready": the next tickets of the busy services, in call order."""

from __future__ import annotations

from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.queue.display_reads import display_snapshot
from services.storage.db import Database

SOCIAL_SECURITY_DESK = 5  # serves A and G only


def test_next_up_lists_busy_open_services_in_call_order(database: Database) -> None:
    with database.writer() as session:
        for _ in range(5):
            queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.issue_ticket(session, SYSTEM, "A", priority="elderly")
        queue_ops.issue_ticket(session, SYSTEM, "B")
        queue_ops.issue_ticket(session, SYSTEM, "B")
        for _ in range(3):
            queue_ops.issue_ticket(session, SYSTEM, "H")  # busy, but no counter serves it now
        queue_ops.open_counter(session, SYSTEM, SOCIAL_SECURITY_DESK)
        assert queue_ops.call_next(session, SYSTEM, SOCIAL_SECURITY_DESK).code == "A006"
        assert display_snapshot(session).next_up == (("A001", "A002", "A003"),)
        queue_ops.issue_ticket(session, SYSTEM, "A", priority="pregnant")  # the green channel
        assert display_snapshot(session).next_up == (("A007", "A001", "A002"),)
