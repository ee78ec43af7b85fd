"""What a booking form offers: the services taking appointments, and a day's slots with the
places left in each (plain data; booking itself decides again, atomically)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.appointments.booking import bookable_service
from services.appointments.models import AppointmentSlot
from services.appointments.slots import check_open_day, day_slots
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.storage.models import Service


@dataclass(frozen=True)
class BookableService:
    code: str
    name_zh: str
    name_en: str
    capacity: int  # appointments per slot

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh


@dataclass(frozen=True)
class SlotOffer:
    time: str  # HH:MM, the center's local time
    starts_at: datetime
    capacity: int
    booked: int
    begun: bool  # the slot has begun or passed: it is shown, not offered

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @property
    def bookable(self) -> bool:
        return not self.begun and self.free > 0


@dataclass(frozen=True)
class DaySlots:
    service_code: str
    day: date
    slots: tuple[SlotOffer, ...]

    @property
    def free(self) -> int:
        return sum(s.free for s in self.slots if s.bookable)


def bookable_services(session: Session) -> list[BookableService]:
    """Active services that take appointments, in the kiosk's order."""
    rows = session.scalars(
        select(Service)
        .where(Service.active.is_(True), Service.appointment_capacity > 0)
        .order_by(Service.sort_order, Service.code)
    ).all()
    return [BookableService(s.code, s.name_zh, s.name_en, s.appointment_capacity) for s in rows]


def day_slot_offers(
    session: Session, service_code: str, day: date, *, now: datetime | None = None
) -> DaySlots:
    """Every slot of ``day`` for the service with its places left.

    Raises:
        SlotUnavailable: the service takes no appointments, or the center is closed that day.
        NotFound: no such service.
    """
    at = resolve_now(now)
    config = load_center_config(session)
    service = bookable_service(session, service_code)
    starts = day_slots(config, day)
    check_open_day(session, config, day)
    instants = [
        datetime.combine(day, start, tzinfo=config.timezone).astimezone(UTC) for start in starts
    ]
    booked: dict[datetime, int] = {}
    if instants:
        for starts_at, count in session.execute(
            select(AppointmentSlot.starts_at, AppointmentSlot.booked).where(
                AppointmentSlot.service_id == service.id,
                AppointmentSlot.starts_at >= instants[0],
                AppointmentSlot.starts_at <= instants[-1],
            )
        ):
            booked[starts_at.astimezone(UTC)] = int(count)
    offers = tuple(
        SlotOffer(
            time=f"{start:%H:%M}",
            starts_at=instant,
            capacity=service.appointment_capacity,
            booked=booked.get(instant, 0),
            begun=instant <= at,
        )
        for start, instant in zip(starts, instants, strict=True)
    )
    return DaySlots(service.code, day, offers)
