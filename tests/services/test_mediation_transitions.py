"""Every move of the mediation lifecycle, legal and illegal, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import (
    DeadlinePassed,
    InvalidTransition,
    MissingFileItems,
    NotFound,
    ValidationError,
)
from services.mediation import directory as mediation_directory
from services.mediation import queries as mediation_queries
from services.mediation import states as mediation_states
from services.mediation import transitions as mediation_transitions
from services.mediation.states import MANDATORY_FILE_ITEMS, TRANSITIONS, CaseState, FileItem
from services.storage.casework_models import MediationEvent, MediationSession, PerformanceTerm
from services.storage.db import Database
from services.storage.models import AuditLog
from tests.services.mediation_helpers import (
    MEDIATOR,
    Clock,
    body_id,
    details_for,
    last_audit,
    last_event,
    move,
    new_case_in,
    register,
)

S = CaseState
LEGAL = [(source, target) for source, moves in TRANSITIONS.items() for target in moves]


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        mediation_directory.seed_receiving_bodies(s)
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _counts(session: Session) -> tuple[int, int]:
    events = session.scalar(select(func.count()).select_from(MediationEvent)) or 0
    audits = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    return events, audits


def _walks() -> list[tuple[str, ...]]:
    """Walks from ``registered`` that take every legal move at least once, derived from the
    table: the shortest path to each move's source, then the move; walks that are the start
    of a longer walk are dropped."""
    paths: dict[str, tuple[str, ...]] = {S.REGISTERED: (S.REGISTERED,)}
    frontier = [S.REGISTERED]
    while frontier:
        following = []
        for state in frontier:
            for target in TRANSITIONS[state]:
                if target not in paths:
                    paths[target] = (*paths[state], target)
                    following.append(target)
        frontier = following
    walks = {(*paths[source], target) for source, target in LEGAL}
    longest = [w for w in walks if not any(o != w and o[: len(w)] == w for o in walks)]
    return sorted(longest)


WALKS = _walks()
# The illegal moves out of each state are tried in the first walk that reaches the state.
FIRST_VISIT = {state: walk for walk in reversed(WALKS) for state in walk}


def test_walks_take_every_legal_move_and_visit_every_state() -> None:
    taken = {(a, b) for walk in WALKS for a, b in zip(walk, walk[1:], strict=False)}
    assert taken == set(LEGAL)
    assert set(FIRST_VISIT) == set(S)


@pytest.mark.parametrize("walk", WALKS, ids=["->".join(w[1:]) for w in WALKS])
def test_every_legal_move_logs_and_every_illegal_one_raises(
    session: Session, clock: Clock, walk: tuple[str, ...]
) -> None:
    case = register(session, clock)
    for source, target in zip(walk, walk[1:], strict=False):
        if FIRST_VISIT[source] == walk:
            _illegal_moves_raise(session, clock, case.id, source)
        if target == S.ARCHIVED:
            for item in (*MANDATORY_FILE_ITEMS, FileItem.TERMINATION_RECORD):
                mediation_transitions.add_file_item(
                    session, SYSTEM, case.id, item, now=clock.tick()
                )
        before = _counts(session)
        case = move(session, clock, case, target, actor=MEDIATOR)
        assert case.state == target
        assert case.allowed_transitions == tuple(mediation_states.allowed_transitions(target))
        assert _counts(session) == (before[0] + 1, before[1] + 1)
        event = last_event(session, case.id)
        assert (event.kind, event.from_state, event.to_state, event.actor) == (
            "transition",
            source,
            target,
            MEDIATOR.name,
        )
        assert event.occurred_at == clock.now
        audit = last_audit(session)
        assert (audit.action, audit.actor, audit.target_id) == (
            f"mediation.{target}",
            MEDIATOR.name,
            case.number,
        )
        assert (audit.details["from"], audit.details["to"]) == (source, target)
    if FIRST_VISIT[walk[-1]] == walk:
        _illegal_moves_raise(session, clock, case.id, walk[-1])


def _illegal_moves_raise(session: Session, clock: Clock, case_id: int, source: str) -> None:
    before = _counts(session)
    allowed = mediation_states.allowed_transitions(source)
    for target in S:
        if target in allowed:
            continue
        details = details_for(session, clock, source, target)
        with pytest.raises(InvalidTransition) as raised:
            mediation_transitions.transition(
                session, SYSTEM, case_id, target, now=clock.tick(), **details
            )
        message = str(raised.value)
        assert f"is {source}" in message
        assert target.value in message
        for name in allowed:
            assert name in message
        if not allowed:
            assert "finished" in message
    assert _counts(session) == before
    assert (
        mediation_queries.case_detail(session, SYSTEM, case_id, now=clock.now).case.state == source
    )


def test_nothing_moves_back_to_registered_and_unknown_states_are_refused(
    session: Session, clock: Clock
) -> None:
    case = register(session, clock)
    with pytest.raises(InvalidTransition):
        mediation_transitions.transition(session, SYSTEM, case.id, "registered", now=clock.tick())
    with pytest.raises(ValidationError, match="Unknown case state"):
        mediation_transitions.transition(session, SYSTEM, case.id, "solved", now=clock.tick())
    with pytest.raises(NotFound):
        mediation_transitions.transition(session, SYSTEM, 9999, "accepted", now=clock.tick())


def test_moves_need_their_details_and_refuse_unknown_ones(session: Session, clock: Clock) -> None:
    case = register(session, clock)
    with pytest.raises(ValidationError, match="receiving_body_id"):
        mediation_transitions.transition(
            session, SYSTEM, case.id, "referred", channel="peoples", now=clock.tick()
        )
    with pytest.raises(ValidationError, match="takes no colour"):
        mediation_transitions.transition(
            session, SYSTEM, case.id, "accepted", colour="red", now=clock.tick()
        )
    with pytest.raises(ValidationError, match="declined"):
        mediation_transitions.decline(session, SYSTEM, case.id, reason="  ", now=clock.tick())
    assert _counts(session)[0] == 1  # only the registration


def test_referral_checks_the_body_and_channel(session: Session, clock: Clock) -> None:
    case = register(session, clock)
    due = clock.today + timedelta(days=7)
    court = body_id(session, "judicial")
    with pytest.raises(ValidationError, match="judicial"):
        mediation_transitions.refer(
            session,
            SYSTEM,
            case.id,
            channel="peoples",
            receiving_body_id=court,
            feedback_due=due,
            now=clock.tick(),
        )
    with pytest.raises(ValidationError, match="past"):
        mediation_transitions.refer(
            session,
            SYSTEM,
            case.id,
            channel="judicial",
            receiving_body_id=court,
            feedback_due=clock.today - timedelta(days=1),
            now=clock.tick(),
        )
    mediation_directory.deactivate_receiving_body(session, SYSTEM, court, now=clock.tick())
    with pytest.raises(ValidationError, match="no longer"):
        mediation_transitions.refer(
            session,
            SYSTEM,
            case.id,
            channel="judicial",
            receiving_body_id=court,
            feedback_due=due,
            now=clock.tick(),
        )
    referred = mediation_transitions.refer(
        session,
        SYSTEM,
        case.id,
        channel="peoples",
        receiving_body_id=body_id(session),
        feedback_due=due,
        note="转街道调委会",
        now=clock.tick(),
    )
    assert (referred.state, referred.channel, referred.feedback_due) == ("referred", "peoples", due)
    assert referred.receiving_body_name == "街道人民调解委员会"


def test_referral_path_to_closed_carries_the_result(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.ACKNOWLEDGED)
    result = mediation_transitions.receive_result(
        session, SYSTEM, case.id, resolved=False, summary="对方拒绝调解", now=clock.tick()
    )
    assert result.outcome == "referral_unresolved"
    closed = mediation_transitions.close_referral(session, SYSTEM, case.id, now=clock.tick())
    assert (closed.state, closed.outcome, closed.closed_at) == (
        "closed",
        "referral_unresolved",
        clock.now,
    )


def test_failed_case_is_referred_on_and_reopened(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.FAILED)
    assert (case.outcome, case.failure_routes, case.closed_at is not None) == (
        "failed",
        ("arbitration", "court"),
        True,
    )
    detail = mediation_queries.case_detail(session, SYSTEM, case.id, now=clock.now)
    assert detail.failure_advice == "可向人民法院起诉"
    on = move(session, clock, case, S.REFERRED)
    assert (on.state, on.outcome, on.closed_at) == ("referred", None, None)


def test_failure_needs_known_routes_and_advice(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.IN_MEDIATION)
    for routes in ([], ["police"]):
        with pytest.raises(ValidationError, match="routes"):
            mediation_transitions.fail(
                session, SYSTEM, case.id, routes=routes, advice="…", now=clock.tick()
            )
    with pytest.raises(ValidationError, match="advice"):
        mediation_transitions.fail(
            session, SYSTEM, case.id, routes=["court"], advice=" ", now=clock.tick()
        )
    failed = mediation_transitions.fail(
        session, SYSTEM, case.id, routes={"administrative"}, advice="找住建局", now=clock.tick()
    )
    assert failed.failure_routes == ("administrative",)


def test_sessions_move_a_scheduled_case_into_mediation_then_accumulate(
    session: Session, clock: Clock
) -> None:
    case = new_case_in(session, clock, S.ACCEPTED)
    with pytest.raises(InvalidTransition, match="accepted"):
        mediation_transitions.record_session(
            session, MEDIATOR, case.id, held_on=clock.today, mediators="赵", now=clock.tick()
        )
    mediation_transitions.schedule(
        session, MEDIATOR, case.id, on=clock.today + timedelta(days=2), now=clock.tick()
    )
    moved = mediation_transitions.schedule(
        session, MEDIATOR, case.id, on=clock.today + timedelta(days=3), now=clock.tick()
    )
    assert moved.state == "scheduled"
    assert last_event(session, case.id).kind == "rescheduled"
    detail = mediation_queries.case_detail(session, SYSTEM, case.id, now=clock.now)
    assert detail.scheduled_for == clock.today + timedelta(days=3)
    clock.days(3)
    first = mediation_transitions.record_session(
        session,
        MEDIATOR,
        case.id,
        held_on=clock.today,
        mediators="赵调解员、钱调解员",
        now=clock.tick(),
    )
    assert first.state == "in_mediation"
    clock.days(2)
    mediation_transitions.record_session(
        session,
        MEDIATOR,
        case.id,
        held_on=clock.today,
        mediators="赵调解员",
        record="第二次",
        now=clock.tick(),
    )
    assert last_event(session, case.id).kind == "session_recorded"
    with pytest.raises(ValidationError, match="not been held"):
        mediation_transitions.record_session(
            session,
            MEDIATOR,
            case.id,
            held_on=clock.today + timedelta(days=1),
            mediators="赵",
            now=clock.tick(),
        )
    held = session.scalars(
        select(MediationSession.record).where(MediationSession.case_id == case.id)
    )
    assert sorted(held) == ["", "第二次"]


def test_agreement_stores_terms_and_performance_closes(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.IN_MEDIATION)
    with pytest.raises(ValidationError, match="at least one term"):
        mediation_transitions.agree(
            session,
            SYSTEM,
            case.id,
            kind="written",
            terms=[],
            effective=clock.today,
            now=clock.tick(),
        )
    with pytest.raises(ValidationError, match="before the agreement"):
        mediation_transitions.agree(
            session,
            SYSTEM,
            case.id,
            kind="written",
            terms=[("赔偿", clock.today - timedelta(days=1))],
            effective=clock.today,
            now=clock.tick(),
        )
    with pytest.raises(ValidationError, match="written or oral"):
        mediation_transitions.agree(
            session,
            SYSTEM,
            case.id,
            kind="signed",
            terms=[("x", clock.today)],
            effective=clock.today,
            now=clock.tick(),
        )
    due = clock.today + timedelta(days=10)
    agreed = mediation_transitions.agree(
        session,
        SYSTEM,
        case.id,
        kind="written",
        terms=[("赔偿维修费2000元", due), ("赔礼道歉", clock.today)],
        effective=clock.today,
        now=clock.tick(),
    )
    assert (agreed.state, agreed.agreement_kind, agreed.agreement_effective) == (
        "agreed",
        "written",
        clock.today,
    )
    mediation_transitions.start_performing(session, SYSTEM, case.id, now=clock.tick())
    mediation_transitions.fulfil_term(
        session, SYSTEM, case.id, 2, fulfilled_on=clock.today, now=clock.tick()
    )
    with pytest.raises(InvalidTransition, match="already fulfilled"):
        mediation_transitions.fulfil_term(
            session, SYSTEM, case.id, 2, fulfilled_on=clock.today, now=clock.tick()
        )
    with pytest.raises(ValidationError, match="not fulfilled"):
        mediation_transitions.perform(session, SYSTEM, case.id, now=clock.tick())
    clock.days(5)
    closed = mediation_transitions.perform(
        session, SYSTEM, case.id, fulfilled_on=clock.today, now=clock.tick()
    )
    assert (closed.state, closed.outcome) == ("closed", "performed")
    rows = session.execute(
        select(PerformanceTerm.position, PerformanceTerm.fulfilled_on).where(
            PerformanceTerm.case_id == case.id
        )
    )
    fulfilled = {position: on for position, on in rows}
    assert fulfilled == {1: clock.today, 2: clock.today - timedelta(days=5)}


def test_breach_needs_a_note(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.PERFORMING)
    with pytest.raises(ValidationError, match="breached"):
        mediation_transitions.breach(session, SYSTEM, case.id, note="", now=clock.tick())
    closed = mediation_transitions.breach(
        session, SYSTEM, case.id, note="逾期未付款", now=clock.tick()
    )
    assert (closed.state, closed.outcome) == ("closed", "breached")


# --- judicial confirmation: 30 days from the agreement taking effect ----------------------


@pytest.mark.parametrize(("day", "allowed"), [(0, True), (29, True), (30, True), (31, False)])
def test_confirmation_window_boundaries(
    session: Session, clock: Clock, day: int, allowed: bool
) -> None:
    case = new_case_in(session, clock, S.AGREED)
    effective = case.agreement_effective
    assert effective is not None
    clock.days(day)
    applied_on = effective + timedelta(days=day)
    assert applied_on == clock.today
    if allowed:
        info = mediation_transitions.apply_confirmation(
            session, SYSTEM, case.id, applied_on=applied_on, now=clock.tick()
        )
        assert (info.state, info.confirmation_applied_on) == ("confirmation_applied", applied_on)
    else:
        with pytest.raises(DeadlinePassed, match="day 31"):
            mediation_transitions.apply_confirmation(
                session, SYSTEM, case.id, applied_on=applied_on, now=clock.tick()
            )
        assert mediation_queries.find_case(session, SYSTEM, case.number).state == "agreed"


def test_confirmation_dates_must_be_real(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.AGREED)
    effective = case.agreement_effective
    assert effective is not None
    with pytest.raises(ValidationError, match="future"):
        mediation_transitions.apply_confirmation(
            session, SYSTEM, case.id, applied_on=effective + timedelta(days=1), now=clock.tick()
        )
    with pytest.raises(ValidationError, match="before the agreement"):
        mediation_transitions.apply_confirmation(
            session, SYSTEM, case.id, applied_on=effective - timedelta(days=1), now=clock.tick()
        )


def test_oral_agreements_cannot_be_confirmed(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.IN_MEDIATION)
    move(session, clock, case, S.AGREED, kind="oral")
    with pytest.raises(InvalidTransition, match="oral"):
        mediation_transitions.apply_confirmation(
            session, SYSTEM, case.id, applied_on=clock.today, now=clock.tick()
        )


def test_confirmation_ruling(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.CONFIRMATION_APPLIED)
    info = mediation_transitions.record_confirmation(
        session, SYSTEM, case.id, confirmed=False, note="协议内容违法", now=clock.tick()
    )
    assert (info.state, info.outcome) == ("not_confirmed", "not_confirmed")


# --- extension of the 30-day target --------------------------------------------------------


def test_target_is_30_days_from_acceptance_and_extends_once_by_15(
    session: Session, clock: Clock
) -> None:
    case = new_case_in(session, clock, S.ACCEPTED)
    accepted_on = clock.today
    assert case.mediation_due == accepted_on + timedelta(days=30)
    with pytest.raises(ValidationError, match="both parties"):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            case.id,
            applicant_consent=True,
            respondent_consent=False,
            consent_note="申请人同意",
            now=clock.tick(),
        )
    with pytest.raises(ValidationError, match="consented"):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            case.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="",
            now=clock.tick(),
        )
    clock.days(30)  # the target day itself: still in time
    extended = mediation_transitions.extend(
        session,
        MEDIATOR,
        case.id,
        applicant_consent=True,
        respondent_consent=True,
        consent_note="双方于调解室书面同意延期",
        now=clock.tick(),
    )
    assert extended.mediation_due == accepted_on + timedelta(days=45)
    assert extended.extended
    assert extended.state == "accepted"
    event = last_event(session, case.id)
    assert (event.kind, event.note) == ("extended", "双方于调解室书面同意延期")
    assert event.details["applicant_consent"] is True
    assert event.details["respondent_consent"] is True
    assert mediation_queries.case_detail(
        session, SYSTEM, case.id, now=clock.now
    ).extension_consent == ("双方于调解室书面同意延期")
    with pytest.raises(InvalidTransition, match="already extended"):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            case.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="再次延期",
            now=clock.tick(),
        )


def test_no_extension_after_the_target_passed_or_outside_mediation(
    session: Session, clock: Clock
) -> None:
    case = new_case_in(session, clock, S.SCHEDULED)
    clock.days(31)
    with pytest.raises(DeadlinePassed):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            case.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="同意",
            now=clock.tick(),
        )
    referred = new_case_in(session, clock, S.REFERRED)
    with pytest.raises(InvalidTransition, match="under mediation"):
        mediation_transitions.extend(
            session,
            MEDIATOR,
            referred.id,
            applicant_consent=True,
            respondent_consent=True,
            consent_note="同意",
            now=clock.tick(),
        )


# --- the case file and archiving -----------------------------------------------------------


def test_archiving_needs_every_mandatory_item(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.CLOSED)
    items = [*MANDATORY_FILE_ITEMS, FileItem.AGREEMENT]
    for item in items:
        with pytest.raises(MissingFileItems, match="cannot be archived"):
            mediation_transitions.archive(session, MEDIATOR, case.id, now=clock.tick())
        mediation_transitions.add_file_item(
            session, SYSTEM, case.id, item, note="原件", now=clock.tick()
        )
    mediation_transitions.add_file_item(
        session, SYSTEM, case.id, FileItem.REGISTRATION, now=clock.tick()
    )  # again
    archived = mediation_transitions.archive(session, MEDIATOR, case.id, now=clock.tick())
    assert archived.state == "archived"
    assert sorted(archived.file_items) == sorted(i.value for i in items)
    with pytest.raises(InvalidTransition, match="archived"):
        mediation_transitions.add_file_item(
            session, SYSTEM, case.id, FileItem.OTHER, now=clock.tick()
        )
    with pytest.raises(InvalidTransition, match="archived"):
        mediation_transitions.add_follow_up_visit(
            session, SYSTEM, case.id, visited_on=clock.today, visitor="钱", now=clock.tick()
        )


def test_missing_items_name_the_gap(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.TERMINATED)
    for item in MANDATORY_FILE_ITEMS:
        mediation_transitions.add_file_item(session, SYSTEM, case.id, item, now=clock.tick())
    with pytest.raises(MissingFileItems, match="agreement|termination_record"):
        mediation_transitions.archive(session, MEDIATOR, case.id, now=clock.tick())
    with pytest.raises(ValidationError, match="Unknown file item"):
        mediation_transitions.add_file_item(session, SYSTEM, case.id, "photo", now=clock.tick())


def test_follow_up_visits_are_on_the_timeline(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.CLOSED)
    mediation_transitions.add_follow_up_visit(
        session,
        SYSTEM,
        case.id,
        visited_on=clock.today,
        visitor="钱网格员",
        note="双方关系缓和",
        now=clock.tick(),
    )
    with pytest.raises(ValidationError, match="outside"):
        mediation_transitions.add_follow_up_visit(
            session,
            SYSTEM,
            case.id,
            visited_on=clock.today + timedelta(days=1),
            visitor="钱",
            now=clock.tick(),
        )
    detail = mediation_queries.case_detail(session, SYSTEM, case.id, now=clock.now)
    assert [(v.visitor, v.note) for v in detail.visits] == [("钱网格员", "双方关系缓和")]
    assert detail.timeline[-1].kind == "follow_up_visit"


def test_a_refused_move_leaves_the_session_usable(session: Session, clock: Clock) -> None:
    case = new_case_in(session, clock, S.IN_MEDIATION)
    with pytest.raises(ValidationError):
        mediation_transitions.transition(
            session,
            SYSTEM,
            case.id,
            "agreed",
            now=clock.tick(),
            **details_for(session, clock, "in_mediation", "agreed"),
            extra=1,
        )
    assert session.scalar(select(func.count()).select_from(PerformanceTerm)) == 0
    assert move(session, clock, case, S.AGREED).state == "agreed"
