"""Tickets as plain data, their states, and the lookups every queue operation shares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.errors import NotFound, ValidationError
from services.inputs.quoting import mention
from services.inputs.ticket_codes import split_ticket_code
from services.storage.models import Counter, Service, Ticket


class TicketStatus(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    HELD = "held"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


FINAL_STATUSES = frozenset(
    {TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.CANCELLED, TicketStatus.EXPIRED}
)
OPEN_STATUSES = frozenset(
    {TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.HELD}
)
ACTIVE_AT_COUNTER = (TicketStatus.CALLED, TicketStatus.SERVING)


class PriorityReason(StrEnum):
    ELDERLY = "elderly"
    DISABILITY = "disability"
    MILITARY = "military"
    PREGNANT = "pregnant"
    OTHER = "other"


PRIORITY_LABELS: dict[PriorityReason, tuple[str, str]] = {
    PriorityReason.ELDERLY: ("老年人", "Elderly"),
    PriorityReason.DISABILITY: ("残疾人", "Disability"),
    PriorityReason.MILITARY: ("军人及军属", "Military and families"),
    PriorityReason.PREGNANT: ("孕妇", "Pregnant"),
    PriorityReason.OTHER: ("其他优先", "Other priority"),
}


def priority_label(reason: str | None, language: str) -> str | None:
    if reason is None:
        return None
    zh, en = PRIORITY_LABELS[PriorityReason(reason)]
    return en if language.startswith("en") else zh


def parse_priority(reason: str | None) -> PriorityReason | None:
    if reason is None or reason == "" or reason == "none":
        return None
    try:
        return PriorityReason(reason)
    except ValueError:
        allowed = ", ".join(r.value for r in PriorityReason)
        raise ValidationError(
            f"Unknown priority reason {reason!r}: use one of {allowed}."
        ) from None


def format_code(letter: str, number: int) -> str:
    return f"{letter}{number:03d}"


def barcode_payload(day: date, code: str) -> str:
    return f"T-{day:%Y%m%d}-{code}"


@dataclass(frozen=True)
class TicketInfo:
    id: int
    code: str
    number: int
    service_day: date
    service_code: str
    service_name_zh: str
    service_name_en: str
    status: TicketStatus
    priority_reason: str | None
    language: str
    issued_at: datetime
    first_called_at: datetime | None
    last_called_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    hold_until: datetime | None
    counter_number: int | None
    call_count: int
    transferred: bool
    barcode: str
    ahead: int | None = None
    estimated_wait_minutes: int | None = None
    recalls: int = 0  # since the last call; the recall limit counts these
    resident_id: int | None = None  # a real-name ticket's resident (实名取号)

    @property
    def real_name(self) -> bool:
        return self.resident_id is not None

    def service_name(self, language: str) -> str:
        """The English name in English, the Chinese one where the catalog has no English."""
        english = self.service_name_en.strip()
        return english if language.startswith("en") and english else self.service_name_zh


def ticket_info(
    session: Session, ticket: Ticket, *, ahead: int | None = None, estimated_wait: int | None = None
) -> TicketInfo:
    service = session.get(Service, ticket.service_id)
    assert service is not None
    counter_number = None
    if ticket.counter_id is not None:
        counter = session.get(Counter, ticket.counter_id)
        counter_number = counter.number if counter else None
    return info_of(
        {name: getattr(ticket, name) for name in ANSWER_COLUMNS},
        service=(service.code, service.name_zh, service.name_en),
        counter_number=counter_number,
        ahead=ahead,
        estimated_wait=estimated_wait,
    )


# The ticket's columns its answer is made of.
ANSWER_COLUMNS = (
    "id",
    "code",
    "number",
    "service_day",
    "status",
    "priority_reason",
    "language",
    "issued_at",
    "first_called_at",
    "last_called_at",
    "started_at",
    "finished_at",
    "hold_until",
    "call_count",
    "transferred_from_service_id",
    "recalls",
    "resident_id",
)


def info_of(
    ticket: Mapping[Any, Any],
    *,
    service: tuple[str, str, str],
    counter_number: int | None,
    ahead: int | None = None,
    estimated_wait: int | None = None,
) -> TicketInfo:
    """A ticket's answer from its column values, for the full operation (an ORM ``Ticket``)
    and the fast path (the row its statement returned; a column it did not return is unset).

    ``service`` is the service's code and names in Chinese and English. Timestamps the
    database driver gave without a zone (psycopg run directly) are UTC.
    """
    code, name_zh, name_en = service
    get = ticket.get
    return TicketInfo(
        id=ticket["id"],
        code=ticket["code"],
        number=ticket["number"],
        service_day=ticket["service_day"],
        service_code=code,
        service_name_zh=name_zh,
        service_name_en=name_en,
        status=TicketStatus(ticket["status"]),
        priority_reason=ticket["priority_reason"],
        language=ticket["language"],
        issued_at=_utc(ticket["issued_at"]),
        first_called_at=_utc(get("first_called_at")),
        last_called_at=_utc(get("last_called_at")),
        started_at=_utc(get("started_at")),
        finished_at=_utc(get("finished_at")),
        hold_until=_utc(get("hold_until")),
        counter_number=counter_number,
        call_count=ticket["call_count"],
        transferred=get("transferred_from_service_id") is not None,
        barcode=barcode_payload(ticket["service_day"], ticket["code"]),
        ahead=ahead,
        estimated_wait_minutes=estimated_wait,
        recalls=ticket["recalls"],
        resident_id=get("resident_id"),
    )


@overload
def _utc(value: datetime) -> datetime: ...
@overload
def _utc(value: None) -> None: ...
def _utc(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def find_ticket_by_code(session: Session, day: date, code: str, *, lock: bool = False) -> Ticket:
    """The ticket ``A002`` of ``day``; the scanned ``T-20261207-A002`` is accepted as well."""
    scanned_day, plain = split_ticket_code(code)
    if scanned_day is not None and scanned_day != day:
        raise NotFound(
            f"Ticket {plain} of {scanned_day:%Y-%m-%d} is not a ticket of the service day "
            f"{day:%Y-%m-%d}."
        )
    query = select(Ticket).where(Ticket.service_day == day, Ticket.code == plain)
    if lock:
        query = query.with_for_update()
    ticket = session.scalars(query).one_or_none()
    if ticket is None:
        raise NotFound(
            f"There is no ticket {mention(plain)} on {day:%Y-%m-%d}.",
            key="ticket",
            code=code,
            day=day.isoformat(),
        )
    return ticket


def get_ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"There is no ticket with id {ticket_id}.")
    return ticket
