"""Reading the service catalog and the counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.errors import NotFound
from services.inputs.quoting import quoted
from services.storage.models import Counter, CounterService, Service


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    promised_days: int
    target_wait_minutes: int
    is_dispute: bool
    active: bool
    materials: tuple[str, ...]
    real_name_required: bool = False  # tickets by ID card only: the tile says 请刷身份证
    materials_en: tuple[str, ...] = ()
    paused: bool = False  # the kiosk takes no tickets for it until a manager resumes it

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh

    def material_name(self, material: str, language: str) -> str:
        """A material (as stored, in Chinese) in ``language``; Chinese when no English."""
        if language.startswith("en"):
            english = dict(zip(self.materials, self.materials_en, strict=False))
            return english.get(material) or material
        return material


@dataclass(frozen=True)
class CounterInfo:
    id: int
    number: int
    name_zh: str
    name_en: str
    state: str
    staff_id: int | None
    state_since: datetime | None
    service_codes: tuple[str, ...]

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh


def service_info(service: Service) -> ServiceInfo:
    return ServiceInfo(
        id=service.id,
        code=service.code,
        name_zh=service.name_zh,
        name_en=service.name_en,
        description_zh=service.description_zh,
        description_en=service.description_en,
        promised_days=service.promised_days,
        target_wait_minutes=service.target_wait_minutes,
        is_dispute=service.is_dispute,
        active=service.active,
        materials=tuple(service.materials or ()),
        real_name_required=service.real_name_required,
        materials_en=tuple(service.materials_en or ()),
        paused=bool(service.paused),
    )


def list_services(session: Session, *, include_inactive: bool = False) -> list[ServiceInfo]:
    query = select(Service).order_by(Service.sort_order, Service.code)
    if not include_inactive:
        query = query.where(Service.active.is_(True))
    return [service_info(s) for s in session.scalars(query)]


def get_service(session: Session, code: str) -> Service:
    service = session.scalars(
        select(Service).where(Service.code == code.strip().upper())
    ).one_or_none()
    if service is None:
        raise NotFound(f"There is no service with the letter {quoted(code)}.")
    return service


def counter_service_codes(session: Session, counter_id: int) -> tuple[str, ...]:
    rows = session.execute(
        select(Service.code)
        .join(CounterService, CounterService.service_id == Service.id)
        .where(CounterService.counter_id == counter_id)
        .order_by(CounterService.position)
    ).scalars()
    return tuple(rows)


def counter_info(session: Session, counter: Counter) -> CounterInfo:
    return CounterInfo(
        id=counter.id,
        number=counter.number,
        name_zh=counter.name_zh,
        name_en=counter.name_en,
        state=counter.state,
        staff_id=counter.staff_id,
        state_since=counter.state_since,
        service_codes=counter_service_codes(session, counter.id),
    )


def list_counters(session: Session) -> list[CounterInfo]:
    return [
        counter_info(session, c) for c in session.scalars(select(Counter).order_by(Counter.number))
    ]


def get_counter(session: Session, number: int) -> Counter:
    counter = session.scalars(select(Counter).where(Counter.number == number)).one_or_none()
    if counter is None:
        raise NotFound(f"There is no counter number {number}.")
    return counter
