"""Service requests (受理): acceptance at the counter, the one-time notice of missing
materials (一次性告知), the lifecycle, lists and search, and the acceptance receipt's data.

Lifecycle: accepted -> in_progress -> completed; accepted or in_progress -> rejected (with a
reason) or referred (to mediation, with the case number). Completed, rejected and referred
are final. A request is overdue when it is still open after its promised date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from services.calendar.working_days import add_working_days
from services.casework.ops import CaseOp, begin, next_document_number
from services.casework.residents import resident_condition
from services.catalog.reads import get_counter, get_service
from services.core.actors import Actor, Permission, Role
from services.core.errors import (
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ServiceClosed,
    ValidationError,
)
from services.core.id_numbers import mask_id_number
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.queue.tickets import TicketStatus, get_ticket
from services.storage.casework_models import MediationCase, Resident, ServiceRequest
from services.storage.models import Counter, Service, Staff, Ticket

DOCUMENT_KIND = "R"
NUMBER_PATTERN = re.compile(r"R-(\d{4})-(\d{6,})")
CASE_NUMBER_PATTERN = re.compile(r"M-\d{4}-\d{6,}")
MAX_DESCRIPTION = 2000
MAX_MATERIAL = 100
MAX_MATERIALS = 50
MAX_REASON = 500
LIST_LIMIT = 200

# A request may be recorded while its ticket is at the counter or just after it is done.
TICKET_STATUSES_FOR_REQUEST = (TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE)


class RequestStatus(StrEnum):
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"
    REFERRED = "referred"


OPEN_REQUEST_STATUSES = (RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS)
FINAL_REQUEST_STATUSES = (
    RequestStatus.COMPLETED,
    RequestStatus.REJECTED,
    RequestStatus.REFERRED,
)
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.ACCEPTED: frozenset(
        {RequestStatus.IN_PROGRESS, RequestStatus.REJECTED, RequestStatus.REFERRED}
    ),
    RequestStatus.IN_PROGRESS: frozenset(
        {RequestStatus.COMPLETED, RequestStatus.REJECTED, RequestStatus.REFERRED}
    ),
}


def format_request_number(year: int, number: int) -> str:
    return f"R-{year:04d}-{number:06d}"


@dataclass(frozen=True)
class RequestInfo:
    id: int
    number: str  # also the barcode payload
    status: str
    service_code: str
    service_name_zh: str
    service_name_en: str
    resident_id: int
    resident_name: str
    resident_id_masked: str
    ticket_id: int | None
    ticket_code: str | None
    counter_number: int | None
    staff_id: int | None
    staff_name: str | None
    description: str
    materials_required: tuple[str, ...]  # the service's list, as the catalog has it now
    materials_submitted: tuple[str, ...]
    materials_missing: tuple[str, ...]
    accepted_at: datetime
    service_day: date
    promised_by: date
    completed_at: datetime | None
    reject_reason: str | None
    case_number: str | None
    overdue: bool

    @property
    def barcode(self) -> str:
        return self.number

    def service_name(self, language: str) -> str:
        return self.service_name_en if language.startswith("en") else self.service_name_zh


@dataclass(frozen=True)
class NoticeItem:
    name: str
    submitted: bool

    @property
    def missing(self) -> bool:
        return not self.submitted


@dataclass(frozen=True)
class OneTimeNotice:
    """一次性告知: every material the matter needs, the missing ones marked, in one go."""

    request_number: str
    service_code: str
    service_name_zh: str
    service_name_en: str
    items: tuple[NoticeItem, ...]
    promised_by: date

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(item.name for item in self.items if not item.submitted)

    @property
    def complete(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class ReceiptData:
    """What the acceptance receipt (受理回执) prints. The ID number is in full: the printing
    layer masks it, as it does on every document."""

    center_name_zh: str
    center_name_en: str
    request_number: str
    barcode_payload: str
    resident_name: str
    resident_id_number: str
    service_code: str
    service_name_zh: str
    service_name_en: str
    description: str
    materials_submitted: tuple[str, ...]
    materials_missing: tuple[str, ...]
    promised_by: date
    counter_number: int | None
    counter_name_zh: str
    counter_name_en: str
    staff_name: str
    accepted_at: datetime  # aware, in the center's time zone
    materials_submitted_en: tuple[str, ...] = ()
    materials_missing_en: tuple[str, ...] = ()

    def materials(self, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The submitted and the missing materials in ``language``."""
        if language.startswith("en") and self.materials_submitted_en + self.materials_missing_en:
            return self.materials_submitted_en, self.materials_missing_en
        return self.materials_submitted, self.materials_missing

    def center_name(self, language: str) -> str:
        return self.center_name_en if language.startswith("en") else self.center_name_zh

    def service_name(self, language: str) -> str:
        return self.service_name_en if language.startswith("en") else self.service_name_zh

    def counter_name(self, language: str) -> str:
        return self.counter_name_en if language.startswith("en") else self.counter_name_zh


def one_time_notice(request: RequestInfo) -> OneTimeNotice:
    """Every material needed, the catalog's order first, each marked submitted or missing."""
    names: list[str] = []
    for name in (*request.materials_required, *request.materials_missing):
        if name not in names and (
            name in request.materials_submitted or name in request.materials_missing
        ):
            names.append(name)
    names.extend(n for n in request.materials_submitted if n not in names)
    missing = set(request.materials_missing)
    return OneTimeNotice(
        request_number=request.number,
        service_code=request.service_code,
        service_name_zh=request.service_name_zh,
        service_name_en=request.service_name_en,
        items=tuple(NoticeItem(name=n, submitted=n not in missing) for n in names),
        promised_by=request.promised_by,
    )


# --- acceptance ----------------------------------------------------------------------------


def _clean_materials(materials: Sequence[str]) -> list[str]:
    if isinstance(materials, str):
        raise ValidationError("Give the submitted materials as a list of names.")
    cleaned: list[str] = []
    for item in materials:
        name = clean_text(item, "material name", max_length=MAX_MATERIAL)
        if name and name not in cleaned:
            cleaned.append(name)
    if len(cleaned) > MAX_MATERIALS:
        raise ValidationError(f"At most {MAX_MATERIALS} materials can be listed.")
    return cleaned


def _counter_for(op: CaseOp, counter_number: int | None, ticket: Ticket | None) -> Counter | None:
    if counter_number is None:
        return op.session.get(Counter, ticket.counter_id) if ticket and ticket.counter_id else None
    counter = get_counter(op.session, counter_number)
    actor = op.actor
    if (
        actor.role == Role.COUNTER
        and counter.staff_id is not None
        and counter.staff_id != actor.staff_id
    ):
        raise PermissionDenied(
            f"Counter {counter.number} is signed in by another staff member.",
            key="counter_taken",
            counter=counter.number,
        )
    return counter


def _ticket_for(op: CaseOp, ticket_id: int | None) -> Ticket | None:
    if ticket_id is None:
        return None
    ticket = get_ticket(op.session, ticket_id)
    if ticket.service_day != op.day:
        raise ValidationError(
            f"Ticket {ticket.code} is from {ticket.service_day.isoformat()}, not today.",
            key="ticket_other_day",
            code=ticket.code,
            day=ticket.service_day.isoformat(),
        )
    if ticket.status not in TICKET_STATUSES_FOR_REQUEST:
        raise InvalidTransition(
            f"Cannot record a request for {ticket.code}: it is {ticket.status}; "
            "call and serve it first.",
            key="request_ticket",
            code=ticket.code,
            status=ticket.status,
        )
    return ticket


def accept_request(
    session: Session,
    actor: Actor,
    *,
    ticket_id: int | None = None,
    resident_id: int,
    service_code: str,
    description: str = "",
    materials_submitted: Sequence[str] = (),
    counter_number: int | None = None,
    now: datetime | None = None,
) -> RequestInfo:
    """Accept a resident's matter: numbered ``R-YYYY-NNNNNN``, with a promised date."""
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    service = get_service(session, service_code)
    if not service.active:
        raise ServiceClosed(
            f"The service {service.code} ({service.name_en}) is not offered now.",
            key="service",
            service=service.code,
            name_zh=service.name_zh,
            name_en=service.name_en,
        )
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise NotFound(f"There is no resident with id {resident_id}.")
    description = clean_text(description, "description", max_length=MAX_DESCRIPTION, multiline=True)
    submitted = _clean_materials(materials_submitted)
    ticket = _ticket_for(op, ticket_id)
    counter = _counter_for(op, counter_number, ticket)
    missing = [m for m in (service.materials or []) if m not in submitted]
    promised_by = add_working_days(session, op.day, service.promised_days)
    sequence = next_document_number(session, DOCUMENT_KIND, op.day.year)
    request = ServiceRequest(
        number=format_request_number(op.day.year, sequence),
        ticket_id=ticket.id if ticket else None,
        resident_id=resident.id,
        service_id=service.id,
        counter_id=counter.id if counter else None,
        staff_id=actor.staff_id,
        description=description,
        materials_submitted=submitted,
        materials_missing=missing,
        status=RequestStatus.ACCEPTED.value,
        accepted_at=op.at,
        service_day=op.day,
        promised_by=promised_by,
        updated_at=op.at,
    )
    session.add(request)
    session.flush()
    _log(
        op,
        "accepted",
        request,
        service=service.code,
        missing=len(missing),
        promised_by=promised_by.isoformat(),
    )
    info = _info_by_id(session, request.id, op.day)
    session.commit()
    return info


# --- lifecycle -----------------------------------------------------------------------------


def _lock(session: Session, request_id: int) -> ServiceRequest:
    request = session.scalars(
        select(ServiceRequest)
        .where(ServiceRequest.id == request_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if request is None:
        raise NotFound(f"There is no service request with id {request_id}.")
    return request


def _move(op: CaseOp, request: ServiceRequest, target: RequestStatus, action: str) -> str:
    current = RequestStatus(request.status)
    if target not in TRANSITIONS.get(current, frozenset()):
        raise InvalidTransition(
            f"Cannot {action} {request.number}: it is {current.value.replace('_', ' ')}."
        )
    request.status = target.value
    request.updated_at = op.at
    return current.value


def start_request(
    session: Session, actor: Actor, request_id: int, *, now: datetime | None = None
) -> RequestInfo:
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    request = _lock(session, request_id)
    previous = _move(op, request, RequestStatus.IN_PROGRESS, "start")
    return _finish(op, request, "started", previous)


def complete_request(
    session: Session,
    actor: Actor,
    request_id: int,
    *,
    note: str = "",
    now: datetime | None = None,
) -> RequestInfo:
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    note = clean_text(note, "completion note", max_length=MAX_REASON, multiline=True)
    request = _lock(session, request_id)
    previous = _move(op, request, RequestStatus.COMPLETED, "complete")
    request.completed_at = op.at
    return _finish(op, request, "completed", previous, note=note)


def reject_request(
    session: Session,
    actor: Actor,
    request_id: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> RequestInfo:
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    reason = clean_text(
        reason, "reason for rejecting", max_length=MAX_REASON, required=True, multiline=True
    )
    request = _lock(session, request_id)
    previous = _move(op, request, RequestStatus.REJECTED, "reject")
    request.reject_reason = reason
    request.completed_at = op.at
    return _finish(op, request, "rejected", previous, reason=reason)


def mark_referred(
    session: Session,
    actor: Actor,
    request_id: int,
    case_number: str,
    *,
    now: datetime | None = None,
) -> RequestInfo:
    """Mark the request referred to the mediation case ``case_number`` (``M-2026-000045``)."""
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    request = _refer(op, request_id, case_number)
    info = _info_by_id(session, request.id, op.day)
    session.commit()
    return info


def record_referral(
    session: Session,
    actor: Actor,
    request_id: int,
    case_number: str,
    *,
    now: datetime | None = None,
) -> None:
    """``mark_referred`` inside the caller's transaction: it neither commits nor rolls back.

    For the mediation engine, which registers the case and refers the request at once. The
    case row must be flushed first.
    """
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    _refer(op, request_id, case_number)


def _refer(op: CaseOp, request_id: int, case_number: str) -> ServiceRequest:
    number = unicodedata.normalize("NFKC", case_number).strip().upper()
    if not CASE_NUMBER_PATTERN.fullmatch(number):
        raise ValidationError(f"{quoted(case_number)} is not a case number such as M-2026-000045.")
    request = _lock(op.session, request_id)
    case = op.session.scalars(
        select(MediationCase).where(MediationCase.number == number)
    ).one_or_none()
    if case is None:
        raise NotFound(f"There is no mediation case {number}.")
    if case.request_id not in (None, request.id):
        raise ValidationError(f"The case {number} belongs to another service request.")
    previous = _move(op, request, RequestStatus.REFERRED, "refer")
    case.request_id = request.id
    request.completed_at = op.at
    _log(op, "referred", request, previous=previous, case_number=number)
    return request


def _finish(
    op: CaseOp, request: ServiceRequest, kind: str, previous: str, **details: Any
) -> RequestInfo:
    _log(op, kind, request, previous=previous, **details)
    info = _info_by_id(op.session, request.id, op.day)
    op.session.commit()
    return info


def _log(op: CaseOp, kind: str, request: ServiceRequest, **details: Any) -> None:
    op.event(
        f"request_{kind}",
        ticket_id=request.ticket_id,
        counter_id=request.counter_id,
        service_id=request.service_id,
        request_id=request.id,
        number=request.number,
        status=request.status,
        **details,
    )
    op.audit(f"request.{kind}", "service_request", request.number, status=request.status, **details)


# --- reading -------------------------------------------------------------------------------


def _base_query() -> Select[ServiceRequest, Resident, Service, Counter, Staff, Ticket]:
    return (
        select(ServiceRequest, Resident, Service, Counter, Staff, Ticket)
        .join(Resident, Resident.id == ServiceRequest.resident_id)
        .join(Service, Service.id == ServiceRequest.service_id)
        .outerjoin(Counter, Counter.id == ServiceRequest.counter_id)
        .outerjoin(Staff, Staff.id == ServiceRequest.staff_id)
        .outerjoin(Ticket, Ticket.id == ServiceRequest.ticket_id)
    )


def _case_numbers(session: Session, request_ids: list[int]) -> dict[int, str]:
    if not request_ids:
        return {}
    rows = session.execute(
        select(MediationCase.request_id, MediationCase.number)
        .where(MediationCase.request_id.in_(request_ids))
        .order_by(MediationCase.id)
    ).all()
    return {request_id: number for request_id, number in rows if request_id is not None}


def _is_overdue(request: ServiceRequest, today: date) -> bool:
    return request.status in OPEN_REQUEST_STATUSES and request.promised_by < today


def _infos(session: Session, rows: Sequence[Any], today: date) -> list[RequestInfo]:
    cases = _case_numbers(session, [row[0].id for row in rows])
    infos = []
    for request, resident, service, counter, staff, ticket in rows:
        infos.append(
            RequestInfo(
                id=request.id,
                number=request.number,
                status=request.status,
                service_code=service.code,
                service_name_zh=service.name_zh,
                service_name_en=service.name_en,
                resident_id=resident.id,
                resident_name=resident.name,
                resident_id_masked=mask_id_number(resident.id_number),
                ticket_id=request.ticket_id,
                ticket_code=ticket.code if ticket else None,
                counter_number=counter.number if counter else None,
                staff_id=request.staff_id,
                staff_name=staff.full_name if staff else None,
                description=request.description,
                materials_required=tuple(service.materials or ()),
                materials_submitted=tuple(request.materials_submitted or ()),
                materials_missing=tuple(request.materials_missing or ()),
                accepted_at=request.accepted_at,
                service_day=request.service_day,
                promised_by=request.promised_by,
                completed_at=request.completed_at,
                reject_reason=request.reject_reason,
                case_number=cases.get(request.id),
                overdue=_is_overdue(request, today),
            )
        )
    return infos


def _info_by_id(session: Session, request_id: int, today: date) -> RequestInfo:
    rows = session.execute(_base_query().where(ServiceRequest.id == request_id)).all()
    if not rows:
        raise NotFound(f"There is no service request with id {request_id}.")
    return _infos(session, rows, today)[0]


def get_request(
    session: Session, actor: Actor, request_id: int, *, now: datetime | None = None
) -> RequestInfo:
    op = begin(session, actor, Permission.READ_CASEWORK, now)
    return _info_by_id(session, request_id, op.day)


def parse_request_number(text: str) -> str:
    """``r-2026-000123`` or a scanned payload with blanks -> ``R-2026-000123``."""
    number = unicodedata.normalize("NFKC", text).strip().upper()
    if not NUMBER_PATTERN.fullmatch(number):
        raise ValidationError(f"{text.strip()!r} is not a request number such as R-2026-000123.")
    return number


def get_request_by_number(
    session: Session, actor: Actor, number: str, *, now: datetime | None = None
) -> RequestInfo:
    """The request of a typed or scanned ``R-…`` number."""
    op = begin(session, actor, Permission.READ_CASEWORK, now)
    parsed = parse_request_number(number)
    rows = session.execute(_base_query().where(ServiceRequest.number == parsed)).all()
    if not rows:
        raise NotFound(f"There is no service request {parsed}.")
    return _infos(session, rows, op.day)[0]


def _query_condition(query: str) -> ColumnElement[bool] | None:
    text = unicodedata.normalize("NFKC", query).strip().upper()
    if not text:
        return None
    if text.startswith("R-"):
        return ServiceRequest.number.startswith(text, autoescape=True)
    return resident_condition(query)


def list_requests(
    session: Session,
    actor: Actor,
    *,
    day: date | None = None,
    overdue: bool = False,
    query: str | None = None,
    status: str | None = None,
    limit: int = LIST_LIMIT,
    now: datetime | None = None,
) -> list[RequestInfo]:
    """Requests, newest first, filtered by all the criteria given.

    - ``day``: accepted on that service day;
    - ``overdue``: still open after the promised date (oldest promise first);
    - ``query``: a request number (or its beginning, ``R-2026-00012``), a full ID number,
      the last 4 characters of one, or part of a name;
    - ``status``: one status.

    With no criterion at all, today's requests.
    """
    op = begin(session, actor, Permission.READ_CASEWORK, now)
    statement = _base_query()
    if day is None and not overdue and not query and status is None:
        day = op.day
    if day is not None:
        statement = statement.where(ServiceRequest.service_day == day)
    if status is not None:
        try:
            statement = statement.where(ServiceRequest.status == RequestStatus(status).value)
        except ValueError:
            allowed = ", ".join(s.value for s in RequestStatus)
            raise ValidationError(
                f"Unknown status {quoted(status)}: use one of {allowed}."
            ) from None
    if query:
        condition = _query_condition(query)
        if condition is None:
            return []
        statement = statement.where(condition)
    if overdue:
        statement = statement.where(
            ServiceRequest.status.in_([s.value for s in OPEN_REQUEST_STATUSES]),
            ServiceRequest.promised_by < op.day,
        ).order_by(ServiceRequest.promised_by, ServiceRequest.id)
    else:
        statement = statement.order_by(ServiceRequest.accepted_at.desc(), ServiceRequest.id.desc())
    rows = session.execute(statement.limit(limit)).all()
    return _infos(session, rows, op.day)


# --- the acceptance receipt ----------------------------------------------------------------


def receipt_data(
    session: Session, actor: Actor, request_id: int, *, now: datetime | None = None
) -> ReceiptData:
    """The acceptance receipt's content, with the full ID number (the printer masks it).

    Counter staff get it for the requests they accepted today; managers and administrators
    for any. Every call is audited, as a reveal of the ID number.
    """
    op = begin(session, actor, Permission.READ_CASEWORK, now)
    rows = session.execute(_base_query().where(ServiceRequest.id == request_id)).all()
    if not rows:
        raise NotFound(f"There is no service request with id {request_id}.")
    request, resident, service, counter, staff, _ticket = rows[0]
    allowed = actor.may(Permission.REVEAL_ID_NUMBER) and (
        actor.role != Role.COUNTER
        or (
            actor.staff_id is not None
            and request.staff_id == actor.staff_id
            and request.service_day == op.day
        )
    )
    if not allowed:
        op.audit("request.receipt_refused", "service_request", request.number)
        session.commit()
        raise PermissionDenied(
            f"{actor.name} ({actor.role.value}) may not print the receipt of {request.number}: "
            "counter staff print receipts of the requests they accepted today."
        )
    op.audit(
        "request.receipt_data",
        "service_request",
        request.number,
        resident_id=resident.id,
        id_number=mask_id_number(resident.id_number),
    )
    data = ReceiptData(
        center_name_zh=op.config.center_name_zh,
        center_name_en=op.config.center_name_en,
        request_number=request.number,
        barcode_payload=request.number,
        resident_name=resident.name,
        resident_id_number=resident.id_number,
        service_code=service.code,
        service_name_zh=service.name_zh,
        service_name_en=service.name_en,
        description=request.description,
        materials_submitted=tuple(request.materials_submitted or ()),
        materials_missing=tuple(request.materials_missing or ()),
        promised_by=request.promised_by,
        counter_number=counter.number if counter else None,
        counter_name_zh=counter.name_zh if counter else "",
        counter_name_en=counter.name_en if counter else "",
        staff_name=staff.full_name if staff else "",
        accepted_at=request.accepted_at.astimezone(op.config.timezone),
        materials_submitted_en=_in_english(service, request.materials_submitted),
        materials_missing_en=_in_english(service, request.materials_missing),
    )
    session.commit()
    return data


def _in_english(service: Service, materials: list[str] | None) -> tuple[str, ...]:
    english = dict(zip(service.materials or (), service.materials_en or (), strict=False))
    return tuple(english.get(name) or name for name in materials or ())
