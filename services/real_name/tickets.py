"""Issuing a real-name ticket: the resident found or registered by the ID number, the green
channel by age, and a per-resident daily limit per service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.casework.residents import card_holder, lock_resident
from services.catalog.reads import get_service
from services.core.actors import Actor
from services.core.errors import DailyLimitReached
from services.core.id_numbers import birth_date, mask_id_number, validate_id_number
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.queue import ops as queue_ops
from services.queue.tickets import PriorityReason, TicketInfo, TicketStatus, parse_priority
from services.storage.models import Ticket


@dataclass(frozen=True)
class RealNameTicket:
    """The ticket, and whose it is (the ID number masked, as on every screen)."""

    ticket: TicketInfo
    resident_id: int
    resident_name: str
    id_number_masked: str
    age: int
    resident_created: bool


def age_on(born: date, day: date) -> int:
    """Completed years of age on ``day``."""
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@atomic
def issue_real_name_ticket(
    session: Session,
    actor: Actor,
    service_code: str,
    id_number: str,
    *,
    name: str = "",
    address: str = "",
    priority: str | None = None,
    language: str = "zh_CN",
    now: datetime | None = None,
) -> RealNameTicket:
    """Issue a ticket for the holder of ``id_number`` (read from the card, or typed).

    A resident not registered yet is registered with the card's name and address. Residents
    at or above the center's elderly age get the green channel unless another reason is
    given. More than the center's daily limit of tickets for one service is refused.

    Raises:
        InvalidIdNumber, ValidationError (unknown resident without a name),
        DailyLimitReached, NotFound (service), ServiceClosed.
    """
    op = queue_ops.begin_issue(session, actor, now)
    number = validate_id_number(id_number, today=op.day)
    reason = parse_priority(priority)
    service = get_service(session, service_code)
    queue_ops.require_offered(op, service)
    resident, created = card_holder(session, op.at, number, name, address)
    lock_resident(session, resident.id)
    taken = session.execute(
        select(func.count(Ticket.id)).where(
            Ticket.resident_id == resident.id,
            Ticket.service_day == op.day,
            Ticket.issue_service_id == service.id,
            Ticket.status != TicketStatus.CANCELLED,
        )
    ).scalar_one()
    limit = op.config.real_name_daily_limit
    if taken >= limit:
        raise DailyLimitReached(
            f"{mask_id_number(number)} has taken {taken} tickets for {service.code} "
            f"({service.name_en}) today; the limit is {limit} per person and day.",
            taken=taken,
            limit=limit,
        )
    age = age_on(birth_date(number), op.day)
    if reason is None and age >= op.config.elderly_age:
        reason = PriorityReason.ELDERLY
    if created:
        record_audit(
            session,
            actor,
            "resident.created",
            at=op.at,
            target_type="resident",
            target_id=resident.id,
            details={"id_number": resident.id_number_masked, "source": "id_card"},
        )
    info = queue_ops.add_ticket(
        op, service, reason, language, resident_id=resident.id, real_name=True, age=age
    )
    session.commit()
    return RealNameTicket(
        ticket=info,
        resident_id=resident.id,
        resident_name=resident.name,
        id_number_masked=resident.id_number_masked,
        age=age,
        resident_created=created,
    )
