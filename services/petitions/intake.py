"""Registering a petition received by visit, letter, phone or online form: the petitioners,
the matter, and the code ``X-2026-000001``. A collective visit names at most five
representatives and records how many came; repeats and matters already re-reviewed are
found at once, so the desk sees the earlier chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.casework.ops import next_document_number
from services.core.actors import Actor, Permission
from services.core.errors import ValidationError
from services.core.id_numbers import validate_id_number
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.petitions.common import (
    PetitionInfo,
    PetitionOp,
    begin,
    check_day,
    petition_info,
)
from services.petitions.deadlines import REPEAT_WINDOW_DAYS, decide_by
from services.petitions.identity import store_identity
from services.petitions.models import Petition, Petitioner
from services.petitions.states import Category, Channel, EventKind, PetitionState

NUMBER_KIND = "X"
MAX_REPRESENTATIVES = 5  # Art. 18: a collective visit elects at most five representatives
COLLECTIVE_HEADCOUNT = 5
MAX_SIGNATORIES = 50
MAX_HEADCOUNT = 10_000
MAX_MATTER = 4000
_PHONE_CHARS = set("0123456789+-() ")


@dataclass(frozen=True)
class PetitionerInput:
    name: str
    id_number: str | None = None  # checked against GB 11643 when given
    phone: str = ""
    address: str = ""


def format_number(year: int, number: int) -> str:
    return f"{NUMBER_KIND}-{year:04d}-{number:06d}"


def matter_key(category: str, concerned_body: str) -> str:
    """The category and the body concerned, normalised: one matter, however it is typed."""
    return f"{category}|{''.join(concerned_body.split()).casefold()}"[:160]


@atomic
def register_petition(
    session: Session,
    actor: Actor,
    *,
    channel: str,
    category: str,
    concerned_body: str,
    matter: str,
    petitioners: Sequence[PetitionerInput],
    headcount: int | None = None,
    received_on: date | None = None,
    now: datetime | None = None,
) -> PetitionInfo:
    """Register a petition; it starts ``registered`` with its decision deadline set."""
    op = begin(session, actor, Permission.HANDLE_PETITION, now)
    how = _choice(Channel, channel, "channel")
    subject = _choice(Category, category, "category")
    body = clean_text(concerned_body, "body concerned", max_length=100, required=True)
    text = clean_text(matter, "matter", max_length=MAX_MATTER, required=True, multiline=True)
    received = check_day(
        received_on, op.day, "day of receipt", not_before=op.day - timedelta(days=366)
    )
    rows = [_petitioner_row(op, person, i) for i, person in enumerate(petitioners, 1)]
    people = _check_people(how, rows, headcount)
    key = matter_key(subject, body)
    repeat_of, final_review = _earlier(session, key, {row.identity_key for row in rows}, received)
    petition = Petition(
        number=format_number(op.day.year, next_document_number(session, NUMBER_KIND, op.day.year)),
        channel=how,
        category=subject,
        concerned_body=body,
        matter=text,
        matter_key=key,
        headcount=people,
        collective=people >= COLLECTIVE_HEADCOUNT,
        repeat_of_id=repeat_of,
        final_review_id=final_review,
        state=PetitionState.REGISTERED.value,
        received_at=op.at,
        received_on=received,
        decide_by=decide_by(session, received),
        decline_routes=[],
        staff_id=actor.staff_id,
        updated_at=op.at,
    )
    session.add(petition)
    session.flush()
    for row in rows:
        row.petition_id = petition.id
        session.add(row)
    op.log(
        petition,
        EventKind.REGISTERED,
        from_state=None,
        to_state=PetitionState.REGISTERED,
        details={
            "channel": how,
            "category": subject,
            "headcount": people,
            "petitioners": len(rows),
            "decide_by": petition.decide_by,
        },
    )
    info = petition_info(session, petition, op.day)
    session.commit()
    return info


def _choice(enum: type[Channel] | type[Category], value: str, what: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        known = ", ".join(member.value for member in enum)
        raise ValidationError(f"Unknown {what} {value!r}: use one of {known}.") from None


def _phone(value: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if text and (len(text) > 32 or not set(text) <= _PHONE_CHARS):
        raise ValidationError(f"{value!r} is not a phone number.")
    return text


def _petitioner_row(op: PetitionOp, person: PetitionerInput, position: int) -> Petitioner:
    name = " ".join(person.name.split()) if isinstance(person.name, str) else person.name
    row = Petitioner(
        position=position,
        name=clean_text(name, "petitioner's name", max_length=100, required=True),
        address=clean_text(person.address, "address", max_length=200),
    )
    number = validate_id_number(person.id_number, today=op.day) if person.id_number else None
    store_identity(row, number, _phone(person.phone))
    return row


def _check_people(channel: str, rows: list[Petitioner], headcount: int | None) -> int:
    if not rows:
        raise ValidationError("A petition needs at least one petitioner.")
    named = len(rows)
    if channel == Channel.VISIT and named > MAX_REPRESENTATIVES:
        raise ValidationError(
            f"A collective visit names at most {MAX_REPRESENTATIVES} representatives "
            f"({named} given); record how many came as the headcount."
        )
    if named > MAX_SIGNATORIES:
        raise ValidationError(f"A petition names at most {MAX_SIGNATORIES} petitioners.")
    if len({row.identity_key for row in rows}) != named:
        raise ValidationError("The same petitioner is named twice.")
    if headcount is None:
        return named
    if isinstance(headcount, bool) or not isinstance(headcount, int):
        raise ValidationError("The headcount is a whole number.")
    if not named <= headcount <= MAX_HEADCOUNT:
        raise ValidationError(
            f"The headcount is between the {named} named and {MAX_HEADCOUNT}, not {headcount}."
        )
    return headcount


def _earlier(
    session: Session, key: str, identities: set[str], received: date
) -> tuple[int | None, int | None]:
    """The latest petition of the same petitioners on the same matter within 90 days, and
    the latest re-reviewed one at any time."""
    same_people = select(Petitioner.petition_id).where(Petitioner.identity_key.in_(identities))
    rows = session.execute(
        select(Petition.id, Petition.received_on, Petition.state)
        .where(Petition.matter_key == key, Petition.id.in_(same_people))
        .order_by(Petition.received_on.desc(), Petition.id.desc())
    ).all()
    window_start = received - timedelta(days=REPEAT_WINDOW_DAYS)
    repeat = next((pid for pid, on, _ in rows if window_start <= on <= received), None)
    final = next((pid for pid, _, state in rows if state == PetitionState.RE_REVIEWED), None)
    return repeat, final
