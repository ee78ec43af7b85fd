"""Registering petitions and the rules around the moves: the code, collective visits, repeat
petitions, the deadlines set by each move on the fixed dates of the issue, extension and
review windows, the chain after a re-review, overdue petitions, masking, and referral to
mediation."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import (
    DeadlinePassed,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.mediation.intake import PersonParty
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.petitions import queries as petition_queries
from services.petitions import referral as petition_referral
from services.storage.models import AuditLog
from tests.services.mediation_helpers import ID_ZHANG, Clock
from tests.services.petition_helpers import (
    COUNTER,
    LIU,
    MANAGER,
    WANG,
    ZHANG,
    S,
    drive,
    register,
)


def _on(day: date) -> datetime:
    """10:00 in Beijing on ``day``."""
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)


def test_registration_gives_the_code_and_the_decision_deadline(
    session: Session, clock: Clock
) -> None:
    first = register(session, clock, actor=COUNTER)
    second = register(session, clock, petitioners=[WANG], category="health")
    assert re.fullmatch(r"X-2026-\d{6}", first.number)
    assert (first.number, second.number) == ("X-2026-000001", "X-2026-000002")
    assert first.state == S.REGISTERED
    assert first.received_on == date(2026, 6, 1)
    assert first.deadlines.decide_by == date(2026, 6, 16)
    assert first.due == date(2026, 6, 16)
    assert first.allowed_moves == ("accepted", "declined", "forwarded")
    assert first.flags == ()


def test_the_issue_s_dates_through_the_operations(session: Session) -> None:
    info = petition_intake.register_petition(
        session,
        COUNTER,
        channel="letter",
        category="labour_social_security",
        concerned_body="区人社局",
        matter="拖欠工资",
        petitioners=[ZHANG],
        now=_on(date(2026, 6, 1)),
    )
    assert info.deadlines.decide_by == date(2026, 6, 16)
    info = petition_moves.accept(session, COUNTER, info.id, now=_on(date(2026, 6, 2)))
    assert info.deadlines.handle_by == date(2026, 8, 3)  # day 60 is Saturday 1 August
    info = petition_moves.extend(
        session, MANAGER, info.id, days=30, reason="需要调取档案", now=_on(date(2026, 7, 20))
    )
    assert info.deadlines.handle_by == date(2026, 8, 31)
    assert (info.extension_days, info.extension_reason) == (30, "需要调取档案")
    info = petition_moves.reply(
        session,
        COUNTER,
        info.id,
        finding="partly_supported",
        opinion="责令补发工资。",
        satisfaction="basically_satisfied",
        now=_on(date(2026, 9, 1)),
    )
    assert info.replied_on == date(2026, 9, 1)
    assert info.deadlines.review_request_by == date(2026, 10, 8)  # day 30 is National Day
    assert info.closed_at is not None


def test_a_letter_received_earlier_counts_from_its_day_of_receipt(
    session: Session, clock: Clock
) -> None:
    info = register(session, clock, channel="letter", received_on=date(2026, 5, 29))
    assert info.received_on == date(2026, 5, 29)
    assert info.deadlines.decide_by == date(2026, 6, 15)  # day 15 is Saturday 13 June
    with pytest.raises(ValidationError, match="in the future"):
        register(session, clock, received_on=date(2026, 6, 2))


def test_a_collective_visit_names_at_most_five_representatives(
    session: Session, clock: Clock
) -> None:
    people = [petition_intake.PetitionerInput(f"代表{i}", phone=f"1380000000{i}") for i in range(6)]
    with pytest.raises(ValidationError, match="at most 5 representatives"):
        register(session, clock, petitioners=people, headcount=40)
    info = register(session, clock, petitioners=people[:5], headcount=40)
    assert (info.headcount, info.collective, len(info.petitioners)) == (40, True, 5)
    assert "collective" in info.flags
    small = register(session, clock, petitioners=people[:2], headcount=4, category="health")
    assert not small.collective
    with pytest.raises(ValidationError, match="headcount"):
        register(session, clock, petitioners=people[:3], headcount=2)
    letter = register(session, clock, channel="letter", petitioners=people, category="education")
    assert (letter.headcount, letter.collective) == (6, True)


def test_bad_input_is_refused_with_a_clear_message(session: Session, clock: Clock) -> None:
    with pytest.raises(ValidationError, match="Unknown channel 'fax'"):
        register(session, clock, channel="fax")
    with pytest.raises(ValidationError, match="Unknown category"):
        register(session, clock, category="weather")
    with pytest.raises(ValidationError, match="at least one petitioner"):
        register(session, clock, petitioners=[])
    with pytest.raises(ValidationError, match="named twice"):
        register(session, clock, petitioners=[ZHANG, ZHANG])
    with pytest.raises(ValidationError, match="matter"):
        register(session, clock, matter="  ")
    with pytest.raises(ValidationError, match="not a phone"):
        register(
            session, clock, petitioners=[petition_intake.PetitionerInput("李四", phone="call me")]
        )
    with pytest.raises(ValidationError):
        register(
            session,
            clock,
            petitioners=[petition_intake.PetitionerInput("李四", "110105194912310021")],
        )
    assert petition_queries.list_petitions(session, SYSTEM, now=clock.now) == []


def test_repeat_petitions_within_ninety_days_are_flagged(session: Session, clock: Clock) -> None:
    first = register(session, clock, petitioners=[ZHANG])
    clock.days(30)
    again = register(
        session, clock, petitioners=[WANG, ZHANG], concerned_body="区住房和 城乡建设局"
    )
    assert again.repeat_of == first.number
    assert "repeat" in again.flags
    other_matter = register(session, clock, petitioners=[ZHANG], category="health")
    assert other_matter.repeat_of is None
    other_person = register(session, clock, petitioners=[LIU])
    assert other_person.repeat_of is None
    clock.days(91)
    late = register(session, clock, petitioners=[LIU])
    assert late.repeat_of is None
    assert petition_queries.list_petitions(session, SYSTEM, flag="repeat", now=clock.now) == [
        petition_queries.find_petition(session, SYSTEM, again.number, now=clock.now)
    ]


def test_after_a_re_review_the_same_matter_is_not_accepted_again(
    session: Session, clock: Clock
) -> None:
    earlier = drive(session, clock, register(session, clock), S.RE_REVIEWED)
    assert earlier.closed_at is not None
    assert earlier.allowed_moves == ()
    clock.days(200)
    again = register(session, clock)
    assert again.final_review == earlier.number
    assert "after_final_review" in again.flags
    detail = petition_queries.petition_detail(session, SYSTEM, again.id, now=clock.now)
    assert [(p.number, p.state) for p in detail.earlier] == [(earlier.number, "re_reviewed")]
    with pytest.raises(InvalidTransition, match=f"{earlier.number} on the same matter"):
        petition_moves.accept(session, COUNTER, again.id, now=clock.tick())
    declined = petition_moves.decline(
        session,
        COUNTER,
        again.id,
        routes=["final_review_done"],
        note="已复核终结",
        now=clock.tick(),
    )
    assert declined.decline_routes == ("final_review_done",)
    with_new_facts = register(session, clock)
    accepted = petition_moves.accept(
        session, COUNTER, with_new_facts.id, new_facts="新出现的鉴定报告", now=clock.tick()
    )
    assert accepted.state == S.ACCEPTED


def test_decline_and_forward_need_their_details(session: Session, clock: Clock) -> None:
    info = register(session, clock)
    with pytest.raises(ValidationError, match="legal routes"):
        petition_moves.decline(session, COUNTER, info.id, routes=[], note="x", now=clock.tick())
    with pytest.raises(ValidationError, match="legal routes"):
        petition_moves.decline(
            session, COUNTER, info.id, routes=["prayer"], note="x", now=clock.tick()
        )
    with pytest.raises(ValidationError, match="note"):
        petition_moves.decline(
            session, COUNTER, info.id, routes=["litigation"], note="", now=clock.tick()
        )
    with pytest.raises(ValidationError, match="competent body"):
        petition_moves.forward(session, COUNTER, info.id, to_body=" ", now=clock.tick())
    forwarded = petition_moves.forward(
        session, COUNTER, info.id, to_body="区教育局", now=clock.tick()
    )
    assert (forwarded.state, forwarded.forwarded_to) == (S.FORWARDED, "区教育局")
    assert forwarded.closed_at is not None


def test_an_extension_is_decided_before_the_period_ends(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.ACCEPTED)
    assert info.deadlines.handle_by == date(2026, 7, 31)
    with pytest.raises(ValidationError, match="1 to 30 days"):
        petition_moves.extend(session, MANAGER, info.id, days=31, reason="太忙", now=clock.tick())
    with pytest.raises(ValidationError, match="reason"):
        petition_moves.extend(session, MANAGER, info.id, days=10, reason="", now=clock.tick())
    with pytest.raises(DeadlinePassed, match="ended on 2026-07-31"):
        petition_moves.extend(
            session, MANAGER, info.id, days=10, reason="晚了", now=_on(date(2026, 8, 3))
        )
    assert (
        petition_queries.find_petition(session, SYSTEM, info.number, now=clock.now).state
        == S.ACCEPTED
    )


def test_a_review_is_asked_for_within_thirty_days(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.REPLIED)
    assert info.deadlines.review_request_by == date(2026, 7, 1)
    with pytest.raises(DeadlinePassed, match="by 2026-07-01"):
        petition_moves.request_review(session, COUNTER, info.id, now=_on(date(2026, 7, 2)))
    info = petition_moves.request_review(
        session, COUNTER, info.id, requested_on=date(2026, 7, 1), now=_on(date(2026, 7, 3))
    )
    assert info.deadlines.review_decide_by == date(2026, 7, 31)
    info = petition_moves.decide_review(
        session, MANAGER, info.id, result="changed", opinion="变更", now=_on(date(2026, 7, 10))
    )
    assert info.review_result == "changed"
    assert info.deadlines.re_review_request_by == date(2026, 8, 10)  # day 30 is a Sunday
    info = petition_moves.request_re_review(session, COUNTER, info.id, now=_on(date(2026, 8, 10)))
    assert info.deadlines.re_review_decide_by == date(2026, 9, 9)


def test_overdue_petitions_are_flagged_and_listed(session: Session, clock: Clock) -> None:
    info = register(session, clock)
    late_day = _on(date(2026, 6, 17))
    listed = petition_queries.list_petitions(session, SYSTEM, overdue=True, now=late_day)
    assert [p.number for p in listed] == [info.number]
    assert "overdue" in listed[0].flags
    assert (
        petition_queries.list_petitions(session, SYSTEM, overdue=True, now=_on(date(2026, 6, 16)))
        == []
    )
    petition_moves.accept(session, COUNTER, info.id, now=late_day)
    assert petition_queries.list_petitions(session, SYSTEM, overdue=True, now=late_day) == []


def test_petitioners_are_masked_and_the_timeline_is_kept(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.EXTENDED)
    person = info.petitioners[0]
    assert person.id_number_masked == f"{ID_ZHANG[:6]}********{ID_ZHANG[-4:]}"
    assert person.phone_masked == "138****8000"
    assert ID_ZHANG not in repr(info)
    detail = petition_queries.petition_detail(session, SYSTEM, info.id, now=clock.now)
    assert [e.to_state for e in detail.timeline] == ["registered", "accepted", "extended"]
    assert detail.timeline[-1].details["reason"] == "需现场勘验"


def test_referral_to_mediation_creates_a_linked_case_whose_outcome_follows(
    session: Session, clock: Clock
) -> None:
    registered = register(session, clock)
    with pytest.raises(InvalidTransition, match="accepted or extended"):
        petition_referral.refer_to_mediation(
            session,
            COUNTER,
            registered.id,
            dispute_type="neighbour",
            respondents=[PersonParty("赵六")],
            now=clock.tick(),
        )
    accepted = petition_moves.accept(session, COUNTER, registered.id, now=clock.tick())
    info = petition_referral.refer_to_mediation(
        session,
        COUNTER,
        accepted.id,
        dispute_type="neighbour",
        respondents=[PersonParty("赵六")],
        now=clock.tick(),
    )
    assert info.mediation_case is not None
    assert info.mediation_state == "registered"
    case = mediation_queries.find_case(session, SYSTEM, info.mediation_case)
    assert case.source == "petition"
    assert [p.name for p in case.applicants] == ["张三"]
    assert case.applicants[0].id_number_masked == info.petitioners[0].id_number_masked
    assert info.number in case.facts
    mediation_transitions.transition(
        session, SYSTEM, case.id, "declined", note="不属于调解范围", now=clock.tick()
    )
    followed = petition_queries.find_petition(session, SYSTEM, info.number, now=clock.now)
    assert (followed.mediation_state, followed.mediation_outcome) == ("declined", "declined")
    with pytest.raises(InvalidTransition, match="already referred"):
        petition_referral.refer_to_mediation(
            session,
            COUNTER,
            accepted.id,
            dispute_type="neighbour",
            respondents=[PersonParty("赵六")],
            now=clock.tick(),
        )


def test_a_refused_referral_leaves_no_case(session: Session, clock: Clock) -> None:
    info = drive(session, clock, register(session, clock), S.ACCEPTED)
    with pytest.raises(ValidationError):
        petition_referral.refer_to_mediation(
            session, COUNTER, info.id, dispute_type="weather", respondents=[], now=clock.tick()
        )
    assert mediation_queries.list_cases(session, SYSTEM) == []
    assert petition_queries.find_petition(session, SYSTEM, info.number).mediation_case is None


def test_ninety_days_is_the_repeat_window(session: Session, clock: Clock) -> None:
    first = register(session, clock)
    clock.now = first.received_at + timedelta(days=90)
    assert register(session, clock).repeat_of == first.number


def test_revealing_a_petitioner_is_audited_and_limited(session: Session, clock: Clock) -> None:
    info = register(session, clock, petitioners=[ZHANG, WANG])
    with pytest.raises(PermissionDenied):
        petition_queries.reveal_petitioner(session, COUNTER, info.id, 1, "回访", now=clock.tick())
    with pytest.raises(ValidationError):
        petition_queries.reveal_petitioner(session, MANAGER, info.id, 1, " ", now=clock.tick())
    with pytest.raises(NotFound, match="no petitioner number 3"):
        petition_queries.reveal_petitioner(session, MANAGER, info.id, 3, "回访", now=clock.tick())
    assert petition_queries.reveal_petitioner(
        session, MANAGER, info.id, 1, "电话回访", now=clock.tick()
    ) == (
        ID_ZHANG,
        "13800138000",
    )
    audit = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
    assert (audit.action, audit.actor, audit.target_id) == (
        "petition.reveal_identity",
        MANAGER.name,
        info.number,
    )
    assert audit.details["reason"] == "电话回访"
    assert ID_ZHANG not in str(audit.details)
