"""Residents: registration at the counter, search, and the audited reveal of a full ID number.

Everything returned here carries the ID number masked (``110105********002X``). The full
number leaves this module only through ``reveal_id_number``, which writes an audit row on
every call, granted or refused. Counter staff may reveal only the residents whose request
they accepted themselves today; managers and administrators may always.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.actors import Actor, Permission, Role
from services.casework_ops import CaseOp, begin
from services.errors import NotFound, PermissionDenied, ValidationError
from services.id_numbers import mask_id_number, normalise, validate_id_number
from services.models_casework import Resident, ServiceRequest
from services.text_checks import clean_text

MAX_NAME = 50
MAX_ADDRESS = 200
MAX_AREA = 100
MAX_REASON = 200
SEARCH_LIMIT = 50

MOBILE = re.compile(r"1[3-9]\d{9}")
# Landlines: an optional area code (0 + 2-3 digits), 7-8 digits, an optional extension.
LANDLINE = re.compile(r"(0\d{2,3}-?)?[1-9]\d{6,7}(-\d{1,6})?")
_ID_TAIL = re.compile(r"[0-9X]{4}")


@dataclass(frozen=True)
class ResidentInfo:
    id: int
    id_number_masked: str
    name: str
    phone: str
    address: str
    community: str
    grid: str
    created_at: datetime
    updated_at: datetime


def resident_info(resident: Resident) -> ResidentInfo:
    return ResidentInfo(
        id=resident.id,
        id_number_masked=mask_id_number(resident.id_number),
        name=resident.name,
        phone=resident.phone,
        address=resident.address,
        community=resident.community,
        grid=resident.grid,
        created_at=resident.created_at,
        updated_at=resident.updated_at,
    )


# --- checks --------------------------------------------------------------------------------


def normalise_phone(text: str) -> str:
    """A mobile (``13812345678``) or landline (``010-62345678``) number, or empty for none."""
    value = unicodedata.normalize("NFKC", text).strip()
    value = re.sub(r"[\s()]", "", value)
    for prefix in ("+86", "0086"):
        if value.startswith(prefix) and MOBILE.fullmatch(value[len(prefix) :].lstrip("-")):
            value = value[len(prefix) :].lstrip("-")
    if not value:
        return ""
    if MOBILE.fullmatch(value) or LANDLINE.fullmatch(value):
        return value
    if value.isdigit() and len(value) == 11 and value.startswith("1"):
        raise ValidationError(
            f"{text.strip()!r} is not a mobile number: 1[3-9] and 9 digits.",
            key="mobile",
            phone=text.strip(),
        )
    raise ValidationError(
        f"{text.strip()!r} is not a phone number: use a mobile number (11 digits) or a "
        "landline of digits and dashes such as 010-62345678.",
        key="phone",
        phone=text.strip(),
    )


def clean_name(name: str) -> str:
    return clean_text(name, "name", max_length=MAX_NAME, required=True)


def _clean_fields(phone: str, address: str, community: str, grid: str) -> tuple[str, str, str, str]:
    return (
        normalise_phone(phone),
        clean_text(address, "address", max_length=MAX_ADDRESS),
        clean_text(community, "community", max_length=MAX_AREA),
        clean_text(grid, "grid", max_length=MAX_AREA),
    )


def _get(session: Session, resident_id: int, *, lock: bool = False) -> Resident:
    query = select(Resident).where(Resident.id == resident_id)
    if lock:
        query = query.with_for_update()
    resident = session.scalars(query).one_or_none()
    if resident is None:
        raise NotFound(f"There is no resident with id {resident_id}.")
    return resident


# --- operations ----------------------------------------------------------------------------


def find_or_create_resident(
    session: Session,
    actor: Actor,
    id_number: str,
    name: str,
    phone: str = "",
    address: str = "",
    community: str = "",
    grid: str = "",
    *,
    now: datetime | None = None,
) -> ResidentInfo:
    """The resident with this ID number, registered now if new.

    A known resident keeps the record; contact fields given here (non-empty) replace the
    stored ones. A different name under a known number is refused, because it usually means
    a mistyped number: correct a real change of name with ``update_resident``.
    """
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    number = validate_id_number(id_number, today=op.day)
    name = clean_name(name)
    phone, address, community, grid = _clean_fields(phone, address, community, grid)
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    created_id = session.execute(
        insert(Resident)
        .values(
            id_number=number,
            name=name,
            phone=phone,
            address=address,
            community=community,
            grid=grid,
            created_at=op.at,
            updated_at=op.at,
        )
        .on_conflict_do_nothing(index_elements=["id_number"])
        .returning(Resident.id)
    ).scalar_one_or_none()
    resident = session.scalars(
        select(Resident)
        .where(Resident.id_number == number)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    if created_id is not None:
        op.audit("resident.created", "resident", resident.id, id_number=mask_id_number(number))
    else:
        if resident.name != name:
            session.rollback()
            raise ValidationError(
                f"The ID number {mask_id_number(number)} is registered under another name. "
                "Check the number, or correct the name of the registered resident.",
                key="id_other_name",
                id_number=mask_id_number(number),
            )
        given = {"phone": phone, "address": address, "community": community, "grid": grid}
        _apply(op, resident, {k: v for k, v in given.items() if v})
    info = resident_info(resident)
    session.commit()
    return info


def _apply(op: CaseOp, resident: Resident, changes: dict[str, str]) -> list[str]:
    changed = [field for field, value in changes.items() if getattr(resident, field) != value]
    for field in changed:
        setattr(resident, field, changes[field])
    if changed:
        resident.updated_at = op.at
        # Field names only: the audit log holds no personal data.
        op.audit("resident.updated", "resident", resident.id, fields=changed)
    return changed


def update_resident(
    session: Session,
    actor: Actor,
    resident_id: int,
    *,
    name: str | None = None,
    phone: str | None = None,
    address: str | None = None,
    community: str | None = None,
    grid: str | None = None,
    now: datetime | None = None,
) -> ResidentInfo:
    """Change the given fields. The ID number never changes: a wrong one is a new resident."""
    op = begin(session, actor, Permission.RECORD_REQUEST, now)
    resident = _get(session, resident_id, lock=True)
    changes: dict[str, str] = {}
    if name is not None:
        changes["name"] = clean_name(name)
    if phone is not None:
        changes["phone"] = normalise_phone(phone)
    if address is not None:
        changes["address"] = clean_text(address, "address", max_length=MAX_ADDRESS)
    if community is not None:
        changes["community"] = clean_text(community, "community", max_length=MAX_AREA)
    if grid is not None:
        changes["grid"] = clean_text(grid, "grid", max_length=MAX_AREA)
    _apply(op, resident, changes)
    info = resident_info(resident)
    session.commit()
    return info


def get_resident(session: Session, actor: Actor, resident_id: int) -> ResidentInfo:
    actor.require(Permission.READ_CASEWORK)
    return resident_info(_get(session, resident_id))


def search_residents(
    session: Session, actor: Actor, query: str, *, limit: int = SEARCH_LIMIT
) -> list[ResidentInfo]:
    """Residents by full ID number (exact), by its last 4 characters, or by part of the name."""
    actor.require(Permission.READ_CASEWORK)
    statement = select(Resident)
    condition = resident_condition(query)
    if condition is None:
        return []
    statement = statement.where(condition).order_by(Resident.name, Resident.id).limit(limit)
    return [resident_info(r) for r in session.scalars(statement)]


def resident_condition(query: str) -> ColumnElement[bool] | None:
    """The WHERE clause for a counter search box: an ID number, its last 4, or a name."""
    text = normalise(query)
    if not text:
        return None
    if len(text) == 18:
        return Resident.id_number == text
    if _ID_TAIL.fullmatch(text):
        return Resident.id_number.endswith(text, autoescape=True)
    return Resident.name.icontains(query.strip(), autoescape=True)


def reveal_id_number(
    session: Session,
    actor: Actor,
    resident_id: int,
    reason: str,
    *,
    now: datetime | None = None,
) -> str:
    """The full ID number, for a stated reason; every call is audited, refusals too."""
    op = begin(session, actor, None, now)
    reason = clean_text(
        reason, "reason for revealing an ID number", max_length=MAX_REASON, required=True
    )
    resident = _get(session, resident_id)
    basis = _reveal_basis(op, resident)
    if basis is None:
        op.audit("resident.reveal_refused", "resident", resident.id, reason=reason)
        session.commit()
        raise PermissionDenied(
            f"{actor.name} ({actor.role.value}) may not see the full ID number of this "
            "resident: counter staff see only residents whose request they accepted today."
        )
    op.audit(
        "resident.id_number_revealed",
        "resident",
        resident.id,
        reason=reason,
        basis=basis,
        id_number=mask_id_number(resident.id_number),
    )
    number = resident.id_number
    session.commit()
    return number


def may_reveal(
    session: Session, actor: Actor, resident_id: int, *, now: datetime | None = None
) -> bool:
    """Whether ``reveal_id_number`` would grant; for enabling a button. Writes nothing."""
    op = begin(session, actor, None, now)
    return _reveal_basis(op, _get(session, resident_id)) is not None


def _reveal_basis(op: CaseOp, resident: Resident) -> str | None:
    """Why the actor may see the full number (for the audit log), or None if not."""
    actor = op.actor
    if not actor.may(Permission.REVEAL_ID_NUMBER):
        return None
    if actor.role != Role.COUNTER:
        return f"role {actor.role.value}"
    if actor.staff_id is None:
        return None
    number = op.session.scalars(
        select(ServiceRequest.number)
        .where(
            ServiceRequest.resident_id == resident.id,
            ServiceRequest.staff_id == actor.staff_id,
            ServiceRequest.service_day == op.day,
        )
        .order_by(ServiceRequest.id.desc())
        .limit(1)
    ).first()
    return f"request {number} accepted today" if number else None
