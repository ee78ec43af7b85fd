"""The stored appointments (migration 0006_idcard)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models import Base, UtcDateTime


class Appointment(Base):
    """One booking of one resident for one slot of one service."""

    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_day_service_id", "day", "service_id"),
        Index("ix_appointment_resident_id_day", "resident_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # Y-20261130-0001
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    day: Mapped[date] = mapped_column(Date)  # the center's local day of the slot
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    phone: Mapped[str] = mapped_column(String(32), default="")
    # The online booking platform's reference: importing its export twice adds nothing.
    reference: Mapped[str | None] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(16))  # counter, phone, online
    status: Mapped[str] = mapped_column(String(16))  # booked, checked_in, late, cancelled
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    booked_by: Mapped[str] = mapped_column(String(64))
    checked_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))


class AppointmentSlot(Base):
    """How many appointments a slot holds: raised only while below the capacity, in one
    statement, so bookings from several stations at once never overbook it."""

    __tablename__ = "appointment_slot"

    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime, primary_key=True)
    booked: Mapped[int] = mapped_column(Integer, default=0)


class AppointmentSequence(Base):
    """The last appointment number given out per day (the NNNN of Y-YYYYMMDD-NNNN)."""

    __tablename__ = "appointment_sequence"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
