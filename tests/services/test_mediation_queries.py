"""Reading cases: list filters and search, detail and timeline, masked IDs everywhere, the
audited reveal, the documents' data, the directory of receiving bodies, and who may do what."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM, Actor
from services.core.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from services.mediation import common as mediation_common
from services.mediation import deadlines as mediation_deadlines
from services.mediation import directory as mediation_directory
from services.mediation import documents as mediation_documents
from services.mediation import intake as mediation_intake
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.storage.db import Database
from services.storage.models import AuditLog
from tests.services.mediation_helpers import (
    ADMIN,
    COUNTER,
    ID_WANG,
    ID_ZHANG,
    KIOSK,
    MANAGER,
    MEDIATOR,
    Clock,
    last_audit,
    move,
    new_case_in,
    register,
)

FULL_IDS = (ID_ZHANG, ID_WANG)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        mediation_directory.seed_receiving_bodies(s)
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _no_full_id(value: object) -> None:
    text = repr(value)
    for full in FULL_IDS:
        assert full not in text


def test_list_filters_and_search(session: Session, clock: Clock) -> None:
    labour = register(
        session,
        clock,
        dispute_type="labour",
        applicants=[mediation_intake.PersonParty("李_明%")],
        respondents=[mediation_intake.OrganisationParty("宏达建筑有限公司")],
    )
    referred = new_case_in(session, clock, "referred")
    accepted = new_case_in(session, clock, "accepted")
    everything = mediation_queries.list_cases(session, COUNTER, now=clock.now)
    assert [c.number for c in everything] == [accepted.number, referred.number, labour.number]
    for case in everything:
        _no_full_id(case)
    assert [c.id for c in mediation_queries.list_cases(session, COUNTER, state="referred")] == [
        referred.id
    ]
    assert [c.id for c in mediation_queries.list_cases(session, COUNTER, channel="peoples")] == [
        accepted.id,
        referred.id,
    ]
    assert [
        c.id for c in mediation_queries.list_cases(session, COUNTER, dispute_type="labour")
    ] == [labour.id]
    assert [c.id for c in mediation_queries.list_cases(session, COUNTER, query="宏达")] == [
        labour.id
    ]
    assert [c.id for c in mediation_queries.list_cases(session, COUNTER, query="李_明%")] == [
        labour.id
    ]
    assert (
        mediation_queries.list_cases(session, COUNTER, query="李x明") == []
    )  # _ and % are not wildcards
    assert [
        c.id for c in mediation_queries.list_cases(session, COUNTER, query=" m-2026-000002 ")
    ] == [referred.id]
    assert len(mediation_queries.list_cases(session, COUNTER, query="王建国")) == 2
    assert mediation_queries.find_case(session, COUNTER, "m-2026-000003").id == accepted.id
    with pytest.raises(NotFound):
        mediation_queries.find_case(session, COUNTER, "M-2026-000099")
    with pytest.raises(ValidationError):
        mediation_queries.list_cases(session, COUNTER, state="lost")
    with pytest.raises(ValidationError):
        mediation_queries.list_cases(session, COUNTER, channel="private")


def test_detail_has_everything_with_ids_masked(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, "performing")
    mediation_transitions.add_follow_up_visit(
        session, SYSTEM, case.id, visited_on=clock.today, visitor="钱网格员", now=clock.tick()
    )
    mediation_transitions.add_file_item(session, SYSTEM, case.id, "registration", now=clock.tick())
    detail = mediation_queries.case_detail(session, COUNTER, case.id, now=clock.now)
    _no_full_id(detail)
    assert detail.case.state == "performing"
    assert [p.id_number_masked for p in detail.case.parties if not p.is_organisation] == [
        ID_ZHANG[:6] + "********" + ID_ZHANG[-4:],
        ID_WANG[:6] + "********" + ID_WANG[-4:],
    ]
    assert [s.mediators for s in detail.sessions] == ["赵调解员"]
    assert [(t.position, t.description) for t in detail.terms] == [
        (1, "赔偿维修费2000元"),
        (2, "赔礼道歉"),
    ]
    assert [v.visitor for v in detail.visits] == ["钱网格员"]
    assert [(e.kind, e.to_state) for e in detail.timeline] == [
        ("registered", "registered"),
        ("transition", "accepted"),
        ("transition", "scheduled"),
        ("transition", "in_mediation"),
        ("transition", "agreed"),
        ("transition", "performing"),
        ("follow_up_visit", "performing"),
        ("file_item_added", "performing"),
    ]
    assert all(e.actor == "system" for e in detail.timeline)
    assert detail.confirmation_window_end == clock.today + timedelta(days=30)
    assert "registration" not in detail.missing_file_items
    assert "rights_notice" in detail.missing_file_items


def test_reveal_is_for_permitted_roles_and_audited_each_time(
    session: Session, clock: Clock
) -> None:
    case = register(session, clock)
    applicant = case.applicants[0]
    company = case.respondents[1]
    for actor in (COUNTER, KIOSK):
        with pytest.raises(PermissionDenied):
            mediation_queries.reveal_party_id(
                session, actor, applicant.id, "核对身份", now=clock.tick()
            )
    with pytest.raises(ValidationError, match="why"):
        mediation_queries.reveal_party_id(session, MEDIATOR, applicant.id, " ", now=clock.tick())
    with pytest.raises(NotFound):
        mediation_queries.reveal_party_id(session, MEDIATOR, company.id, "核对", now=clock.tick())
    before = session.scalars(select(AuditLog.id).where(AuditLog.action == "mediation.reveal_id"))
    assert list(before) == []
    for actor in (MEDIATOR, MANAGER, ADMIN):
        assert mediation_queries.reveal_party_id(
            session, actor, applicant.id, "制作调解协议", now=clock.tick()
        ) == (ID_ZHANG)
        audit = last_audit(session)
        assert (audit.action, audit.actor, audit.target_id) == (
            "mediation.reveal_id",
            actor.name,
            case.number,
        )
        assert audit.details["reason"] == "制作调解协议"
        assert ID_ZHANG not in str(audit.details)
    reveals = session.scalars(select(AuditLog.id).where(AuditLog.action == "mediation.reveal_id"))
    assert len(list(reveals)) == 3


def test_documents_carry_masked_ids(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, "registered")
    with pytest.raises(InvalidTransition, match="not been referred"):
        mediation_documents.referral_slip_data(session, case.id)
    with pytest.raises(InvalidTransition, match="no agreement"):
        mediation_documents.agreement_data(session, case.id)
    referred = move(session, clock, case, "referred", actor=COUNTER)
    slip = mediation_documents.referral_slip_data(session, referred.id)
    _no_full_id(slip)
    assert (slip.case_number, slip.barcode_payload, slip.channel) == (
        case.number,
        case.number,
        "peoples",
    )
    assert slip.applicants[0].id_number == ID_ZHANG[:6] + "********" + ID_ZHANG[-4:]
    assert slip.respondents[1].organisation_code is not None
    assert (slip.receiving_body_name, slip.referred_by, slip.referred_at) == (
        "街道人民调解委员会",
        COUNTER.name,
        clock.now,
    )
    assert slip.feedback_due == clock.today + timedelta(days=10)
    assert slip.center_name_zh

    agreed = new_case_in(session, clock, "agreed")
    data = mediation_documents.agreement_data(session, agreed.id)
    _no_full_id(data)
    assert (data.kind, data.effective, data.mediators) == ("written", clock.today, ("赵调解员",))
    assert [t.description for t in data.terms] == ["赔偿维修费2000元", "赔礼道歉"]
    notice = mediation_documents.rights_notice_data(session, agreed.id)
    _no_full_id(notice)
    assert notice.applicants[0].name == "张秀兰"


def test_directory_of_receiving_bodies(session: Session, clock: Clock) -> None:
    seeded = mediation_directory.list_receiving_bodies(session, COUNTER)
    assert {b.channel for b in seeded} == {"peoples", "administrative", "judicial"}
    assert {"街道人民调解委员会", "区司法局行政调解室", "区人民法院诉调对接中心"} <= {
        b.name for b in seeded
    }
    assert mediation_directory.seed_receiving_bodies(session) == 0  # seeding twice adds nothing
    added = mediation_directory.add_receiving_body(
        session,
        MANAGER,
        name="区住建委物业纠纷调解室",
        channel="administrative",
        address="建设路2号",
        phone="010-88888888",
        now=clock.tick(),
    )
    with pytest.raises(ValidationError, match="already exists"):
        mediation_directory.add_receiving_body(
            session, ADMIN, name="区住建委物业纠纷调解室", channel="peoples"
        )
    with pytest.raises(ValidationError, match="channel"):
        mediation_directory.add_receiving_body(session, ADMIN, name="某室", channel="private")
    changed = mediation_directory.update_receiving_body(
        session, ADMIN, added.id, phone="010-66666666"
    )
    assert (changed.phone, changed.address) == ("010-66666666", "建设路2号")
    assert last_audit(session).action == "receiving_body.update"
    mediation_directory.deactivate_receiving_body(session, MANAGER, added.id, now=clock.tick())
    names = {
        b.name
        for b in mediation_directory.list_receiving_bodies(
            session, COUNTER, channel="administrative"
        )
    }
    assert "区住建委物业纠纷调解室" not in names
    every = mediation_directory.list_receiving_bodies(session, COUNTER, include_inactive=True)
    assert "区住建委物业纠纷调解室" in {b.name for b in every}
    with pytest.raises(ValidationError, match="no longer"):
        mediation_transitions.refer(
            session,
            SYSTEM,
            register(session, clock).id,
            channel="administrative",
            receiving_body_id=added.id,
            feedback_due=clock.today,
            now=clock.tick(),
        )
    for actor in (COUNTER, MEDIATOR, KIOSK):
        with pytest.raises(PermissionDenied):
            mediation_directory.add_receiving_body(session, actor, name="X", channel="peoples")


# --- who may do what -----------------------------------------------------------------------

Op = Callable[[Session, Actor, Clock, mediation_common.CaseInfo], object]

# Each operation, and the state of the case it acts on.
OPS: dict[str, tuple[str, Op]] = {
    "register": ("registered", lambda s, a, c, case: register(s, c, actor=a)),
    "list": ("registered", lambda s, a, c, case: mediation_queries.list_cases(s, a, now=c.now)),
    "detail": (
        "registered",
        lambda s, a, c, case: mediation_queries.case_detail(s, a, case.id, now=c.now),
    ),
    "refer": ("registered", lambda s, a, c, case: move(s, c, case, "referred", actor=a)),
    "accept": ("registered", lambda s, a, c, case: move(s, c, case, "accepted", actor=a)),
    "schedule": (
        "accepted",
        lambda s, a, c, case: mediation_transitions.schedule(
            s, a, case.id, on=c.today, now=c.tick()
        ),
    ),
    "agree": ("in_mediation", lambda s, a, c, case: move(s, c, case, "agreed", actor=a)),
    "file_item": (
        "registered",
        lambda s, a, c, case: mediation_transitions.add_file_item(
            s, a, case.id, "evidence", now=c.tick()
        ),
    ),
    "needs_action": (
        "registered",
        lambda s, a, c, case: mediation_deadlines.cases_needing_action(s, a, c.today),
    ),
}
# The role rules of services.core.actors, as the mediation operations apply them.
ALLOWED: dict[str, set[str]] = {
    "kiosk": set(),
    "counter": {"register", "list", "detail", "refer", "accept", "file_item", "needs_action"},
    "mediator": set(OPS),
    "manager": set(OPS),
    "admin": {"list", "detail", "needs_action"},
}


def test_role_rules(session: Session, clock: Clock) -> None:
    cases = {state: new_case_in(session, clock, state) for state, _ in OPS.values()}
    for actor in (KIOSK, COUNTER, MEDIATOR, MANAGER, ADMIN):
        for name, (state, op) in OPS.items():
            if name in ALLOWED[actor.role.value]:
                op(session, actor, clock, new_case_in(session, clock, state))
            else:
                with pytest.raises(PermissionDenied):
                    op(session, actor, clock, cases[state])


def test_the_cases_stamp_changes_with_every_registration_and_move(
    session: Session, clock: Clock
) -> None:
    empty = mediation_queries.cases_stamp(session, MANAGER)
    assert empty == mediation_queries.CasesStamp(cases=0, last_change=None)
    case = register(session, clock)
    registered = mediation_queries.cases_stamp(session, MEDIATOR)
    assert registered.cases == 1
    assert mediation_queries.cases_stamp(session, COUNTER) == registered  # reading changes nothing
    move(session, clock, case, "accepted")
    moved = mediation_queries.cases_stamp(session, MANAGER)
    assert moved.cases == 1
    assert moved != registered
    with pytest.raises(PermissionDenied):
        mediation_queries.cases_stamp(session, KIOSK)
