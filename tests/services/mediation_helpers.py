"""Shared helpers of the mediation tests: parties, a clock with local dates, and driving a case
along the canonical path to any state of the machine."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor, Role
from services.core.id_numbers import checksum_char
from services.mediation import common as mediation_common
from services.mediation import intake as mediation_intake
from services.mediation import transitions as mediation_transitions
from services.mediation.states import MANDATORY_FILE_ITEMS, CaseState, FileItem
from services.storage.casework_models import MediationEvent, ReceivingBody
from services.storage.models import AuditLog
from tests.conftest import MORNING

S = CaseState
BEIJING = ZoneInfo("Asia/Shanghai")

ORG_CODE = "91350100M000100Y43"

COUNTER = Actor("li.counter", Role.COUNTER)
MEDIATOR = Actor("zhao.mediator", Role.MEDIATOR)
MANAGER = Actor("chen.manager", Role.MANAGER)
ADMIN = Actor("admin", Role.ADMIN)
KIOSK = Actor("kiosk-1", Role.KIOSK)


def _valid(first17: str) -> str:
    return first17 + checksum_char(first17)


# Valid GB 11643 numbers: services.core.id_numbers checks them.
ID_ZHANG = _valid("11010519491231002")
ID_WANG = _valid("11010519900101123")
ID_LIU = _valid("31010419850615123")


class Clock:
    """A test clock that moves forward only when told to; ``today`` is the Beijing date."""

    def __init__(self, start: datetime = MORNING) -> None:
        self.now = start

    def tick(self, seconds: float = 60) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def days(self, days: int) -> datetime:
        self.now += timedelta(days=days)
        return self.now

    @property
    def today(self) -> date:
        return self.now.astimezone(BEIJING).date()


def people(*, applicant_id: str | None = ID_ZHANG) -> dict[str, Any]:
    return {
        "applicants": [
            mediation_intake.PersonParty(
                "张秀兰", id_number=applicant_id, phone="13812345678", address="幸福路1号"
            )
        ],
        "respondents": [
            mediation_intake.PersonParty(
                "王建国",
                id_number=ID_WANG,
                phone="13987654321",
                agent=mediation_intake.Agent("王小明", "13700000000"),
            ),
            mediation_intake.OrganisationParty(
                "幸福物业服务有限公司", code=ORG_CODE, phone="010-12345678"
            ),
        ],
    }


def register(
    session: Session, clock: Clock, actor: Actor = SYSTEM, **overrides: Any
) -> mediation_common.CaseInfo:
    fields: dict[str, Any] = {
        **people(),
        "dispute_type": "neighbour",
        "source": "party_applied",
        "facts": "楼上漏水，多次协商未果。",
        "claims": "赔偿维修费用2000元。",
        "escalation_risk": False,
    }
    fields.update(overrides)
    return mediation_intake.register_case(session, actor, now=clock.tick(), **fields)


def body_id(session: Session, channel: str = "peoples") -> int:
    found = session.scalar(
        select(ReceivingBody.id)
        .where(ReceivingBody.channel == channel, ReceivingBody.active.is_(True))
        .order_by(ReceivingBody.id)
    )
    assert found is not None
    return found


def details_for(
    session: Session, clock: Clock, source: str, target: str, *, kind: str = "written"
) -> dict[str, Any]:
    """Standard details for a move, as keyword arguments of ``transition``."""
    today = clock.today
    if target == S.REFERRED:
        return {
            "channel": "peoples",
            "receiving_body_id": body_id(session),
            "feedback_due": today + timedelta(days=10),
        }
    if target == S.DECLINED:
        return {"note": "不属于调解范围"}
    if target == S.TERMINATED:
        return {"note": "申请人撤回申请"}
    if target == S.RESULT_RECEIVED:
        return {"resolved": True, "summary": "双方和解"}
    if target == S.SCHEDULED:
        return {"on": today}
    if target == S.IN_MEDIATION:
        return {"held_on": today, "mediators": "赵调解员", "attendees": "双方当事人", "record": "…"}
    if target == S.AGREED:
        return {
            "kind": kind,
            "effective": today,
            "terms": [("赔偿维修费2000元", today + timedelta(days=10)), ("赔礼道歉", today)],
        }
    if target == S.FAILED:
        return {"routes": ["court", "arbitration"], "advice": "可向人民法院起诉"}
    if target == S.CONFIRMATION_APPLIED:
        return {"applied_on": today}
    if target == S.CLOSED and source == S.PERFORMING:
        return {"outcome": "performed", "fulfilled_on": today}
    return {}


def complete_file(session: Session, clock: Clock, case_id: int, actor: Actor = SYSTEM) -> None:
    for item in (*MANDATORY_FILE_ITEMS, FileItem.TERMINATION_RECORD):
        mediation_transitions.add_file_item(session, actor, case_id, item, now=clock.tick())


def move(
    session: Session,
    clock: Clock,
    case: mediation_common.CaseInfo,
    target: str,
    actor: Actor = SYSTEM,
    **extra: Any,
) -> mediation_common.CaseInfo:
    details = details_for(session, clock, case.state, target)
    details.update(extra)
    return mediation_transitions.transition(
        session, actor, case.id, target, now=clock.tick(), **details
    )


# The canonical path from registered to each state.
PATHS: dict[str, tuple[str, ...]] = {
    S.REGISTERED: (),
    S.DECLINED: (S.DECLINED,),
    S.REFERRED: (S.REFERRED,),
    S.ACKNOWLEDGED: (S.REFERRED, S.ACKNOWLEDGED),
    S.RESULT_RECEIVED: (S.REFERRED, S.ACKNOWLEDGED, S.RESULT_RECEIVED),
    S.ACCEPTED: (S.ACCEPTED,),
    S.SCHEDULED: (S.ACCEPTED, S.SCHEDULED),
    S.IN_MEDIATION: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION),
    S.AGREED: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION, S.AGREED),
    S.FAILED: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION, S.FAILED),
    S.TERMINATED: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION, S.TERMINATED),
    S.CONFIRMATION_APPLIED: (
        S.ACCEPTED,
        S.SCHEDULED,
        S.IN_MEDIATION,
        S.AGREED,
        S.CONFIRMATION_APPLIED,
    ),
    S.CONFIRMED: (
        S.ACCEPTED,
        S.SCHEDULED,
        S.IN_MEDIATION,
        S.AGREED,
        S.CONFIRMATION_APPLIED,
        S.CONFIRMED,
    ),
    S.NOT_CONFIRMED: (
        S.ACCEPTED,
        S.SCHEDULED,
        S.IN_MEDIATION,
        S.AGREED,
        S.CONFIRMATION_APPLIED,
        S.NOT_CONFIRMED,
    ),
    S.PERFORMING: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION, S.AGREED, S.PERFORMING),
    S.CLOSED: (S.REFERRED, S.ACKNOWLEDGED, S.RESULT_RECEIVED, S.CLOSED),
    S.ARCHIVED: (S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION, S.TERMINATED, S.ARCHIVED),
}


def drive(
    session: Session, clock: Clock, case: mediation_common.CaseInfo, state: str
) -> mediation_common.CaseInfo:
    """Move a registered case along the canonical path to ``state``."""
    for target in PATHS[state]:
        if target == S.ARCHIVED:
            complete_file(session, clock, case.id)
        case = move(session, clock, case, target)
    assert case.state == state
    return case


def new_case_in(session: Session, clock: Clock, state: str) -> mediation_common.CaseInfo:
    return drive(session, clock, register(session, clock), state)


def last_event(session: Session, case_id: int) -> MediationEvent:
    event = session.scalars(
        select(MediationEvent)
        .where(MediationEvent.case_id == case_id)
        .order_by(MediationEvent.id.desc())
        .limit(1)
    ).first()
    assert event is not None
    return event


def last_audit(session: Session) -> AuditLog:
    row = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).first()
    assert row is not None
    return row
