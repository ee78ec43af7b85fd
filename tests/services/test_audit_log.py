"""The audit log reader, on both databases: filters, paging, newest first, who may read."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete

from services.admin.audit_log import (
    AuditFilter,
    count_audit,
    describe_details,
    list_audit,
    list_audit_actions,
    list_audit_page,
    local_day_range,
)
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import PermissionDenied, ValidationError
from services.core.journal import record_audit
from services.storage.db import Database
from services.storage.models import AuditLog

T0 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # 09:00 in Beijing
ADMIN = Actor("Admin", Role.ADMIN)
MANAGER = Actor("wang.manager", Role.MANAGER)
CLERK = Actor("li.na", Role.COUNTER)

ROWS = (
    # minutes after T0, actor, action, target type, target id
    (0, ADMIN, "service.create", "service", "K"),
    (10, ADMIN, "staff.disable", "staff", "7"),
    (20, CLERK, "queue.called", "ticket", "A001"),
    (30, MANAGER, "staff_like.thing", "other", None),
    (60 * 24, ADMIN, "counter.update", "counter", "3"),  # the next day
    (60 * 24 + 5, Actor("x%_y", Role.ADMIN), "service.update", "service", "K"),
)


@pytest.fixture
def logged(database: Database) -> Database:
    with database.writer() as session:
        session.execute(delete(AuditLog))
        for minutes, actor, action, target_type, target_id in ROWS:
            record_audit(
                session,
                actor,
                action,
                at=T0 + timedelta(minutes=minutes),
                target_type=target_type,
                target_id=target_id,
                details={"before": {"n": minutes}, "after": {"n": minutes + 1}},
            )
        session.commit()
    return database


def actions(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [entry.action for entry in entries]


def test_newest_first_with_every_field(logged: Database) -> None:
    with logged.reader() as session:
        entries = list_audit(session, ADMIN)
    assert actions(entries) == [row[2] for row in reversed(ROWS)]
    last = entries[0]
    assert (last.actor, last.actor_role, last.target_type, last.target_id) == (
        "x%_y",
        "admin",
        "service",
        "K",
    )
    assert last.occurred_at == T0 + timedelta(minutes=60 * 24 + 5)
    assert last.summary() == "n: 1445 → 1446"


def test_filters(logged: Database) -> None:
    with logged.reader() as session:
        # a local day in Beijing: 2026-11-30 00:00 to 12-01 00:00 (+08:00)
        since, until = local_day_range(
            ZoneInfo("Asia/Shanghai"), date(2026, 11, 30), date(2026, 11, 30)
        )
        assert actions(list_audit(session, ADMIN, since=since, until=until)) == [
            "staff_like.thing",
            "queue.called",
            "staff.disable",
            "service.create",
        ]
        assert actions(list_audit(session, ADMIN, actor_name="ADM")) == [
            "counter.update",
            "staff.disable",
            "service.create",
        ]
        assert actions(list_audit(session, ADMIN, action_prefix="staff.")) == ["staff.disable"]
        assert actions(list_audit(session, ADMIN, target_type="service")) == [
            "service.update",
            "service.create",
        ]
        # wildcards are plain characters
        assert actions(list_audit(session, ADMIN, actor_name="%")) == ["service.update"]
        assert actions(list_audit(session, ADMIN, action_prefix="%")) == []
        assert list_audit(session, ADMIN, actor_name="x%_y")[0].actor == "x%_y"
        # filters combine
        assert actions(
            list_audit(
                session, ADMIN, since=since, until=until, actor_name="admin", action_prefix="s"
            )
        ) == ["staff.disable", "service.create"]


def test_paging_and_count(logged: Database) -> None:
    with logged.reader() as session:
        first = list_audit(session, ADMIN, limit=4)
        second = list_audit(session, ADMIN, limit=4, offset=4)
        assert len(first) == 4
        assert len(second) == 2
        assert {e.id for e in first}.isdisjoint({e.id for e in second})
        assert count_audit(session, ADMIN, AuditFilter()) == 6
        assert count_audit(session, ADMIN, AuditFilter(action_prefix="service.")) == 2
        page, total = list_audit_page(session, MANAGER, AuditFilter(actor_name="admin"), limit=2)
        assert (actions(page), total) == (["counter.update", "staff.disable"], 3)
        assert list_audit_actions(session, ADMIN) == sorted(row[2] for row in ROWS)


def test_managers_and_admins_may_read_counter_staff_may_not(logged: Database) -> None:
    with logged.reader() as session:
        for reader in (ADMIN, MANAGER, SYSTEM):
            assert len(list_audit(session, reader)) == 6
        for outsider in (CLERK, Actor("m", Role.MEDIATOR), Actor("kiosk", Role.KIOSK)):
            with pytest.raises(PermissionDenied, match="may not read the audit log"):
                list_audit(session, outsider)
            with pytest.raises(PermissionDenied):
                count_audit(session, outsider, AuditFilter())
            with pytest.raises(PermissionDenied):
                list_audit_actions(session, outsider)


def test_bad_requests_are_refused(logged: Database) -> None:
    with logged.reader() as session:
        with pytest.raises(ValidationError, match="1 to 1000"):
            list_audit(session, ADMIN, limit=0)
        with pytest.raises(ValidationError, match="0 or more"):
            list_audit(session, ADMIN, offset=-1)
        with pytest.raises(ValidationError, match="time zone"):
            list_audit(session, ADMIN, since=datetime(2026, 11, 30))
        with pytest.raises(ValidationError, match="ends before it starts"):
            list_audit(session, ADMIN, since=T0, until=T0)
        with pytest.raises(ValidationError, match="at most 64"):
            list_audit(session, ADMIN, actor_name="a" * 65)
    with pytest.raises(ValidationError, match="ends"):
        local_day_range(ZoneInfo("Asia/Shanghai"), date(2026, 12, 2), date(2026, 12, 1))


def test_describe_details() -> None:
    assert describe_details({"before": None, "after": {"code": "K", "active": True}}) == (
        "code: 'K'; active: true"
    )
    assert describe_details({"before": {"n": 1}, "after": None}) == "n: 1 → —"
    assert describe_details({"day": "2026-10-01", "kind": "holiday", "before": None}) == (
        "day: '2026-10-01'; kind: 'holiday'; before: null"
    )
    assert describe_details({}) == ""
