"""Booking, cancelling and listing appointments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.appointments.models import Appointment, AppointmentSequence, AppointmentSlot
from services.appointments.slots import slot_start
from services.casework.residents import card_holder, get_resident, normalise_phone
from services.catalog.reads import get_service
from services.core.actors import SYSTEM, Actor, Permission
from services.core.center_config import CenterConfig, load_center_config
from services.core.clock import resolve_now
from services.core.errors import InvalidTransition, NotFound, SlotUnavailable, ValidationError
from services.core.id_numbers import validate_id_number
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.storage.models import Service, Ticket

SOURCES = ("counter", "phone", "online")
OPEN = "booked"


@dataclass(frozen=True)
class AppointmentInfo:
    code: str
    service_code: str
    service_name_zh: str
    service_name_en: str
    day: date
    time: str  # HH:MM, the center's local time
    starts_at: datetime
    resident_name: str
    id_number_masked: str
    phone: str
    source: str
    status: str
    reference: str | None
    ticket_code: str | None = None
    no_show: bool = False  # booked, never checked in, and its check-in window is over


def is_no_show(status: str, starts_at: datetime, config: CenterConfig, at: datetime) -> bool:
    """Booked but never checked in once the check-in window closed: a no-show (counted)."""
    return status == OPEN and starts_at + timedelta(minutes=config.check_in_late_minutes) < at


def appointment_info(
    session: Session, appointment: Appointment, config: CenterConfig, now: datetime | None = None
) -> AppointmentInfo:
    service = session.get(Service, appointment.service_id)
    assert service is not None
    resident = get_resident(session, SYSTEM, appointment.resident_id)
    ticket_code = None
    if appointment.ticket_id is not None:
        ticket = session.get(Ticket, appointment.ticket_id)
        ticket_code = ticket.code if ticket else None
    local = appointment.starts_at.astimezone(config.timezone)
    return AppointmentInfo(
        code=appointment.code,
        service_code=service.code,
        service_name_zh=service.name_zh,
        service_name_en=service.name_en,
        day=appointment.day,
        time=f"{local:%H:%M}",
        starts_at=appointment.starts_at,
        resident_name=resident.name,
        id_number_masked=resident.id_number_masked,
        phone=appointment.phone,
        source=appointment.source,
        status=appointment.status,
        reference=appointment.reference,
        ticket_code=ticket_code,
        no_show=is_no_show(appointment.status, appointment.starts_at, config, resolve_now(now)),
    )


def _insert(session: Session):  # type: ignore[no-untyped-def]
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _take_place(session: Session, service: Service, starts_at: datetime) -> bool:
    """Count one more booking in the slot unless it is full, in one atomic statement."""
    statement = _insert(session)(AppointmentSlot).values(
        service_id=service.id, starts_at=starts_at, booked=1
    )
    row = session.execute(
        statement.on_conflict_do_update(
            index_elements=["service_id", "starts_at"],
            set_={"booked": AppointmentSlot.booked + 1},
            where=AppointmentSlot.booked < service.appointment_capacity,
        ).returning(AppointmentSlot.booked)
    ).first()
    return row is not None


def _give_back(session: Session, service_id: int, starts_at: datetime) -> None:
    slot = session.get(AppointmentSlot, (service_id, starts_at), with_for_update=True)
    if slot is not None and slot.booked > 0:
        slot.booked -= 1


def _next_code(session: Session, day: date) -> str:
    statement = _insert(session)(AppointmentSequence).values(day=day, last_number=1)
    number = session.execute(
        statement.on_conflict_do_update(
            index_elements=["day"], set_={"last_number": AppointmentSequence.last_number + 1}
        ).returning(AppointmentSequence.last_number)
    ).scalar_one()
    return f"Y-{day:%Y%m%d}-{int(number):04d}"


def bookable_service(session: Session, service_code: str) -> Service:
    """The service, or ``SlotUnavailable`` when it takes no appointments."""
    service = get_service(session, service_code)
    if not service.active or service.appointment_capacity <= 0:
        raise SlotUnavailable(
            f"The service {service.code} ({service.name_en}) takes no appointments.",
            key="no_appointments",
            service=service.code,
            name_zh=service.name_zh,
            name_en=service.name_en,
        )
    return service


@atomic
def book_appointment(
    session: Session,
    actor: Actor,
    service_code: str,
    day: date,
    start: time,
    id_number: str,
    *,
    name: str = "",
    phone: str = "",
    source: str = "counter",
    reference: str | None = None,
    resident_id: int | None = None,
    now: datetime | None = None,
) -> AppointmentInfo:
    """Book a slot for a resident (registered from ``name`` when new).

    ``resident_id`` books for a registered resident without the ID number (a counter shows
    it masked); ``id_number`` is then empty.

    Raises:
        SlotUnavailable: the service takes no appointments, the day is closed, the time is
            no slot, the slot has begun, or it is full.
        InvalidIdNumber, NotFound (service), ValidationError (a second booking of the day).
    """
    actor.require(Permission.SERVE)
    at = resolve_now(now)
    config = load_center_config(session)
    if source not in SOURCES:
        raise ValidationError(f"Unknown booking source {source!r}: use {', '.join(SOURCES)}.")
    service = bookable_service(session, service_code)
    if resident_id is not None and not id_number.strip():
        starts_at = slot_start(session, config, day, start, at)
        resident, created = get_resident(session, SYSTEM, resident_id), False
    else:
        number = validate_id_number(id_number, today=at.astimezone(config.timezone).date())
        starts_at = slot_start(session, config, day, start, at)
        resident, created = card_holder(session, at, number, name)
    if created:
        record_audit(
            session, actor, "resident.created", at=at, target_type="resident",
            target_id=resident.id, details={"id_number": resident.id_number_masked},
        )  # fmt: skip
    twice = session.scalars(
        select(Appointment.code).where(
            Appointment.resident_id == resident.id,
            Appointment.service_id == service.id,
            Appointment.day == day,
            Appointment.status == OPEN,
        )
    ).first()
    if twice is not None:
        raise ValidationError(
            f"{resident.id_number_masked} already has appointment {twice} for {service.code} "
            f"on {day.isoformat()}; cancel it first to book another time.",
            key="booked_twice",
            code=twice,
            service=service.code,
            day=day.isoformat(),
        )
    if not _take_place(session, service, starts_at):
        raise SlotUnavailable(
            f"The slot {day.isoformat()} {start:%H:%M} of {service.code} is full "
            f"({service.appointment_capacity} appointments).",
            key="full",
            day=day.isoformat(),
            time=f"{start:%H:%M}",
            service=service.code,
            capacity=service.appointment_capacity,
        )
    appointment = Appointment(
        code=_next_code(session, day),
        service_id=service.id,
        day=day,
        starts_at=starts_at,
        resident_id=resident.id,
        phone=normalise_phone(phone),
        reference=reference or None,
        source=source,
        status=OPEN,
        booked_at=at,
        booked_by=actor.name,
    )
    session.add(appointment)
    session.flush()
    record_audit(
        session, actor, "appointment.booked", at=at, target_type="appointment",
        target_id=appointment.code, details={"service": service.code, "source": source},
    )  # fmt: skip
    info = appointment_info(session, appointment, config)
    session.commit()
    return info


def find_appointment(session: Session, code: str, *, lock: bool = False) -> Appointment:
    query = select(Appointment).where(Appointment.code == code.strip().upper())
    if lock:
        query = query.with_for_update()
    appointment = session.scalars(query).one_or_none()
    if appointment is None:
        raise NotFound(
            f"There is no appointment {code.strip()}.", key="appointment", code=code.strip()
        )
    return appointment


@atomic
def cancel_appointment(
    session: Session, actor: Actor, code: str, *, now: datetime | None = None
) -> AppointmentInfo:
    actor.require(Permission.SERVE)
    at = resolve_now(now)
    appointment = find_appointment(session, code, lock=True)
    if appointment.status != OPEN:
        raise InvalidTransition(
            f"Appointment {appointment.code} is {appointment.status}.",
            key="appointment",
            code=appointment.code,
            status=appointment.status,
        )
    appointment.status = "cancelled"
    _give_back(session, appointment.service_id, appointment.starts_at)
    record_audit(
        session, actor, "appointment.cancelled", at=at, target_type="appointment",
        target_id=appointment.code,
    )  # fmt: skip
    info = appointment_info(session, appointment, load_center_config(session))
    session.commit()
    return info


def list_appointments(
    session: Session, day: date, *, now: datetime | None = None
) -> list[AppointmentInfo]:
    config = load_center_config(session)
    rows = session.scalars(
        select(Appointment)
        .where(Appointment.day == day)
        .order_by(Appointment.starts_at, Appointment.code)
    ).all()
    return [appointment_info(session, a, config, now) for a in rows]
