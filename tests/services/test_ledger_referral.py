"""Referring a ledger entry to mediation by registering the linked case, on SQLite and
PostgreSQL: the case, its parties, the entry referred and audited in one transaction, the case's
outcome shown on the entry, and the refusals that leave nothing behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.calendar.holiday_seed import seed_holidays
from services.core.actors import SYSTEM
from services.core.errors import InvalidTransition, PermissionDenied, ValidationError
from services.ledger import entries
from services.ledger.referral import refer_to_new_case
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.storage.db import Database
from services.storage.models import AuditLog
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import COUNTER, JUNE_FIRST, KIOSK


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        seed_holidays(s, SYSTEM, 2026, now=JUNE_FIRST)
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock(JUNE_FIRST)


def test_referring_creates_the_linked_case(session: Session, clock: Clock) -> None:
    grid = district(session, clock)[1]
    entry = add(
        session, clock, grid, source="police", parties=["赵大", "钱二", "孙三"], risk="major"
    )
    info = refer_to_new_case(
        session,
        COUNTER,
        entry.id,
        respondents=["钱二"],
        other_respondents=["物业公司周经理"],
        note="要求赔偿漏水损失",
        now=clock.tick(),
    )
    assert (info.state, info.referred_to) == ("referred", "mediation")
    assert info.mediation_case is not None
    assert info.referred_detail == info.mediation_case
    assert (info.mediation_state, info.mediation_outcome) == ("registered", None)
    case = mediation_queries.find_case(session, SYSTEM, info.mediation_case)
    assert [p.name for p in case.applicants] == ["赵大", "孙三"]
    assert [p.name for p in case.respondents] == ["钱二", "物业公司周经理"]
    assert (case.dispute_type, case.source, case.claims) == (
        "neighbour",
        "police_transfer",
        "要求赔偿漏水损失",
    )
    assert entry.number in case.facts
    assert grid.path in case.facts
    actions = set(
        session.scalars(select(AuditLog.action).where(AuditLog.target_id == entry.number))
    )
    assert "ledger.referred" in actions
    assert session.scalars(
        select(AuditLog.action).where(AuditLog.target_id == case.number)
    ).all() == ["mediation.registered"]
    mediation_transitions.transition(
        session, SYSTEM, case.id, "declined", note="不属于调解范围", now=clock.tick()
    )
    followed = entries.find_entry(session, SYSTEM, entry.number, clock.now.date())
    assert (followed.mediation_state, followed.mediation_outcome) == ("declined", "declined")


def test_refusals_leave_no_case(session: Session, clock: Clock) -> None:
    grid = district(session, clock)[0]
    entry = add(session, clock, grid)
    with pytest.raises(PermissionDenied):
        refer_to_new_case(session, KIOSK, entry.id, respondents=["钱二"], now=clock.tick())
    with pytest.raises(ValidationError, match="applicant and one respondent"):
        refer_to_new_case(session, COUNTER, entry.id, respondents=[], now=clock.tick())
    with pytest.raises(ValidationError, match="not a party"):
        refer_to_new_case(session, COUNTER, entry.id, respondents=["李四"], now=clock.tick())
    assert mediation_queries.list_cases(session, SYSTEM) == []
    entries.resolve(session, COUNTER, entry.id, note="双方和解", now=clock.tick())
    with pytest.raises(InvalidTransition, match="resolved and cannot move to referred"):
        refer_to_new_case(session, COUNTER, entry.id, respondents=["钱二"], now=clock.tick())
    assert mediation_queries.list_cases(session, SYSTEM) == []
    assert entries.find_entry(session, SYSTEM, entry.number, clock.now.date()).state == "resolved"
