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
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.casework.ops import CaseOp, begin
from services.core.actors import Actor, Permission, Role
from services.core.errors import NotFound, PermissionDenied, ValidationError
from services.core.id_numbers import birth_date, mask_id_number, normalise, validate_id_number
from services.core.text_checks import clean_text
from services.privacy.cipher import lookup_hash
from services.privacy.columns import hash_or_none, id_tail
from services.storage.casework_models import Resident, ServiceRequest

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


def _insert_or_lock(session: Session, at: datetime, **values: str) -> tuple[Resident, bool]:
    """The resident with ``values["id_number"]``, inserted if new, locked; and whether new."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    number = values["id_number"]
    phone = values.get("phone", "")
    # Core skips the ORM's hash keeping (services.privacy.columns): the hashes go in here.
    created_id = session.execute(
        insert(Resident)
        .values(
            **values,
            id_number_hash=lookup_hash(number, "id_number"),
            id_tail_hash=lookup_hash(id_tail(number), "id_tail"),
            phone_hash=hash_or_none(phone, "phone"),
            created_at=at,
            updated_at=at,
        )
        .on_conflict_do_nothing(index_elements=["id_number_hash"])
        .returning(Resident.id)
    ).scalar_one_or_none()
    resident = session.scalars(
        select(Resident)
        .where(_with_id_number(number))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    return resident, created_id is not None


def card_holder(
    session: Session, at: datetime, id_number: str, name: str = "", address: str = ""
) -> tuple[ResidentInfo, bool]:
    """The resident an ID card names, registered now if new (not committed, not audited);
    and whether new. For real-name tickets and check-in, whose callers audit.

    ``id_number`` must be validated already. A known resident keeps the stored record; a new
    one needs the name (on the card, or asked for).
    """
    existing = resident_by_id_number(session, id_number)
    if existing is not None:
        return existing, False
    if not name.strip():
        raise ValidationError(
            f"The ID number {mask_id_number(id_number)} is not registered yet: "
            "give the name on the card.",
            key="name_needed",
            id_number=mask_id_number(id_number),
        )
    resident, created = _insert_or_lock(
        session,
        at,
        id_number=id_number,
        name=clean_name(name),
        phone="",
        address=clean_text(address, "address", max_length=MAX_ADDRESS),
        community="",
        grid="",
    )
    return resident_info(resident), created


def lock_resident(session: Session, resident_id: int) -> None:
    """Hold the resident's row until the transaction ends: counts made per resident (the
    daily limit of real-name tickets) stay true against a second kiosk at the same moment."""
    _get(session, resident_id, lock=True)


def resident_birth_date(session: Session, resident_id: int) -> date:
    """The birth date written in a registered resident's ID number (for the green channel)."""
    return birth_date(_get(session, resident_id).id_number)


def resident_by_id_number(session: Session, id_number: str) -> ResidentInfo | None:
    """The resident with exactly this (validated) ID number, if registered."""
    query = select(Resident).where(_with_id_number(id_number))
    resident = session.scalars(query).one_or_none()
    return None if resident is None else resident_info(resident)


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
    resident, created = _insert_or_lock(
        session,
        op.at,
        id_number=number,
        name=name,
        phone=phone,
        address=address,
        community=community,
        grid=grid,
    )
    if created:
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
    """Residents by full ID number (exact), its last 4 characters, a mobile number or a name."""
    actor.require(Permission.READ_CASEWORK)
    statement = select(Resident)
    condition = resident_condition(query)
    if condition is None:
        return []
    statement = statement.where(condition).order_by(Resident.name, Resident.id).limit(limit)
    return [resident_info(r) for r in session.scalars(statement)]


def resident_condition(query: str) -> ColumnElement[bool] | None:
    """The WHERE clause for a counter search box: an ID number, its last 4, a mobile number,
    or a name. Numbers are matched through their keyed hashes (they are stored encrypted)."""
    text = normalise(query)
    if not text:
        return None
    if len(text) == 18:
        return _with_id_number(text)
    if _ID_TAIL.fullmatch(text):
        return Resident.id_tail_hash == lookup_hash(text, "id_tail")
    if MOBILE.fullmatch(text):
        return Resident.phone_hash == lookup_hash(text, "phone")
    return Resident.name.icontains(query.strip(), autoescape=True)


def _with_id_number(number: str) -> ColumnElement[bool]:
    return Resident.id_number_hash == lookup_hash(number, "id_number")


def find_resident_by_id_number(
    session: Session, actor: Actor, id_number: str, *, today: date | None = None
) -> ResidentInfo | None:
    """The resident registered under this ID number (as typed, scanned or read from an ID
    card), or None. The number is checked first: ``InvalidIdNumber`` says what is wrong.

    An exact look-up through the keyed hash; nothing is written, nothing is audited (the
    caller knows the number already, and the result carries it masked).
    """
    actor.require(Permission.READ_CASEWORK)
    number = validate_id_number(id_number, today=today)
    resident = session.scalars(select(Resident).where(_with_id_number(number))).one_or_none()
    return resident_info(resident) if resident is not None else None


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
