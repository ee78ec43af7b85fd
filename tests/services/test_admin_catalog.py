"""Administration of services and counters, on both databases: every operation, its audit
row with the values before and after, its event for the live feed, and its refusals."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.admin.catalog import (
    CounterFields,
    ServiceFields,
    create_counter,
    create_service,
    list_counter_records,
    list_service_records,
    remove_counter,
    set_service_active,
    update_counter,
    update_service,
)
from services.catalog.reads import get_counter, get_service, list_services
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import NotFound, ValidationError
from services.queue import ops as queue_ops
from services.storage.db import Database
from services.storage.models import AuditLog, Counter, CounterService, QueueEvent, Service, Staff
from tests.conftest import MORNING

NEW_SERVICE = ServiceFields(
    code="k",
    name_zh="公积金",
    name_en="Housing fund",
    description_zh="公积金提取与贷款",
    description_en="Withdrawals and loans",
    target_wait_minutes=25,
    promised_days=5,
    materials=(" 身份证原件 ", "", "身份证原件", "银行卡"),
)


# --- shared by the administration tests ----------------------------------------------------


def admin_actor(session: Session, username: str = "admin") -> Actor:
    """The seeded administrator, as an actor with its staff id."""
    found = session.scalars(select(Staff).where(Staff.username == username)).one()
    return Actor(found.username, Role(found.role), found.id)


def last_audit(session: Session) -> AuditLog:
    return session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()


def audit_total(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)


def event_kinds(session: Session) -> list[str]:
    return list(session.scalars(select(QueueEvent.kind).order_by(QueueEvent.id)))


def details(session: Session) -> dict[str, Any]:
    return dict(last_audit(session).details)


# --- services ------------------------------------------------------------------------------


def test_create_a_service_lists_it_audits_it_and_tells_the_stations(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        record = create_service(session, actor, NEW_SERVICE, now=MORNING)
    assert record.code == "K"
    assert record.materials == ("身份证原件", "银行卡")
    assert record.sort_order == 8  # after the eight seeded services
    with database.reader() as session:
        assert [s.code for s in list_service_records(session, SYSTEM)][-1] == "K"
        assert "K" in [s.code for s in list_services(session)]  # the kiosk offers it
        audit = last_audit(session)
        assert (audit.action, audit.actor, audit.target_type, audit.target_id) == (
            "service.create",
            "admin",
            "service",
            "K",
        )
        assert audit.details["before"] is None
        assert audit.details["after"]["name_en"] == "Housing fund"
        assert audit.details["after"]["materials"] == ["身份证原件", "银行卡"]
        assert event_kinds(session)[-1] == "catalog_changed"


def test_update_a_service_audits_only_what_changed(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        service = get_service(session, "A")
        record = next(r for r in list_service_records(session, actor) if r.code == "A")
        changed = replace(record.fields(), name_en="Social insurance", target_wait_minutes=15)
        updated = update_service(session, actor, service.id, changed, now=MORNING)
        assert (updated.name_en, updated.target_wait_minutes) == ("Social insurance", 15)
        assert details(session) == {
            "before": {"name_en": "Social security", "target_wait_minutes": 20},
            "after": {"name_en": "Social insurance", "target_wait_minutes": 15},
        }
        count = audit_total(session)
        update_service(session, actor, service.id, changed, now=MORNING)  # nothing new
        assert audit_total(session) == count


def test_deactivate_and_reactivate_a_service(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        service_id = get_service(session, "G").id
        assert not set_service_active(session, actor, service_id, False, now=MORNING).active
        assert "G" not in [s.code for s in list_services(session)]
        assert details(session) == {"before": {"active": True}, "after": {"active": False}}
        assert set_service_active(session, actor, service_id, True, now=MORNING).active
        assert "G" in [s.code for s in list_services(session)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "1"}, "one letter from A to Z"),
        ({"code": "AB"}, "one letter from A to Z"),
        ({"code": "a"}, "already the prefix of A Social security"),
        ({"name_zh": "  "}, "Chinese name cannot be empty"),
        ({"name_en": "x" * 101}, "English name is at most 100"),
        ({"name_en": "two\nlines"}, "line breaks"),
        ({"description_en": "d" * 201}, "English description is at most 200"),
        ({"target_wait_minutes": 0}, "target wait (minutes) must be from 1 to 480"),
        ({"promised_days": -1}, "promised working days must be from 0 to 365"),
        ({"promised_days": True}, "must be a whole number"),
        ({"materials": tuple(f"m{i}" for i in range(31))}, "at most 30 materials"),
        ({"sort_order": -5}, "display order must be from 0"),
        ({"is_dispute": "yes"}, "dispute flag must be yes or no"),
    ],
)
def test_service_input_is_validated(
    database: Database, change: dict[str, Any], message: str
) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        before = audit_total(session)
        with pytest.raises(ValidationError, match=re.escape(message)):
            create_service(session, actor, replace(NEW_SERVICE, **change), now=MORNING)
        assert audit_total(session) == before
        assert session.scalar(select(Service).where(Service.code == "K")) is None


def test_updating_an_unknown_service_is_not_found(database: Database) -> None:
    with database.writer() as session, pytest.raises(NotFound):
        update_service(session, admin_actor(session), 9999, NEW_SERVICE, now=MORNING)


def test_a_letter_changes_only_on_a_day_it_was_not_used(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
        a = next(r for r in list_service_records(session, actor) if r.code == "A")
        b = next(r for r in list_service_records(session, actor) if r.code == "B")
        with pytest.raises(ValidationError, match="has issued tickets today"):
            update_service(session, actor, a.id, replace(a.fields(), code="Z"), now=MORNING)
        # B may not take a letter whose tickets are in today's queue, but may take a free one
        create_service(session, actor, replace(NEW_SERVICE, code="Q"), now=MORNING)
        q = next(r for r in list_service_records(session, actor) if r.code == "Q")
        update_service(session, actor, q.id, replace(q.fields(), code="R"), now=MORNING)
        with pytest.raises(ValidationError, match="already the prefix"):
            update_service(session, actor, b.id, replace(b.fields(), code="A"), now=MORNING)
        # the next day, A's letter is free to change
        tomorrow = MORNING + timedelta(days=1)
        renamed = update_service(session, actor, a.id, replace(a.fields(), code="Z"), now=tomorrow)
        assert renamed.code == "Z"
        assert details(session) == {"before": {"code": "A"}, "after": {"code": "Z"}}


# --- counters ------------------------------------------------------------------------------


def test_create_a_counter_with_ordered_services(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        info = create_counter(
            session,
            actor,
            CounterFields(9, " 综合窗口 9 ", "General window 9", ("c", "A")),
            now=MORNING,
        )
        assert (info.number, info.name_zh, info.state) == (9, "综合窗口 9", "closed")
        assert info.service_codes == ("C", "A")
        audit = last_audit(session)
        assert (audit.action, audit.target_id) == ("counter.create", "9")
        assert audit.details == {
            "before": None,
            "after": {
                "number": 9,
                "name_zh": "综合窗口 9",
                "name_en": "General window 9",
                "services": ["C", "A"],
            },
        }
        assert event_kinds(session)[-1] == "counter_changed"
        assert [c.number for c in list_counter_records(session, actor)][-1] == 9


def test_update_a_counter_reorders_its_services(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        counter = get_counter(session, 5)
        info = update_counter(
            session,
            actor,
            counter.id,
            CounterFields(5, counter.name_zh, "Social security window", ("G", "A", "H")),
            now=MORNING,
        )
        assert info.service_codes == ("G", "A", "H")
        assert details(session) == {
            "before": {"name_en": "Social security desk", "services": ["A", "G"]},
            "after": {"name_en": "Social security window", "services": ["G", "A", "H"]},
        }
        # the counter now calls the residents waiting for H too
        queue_ops.issue_ticket(session, SYSTEM, "H", now=MORNING)
        called = queue_ops.call_next(
            session, SYSTEM, 5, open_if_closed=True, now=MORNING + timedelta(minutes=2)
        )
        assert called.code == "H001"


def test_counter_input_is_validated_and_nothing_is_left_behind(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        before = (audit_total(session), session.scalar(select(func.count(Counter.id))))
        for fields, message in (
            (CounterFields(1, "x", "x", ()), "Counter number 1 already exists"),
            (CounterFields(0, "x", "x", ()), "counter number must be from 1 to 999"),
            (CounterFields(10, "", "x", ()), "Chinese name cannot be empty"),
            (CounterFields(10, "x", "x", ("A", "Y")), "no service with the letter Y"),
            (CounterFields(10, "x", "x", ("A", "a")), "each service once"),
            (CounterFields(10, "x", "x", ("AA",)), "one letter from A to Z"),
        ):
            with pytest.raises(ValidationError, match=re.escape(message)):
                create_counter(session, actor, fields, now=MORNING)
        after = (audit_total(session), session.scalar(select(func.count(Counter.id))))
        assert after == before


def test_renumbering_needs_a_closed_counter(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        queue_ops.open_counter(session, SYSTEM, 2, now=MORNING)
        counter = get_counter(session, 2)
        fields = CounterFields(20, counter.name_zh, counter.name_en, ("A",))
        with pytest.raises(ValidationError, match="close it before changing its number"):
            update_counter(session, actor, counter.id, fields, now=MORNING)
        # its services may change while it is open
        assert update_counter(
            session, actor, counter.id, replace(fields, number=2), now=MORNING
        ).service_codes == ("A",)


def test_remove_a_counter_without_history_only(database: Database) -> None:
    with database.writer() as session:
        actor = admin_actor(session)
        fresh = create_counter(session, actor, CounterFields(12, "临时", "Spare", ("A",)))
        remove_counter(session, actor, fresh.id, now=MORNING)
        assert session.get(Counter, fresh.id) is None
        assert not session.scalar(
            select(func.count())
            .select_from(CounterService)
            .where(CounterService.counter_id == fresh.id)
        )
        audit = last_audit(session)
        assert (audit.action, audit.target_id) == ("counter.remove", "12")
        assert audit.details["after"] is None
        assert audit.details["before"]["services"] == ["A"]

        queue_ops.open_counter(session, SYSTEM, 3, now=MORNING)
        used = get_counter(session, 3)
        with pytest.raises(ValidationError, match="close it first"):
            remove_counter(session, actor, used.id, now=MORNING)
        queue_ops.close_counter(session, SYSTEM, 3, now=MORNING)
        with pytest.raises(ValidationError, match="stays in the statistics"):
            remove_counter(session, actor, used.id, now=MORNING)
        assert session.get(Counter, used.id) is not None
