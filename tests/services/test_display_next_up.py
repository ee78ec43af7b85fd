"""The display's "please get ready": the next tickets of the busy services, in call order."""

from __future__ import annotations

from datetime import time

from services.appointments.booking import book_appointment
from services.appointments.check_in import check_in
from services.core.actors import SYSTEM, kiosk_actor
from services.queue import ops as queue_ops
from services.queue.display_reads import NextTicket, display_snapshot
from services.storage.db import Database
from tests.services.appointment_helpers import TUESDAY, local, person, take_appointments

SOCIAL_SECURITY_DESK = 5  # serves A and G only


def codes(lines: tuple[tuple[NextTicket, ...], ...]) -> list[list[str]]:
    return [[ticket.code for ticket in line] for line in lines]


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
        assert codes(display_snapshot(session).next_up) == [["A001", "A002", "A003"]]
        queue_ops.issue_ticket(session, SYSTEM, "A", priority="pregnant")  # the green channel
        assert codes(display_snapshot(session).next_up) == [["A007", "A001", "A002"]]


def test_next_up_says_which_tickets_are_checked_in_appointments(database: Database) -> None:
    """On SQLite and PostgreSQL: the appointment whose slot has begun leads, marked."""
    with database.writer() as session:
        take_appointments(session, "A", 1)
        booked = book_appointment(
            session, SYSTEM, "A", TUESDAY, time(9, 0), person(1), name="预约人",
            now=local(TUESDAY, 8, 0),
        )  # fmt: skip
        for minute in (10, 11):
            queue_ops.issue_ticket(session, SYSTEM, "A", now=local(TUESDAY, 8, minute))
        check_in(session, kiosk_actor(), code=booked.code, now=local(TUESDAY, 8, 50))
        queue_ops.open_counter(session, SYSTEM, SOCIAL_SECURITY_DESK, now=local(TUESDAY, 8, 55))
        assert display_snapshot(session, now=local(TUESDAY, 9, 5)).next_up == (
            (NextTicket("A003", appointment=True), NextTicket("A001"), NextTicket("A002")),
        )
