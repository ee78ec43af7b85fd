"""What a booking form offers, on SQLite and PostgreSQL: the services taking appointments, a
day's slots with the places left, and booking for a registered resident by record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta

import pytest
from sqlalchemy.orm import Session

from services.appointments.availability import bookable_services, day_slot_offers
from services.appointments.booking import book_appointment, cancel_appointment
from services.appointments.slots import day_slots
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.center_config import load_center_config
from services.core.errors import NotFound, SlotUnavailable, ValidationError
from services.queue import ops as queue_ops
from services.queue.reads import queue_status, waiting_for_counter
from services.storage.db import Database
from tests.conftest import MORNING
from tests.services.appointment_helpers import (
    NINE,
    SATURDAY,
    TUESDAY,
    local,
    person,
    take_appointments,
)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        take_appointments(s, "A", 2)
        yield s


def test_offers_every_slot_of_the_day_with_the_places_left(session: Session) -> None:
    assert [(s.code, s.capacity) for s in bookable_services(session)] == [("A", 2)]
    book_appointment(session, SYSTEM, "A", TUESDAY, NINE, person(1), name="甲", now=MORNING)
    book_appointment(session, SYSTEM, "A", TUESDAY, NINE, person(2), name="乙", now=MORNING)
    ten = book_appointment(
        session, SYSTEM, "A", TUESDAY, time(10, 0), person(3), name="丙", now=MORNING
    )
    offers = day_slot_offers(session, "a", TUESDAY, now=MORNING)
    expected = [f"{t:%H:%M}" for t in day_slots(load_center_config(session), TUESDAY)]
    assert [s.time for s in offers.slots] == expected
    by_time = {s.time: s for s in offers.slots}
    assert (by_time["09:00"].booked, by_time["09:00"].free, by_time["09:00"].bookable) == (
        2,
        0,
        False,
    )
    assert (by_time["10:00"].free, by_time["10:00"].bookable) == (1, True)
    assert by_time["10:00"].starts_at == local(TUESDAY, 10)
    assert offers.free == 2 * len(expected) - 3
    # A cancelled booking gives its place back to the offer.
    cancel_appointment(session, SYSTEM, ten.code, now=MORNING)
    assert {s.time: s.free for s in day_slot_offers(session, "A", TUESDAY, now=MORNING).slots}[
        "10:00"
    ] == 2


def test_slots_that_have_begun_are_shown_but_not_offered(session: Session) -> None:
    today = load_center_config(session).timezone
    day = MORNING.astimezone(today).date()  # Monday, 10:00 in Beijing
    offers = day_slot_offers(session, "A", day, now=MORNING)
    begun = [s.time for s in offers.slots if s.begun]
    assert begun
    assert all(t <= "10:00" for t in begun)
    assert all(s.bookable for s in offers.slots if not s.begun)
    assert day_slot_offers(session, "A", day, now=MORNING - timedelta(days=1)).slots[0].bookable


def test_closed_days_and_services_without_appointments_are_refused(session: Session) -> None:
    with pytest.raises(SlotUnavailable) as closed:
        day_slot_offers(session, "A", SATURDAY, now=MORNING)
    assert (closed.value.key, closed.value.params) == ("closed_day", {"day": "2026-12-05"})
    with pytest.raises(SlotUnavailable) as none:
        day_slot_offers(session, "B", TUESDAY, now=MORNING)
    assert none.value.key == "no_appointments"
    assert none.value.params["service"] == "B"
    with pytest.raises(NotFound):
        day_slot_offers(session, "Z", TUESDAY, now=MORNING)


def test_refusals_carry_their_case_for_a_translated_message(session: Session) -> None:
    def refused(start: time, number: str, **kwargs: object) -> tuple[str, dict[str, object]]:
        with pytest.raises(ValidationError) as error:
            book_appointment(
                session, SYSTEM, "A", TUESDAY, start, number, now=MORNING,
                **kwargs,  # type: ignore[arg-type]
            )  # fmt: skip
        return error.value.key, error.value.params

    book_appointment(session, SYSTEM, "A", TUESDAY, NINE, person(1), name="甲", now=MORNING)
    book_appointment(session, SYSTEM, "A", TUESDAY, NINE, person(2), name="乙", now=MORNING)
    assert refused(NINE, person(3), name="丙")[0] == "full"
    assert refused(NINE, person(3), name="丙")[1]["time"] == "09:00"
    assert refused(time(10, 0), person(1))[0] == "booked_twice"
    assert refused(time(9, 10), person(3), name="丙")[0] == "not_a_slot"
    assert refused(time(10, 0), person(4))[0] == "name_needed"


def test_a_registered_resident_is_booked_by_record_without_the_id_number(
    session: Session,
) -> None:
    resident = find_or_create_resident(session, SYSTEM, person(5), "丁")
    booked = book_appointment(
        session, SYSTEM, "A", TUESDAY, NINE, "", resident_id=resident.id, now=MORNING
    )
    assert (booked.resident_name, booked.id_number_masked) == ("丁", resident.id_number_masked)
    with pytest.raises(ValidationError) as twice:
        book_appointment(
            session, SYSTEM, "A", TUESDAY, time(10, 0), "", resident_id=resident.id, now=MORNING
        )
    assert twice.value.key == "booked_twice"


def test_waiting_tickets_carry_their_appointment_slot(session: Session) -> None:
    from services.appointments.check_in import check_in

    monday = MORNING.astimezone(load_center_config(session).timezone).date()
    before = MORNING - timedelta(hours=1)
    booked = book_appointment(
        session, SYSTEM, "A", monday, time(10, 0), person(6), name="戊", now=before
    )
    queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
    check_in(session, SYSTEM, code=booked.code, now=MORNING)
    queue_ops.open_counter(session, SYSTEM, 1, now=MORNING)
    waiting = waiting_for_counter(session, 1, now=MORNING + timedelta(minutes=1))
    marks = [(w.code, w.appointment_at) for w in waiting]
    assert marks[0][1] == local(monday, 10)  # an appointment whose slot began: called first
    assert marks[1][1] is None
    status = queue_status(session, now=MORNING + timedelta(minutes=1))
    counts = {s.code: (s.waiting, s.appointments_waiting) for s in status.services}
    assert counts["A"] == (2, 1)


def test_the_day_list_names_no_shows_once_check_in_has_closed(session: Session) -> None:
    from services.appointments.booking import list_appointments

    booked = book_appointment(
        session, SYSTEM, "A", TUESDAY, NINE, person(7), name="己", now=MORNING
    )
    during = list_appointments(session, TUESDAY, now=local(TUESDAY, 9, 10))
    after = list_appointments(session, TUESDAY, now=local(TUESDAY, 9, 20))
    assert [(a.code, a.no_show) for a in during] == [(booked.code, False)]
    assert [(a.code, a.status, a.no_show) for a in after] == [(booked.code, "booked", True)]
