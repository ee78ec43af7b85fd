"""Administration of the service catalog and of the counters (admin role only).

Each operation checks ``Permission.ADMINISTER``, validates its input, changes rows, writes
an audit row with the values before and after and a queue event (so every station reads the
catalog again), and commits: one transaction. A refused change leaves nothing behind.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from services.admin.common import audit_change, checked_bool, checked_int
from services.calendar.opening_hours import tickets_issued
from services.catalog.english.texts import MATERIALS_EN
from services.catalog.reads import CounterInfo, counter_info, counter_service_codes
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import NotFound, ValidationError
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.storage.casework_models import ServiceRequest
from services.storage.models import Counter, CounterService, QueueEvent, Service, Ticket

NAME_LIMIT = 100
DESCRIPTION_LIMIT = 200
MATERIAL_LIMIT = 100
MAX_MATERIALS = 30
MAX_PROMISED_DAYS = 365
MAX_TARGET_WAIT = 480
MAX_SORT_ORDER = 9999
MAX_DAILY_QUOTA = 9999
MAX_COUNTER_NUMBER = 999
LETTERS = string.ascii_uppercase

CATALOG_EVENT = "catalog_changed"
COUNTER_EVENT = "counter_changed"


# --- services ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceFields:
    """Everything an administrator sets on a service. ``sort_order`` None: last (on create),
    unchanged (on update)."""

    code: str
    name_zh: str
    name_en: str
    description_zh: str = ""
    description_en: str = ""
    target_wait_minutes: int = 20
    promised_days: int = 0
    materials: tuple[str, ...] = ()
    is_dispute: bool = False
    active: bool = True
    sort_order: int | None = None
    real_name_required: bool = False
    appointment_capacity: int = 0  # appointments per slot; 0: none
    daily_quota: int | None = None  # 限号: tickets a day; None for no limit
    paused: bool = False
    # the materials in English, line by line beside ``materials``; empty: the known English
    materials_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServiceRecord:
    id: int
    code: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    target_wait_minutes: int
    promised_days: int
    materials: tuple[str, ...]
    is_dispute: bool
    active: bool
    sort_order: int
    real_name_required: bool = False
    appointment_capacity: int = 0
    daily_quota: int | None = None
    paused: bool = False
    materials_en: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name_zh

    def fields(self) -> ServiceFields:
        return ServiceFields(
            code=self.code,
            name_zh=self.name_zh,
            name_en=self.name_en,
            description_zh=self.description_zh,
            description_en=self.description_en,
            target_wait_minutes=self.target_wait_minutes,
            promised_days=self.promised_days,
            materials=self.materials,
            is_dispute=self.is_dispute,
            active=self.active,
            sort_order=self.sort_order,
            real_name_required=self.real_name_required,
            appointment_capacity=self.appointment_capacity,
            daily_quota=self.daily_quota,
            paused=self.paused,
            materials_en=self.materials_en,
        )


MAX_APPOINTMENT_CAPACITY = 100


def _record(service: Service) -> ServiceRecord:
    return ServiceRecord(
        id=service.id,
        code=service.code,
        name_zh=service.name_zh,
        name_en=service.name_en,
        description_zh=service.description_zh,
        description_en=service.description_en,
        target_wait_minutes=service.target_wait_minutes,
        promised_days=service.promised_days,
        materials=tuple(service.materials or ()),
        is_dispute=service.is_dispute,
        active=service.active,
        sort_order=service.sort_order,
        real_name_required=service.real_name_required,
        appointment_capacity=service.appointment_capacity,
        daily_quota=service.daily_quota,
        paused=service.paused,
        materials_en=tuple(service.materials_en or ()),
    )


def _snapshot(service: Service) -> dict[str, Any]:
    return {
        "code": service.code,
        "name_zh": service.name_zh,
        "name_en": service.name_en,
        "description_zh": service.description_zh,
        "description_en": service.description_en,
        "target_wait_minutes": service.target_wait_minutes,
        "promised_days": service.promised_days,
        "materials": list(service.materials or ()),
        "materials_en": list(service.materials_en or ()),
        "is_dispute": service.is_dispute,
        "active": service.active,
        "sort_order": service.sort_order,
        "real_name_required": service.real_name_required,
        "appointment_capacity": service.appointment_capacity,
        "daily_quota": service.daily_quota,
        "paused": service.paused,
    }


def parse_letter(value: str) -> str:
    letter = value.strip().upper() if isinstance(value, str) else ""
    if len(letter) != 1 or letter not in LETTERS:
        raise ValidationError(
            f"A service letter (the ticket prefix) is one letter from A to Z, not {quoted(value)}."
        )
    return letter


def _materials(values: tuple[str, ...] | list[str]) -> list[str]:
    cleaned: list[str] = []
    for value in values:
        text = clean_text(value, "material name", max_length=MATERIAL_LIMIT)
        if text and text not in cleaned:
            cleaned.append(text)
    if len(cleaned) > MAX_MATERIALS:
        raise ValidationError(f"A service lists at most {MAX_MATERIALS} materials.")
    return cleaned


def _material_pairs(
    chinese: tuple[str, ...] | list[str], english: tuple[str, ...] | list[str]
) -> tuple[list[str], list[str]]:
    """The materials and their English, paired line by line; a blank Chinese line drops
    its pair. Without English lines, each known material gets its seeded English."""
    if len(english) > len(chinese):
        raise ValidationError(
            f"Give each material its English on the same line: {len(chinese)} materials, "
            f"{len(english)} English lines."
        )
    names = _materials(chinese)
    # a missing or blank English line: the known English, else none yet
    given = {zh: en for zh, en in zip(chinese, english, strict=False) if en.strip()}
    translated = []
    for name in names:
        text = given.get(name)
        if text is None:
            text = MATERIALS_EN.get(name, "")
        translated.append(clean_text(text, "English material name", max_length=MATERIAL_LIMIT))
    return names, translated


def _apply(service: Service, fields: ServiceFields) -> None:
    service.name_zh = clean_text(
        fields.name_zh, "Chinese name", max_length=NAME_LIMIT, required=True
    )
    service.name_en = clean_text(
        fields.name_en, "English name", max_length=NAME_LIMIT, required=True
    )
    service.description_zh = clean_text(
        fields.description_zh, "Chinese description", max_length=DESCRIPTION_LIMIT
    )
    service.description_en = clean_text(
        fields.description_en, "English description", max_length=DESCRIPTION_LIMIT
    )
    service.target_wait_minutes = checked_int(
        fields.target_wait_minutes, "target wait (minutes)", 1, MAX_TARGET_WAIT
    )
    service.promised_days = checked_int(
        fields.promised_days, "promised working days", 0, MAX_PROMISED_DAYS
    )
    service.materials, service.materials_en = _material_pairs(fields.materials, fields.materials_en)
    service.is_dispute = checked_bool(fields.is_dispute, "dispute flag")
    service.active = checked_bool(fields.active, "active flag")
    service.real_name_required = checked_bool(fields.real_name_required, "real-name flag")
    service.appointment_capacity = checked_int(
        fields.appointment_capacity, "appointments per slot", 0, MAX_APPOINTMENT_CAPACITY
    )
    if fields.sort_order is not None:
        service.sort_order = checked_int(fields.sort_order, "display order", 0, MAX_SORT_ORDER)
    service.daily_quota = (
        None
        if fields.daily_quota is None
        else checked_int(fields.daily_quota, "daily quota (tickets)", 1, MAX_DAILY_QUOTA)
    )
    service.paused = checked_bool(fields.paused, "paused flag")


def _today(session: Session, at: datetime) -> date:
    return service_day(at, load_center_config(session).timezone)


def _check_letter(session: Session, letter: str, at: datetime, own: Service | None) -> None:
    clash = session.scalars(select(Service).where(Service.code == letter)).one_or_none()
    if clash is not None and (own is None or clash.id != own.id):
        raise ValidationError(
            f"The letter {letter} is already the prefix of {clash.code} {clash.name_en} "
            f"({clash.name_zh})."
        )
    if own is None or own.code == letter:
        return
    # Tickets keep their codes: two services sharing a letter on one day would give two
    # tickets the same number, so a letter changes only on a day it has not been used.
    today = _today(session, at)
    if tickets_issued(session, today, own.id):
        raise ValidationError(
            f"{own.code} {own.name_en} has issued tickets today; change its letter after "
            "the day is closed."
        )
    if session.scalar(
        select(func.count())
        .select_from(Ticket)
        .where(Ticket.service_day == today, Ticket.code.startswith(letter))
    ):
        raise ValidationError(
            f"Tickets with the letter {letter} were issued today; use it from tomorrow."
        )


def get_service_by_id(session: Session, service_id: int) -> Service:
    service = session.get(Service, service_id)
    if service is None:
        raise NotFound(f"There is no service with id {service_id}.")
    return service


def list_service_records(session: Session, actor: Actor) -> list[ServiceRecord]:
    """Every service, inactive ones too, in display order."""
    actor.require(Permission.ADMINISTER)
    query = select(Service).order_by(Service.sort_order, Service.code)
    return [_record(service) for service in session.scalars(query)]


@atomic
def create_service(
    session: Session, actor: Actor, fields: ServiceFields, *, now: datetime | None = None
) -> ServiceRecord:
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    letter = parse_letter(fields.code)
    _check_letter(session, letter, at, None)
    service = Service(code=letter)
    _apply(service, fields)
    if fields.sort_order is None:
        last = session.scalar(select(func.max(Service.sort_order)))
        service.sort_order = min((last if last is not None else -1) + 1, MAX_SORT_ORDER)
    session.add(service)
    _flush(session, letter)
    audit_change(
        session,
        actor,
        "service.create",
        at=at,
        target_type="service",
        target_id=letter,
        before=None,
        after=_snapshot(service),
        event=CATALOG_EVENT,
    )
    session.commit()
    return _record(service)


@atomic
def update_service(
    session: Session,
    actor: Actor,
    service_id: int,
    fields: ServiceFields,
    *,
    now: datetime | None = None,
) -> ServiceRecord:
    """Replace every field of a service with ``fields``."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    service = get_service_by_id(session, service_id)
    before = _snapshot(service)
    letter = parse_letter(fields.code)
    _check_letter(session, letter, at, service)
    service.code = letter
    _apply(service, fields)
    _flush(session, letter)
    after = _snapshot(service)
    if after != before:
        audit_change(
            session,
            actor,
            "service.update",
            at=at,
            target_type="service",
            target_id=letter,
            before=before,
            after=after,
            event=CATALOG_EVENT,
        )
    session.commit()
    return _record(service)


def set_service_active(
    session: Session, actor: Actor, service_id: int, active: bool, *, now: datetime | None = None
) -> ServiceRecord:
    """Offer a service at the kiosk again, or stop offering it (its history stays)."""
    actor.require(Permission.ADMINISTER)
    fields = _record(get_service_by_id(session, service_id)).fields()
    return update_service(session, actor, service_id, replace(fields, active=active), now=now)


def list_pausable_services(session: Session, actor: Actor) -> list[ServiceRecord]:
    """The services offered at the kiosk, for a manager choosing one to pause or resume."""
    actor.require(Permission.PAUSE_SERVICE)
    query = select(Service).where(Service.active.is_(True)).order_by(Service.sort_order)
    return [_record(service) for service in session.scalars(query)]


@atomic
def set_service_paused(
    session: Session, actor: Actor, service_id: int, paused: bool, *, now: datetime | None = None
) -> ServiceRecord:
    """A manager stops the kiosk issuing tickets for a service, or lets it issue again."""
    actor.require(Permission.PAUSE_SERVICE)
    at = resolve_now(now)
    service = get_service_by_id(session, service_id)
    before = _snapshot(service)
    service.paused = checked_bool(paused, "paused flag")
    session.flush()
    audit_change(
        session,
        actor,
        "service.pause" if paused else "service.resume",
        at=at,
        target_type="service",
        target_id=service.code,
        before=before,
        after=_snapshot(service),
        event=CATALOG_EVENT,
    )
    session.commit()
    return _record(service)


def _flush(session: Session, letter: str) -> None:
    # The unique constraint is the backstop when two administrators take a letter at once.
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(f"The letter {letter} was just taken by another service.") from None


# --- counters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CounterFields:
    """A counter's number, names, and the services it calls, in the order it prefers them."""

    number: int
    name_zh: str
    name_en: str
    service_codes: tuple[str, ...] = ()


def get_counter_by_id(session: Session, counter_id: int) -> Counter:
    counter = session.get(Counter, counter_id)
    if counter is None:
        raise NotFound(f"There is no counter with id {counter_id}.")
    return counter


def _counter_snapshot(session: Session, counter: Counter) -> dict[str, Any]:
    return {
        "number": counter.number,
        "name_zh": counter.name_zh,
        "name_en": counter.name_en,
        "services": list(counter_service_codes(session, counter.id)),
    }


def _service_ids(session: Session, codes: tuple[str, ...]) -> list[int]:
    letters = [parse_letter(code) for code in codes]
    if len(set(letters)) != len(letters):
        raise ValidationError("A counter lists each service once.")
    found = dict(
        session.execute(select(Service.code, Service.id).where(Service.code.in_(letters))).all()
    )
    missing = [letter for letter in letters if letter not in found]
    if missing:
        raise ValidationError(f"There is no service with the letter {', '.join(missing)}.")
    return [found[letter] for letter in letters]


def _check_number(session: Session, number: int, own_id: int | None) -> int:
    checked_int(number, "counter number", 1, MAX_COUNTER_NUMBER)
    clash = session.scalar(select(Counter.id).where(Counter.number == number))
    if clash is not None and clash != own_id:
        raise ValidationError(f"Counter number {number} already exists.")
    return number


def _set_services(session: Session, counter: Counter, service_ids: list[int]) -> None:
    session.execute(delete(CounterService).where(CounterService.counter_id == counter.id))
    for position, service_id in enumerate(service_ids):
        session.add(CounterService(counter_id=counter.id, service_id=service_id, position=position))
    session.flush()


def list_counter_records(session: Session, actor: Actor) -> list[CounterInfo]:
    actor.require(Permission.ADMINISTER)
    counters = session.scalars(select(Counter).order_by(Counter.number))
    return [counter_info(session, counter) for counter in counters]


@atomic
def create_counter(
    session: Session, actor: Actor, fields: CounterFields, *, now: datetime | None = None
) -> CounterInfo:
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    number = _check_number(session, fields.number, None)
    counter = Counter(
        number=number,
        name_zh=clean_text(fields.name_zh, "Chinese name", max_length=NAME_LIMIT, required=True),
        name_en=clean_text(fields.name_en, "English name", max_length=NAME_LIMIT, required=True),
        state="closed",
    )
    service_ids = _service_ids(session, fields.service_codes)
    session.add(counter)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(
            f"Counter number {number} was just created by someone else."
        ) from None
    _set_services(session, counter, service_ids)
    audit_change(
        session,
        actor,
        "counter.create",
        at=at,
        target_type="counter",
        target_id=number,
        before=None,
        after=_counter_snapshot(session, counter),
        event=COUNTER_EVENT,
    )
    session.commit()
    return counter_info(session, counter)


@atomic
def update_counter(
    session: Session,
    actor: Actor,
    counter_id: int,
    fields: CounterFields,
    *,
    now: datetime | None = None,
) -> CounterInfo:
    """Rename or renumber a counter and set the services it calls, in order.

    The number changes only while the counter is closed: the counter station is started
    with its number.
    """
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    counter = get_counter_by_id(session, counter_id)
    before = _counter_snapshot(session, counter)
    number = _check_number(session, fields.number, counter.id)
    if number != counter.number and counter.state != "closed":
        raise ValidationError(
            f"Counter {counter.number} is {counter.state}; close it before changing its number."
        )
    counter.number = number
    counter.name_zh = clean_text(
        fields.name_zh, "Chinese name", max_length=NAME_LIMIT, required=True
    )
    counter.name_en = clean_text(
        fields.name_en, "English name", max_length=NAME_LIMIT, required=True
    )
    _set_services(session, counter, _service_ids(session, fields.service_codes))
    after = _counter_snapshot(session, counter)
    if after != before:
        audit_change(
            session,
            actor,
            "counter.update",
            at=at,
            target_type="counter",
            target_id=number,
            before=before,
            after=after,
            event=COUNTER_EVENT,
        )
    session.commit()
    return counter_info(session, counter)


@atomic
def remove_counter(
    session: Session, actor: Actor, counter_id: int, *, now: datetime | None = None
) -> None:
    """Remove a closed counter that has no history (tickets, events, requests).

    A counter with history stays, for the statistics; take its services away instead.
    """
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    counter = get_counter_by_id(session, counter_id)
    if counter.state != "closed":
        raise ValidationError(f"Counter {counter.number} is {counter.state}; close it first.")
    if _has_history(session, counter.id):
        raise ValidationError(
            f"Counter {counter.number} has served residents and stays in the statistics; "
            "it cannot be removed. Take all its services away so it calls no one."
        )
    before = _counter_snapshot(session, counter)
    session.execute(delete(CounterService).where(CounterService.counter_id == counter.id))
    session.delete(counter)
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError(
            f"Counter {before['number']} is still referred to and cannot be removed."
        ) from None
    audit_change(
        session,
        actor,
        "counter.remove",
        at=at,
        target_type="counter",
        target_id=before["number"],
        before=before,
        after=None,
        event=COUNTER_EVENT,
    )
    session.commit()


def _has_history(session: Session, counter_id: int) -> bool:
    for model in (Ticket, QueueEvent, ServiceRequest):
        column = model.counter_id
        if session.scalar(select(column).where(column == counter_id).limit(1)) is not None:
            return True
    return False
