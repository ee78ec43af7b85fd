"""The directory of receiving bodies: where disputes are referred to, by mediation channel.

Bodies are never deleted, since cases keep pointing at them; a body that no longer takes
referrals is deactivated and disappears from the choices offered for new referrals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.catalog.english.texts import BODIES_EN
from services.core.actors import SYSTEM, Actor, Permission
from services.core.clock import resolve_now
from services.core.errors import NotFound, ValidationError
from services.core.journal import record_audit
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.inputs.quoting import quoted
from services.mediation.states import Channel, DisputeType
from services.storage.casework_models import ReceivingBody

AUDIT_TARGET = "receiving_body"


@dataclass(frozen=True)
class ReceivingBodyInfo:
    id: int
    name: str
    channel: str  # Channel value
    address: str
    phone: str
    active: bool
    name_en: str = ""
    dispute_types: tuple[str, ...] = ()  # offered first for these; empty: any

    def display_name(self, language: str) -> str:
        return self.name_en or self.name if language.startswith("en") else self.name

    def suits(self, dispute_type: str | None) -> bool:
        return dispute_type is not None and dispute_type in self.dispute_types


@dataclass(frozen=True)
class SeedBody:
    name: str
    channel: Channel
    address: str
    phone: str


# A few bodies every district has. The phone numbers are the national hotlines of each kind
# of body (12348 public legal services, 12368 courts, 12315 consumers, 12333 labour); a center
# edits names, addresses and direct lines to its own.
SEED_BODIES: tuple[SeedBody, ...] = (
    SeedBody("街道人民调解委员会", Channel.PEOPLES, "街道办事处一楼调解室", ""),
    SeedBody("区医疗纠纷人民调解委员会", Channel.PEOPLES, "区公共法律服务中心二楼", "12348"),
    SeedBody("区道路交通事故纠纷人民调解委员会", Channel.PEOPLES, "区交警大队事故处理中心", ""),
    SeedBody("区司法局行政调解室", Channel.ADMINISTRATIVE, "区司法局三楼", "12348"),
    SeedBody(
        "区人力资源和社会保障局劳动争议调解中心", Channel.ADMINISTRATIVE, "区人社局一楼", "12333"
    ),
    SeedBody("区市场监督管理局消费纠纷调解室", Channel.ADMINISTRATIVE, "区市场监管局一楼", "12315"),
    SeedBody("区人民法院诉调对接中心", Channel.JUDICIAL, "区人民法院诉讼服务中心", "12368"),
)


def _info(body: ReceivingBody) -> ReceivingBodyInfo:
    return ReceivingBodyInfo(
        body.id,
        body.name,
        body.channel,
        body.address,
        body.phone,
        body.active,
        body.name_en or "",
        tuple(body.dispute_types or ()),
    )


def parse_channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise ValidationError(f"Unknown mediation channel {quoted(value)}: use {known}.") from None


def _text(value: str, what: str, limit: int, *, required: bool = False) -> str:
    return clean_text(value, what, max_length=limit, required=required)


def _dispute_types(values: tuple[str, ...] | list[str]) -> list[str]:
    known = {kind.value for kind in DisputeType}
    unknown = [value for value in values if value not in known]
    if unknown:
        raise ValidationError(f"Unknown dispute types: {', '.join(unknown)}.")
    return list(dict.fromkeys(values))


def get_receiving_body(session: Session, body_id: int) -> ReceivingBody:
    body = session.get(ReceivingBody, body_id)
    if body is None:
        raise NotFound(f"There is no receiving body with id {body_id}.")
    return body


def _check_unique(session: Session, name: str, own_id: int | None = None) -> None:
    clash = session.scalar(
        select(ReceivingBody.id).where(func.lower(ReceivingBody.name) == name.lower())
    )
    if clash is not None and clash != own_id:
        raise ValidationError(f"A receiving body named {quoted(name)} already exists.")


@atomic
def add_receiving_body(
    session: Session,
    actor: Actor,
    *,
    name: str,
    channel: str,
    address: str = "",
    phone: str = "",
    name_en: str = "",
    dispute_types: tuple[str, ...] = (),
    now: datetime | None = None,
) -> ReceivingBodyInfo:
    actor.require(Permission.MANAGE_DIRECTORY)
    at = resolve_now(now)
    body = ReceivingBody(
        name=_text(name, "name", 100, required=True),
        name_en=_text(name_en, "English name", 160),
        dispute_types=_dispute_types(dispute_types),
        channel=parse_channel(channel).value,
        address=_text(address, "address", 200),
        phone=_text(phone, "phone number", 32),
        active=True,
    )
    _check_unique(session, body.name)
    session.add(body)
    session.flush()
    _audit(session, actor, "add", body, at)
    session.commit()
    return _info(body)


@atomic
def update_receiving_body(
    session: Session,
    actor: Actor,
    body_id: int,
    *,
    name: str | None = None,
    channel: str | None = None,
    address: str | None = None,
    phone: str | None = None,
    name_en: str | None = None,
    dispute_types: tuple[str, ...] | None = None,
    now: datetime | None = None,
) -> ReceivingBodyInfo:
    """Change the given fields; ``None`` leaves a field as it is."""
    actor.require(Permission.MANAGE_DIRECTORY)
    at = resolve_now(now)
    body = get_receiving_body(session, body_id)
    if name is not None:
        body.name = _text(name, "name", 100, required=True)
        _check_unique(session, body.name, body.id)
    if channel is not None:
        body.channel = parse_channel(channel).value
    if address is not None:
        body.address = _text(address, "address", 200)
    if phone is not None:
        body.phone = _text(phone, "phone number", 32)
    if name_en is not None:
        body.name_en = _text(name_en, "English name", 160)
    if dispute_types is not None:
        body.dispute_types = _dispute_types(dispute_types)
    _audit(session, actor, "update", body, at)
    session.commit()
    return _info(body)


@atomic
def set_receiving_body_active(
    session: Session, actor: Actor, body_id: int, active: bool, *, now: datetime | None = None
) -> ReceivingBodyInfo:
    actor.require(Permission.MANAGE_DIRECTORY)
    at = resolve_now(now)
    body = get_receiving_body(session, body_id)
    body.active = active
    _audit(session, actor, "activate" if active else "deactivate", body, at)
    session.commit()
    return _info(body)


def deactivate_receiving_body(
    session: Session, actor: Actor, body_id: int, *, now: datetime | None = None
) -> ReceivingBodyInfo:
    return set_receiving_body_active(session, actor, body_id, False, now=now)


def list_receiving_bodies(
    session: Session,
    actor: Actor,
    *,
    channel: str | None = None,
    include_inactive: bool = False,
) -> list[ReceivingBodyInfo]:
    actor.require(Permission.READ_MEDIATION)
    query = select(ReceivingBody).order_by(ReceivingBody.channel, ReceivingBody.name)
    if channel is not None:
        query = query.where(ReceivingBody.channel == parse_channel(channel).value)
    if not include_inactive:
        query = query.where(ReceivingBody.active.is_(True))
    return [_info(body) for body in session.scalars(query)]


def seed_receiving_bodies(session: Session, *, now: datetime | None = None) -> int:
    """Add the bodies of ``SEED_BODIES`` that are missing; returns how many were added."""
    at = resolve_now(now)
    existing = set(session.scalars(select(ReceivingBody.name)))
    added = 0
    for seed in SEED_BODIES:
        if seed.name in existing:
            continue
        name_en, dispute_types = BODIES_EN.get(seed.name, ("", ()))
        body = ReceivingBody(
            name=seed.name,
            name_en=name_en,
            dispute_types=list(dispute_types),
            channel=seed.channel.value,
            address=seed.address,
            phone=seed.phone,
            active=True,
        )
        session.add(body)
        session.flush()
        _audit(session, SYSTEM, "seed", body, at)
        added += 1
    session.commit()
    return added


def _audit(session: Session, actor: Actor, action: str, body: ReceivingBody, at: datetime) -> None:
    record_audit(
        session,
        actor,
        f"receiving_body.{action}",
        at=at,
        target_type=AUDIT_TARGET,
        target_id=body.id,
        details={"name": body.name, "channel": body.channel, "active": body.active},
    )
