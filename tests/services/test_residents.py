"""Residents: registration, checks, search with masked IDs, and the audited reveal rule."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.casework.requests import accept_request
from services.casework.residents import (
    find_or_create_resident,
    get_resident,
    may_reveal,
    normalise_phone,
    reveal_id_number,
    search_residents,
    update_resident,
)
from services.core.actors import SYSTEM, Actor, Role, kiosk_actor, rating_panel_actor
from services.core.errors import InvalidIdNumber, NotFound, PermissionDenied, ValidationError
from services.storage.db import Database
from services.storage.models import AuditLog
from tests.conftest import MORNING
from tests.services.casework_helpers import audit_actions, audit_count, id_number, make_staff

ZHANG = id_number("110105", "19491231", "002")  # 11010519491231002X
LI = id_number("320102", "19851017", "114")
WANG = id_number("440305", "20000229", "587")


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


def register(session: Session, number: str, name: str, phone: str = "13812345678") -> int:
    return find_or_create_resident(
        session, SYSTEM, number, name, phone, "幸福路1号", "阳光社区", "第3网格", now=MORNING
    ).id


def test_registration_masks_the_id_and_finds_the_same_resident(session: Session) -> None:
    info = find_or_create_resident(
        session,
        SYSTEM,
        ZHANG.lower(),
        " 张三 ",
        "138 1234 5678",
        "幸福路1号",
        "阳光社区",
        "3",
        now=MORNING,
    )
    assert info.id_number_masked == "110105********002X"
    assert (info.name, info.phone, info.community) == ("张三", "13812345678", "阳光社区")
    assert not any(ZHANG in str(v) for v in vars(info).values())
    again = find_or_create_resident(
        session, SYSTEM, ZHANG, "张三", "010-62345678", now=MORNING + timedelta(hours=1)
    )
    assert again.id == info.id
    assert again.phone == "010-62345678"  # a newly given contact replaces the old one
    assert again.address == "幸福路1号"  # an empty field keeps what is stored
    assert audit_actions(session, "resident.") == ["resident.created", "resident.updated"]
    details = session.scalars(select(AuditLog.details).order_by(AuditLog.id.desc())).first()
    assert details == {"fields": ["phone"]}  # field names, never the values


def test_a_known_number_under_another_name_is_refused(session: Session) -> None:
    register(session, ZHANG, "张三")
    with pytest.raises(ValidationError, match=r"110105\*{8}002X is registered under another"):
        find_or_create_resident(session, SYSTEM, ZHANG, "李四", now=MORNING)


def test_invalid_id_numbers_are_refused_with_the_reason(session: Session) -> None:
    with pytest.raises(InvalidIdNumber, match="bad check digit: expected X"):
        find_or_create_resident(session, SYSTEM, ZHANG[:17] + "1", "张三", now=MORNING)
    with pytest.raises(InvalidIdNumber, match="in the future"):
        find_or_create_resident(
            session, SYSTEM, id_number("110105", "20261201", "001"), "婴儿", now=MORNING
        )


@pytest.mark.parametrize(
    ("phone", "stored"),
    [
        ("13812345678", "13812345678"),
        ("+86 139 0000 1111", "13900001111"),
        ("(0571)88881234", "057188881234"),
        ("010-62345678", "010-62345678"),
        ("0571-88881234-123", "0571-88881234-123"),
        ("62345678", "62345678"),
        ("", ""),
    ],
)
def test_phone_numbers(phone: str, stored: str) -> None:
    assert normalise_phone(phone) == stored


@pytest.mark.parametrize("phone", ["12812345678", "1381234567", "abc", "010--6234", "13812345678x"])
def test_bad_phone_numbers(phone: str) -> None:
    with pytest.raises(ValidationError):
        normalise_phone(phone)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "name cannot be empty"),
        ("  ", "name cannot be empty"),
        ("张" * 51, "at most 50"),
        ("张\x00三", r"not allowed \(U\+0000\)"),
        ("张\u200b三", r"not allowed \(U\+200B\)"),
    ],
)
def test_bad_names(session: Session, name: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        find_or_create_resident(session, SYSTEM, ZHANG, name, now=MORNING)


def test_names_with_a_middle_dot_and_fifty_characters_are_fine(session: Session) -> None:
    assert register(session, ZHANG, "阿卜杜拉·买买提")
    assert register(session, LI, "李" * 50)


def test_update_resident(session: Session) -> None:
    rid = register(session, ZHANG, "张三")
    info = update_resident(session, SYSTEM, rid, name="张叁", grid="第5网格", now=MORNING)
    assert (info.name, info.grid, info.phone) == ("张叁", "第5网格", "13812345678")
    with pytest.raises(ValidationError):
        update_resident(session, SYSTEM, rid, phone="12345", now=MORNING)
    with pytest.raises(NotFound):
        update_resident(session, SYSTEM, 9999, name="x", now=MORNING)
    with pytest.raises(PermissionDenied):
        update_resident(session, kiosk_actor(), rid, name="x", now=MORNING)


def test_search_by_name_full_id_and_last_four(session: Session) -> None:
    register(session, ZHANG, "张三")
    register(session, LI, "李四")
    register(session, WANG, "王张氏")
    clerk = Actor("clerk", Role.COUNTER)
    assert [r.name for r in search_residents(session, clerk, "张")] == ["张三", "王张氏"]
    found = search_residents(session, clerk, ZHANG.lower())
    assert [(r.name, r.id_number_masked) for r in found] == [("张三", "110105********002X")]
    assert [r.name for r in search_residents(session, clerk, "002x")] == ["张三"]
    assert [r.name for r in search_residents(session, clerk, LI[-4:])] == ["李四"]
    assert search_residents(session, clerk, "  ") == []
    assert search_residents(session, clerk, "%") == []  # LIKE wildcards are literal
    with pytest.raises(PermissionDenied):
        search_residents(session, kiosk_actor(), "张")


# --- revealing the full number -------------------------------------------------------------


@pytest.fixture
def hall(session: Session) -> dict[str, Actor]:
    return {
        "clerk1": make_staff(session, "clerk1", Role.COUNTER),
        "clerk2": make_staff(session, "clerk2", Role.COUNTER),
        "manager": make_staff(session, "boss", Role.MANAGER),
        "admin": make_staff(session, "root", Role.ADMIN),
    }


def _accept_at(session: Session, clerk: Actor, counter: int, resident_id: int) -> None:
    accept_request(
        session,
        clerk,
        resident_id=resident_id,
        service_code="H",
        counter_number=counter,
        now=MORNING,
    )


def test_counter_staff_reveal_only_residents_they_served_today(
    session: Session, hall: dict[str, Actor]
) -> None:
    zhang, li = register(session, ZHANG, "张三"), register(session, LI, "李四")
    _accept_at(session, hall["clerk1"], 1, zhang)
    _accept_at(session, hall["clerk2"], 2, li)
    clerk1 = hall["clerk1"]
    assert reveal_id_number(session, clerk1, zhang, "核对证件", now=MORNING) == ZHANG
    assert may_reveal(session, clerk1, zhang, now=MORNING)
    # Another counter's resident: refused.
    assert not may_reveal(session, clerk1, li, now=MORNING)
    with pytest.raises(PermissionDenied, match="accepted today"):
        reveal_id_number(session, clerk1, li, "好奇", now=MORNING)
    with pytest.raises(PermissionDenied):
        reveal_id_number(session, hall["clerk2"], zhang, "核对", now=MORNING)
    # The next day the clerk's own resident is closed to them too.
    with pytest.raises(PermissionDenied):
        reveal_id_number(session, clerk1, zhang, "核对", now=MORNING + timedelta(days=1))


def test_managers_and_admins_always_reveal(session: Session, hall: dict[str, Actor]) -> None:
    zhang = register(session, ZHANG, "张三")
    for who in ("manager", "admin"):
        assert reveal_id_number(session, hall[who], zhang, "回访核实", now=MORNING) == ZHANG
    for outsider in (kiosk_actor(), rating_panel_actor(1), Actor("m", Role.MEDIATOR)):
        with pytest.raises(PermissionDenied):
            reveal_id_number(session, outsider, zhang, "看看", now=MORNING)


def test_every_reveal_writes_an_audit_row(session: Session, hall: dict[str, Actor]) -> None:
    zhang = register(session, ZHANG, "张三")
    _accept_at(session, hall["clerk1"], 1, zhang)
    attempts: list[tuple[Actor, bool]] = [
        (hall["clerk1"], True),
        (hall["clerk1"], True),
        (hall["clerk2"], False),
        (hall["manager"], True),
        (kiosk_actor(), False),
    ]
    for actor, granted in attempts:
        before = audit_count(session)
        if granted:
            reveal_id_number(session, actor, zhang, "核对", now=MORNING)
        else:
            with pytest.raises(PermissionDenied):
                reveal_id_number(session, actor, zhang, "核对", now=MORNING)
        assert audit_count(session) == before + 1
        row = session.scalars(select(AuditLog).order_by(AuditLog.id.desc())).first()
        assert row is not None
        assert (row.actor, row.target_type, row.target_id) == (actor.name, "resident", str(zhang))
        assert row.action == (
            "resident.id_number_revealed" if granted else "resident.reveal_refused"
        )
        assert row.details["reason"] == "核对"
        assert ZHANG not in str(row.details)  # the audit log never holds the full number


def test_a_reveal_needs_a_reason_and_a_resident(session: Session) -> None:
    zhang = register(session, ZHANG, "张三")
    with pytest.raises(ValidationError, match="reason"):
        reveal_id_number(session, SYSTEM, zhang, "  ", now=MORNING)
    with pytest.raises(NotFound):
        reveal_id_number(session, SYSTEM, 424242, "核对", now=MORNING)
    assert get_resident(session, SYSTEM, zhang).id_number_masked == "110105********002X"
