"""Real-name tickets (实名取号) on SQLite and PostgreSQL: the resident, the green channel by
age, the daily limit, services that take ID cards only, and the counter that calls them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.admin.catalog import list_service_records, update_service
from services.admin.center import read_center_settings, update_center_settings
from services.casework.residents import resident_by_id_number
from services.catalog.reads import list_services
from services.core.actors import SYSTEM, kiosk_actor
from services.core.errors import (
    DailyLimitReached,
    InvalidIdNumber,
    RealNameRequired,
    ValidationError,
)
from services.queue import ops as queue_ops
from services.real_name.tickets import age_on, issue_real_name_ticket
from services.storage.casework_models import Resident
from services.storage.db import Database
from services.storage.models import AuditLog, Ticket
from tests.conftest import MORNING
from tests.services.casework_helpers import id_number

KIOSK = kiosk_actor("kiosk-1")
# MORNING is 2026-11-30 in Beijing.
SIXTY_TODAY = id_number("110105", "19661130", "011")
FIFTY_NINE = id_number("110105", "19661201", "021")
YOUNG = id_number("440304", "19900101", "123")


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


def require_real_name(session: Session, code: str) -> None:
    record = next(r for r in list_service_records(session, SYSTEM) if r.code == code)
    update_service(session, SYSTEM, record.id, replace(record.fields(), real_name_required=True))


def test_a_card_registers_its_holder_and_takes_a_real_name_ticket(session: Session) -> None:
    issued = issue_real_name_ticket(
        session, KIOSK, "A", YOUNG, name="李明", address="深圳市福田区", now=MORNING
    )
    assert issued.resident_created
    assert issued.resident_name == "李明"
    assert issued.id_number_masked == "440304********" + YOUNG[-4:]
    assert issued.ticket.real_name
    assert issued.ticket.priority_reason is None
    resident = resident_by_id_number(session, YOUNG)
    assert resident is not None
    assert resident.id == issued.resident_id
    assert resident.address == "深圳市福田区"
    ticket = session.scalars(select(Ticket).where(Ticket.code == issued.ticket.code)).one()
    assert ticket.resident_id == issued.resident_id
    actions = session.scalars(select(AuditLog.action).order_by(AuditLog.id)).all()
    assert actions[-2:] == ["resident.created", "queue.issued"]
    # Known the second time: found, not registered again, the stored name kept.
    again = issue_real_name_ticket(session, KIOSK, "B", YOUNG, name="李明", now=MORNING)
    assert not again.resident_created
    assert again.resident_id == issued.resident_id
    assert session.scalar(select(func.count()).select_from(Resident)) == 1


def test_the_green_channel_goes_by_age_on_the_day(session: Session) -> None:
    assert age_on(date(1966, 11, 30), date(2026, 11, 30)) == 60
    assert age_on(date(1966, 12, 1), date(2026, 11, 30)) == 59
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    sixty = issue_real_name_ticket(session, KIOSK, "A", SIXTY_TODAY, name="王芳", now=MORNING)
    assert (sixty.age, sixty.ticket.priority_reason) == (60, "elderly")
    younger = issue_real_name_ticket(session, KIOSK, "A", FIFTY_NINE, name="赵强", now=MORNING)
    assert (younger.age, younger.ticket.priority_reason) == (59, None)
    # Another reason given at the kiosk is kept.
    disabled = issue_real_name_ticket(
        session, KIOSK, "B", FIFTY_NINE, priority="disability", now=MORNING
    )
    assert disabled.ticket.priority_reason == "disability"


def test_the_elderly_age_is_a_center_setting(session: Session) -> None:
    settings = read_center_settings(session, SYSTEM)
    assert settings.elderly_age == 60
    update_center_settings(session, SYSTEM, replace(settings, elderly_age=65), now=MORNING)
    issued = issue_real_name_ticket(session, KIOSK, "A", SIXTY_TODAY, name="王芳", now=MORNING)
    assert issued.ticket.priority_reason is None
    with pytest.raises(ValidationError, match="age of the green channel"):
        update_center_settings(session, SYSTEM, replace(settings, elderly_age=30), now=MORNING)


def test_the_daily_limit_per_resident_and_service(session: Session) -> None:
    for _ in range(3):
        issue_real_name_ticket(session, KIOSK, "A", YOUNG, name="李明", now=MORNING)
    before = session.scalar(select(func.count()).select_from(Ticket))
    with pytest.raises(DailyLimitReached, match="has taken 3 tickets for A .* limit is 3"):
        issue_real_name_ticket(session, KIOSK, "A", YOUNG, name="李明", now=MORNING)
    assert session.scalar(select(func.count()).select_from(Ticket)) == before
    # Another service, or another day, is another allowance.
    issue_real_name_ticket(session, KIOSK, "B", YOUNG, now=MORNING)
    issue_real_name_ticket(session, KIOSK, "A", YOUNG, now=MORNING + timedelta(days=1))
    # A cancelled ticket gives its place back.
    code = session.scalars(
        select(Ticket.code).where(Ticket.service_day == MORNING.date()).order_by(Ticket.id)
    ).first()
    assert code is not None
    queue_ops.cancel_ticket(session, SYSTEM, code, now=MORNING)
    issue_real_name_ticket(session, KIOSK, "A", YOUNG, now=MORNING)


def test_a_real_name_service_refuses_anonymous_tickets(session: Session) -> None:
    require_real_name(session, "C")
    assert next(s for s in list_services(session) if s.code == "C").real_name_required
    with pytest.raises(RealNameRequired, match="请刷身份证"):
        queue_ops.issue_ticket(session, KIOSK, "C", now=MORNING)
    assert session.scalar(select(func.count()).select_from(Ticket)) == 0
    issued = issue_real_name_ticket(session, KIOSK, "C", YOUNG, name="李明", now=MORNING)
    assert issued.ticket.code == "C001"
    # Other services still issue by the fast path.
    assert queue_ops.issue_ticket(session, KIOSK, "A", now=MORNING).code == "A001"


def test_bad_numbers_and_unknown_residents_are_refused_and_leave_nothing(
    session: Session,
) -> None:
    wrong = YOUNG[:17] + ("1" if YOUNG[17] != "1" else "2")
    with pytest.raises(InvalidIdNumber, match="bad check digit"):
        issue_real_name_ticket(session, KIOSK, "A", wrong, name="李明", now=MORNING)
    with pytest.raises(ValidationError, match="not registered yet: give the name"):
        issue_real_name_ticket(session, KIOSK, "A", YOUNG, now=MORNING)
    assert session.scalar(select(func.count()).select_from(Resident)) == 0
    assert session.scalar(select(func.count()).select_from(Ticket)) == 0


def test_calling_a_real_name_ticket_names_its_resident(session: Session) -> None:
    issued = issue_real_name_ticket(session, KIOSK, "A", YOUNG, name="李明", now=MORNING)
    queue_ops.issue_ticket(session, KIOSK, "A", now=MORNING)
    called = queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True, now=MORNING)
    assert called.code == issued.ticket.code
    assert called.resident_id == issued.resident_id
    queue_ops.start_service(session, SYSTEM, 1, now=MORNING)
    queue_ops.finish_service(session, SYSTEM, 1, now=MORNING)
    anonymous = queue_ops.call_next(session, SYSTEM, 1, now=MORNING)
    assert anonymous.resident_id is None
    assert not anonymous.real_name
