"""Appointments on SQLite and PostgreSQL: slots, capacity (also under concurrent booking from
several processes), codes, cancelling, the CSV import, check-in, calling order, figures."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from dataclasses import replace
from datetime import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.admin.center import read_center_settings, update_center_settings
from services.appointments.booking import book_appointment, cancel_appointment, list_appointments
from services.appointments.check_in import check_in
from services.appointments.import_csv import import_appointments
from services.appointments.models import Appointment, AppointmentSlot
from services.appointments.slots import day_slots
from services.appointments.statistics import appointment_figures
from services.core.actors import SYSTEM, kiosk_actor
from services.core.center_config import load_center_config
from services.core.errors import (
    CheckInTooEarly,
    InvalidIdNumber,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    SlotUnavailable,
    ValidationError,
)
from services.core.event_feed import events_after
from services.queue import ops as queue_ops
from services.queue.display_reads import call_from_event, recent_calls
from services.storage.db import Database, open_database
from tests.conftest import MORNING
from tests.services.appointment_helpers import (
    NINE,
    SATURDAY,
    TUESDAY,
    local,
    person,
    take_appointments,
)
from tests.services.casework_helpers import id_number

KIOSK = kiosk_actor("kiosk-1")
ELDER = id_number("110105", "19491231", "002")
YOUNG = id_number("440304", "19900101", "123")


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        take_appointments(s, "A", 2)
        yield s


def book(session: Session, number: str, start: time = NINE, **kwargs: object) -> str:
    return book_appointment(
        session,
        SYSTEM,
        "A",
        TUESDAY,
        start,
        number,
        name="预约人",
        now=MORNING,
        **kwargs,  # type: ignore[arg-type]
    ).code


def test_booking_gives_a_code_per_day_and_lists_it(session: Session) -> None:
    first = book_appointment(
        session, SYSTEM, "A", TUESDAY, NINE, YOUNG, name="李明", phone="13800138000",
        source="phone", now=MORNING,
    )  # fmt: skip
    assert (first.code, first.time, first.service_code) == ("Y-20261201-0001", "09:00", "A")
    assert first.starts_at == local(TUESDAY, 9)
    assert first.id_number_masked.endswith(YOUNG[-4:])
    assert book(session, ELDER, time(13, 30)) == "Y-20261201-0002"
    listed = list_appointments(session, TUESDAY)
    assert [(a.code, a.time, a.resident_name) for a in listed] == [
        ("Y-20261201-0001", "09:00", "李明"),
        ("Y-20261201-0002", "13:30", "预约人"),
    ]


@pytest.mark.parametrize(
    ("day", "start", "reason"),
    [
        (SATURDAY, NINE, "2026-12-05 is not a working day"),
        (TUESDAY, time(9, 15), "09:15 is not a slot of the opening hours"),
        (TUESDAY, time(12, 30), "12:30 is not a slot"),
        (TUESDAY, time(17, 30), "17:30 is not a slot"),  # the last slot starts 17:00
        (MORNING.date(), NINE, "has begun or passed"),
    ],
)
def test_no_slot_on_closed_days_outside_hours_or_in_the_past(
    session: Session, day: object, start: time, reason: str
) -> None:
    with pytest.raises(SlotUnavailable, match=reason):
        book_appointment(session, SYSTEM, "A", day, start, YOUNG, name="李明", now=MORNING)  # type: ignore[arg-type]
    assert session.scalar(select(func.count()).select_from(Appointment)) == 0


def test_capacity_duplicates_and_services_without_appointments(session: Session) -> None:
    book(session, person(1))
    book(session, person(2))
    with pytest.raises(SlotUnavailable, match="is full \\(2 appointments\\)"):
        book(session, person(3))
    with pytest.raises(ValidationError, match="already has appointment Y-20261201-0001"):
        book(session, person(1), time(10, 0))
    with pytest.raises(SlotUnavailable, match="takes no appointments"):
        book_appointment(session, SYSTEM, "B", TUESDAY, NINE, YOUNG, name="李明", now=MORNING)
    with pytest.raises(NotFound):
        book_appointment(session, SYSTEM, "Z", TUESDAY, NINE, YOUNG, name="李明", now=MORNING)
    with pytest.raises(InvalidIdNumber):
        book(session, YOUNG[:17] + ("1" if YOUNG[17] != "1" else "2"))
    with pytest.raises(PermissionDenied):
        book_appointment(session, KIOSK, "A", TUESDAY, NINE, YOUNG, name="李明", now=MORNING)


def test_cancelling_frees_the_place(session: Session) -> None:
    first = book(session, person(1))
    book(session, person(2))
    cancelled = cancel_appointment(session, SYSTEM, first.lower(), now=MORNING)
    assert cancelled.status == "cancelled"
    book(session, person(3))
    with pytest.raises(InvalidTransition, match="is cancelled"):
        cancel_appointment(session, SYSTEM, first, now=MORNING)
    assert session.scalar(select(AppointmentSlot.booked)) == 2


# --- several stations booking at once ------------------------------------------------------

PROCESSES = 3
EACH = 3
CAPACITY = 4


def _booker(url: str, worker: int, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    database = open_database(url)
    booked = full = 0
    for n in range(EACH):
        with database.writer() as session:
            try:
                book(session, person(worker * 100 + n + 1))
                booked += 1
            except SlotUnavailable:
                full += 1
    database.dispose()
    results.put((booked, full))


@pytest.mark.slow
def test_concurrent_bookings_from_several_processes_never_overbook(db_url: str) -> None:
    database = open_database(db_url)
    with database.writer() as session:
        take_appointments(session, "A", CAPACITY)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_booker, args=(db_url, w, results)) for w in range(PROCESSES)]
    for process in workers:
        process.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for process in workers:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert sum(booked for booked, _ in outcomes) == CAPACITY
    assert sum(full for _, full in outcomes) == PROCESSES * EACH - CAPACITY
    with database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == CAPACITY
        assert session.scalar(select(AppointmentSlot.booked)) == CAPACITY
        codes = session.scalars(select(Appointment.code)).all()
    assert sorted(codes) == [f"Y-20261201-{n:04d}" for n in range(1, CAPACITY + 1)]
    database.dispose()


# --- the booking platform's export ---------------------------------------------------------

EXPORT = (
    "\ufeffservice,date,time,id_number,name,phone,reference\n"
    f"A,2026-12-01,09:00,{YOUNG},李明,13800138000,ZW-1\n"
    f"A,2026-12-01,09:00,{YOUNG[:17]}0,王五,,ZW-2\n"
    f"A,2026-12-32,09:00,{ELDER},张三,,ZW-3\n"
    f"A,2026-12-01,10:00,{ELDER},张秀英,,\n"
    f"A,2026-12-01,10:00,{ELDER},张秀英\n"
    f"A,2026-12-01,10:00,{ELDER},张秀英,010-62345678,ZW-6\n"
)


def test_the_import_reports_bad_rows_by_line_and_adds_nothing_twice(session: Session) -> None:
    report = import_appointments(session, SYSTEM, EXPORT, now=MORNING)
    assert report.imported == ["Y-20261201-0001", "Y-20261201-0002"]
    assert [line for line, _ in report.problems] == [3, 4, 5, 6]
    reasons = dict(report.problems)
    assert "bad check digit" in reasons[3]
    assert "2026-12-32" in reasons[4]
    assert "reference is empty" in reasons[5]
    assert "expected 7 fields" in reasons[6]
    again = import_appointments(session, SYSTEM, EXPORT, now=MORNING)
    assert (again.imported, again.already) == ([], 2)
    assert session.scalar(select(func.count()).select_from(Appointment)) == 2
    sources = set(session.scalars(select(Appointment.source)))
    assert sources == {"online"}
    with pytest.raises(ValidationError, match="lacks the column"):
        import_appointments(session, SYSTEM, "service,date\nA,2026-12-01\n", now=MORNING)


# --- check-in and the calling order --------------------------------------------------------


def test_check_in_window_and_calling_order(session: Session) -> None:
    code = book(session, YOUNG)  # 09:00 on Tuesday
    with pytest.raises(CheckInTooEarly, match="opens at 08:30") as early:
        check_in(session, KIOSK, code=code, now=local(TUESDAY, 8, 29))
    assert early.value.opens_at == local(TUESDAY, 8, 30)
    walk_in = queue_ops.issue_ticket(session, KIOSK, "A", now=local(TUESDAY, 8, 40)).code
    checked = check_in(session, KIOSK, id_number=YOUNG, now=local(TUESDAY, 8, 45))
    assert (checked.appointment, checked.on_time, checked.slot_time) == (code, True, "09:00")
    assert checked.ticket.resident_id is not None
    green = queue_ops.issue_ticket(
        session, KIOSK, "A", priority="elderly", now=local(TUESDAY, 8, 50)
    ).code

    def call(hour: int, minute: int) -> str:
        at = local(TUESDAY, hour, minute)
        called = queue_ops.call_next(session, SYSTEM, 5, open_if_closed=True, now=at)
        queue_ops.start_service(session, SYSTEM, 5, now=at)
        queue_ops.finish_service(session, SYSTEM, 5, now=at)
        return called.code

    assert call(8, 55) == green  # the green channel first
    assert call(8, 56) == walk_in  # the slot has not started: by time
    later = queue_ops.issue_ticket(session, KIOSK, "A", now=local(TUESDAY, 8, 57)).code
    assert call(9, 1) == checked.ticket.code  # started: before the walk-in who came first
    marked = {c.ticket_code: c.appointment for c in recent_calls(session, now=local(TUESDAY, 9, 1))}
    assert marked == {checked.ticket.code: True, walk_in: False, green: False}
    live = [call_from_event(e) for e in events_after(session, 0)]
    assert {(c.ticket_code, c.appointment) for c in live if c is not None} == marked.items()
    assert call(9, 2) == later
    with pytest.raises(InvalidTransition, match="is checked_in"):
        check_in(session, KIOSK, code=code, now=local(TUESDAY, 9, 3))


def test_late_check_in_gives_a_walk_in_ticket_and_no_shows_are_counted(
    session: Session,
) -> None:
    late = book(session, YOUNG)
    book(session, ELDER)  # never comes
    checked = check_in(session, KIOSK, code=late, now=local(TUESDAY, 9, 16))
    assert not checked.on_time
    assert session.scalar(select(Appointment.status).where(Appointment.code == late)) == "late"
    figures = appointment_figures(session, TUESDAY, TUESDAY, now=local(TUESDAY, 9, 16))
    assert (figures.booked, figures.checked_in, figures.on_time, figures.no_show) == (2, 1, 0, 1)
    assert figures.tickets == 1
    assert figures.share_of_tickets == 1.0
    before_window_closes = appointment_figures(session, TUESDAY, TUESDAY, now=local(TUESDAY, 9, 10))
    assert before_window_closes.no_show == 0


def test_slot_length_and_check_in_window_are_center_settings(session: Session) -> None:
    settings = read_center_settings(session, SYSTEM)
    assert (settings.appointment_slot_minutes, settings.check_in_early_minutes) == (30, 30)
    update_center_settings(
        session,
        SYSTEM,
        replace(settings, appointment_slot_minutes=60, check_in_late_minutes=5),
        now=MORNING,
    )
    config = load_center_config(session)
    assert [f"{t:%H:%M}" for t in day_slots(config, TUESDAY)] == [
        "08:30", "09:30", "10:30", "13:30", "14:30", "15:30", "16:30",
    ]  # fmt: skip
    with pytest.raises(SlotUnavailable, match="09:00 is not a slot"):
        book(session, YOUNG)
    code = book(session, YOUNG, time(9, 30))
    late = check_in(session, KIOSK, code=code, now=local(TUESDAY, 9, 36))
    assert not late.on_time
