"""Check-in for an appointment at the kiosk: by the booking code or the ID card.

From ``check_in_early_minutes`` before the slot to ``check_in_late_minutes`` after its start
the resident gets a ticket marked as an appointment, called before walk-ins once the slot
has started. Earlier, the kiosk says when to come back; later, the resident gets an
ordinary walk-in ticket and is told so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.appointments.booking import OPEN, find_appointment
from services.appointments.models import Appointment
from services.casework.residents import resident_birth_date, resident_by_id_number
from services.core.actors import Actor
from services.core.errors import CheckInTooEarly, InvalidTransition, NotFound
from services.core.id_numbers import validate_id_number
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.queue import ops as queue_ops
from services.queue.tickets import PriorityReason, TicketInfo
from services.real_name.tickets import age_on
from services.storage.models import Service

LATE = "late"


@dataclass(frozen=True)
class CheckIn:
    """The ticket issued, for which appointment, and whether in its window."""

    ticket: TicketInfo
    appointment: str
    on_time: bool
    slot_time: str  # HH:MM, local


def _todays_booking(session: Session, id_number: str, at: datetime, day: object) -> Appointment:
    number = validate_id_number(id_number)
    resident = resident_by_id_number(session, number)
    if resident is not None:
        found = session.scalars(
            select(Appointment)
            .where(
                Appointment.resident_id == resident.id,
                Appointment.day == day,
                Appointment.status == OPEN,
            )
            .order_by(Appointment.starts_at)
            .with_for_update()
        ).all()
        # The slot nearest now: a resident with two bookings checks in for the next one.
        upcoming = [a for a in found if a.starts_at >= at - timedelta(hours=1)] or found
        if upcoming:
            return upcoming[0]
    raise NotFound("There is no appointment today for this ID card.")


@atomic
def check_in(
    session: Session,
    actor: Actor,
    *,
    code: str | None = None,
    id_number: str | None = None,
    language: str = "zh_CN",
    now: datetime | None = None,
) -> CheckIn:
    """Check an appointment in by its code or its resident's ID number.

    Raises:
        CheckInTooEarly: with the time check-in opens.
        NotFound: no such appointment (today, for an ID number).
        InvalidTransition: the appointment is cancelled or checked in already.
    """
    op = queue_ops.begin_issue(session, actor, now)
    if code:
        appointment = find_appointment(session, code, lock=True)
    elif id_number:
        appointment = _todays_booking(session, id_number, op.at, op.day)
    else:
        raise NotFound("Give the booking code or place the ID card.")
    if appointment.status != OPEN:
        raise InvalidTransition(
            f"Appointment {appointment.code} is {appointment.status}.",
            key="appointment",
            code=appointment.code,
            status=appointment.status,
        )
    config = op.config
    local_start = appointment.starts_at.astimezone(config.timezone)
    if appointment.day != op.day:
        raise InvalidTransition(
            f"Appointment {appointment.code} is for {appointment.day.isoformat()}, not today."
        )
    opens = appointment.starts_at - timedelta(minutes=config.check_in_early_minutes)
    closes = appointment.starts_at + timedelta(minutes=config.check_in_late_minutes)
    if op.at < opens:
        raise CheckInTooEarly(
            f"Check-in for {appointment.code} ({local_start:%H:%M}) opens at "
            f"{opens.astimezone(config.timezone):%H:%M}: please come back then.",
            opens_at=opens,
        )
    on_time = op.at <= closes
    service = session.get(Service, appointment.service_id)
    assert service is not None
    age = age_on(resident_birth_date(session, appointment.resident_id), op.day)
    reason = PriorityReason.ELDERLY if age >= config.elderly_age else None
    ticket = queue_ops.add_ticket(
        op,
        service,
        reason,
        language,
        resident_id=appointment.resident_id,
        appointment_at=appointment.starts_at if on_time else None,
        appointment=appointment.code,
        on_time=on_time,
    )
    appointment.status = "checked_in" if on_time else LATE
    appointment.checked_in_at = op.at
    appointment.ticket_id = ticket.id
    record_audit(
        session, actor, "appointment.checked_in", at=op.at, target_type="appointment",
        target_id=appointment.code, details={"ticket": ticket.code, "on_time": on_time},
    )  # fmt: skip
    session.commit()
    return CheckIn(ticket, appointment.code, on_time, f"{local_start:%H:%M}")
