"""The Core fast path of issuing and calling (services.queue.fast), on SQLite and PostgreSQL:
the same answers and rows as the full ORM operation, settings changed elsewhere used at once,
and nothing written when it hands an unusual case back to the full operation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.admin.center import read_center_settings, update_center_settings
from services.core.actors import SYSTEM
from services.core.center_config import load_center_config
from services.core.errors import QueueEmpty
from services.queue import fast as queue_fast
from services.queue import ops as q
from services.queue.reads import estimated_wait_minutes, people_ahead
from services.queue.tickets import TicketInfo, parse_priority, ticket_info
from services.storage.db import Database, open_database
from services.storage.models import AuditLog, QueueEvent, Ticket, TicketSequence
from tests.conftest import MORNING
from tests.services.queue_helpers import Clock, counts, statuses


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock(MORNING)


def _issue_fast(
    session: Session, clock: Clock, code: str, priority: str | None = None
) -> TicketInfo:
    reason = parse_priority(priority)
    info = queue_fast.issue(session, SYSTEM, code, reason, "en", clock.tick())
    assert info is not None, "the fast path declined a normal ticket"
    session.commit()
    return info


def _as_the_orm_reads_it(session: Session, info: TicketInfo, clock: Clock) -> TicketInfo:
    """The same ticket read back through the ORM, with the ORM's people ahead and wait."""
    ticket = session.get(Ticket, info.id)
    assert ticket is not None
    session.refresh(ticket)
    if info.ahead is None:
        return ticket_info(session, ticket)
    ahead = people_ahead(session, ticket, clock.now)
    minutes = load_center_config(session).default_service_minutes
    wait = estimated_wait_minutes(session, ticket, ahead, default_minutes=minutes)
    return ticket_info(session, ticket, ahead=ahead, estimated_wait=wait)


def test_answers_are_those_the_orm_reads(session: Session, clock: Clock) -> None:
    # Some finished tickets (recent service times) and two open counters for the estimate.
    for _ in range(3):
        _issue_fast(session, clock, "G")
    q.open_counter(session, SYSTEM, 5, now=clock.tick())
    for _ in range(2):
        q.call_next(session, SYSTEM, 1, open_if_closed=True, now=clock.tick())
        q.start_service(session, SYSTEM, 1, now=clock.tick(47))
        q.finish_service(session, SYSTEM, 1, now=clock.tick(251.5))
    issued = []
    for service, priority in (("G", None), ("G", "elderly"), ("A", None), ("G", None)):
        info = _issue_fast(session, clock, service, priority)
        assert info == _as_the_orm_reads_it(session, info, clock)
        issued.append(info)
    assert [i.ahead for i in issued] == [1, 0, 0, 3]
    assert issued[0].estimated_wait_minutes == 3  # one ahead, 4.96 minutes, two counters

    called = queue_fast.call_next(session, SYSTEM, 1, clock.tick())
    session.commit()
    assert called is not None
    assert called.code == issued[1].code  # the green channel first
    assert called == _as_the_orm_reads_it(session, called, clock)
    assert called == q.current_ticket(session, 1)


def test_event_and_audit_rows_are_those_of_the_full_operation(
    session: Session, clock: Clock
) -> None:
    ticket = _issue_fast(session, clock, "A", "pregnant")
    q.open_counter(session, SYSTEM, 1, now=clock.tick())
    called = queue_fast.call_next(session, SYSTEM, 1, clock.tick())
    session.commit()
    assert called is not None
    events = session.execute(
        select(QueueEvent.kind, QueueEvent.ticket_id, QueueEvent.counter_id, QueueEvent.details)
        .where(QueueEvent.ticket_id == ticket.id)
        .order_by(QueueEvent.id)
    ).all()
    counter_id = session.scalar(select(Ticket.counter_id).where(Ticket.id == ticket.id))
    assert [tuple(e) for e in events] == [
        ("issued", ticket.id, None, {"priority": "pregnant"}),
        ("called", ticket.id, counter_id, {"counter_number": 1, "code": ticket.code}),
    ]
    audits = session.execute(
        select(AuditLog.action, AuditLog.target_type, AuditLog.target_id, AuditLog.details)
        .where(AuditLog.target_id == ticket.code)
        .order_by(AuditLog.id)
    ).all()
    assert [tuple(a) for a in audits] == [
        ("queue.issued", "ticket", ticket.code, {"priority": "pregnant"}),
        ("queue.called", "ticket", ticket.code, {"counter_number": 1, "code": ticket.code}),
    ]


def test_settings_changed_at_another_station_are_used_at_once(
    database: Database, clock: Clock
) -> None:
    other_station = open_database(database.engine.url.render_as_string(hide_password=False))
    try:
        with database.writer() as kiosk:
            _issue_fast(kiosk, clock, "G")
            assert _issue_fast(kiosk, clock, "G").estimated_wait_minutes == 6  # the default
            _change_settings(other_station, {"default_service_minutes": 10})
            third = q.issue_ticket(kiosk, SYSTEM, "G", now=clock.tick())
            assert third.estimated_wait_minutes == 20
            assert _issue_fast(kiosk, clock, "G").estimated_wait_minutes == 30
            _change_settings(other_station, {"timezone": "UTC"})
            # 23:00 UTC is already tomorrow in Beijing: the ticket's day follows the new zone.
            late = MORNING.replace(hour=23)
            assert q.issue_ticket(kiosk, SYSTEM, "G", now=late).service_day == late.date()
            q.open_counter(kiosk, SYSTEM, 1, now=late)
            assert q.call_next(kiosk, SYSTEM, 1, now=late).service_day == late.date()
            _change_settings(other_station, {"timezone": "Asia/Shanghai"})
            q.mark_no_show(kiosk, SYSTEM, 1, now=late)
            with pytest.raises(QueueEmpty):  # 23:00 UTC is tomorrow in Beijing: nobody yet
                q.call_next(kiosk, SYSTEM, 1, now=late)
    finally:
        other_station.dispose()


def _change_settings(station: Database, changes: dict[str, object]) -> None:
    with station.writer() as admin:
        current = read_center_settings(admin, SYSTEM)
        update_center_settings(admin, SYSTEM, replace(current, **changes))  # type: ignore[arg-type]


def test_unusual_cases_are_handed_back_without_writing(session: Session, clock: Clock) -> None:
    _issue_fast(session, clock, "A")
    q.open_counter(session, SYSTEM, 8, now=clock.tick())  # serves only F: nobody waiting
    q.open_counter(session, SYSTEM, 2, now=clock.tick())
    q.call_next(session, SYSTEM, 2, now=clock.tick())
    _issue_fast(session, clock, "A")
    before = _everything(session)
    declined = [
        queue_fast.issue(session, SYSTEM, "Z", None, "en", clock.tick()),  # no such service
        queue_fast.call_next(session, SYSTEM, 1, clock.tick()),  # counter closed
        queue_fast.call_next(session, SYSTEM, 99, clock.tick()),  # no such counter
        queue_fast.call_next(session, SYSTEM, 8, clock.tick()),  # nobody waiting for it
        queue_fast.call_next(session, SYSTEM, 2, clock.tick()),  # counter busy
    ]
    assert declined == [None] * 5
    session.commit()
    assert _everything(session) == before


def _everything(session: Session) -> object:
    return counts(session), statuses(session), _sequences(session)


def _sequences(session: Session) -> list[tuple[object, ...]]:
    return [tuple(r) for r in session.execute(select(TicketSequence)).all()]
