"""Shared helpers of the petition tests: petitioners, and driving a petition along the
canonical path to any state of the lifecycle with the details each move needs."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor, Role
from services.petitions import common as petition_common
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.petitions.models import PetitionEvent
from services.petitions.states import PetitionState
from services.storage.models import AuditLog
from tests.services.mediation_helpers import ID_LIU, ID_WANG, ID_ZHANG, Clock

S = PetitionState
COUNTER = Actor("li.counter", Role.COUNTER)
MANAGER = Actor("chen.manager", Role.MANAGER)
MEDIATOR = Actor("zhao.mediator", Role.MEDIATOR)
ADMIN = Actor("admin", Role.ADMIN)
KIOSK = Actor("kiosk-1", Role.KIOSK)
# 10:00 in Beijing on Monday 1 June 2026.
JUNE_FIRST = datetime(2026, 6, 1, 2, 0, tzinfo=UTC)

ZHANG = petition_intake.PetitionerInput("张三", ID_ZHANG, "13800138000", "幸福路1号")
WANG = petition_intake.PetitionerInput("王芳", ID_WANG, "13900139000")
LIU = petition_intake.PetitionerInput("刘强", ID_LIU)


def register(
    session: Session, clock: Clock, actor: Actor = SYSTEM, **overrides: Any
) -> petition_common.PetitionInfo:
    values: dict[str, Any] = {
        "channel": "visit",
        "category": "urban_construction",
        "concerned_body": "区住房和城乡建设局",
        "matter": "小区加装电梯久拖不决",
        "petitioners": [ZHANG],
    }
    values.update(overrides)
    return petition_intake.register_petition(session, actor, now=clock.tick(), **values)


# The path to every state, and the call that makes each move with the details it needs.
PATH = {
    S.REGISTERED: (),
    S.ACCEPTED: (S.ACCEPTED,),
    S.DECLINED: (S.DECLINED,),
    S.FORWARDED: (S.FORWARDED,),
    S.EXTENDED: (S.ACCEPTED, S.EXTENDED),
    S.REPLIED: (S.ACCEPTED, S.REPLIED),
    S.REVIEW_REQUESTED: (S.ACCEPTED, S.REPLIED, S.REVIEW_REQUESTED),
    S.REVIEWED: (S.ACCEPTED, S.REPLIED, S.REVIEW_REQUESTED, S.REVIEWED),
    S.RE_REVIEW_REQUESTED: (
        S.ACCEPTED,
        S.REPLIED,
        S.REVIEW_REQUESTED,
        S.REVIEWED,
        S.RE_REVIEW_REQUESTED,
    ),
    S.RE_REVIEWED: (
        S.ACCEPTED,
        S.REPLIED,
        S.REVIEW_REQUESTED,
        S.REVIEWED,
        S.RE_REVIEW_REQUESTED,
        S.RE_REVIEWED,
    ),
}


def move(
    session: Session, clock: Clock, petition_id: int, target: str, actor: Actor = SYSTEM
) -> petition_common.PetitionInfo:
    now = clock.tick()
    if target == S.ACCEPTED:
        return petition_moves.accept(session, actor, petition_id, now=now)
    if target == S.DECLINED:
        return petition_moves.decline(
            session, actor, petition_id, routes=["litigation"], note="属于诉讼事项", now=now
        )
    if target == S.FORWARDED:
        return petition_moves.forward(
            session, actor, petition_id, to_body="区人力资源和社会保障局", now=now
        )
    if target == S.EXTENDED:
        return petition_moves.extend(
            session, actor, petition_id, days=30, reason="需现场勘验", now=now
        )
    if target == S.REPLIED:
        return petition_moves.reply(
            session,
            actor,
            petition_id,
            finding="supported",
            opinion="同意加装，由街道协调。",
            satisfaction="satisfied",
            now=now,
        )
    if target == S.REVIEW_REQUESTED:
        return petition_moves.request_review(session, actor, petition_id, now=now)
    if target == S.RE_REVIEW_REQUESTED:
        return petition_moves.request_re_review(session, actor, petition_id, now=now)
    if target == S.REVIEWED:
        return petition_moves.decide_review(
            session, actor, petition_id, result="upheld", opinion="维持原处理意见。", now=now
        )
    if target == S.RE_REVIEWED:
        return petition_moves.decide_re_review(
            session, actor, petition_id, result="upheld", opinion="复核维持。", now=now
        )
    raise AssertionError(f"no move to {target}")


def drive(
    session: Session, clock: Clock, info: petition_common.PetitionInfo, state: str
) -> petition_common.PetitionInfo:
    for target in PATH[S(state)]:
        info = move(session, clock, info.id, target)
    return info


def last_event(session: Session, petition_id: int) -> PetitionEvent:
    return session.scalars(
        select(PetitionEvent)
        .where(PetitionEvent.petition_id == petition_id)
        .order_by(PetitionEvent.id.desc())
        .limit(1)
    ).one()


def last_audit(session: Session) -> AuditLog:
    return session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
