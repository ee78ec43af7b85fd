"""Appointment figures for the manager's day and the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.appointments.booking import is_no_show
from services.appointments.models import Appointment
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.storage.models import Ticket


@dataclass(frozen=True)
class AppointmentFigures:
    booked: int  # not cancelled
    checked_in: int  # on time or late
    on_time: int
    no_show: int  # booked, never checked in, and the check-in window is over
    cancelled: int
    tickets: int  # every ticket of the days
    appointment_tickets: int

    @property
    def share_of_tickets(self) -> float:
        return self.appointment_tickets / self.tickets if self.tickets else 0.0


def appointment_figures(
    session: Session, first: date, last: date, *, now: datetime | None = None
) -> AppointmentFigures:
    at = resolve_now(now)
    config = load_center_config(session)
    rows = session.execute(
        select(Appointment.status, Appointment.starts_at).where(
            Appointment.day >= first, Appointment.day <= last
        )
    ).all()
    statuses = [status for status, _ in rows]
    no_show = sum(1 for status, starts in rows if is_no_show(status, starts, config, at))
    tickets, appointment_tickets = session.execute(
        select(
            func.count(Ticket.id),
            func.count(Ticket.id).filter(
                Ticket.id.in_(
                    select(Appointment.ticket_id).where(Appointment.ticket_id.is_not(None))
                )
            ),
        ).where(Ticket.service_day >= first, Ticket.service_day <= last)
    ).one()
    return AppointmentFigures(
        booked=sum(1 for s in statuses if s != "cancelled"),
        checked_in=sum(1 for s in statuses if s in ("checked_in", "late")),
        on_time=statuses.count("checked_in"),
        no_show=no_show,
        cancelled=statuses.count("cancelled"),
        tickets=int(tickets or 0),
        appointment_tickets=int(appointment_tickets or 0),
    )
