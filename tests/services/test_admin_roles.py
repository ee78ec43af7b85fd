"""Only administrators administer: counter staff, mediators and managers get PermissionDenied
on every administration operation, and nothing changes (managers may read the audit log)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session

from services.admin.audit_log import list_audit
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
from services.admin.center import CenterSettings, read_center_settings, update_center_settings
from services.admin.staff import (
    change_role,
    create_staff,
    list_staff_accounts,
    rename_staff,
    reset_password,
    set_staff_active,
)
from services.calendar.holiday_seed import seed_holidays
from services.calendar.working_days import clear_calendar_day, set_calendar_day
from services.catalog.reads import get_counter, get_service
from services.core.actors import Actor, Role
from services.core.errors import PermissionDenied
from services.queue.display_notice import set_display_notice
from services.storage.db import Database
from tests.services.test_admin_catalog import audit_total
from tests.services.test_admin_staff import staff_id

SETTINGS = CenterSettings("中心", "Center", "08:00-17:00", "Asia/Shanghai", 3, 6, False)
Op = Callable[[Session, Actor], Any]

OPERATIONS: dict[str, Op] = {
    "list services": lambda s, a: list_service_records(s, a),
    "create service": lambda s, a: create_service(s, a, ServiceFields("K", "新", "New")),
    "update service": lambda s, a: update_service(
        s, a, get_service(s, "A").id, ServiceFields("A", "新", "New")
    ),
    "deactivate service": lambda s, a: set_service_active(s, a, get_service(s, "A").id, False),
    "list counters": lambda s, a: list_counter_records(s, a),
    "create counter": lambda s, a: create_counter(s, a, CounterFields(30, "新", "New", ("A",))),
    "update counter": lambda s, a: update_counter(
        s, a, get_counter(s, 1).id, CounterFields(1, "新", "New", ("A",))
    ),
    "remove counter": lambda s, a: remove_counter(s, a, get_counter(s, 8).id),
    "list staff": lambda s, a: list_staff_accounts(s, a),
    "create staff": lambda s, a: create_staff(s, a, "new.one", role="counter"),
    "create staff with password": lambda s, a: create_staff(
        s, a, "new.two", role="admin", password="long-enough-1"
    ),
    "disable staff": lambda s, a: set_staff_active(s, a, staff_id(s, "admin"), False),
    "change role": lambda s, a: change_role(s, a, staff_id(s, "admin"), "counter"),
    "rename staff": lambda s, a: rename_staff(s, a, staff_id(s, "admin"), "Someone"),
    "reset password": lambda s, a: reset_password(s, a, staff_id(s, "admin")),
    "read center settings": lambda s, a: read_center_settings(s, a),
    "update center settings": lambda s, a: update_center_settings(s, a, SETTINGS),
    "set calendar day": lambda s, a: set_calendar_day(s, a, date(2026, 12, 24), "holiday"),
    "clear calendar day": lambda s, a: clear_calendar_day(s, a, date(2026, 10, 1)),
    "seed holidays": lambda s, a: seed_holidays(s, a, 2026),
    "display notice": lambda s, a: set_display_notice(s, a, "Closed on Friday"),
}

OUTSIDERS = {
    "counter": Actor("li.na", Role.COUNTER),
    "mediator": Actor("zhao", Role.MEDIATOR),
    "manager": Actor("wang", Role.MANAGER),
    "kiosk": Actor("kiosk-1", Role.KIOSK),
}


@pytest.mark.parametrize("who", sorted(OUTSIDERS))
def test_only_administrators_administer(database: Database, who: str) -> None:
    actor = OUTSIDERS[who]
    admin = Actor("admin", Role.ADMIN)
    with database.writer() as session:
        seed_holidays(session, admin, 2026)  # so "clear calendar day" has a day to clear
        before = audit_total(session)
        refused = []
        for name, operation in OPERATIONS.items():
            with pytest.raises(PermissionDenied):
                operation(session, actor)
            refused.append(name)
        session.rollback()
        assert audit_total(session) == before
        assert refused == list(OPERATIONS)


def test_administrators_may_do_every_operation(database: Database) -> None:
    """The same list succeeds for an administrator, so the refusals above mean something."""
    admin = Actor("root", Role.ADMIN)
    with database.writer() as session:
        seed_holidays(session, admin, 2026)
        for operation in OPERATIONS.values():
            # "create staff with password" makes a second administrator, so the seeded one
            # may then be disabled and demoted
            operation(session, admin)


def test_managers_read_the_audit_log(database: Database) -> None:
    with database.reader() as session:
        assert list_audit(session, OUTSIDERS["manager"])
        with pytest.raises(PermissionDenied):
            list_audit(session, OUTSIDERS["counter"])
