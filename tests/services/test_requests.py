"""Service requests (受理): acceptance, numbering, the one-time notice, the lifecycle, lists,
search, scanned numbers, and the acceptance receipt's data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.calendar.working_days import set_calendar_day
from services.casework.requests import (
    RequestInfo,
    accept_request,
    complete_request,
    get_request,
    get_request_by_number,
    list_requests,
    mark_referred,
    one_time_notice,
    receipt_data,
    reject_request,
    start_request,
)
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM, Actor, Role, kiosk_actor
from services.core.errors import (
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ServiceClosed,
    ValidationError,
)
from services.queue import ops as q
from services.storage.casework_models import MediationCase
from services.storage.db import Database
from services.storage.models import QueueEvent, Service
from tests.conftest import MORNING
from tests.services.casework_helpers import at_local, audit_actions, id_number, make_staff, serve

ZHANG = id_number("110105", "19491231", "002")
LI = id_number("320102", "19851017", "114")


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def zhang(session: Session) -> int:
    return find_or_create_resident(session, SYSTEM, ZHANG, "张三", "13812345678", now=MORNING).id


@pytest.fixture
def li(session: Session) -> int:
    return find_or_create_resident(session, SYSTEM, LI, "李四", now=MORNING).id


@pytest.fixture
def clerk(session: Session) -> Actor:
    return make_staff(session, "clerk1", Role.COUNTER, "王小明")


def accept(session: Session, resident: int, service: str = "A", **kw: object) -> RequestInfo:
    kw.setdefault("now", MORNING)
    return accept_request(
        session,
        kw.pop("actor", SYSTEM),  # type: ignore[arg-type]
        resident_id=resident,
        service_code=service,
        **kw,  # type: ignore[arg-type]
    )


def test_acceptance_at_the_counter(session: Session, zhang: int, clerk: Actor) -> None:
    ticket = serve(session, clerk, 1, "A", MORNING)
    info = accept(
        session,
        zhang,
        actor=clerk,
        ticket_id=ticket.id,
        description="  办理社保卡补办\r\n原卡遗失 ",
        materials_submitted=["身份证原件", " 一寸照片 ", "身份证原件", "情况说明"],
        now=MORNING + timedelta(minutes=1),
    )
    assert info.number == "R-2026-000001" == info.barcode
    assert (info.status, info.service_code, info.ticket_code) == ("accepted", "A", "A001")
    assert (info.counter_number, info.staff_id, info.staff_name) == (1, clerk.staff_id, "王小明")
    assert info.resident_id_masked == "110105********002X"
    assert info.description == "办理社保卡补办\n原卡遗失"
    assert info.materials_submitted == ("身份证原件", "一寸照片", "情况说明")
    assert info.materials_missing == ("户口簿",)
    assert info.service_day == date(2026, 11, 30)
    assert info.promised_by == date(2026, 12, 7)  # 5 working days after Monday
    assert not info.overdue
    kinds = session.scalars(select(QueueEvent.kind).where(QueueEvent.kind.like("request%")))
    assert list(kinds) == ["request_accepted"]
    assert audit_actions(session, "request.") == ["request.accepted"]


def test_one_time_notice_lists_everything_and_marks_the_missing(
    session: Session, zhang: int
) -> None:
    info = accept(session, zhang, "B", materials_submitted=["户口簿", "银行卡复印件", "委托书"])
    notice = one_time_notice(info)
    assert [(i.name, i.missing) for i in notice.items] == [
        ("身份证原件", True),
        ("户口簿", False),
        ("收入证明", True),
        ("银行卡复印件", False),
        ("委托书", False),  # given although not on the list
    ]
    assert notice.missing == ("身份证原件", "收入证明")
    assert not notice.complete
    assert (notice.request_number, notice.promised_by) == (info.number, info.promised_by)
    complete = one_time_notice(accept(session, zhang, "G"))  # consultation needs nothing
    assert complete.complete
    assert complete.items == ()


def test_promised_date_uses_the_calendar(session: Session, zhang: int) -> None:
    set_calendar_day(session, SYSTEM, date(2026, 12, 2), "holiday", "测试假日", now=MORNING)
    set_calendar_day(session, SYSTEM, date(2026, 12, 5), "workday", "调休", now=MORNING)
    assert accept(session, zhang, "H").promised_by == date(2026, 12, 4)  # Tue, Thu, Fri
    assert accept(session, zhang, "A").promised_by == date(2026, 12, 7)  # + Sat 5th, Mon 7th
    assert accept(session, zhang, "G").promised_by == date(2026, 11, 30)  # 0 days: same day


def test_numbers_are_unique_sequential_and_yearly(session: Session, zhang: int) -> None:
    numbers = [
        accept(session, zhang, "G", now=MORNING + timedelta(minutes=i)).number for i in range(25)
    ]
    assert numbers == [f"R-2026-{n:06d}" for n in range(1, 26)]
    new_year = at_local(date(2027, 1, 4))
    assert accept(session, zhang, "G", now=new_year).number == "R-2027-000001"
    # The service day decides the year: 16:30 UTC on 31 Dec is already 2027 in Beijing.
    assert accept(session, zhang, "G", now=at_local(date(2027, 1, 1), 0, 30)).number == (
        "R-2027-000002"
    )


def test_numbers_stay_unique_across_stations_at_once(database: Database, zhang: int) -> None:
    """Four stations accept at the same moment, each in its own session and connection."""

    def station(n: int) -> list[str]:
        numbers = []
        for i in range(5):
            with database.writer() as own:
                at = MORNING + timedelta(seconds=n * 10 + i)
                numbers.append(accept(own, zhang, "G", now=at).number)
        return numbers

    with ThreadPoolExecutor(max_workers=4) as pool:
        numbers = [n for batch in pool.map(station, range(4)) for n in batch]
    assert sorted(numbers) == [f"R-2026-{n:06d}" for n in range(1, 21)]


def test_acceptance_checks(session: Session, zhang: int, clerk: Actor) -> None:
    waiting = q.issue_ticket(session, SYSTEM, "A", now=MORNING)
    with pytest.raises(InvalidTransition, match="A001: it is waiting"):
        accept(session, zhang, ticket_id=waiting.id)
    with pytest.raises(NotFound, match="resident"):
        accept(session, 424242)
    with pytest.raises(NotFound, match="service"):
        accept(session, zhang, "Z")
    with pytest.raises(NotFound, match="ticket"):
        accept(session, zhang, ticket_id=424242)
    with pytest.raises(ValidationError, match="list"):
        accept(session, zhang, materials_submitted="身份证原件")
    with pytest.raises(ValidationError, match="description"):
        accept(session, zhang, description="x" * 2001)
    with pytest.raises(PermissionDenied):
        accept(session, zhang, actor=kiosk_actor())
    with pytest.raises(PermissionDenied):
        accept(session, zhang, actor=Actor("root", Role.ADMIN))
    # A counter signed in by somebody else is not yours to record at.
    serve(session, clerk, 1, "A", MORNING)
    other = make_staff(session, "clerk2", Role.COUNTER)
    with pytest.raises(PermissionDenied, match="Counter 1"):
        accept(session, zhang, actor=other, counter_number=1)
    # A ticket of another day.
    done_yesterday = serve(session, SYSTEM, 2, "H", MORNING - timedelta(days=3), finish=True)
    with pytest.raises(ValidationError, match="not today"):
        accept(session, zhang, ticket_id=done_yesterday.id)
    service = session.scalars(select(Service).where(Service.code == "E")).one()
    service.active = False
    session.commit()
    with pytest.raises(ServiceClosed):
        accept(session, zhang, "E")


# --- lifecycle -----------------------------------------------------------------------------


def _case(session: Session, number: str, request_id: int | None = None) -> None:
    session.add(
        MediationCase(
            number=number,
            request_id=request_id,
            dispute_type="neighbour",
            source="counter",
            state="registered",
            failure_routes=[],
            file_items=[],
            registered_at=MORNING,
            service_day=MORNING.date(),
            updated_at=MORNING,
        )
    )
    session.commit()


def test_the_happy_lifecycle(session: Session, zhang: int) -> None:
    info = accept(session, zhang)
    started = start_request(session, SYSTEM, info.id, now=MORNING + timedelta(hours=1))
    assert started.status == "in_progress"
    done_at = MORNING + timedelta(days=1)
    done = complete_request(session, SYSTEM, info.id, note="已办结", now=done_at)
    assert (done.status, done.completed_at) == ("completed", done_at)
    kinds = session.scalars(
        select(QueueEvent.kind).where(QueueEvent.kind.like("request%")).order_by(QueueEvent.id)
    )
    assert list(kinds) == ["request_accepted", "request_started", "request_completed"]


def test_rejection_needs_a_reason(session: Session, zhang: int) -> None:
    info = accept(session, zhang)
    with pytest.raises(ValidationError, match="reason"):
        reject_request(session, SYSTEM, info.id, "  ", now=MORNING)
    rejected = reject_request(session, SYSTEM, info.id, "不属于本中心受理范围", now=MORNING)
    assert (rejected.status, rejected.reject_reason) == ("rejected", "不属于本中心受理范围")
    in_progress = start_request(session, SYSTEM, accept(session, zhang).id, now=MORNING)
    assert reject_request(session, SYSTEM, in_progress.id, "材料虚假", now=MORNING).status == (
        "rejected"
    )


def test_referral_to_a_mediation_case(session: Session, zhang: int) -> None:
    info = accept(session, zhang, "F")
    _case(session, "M-2026-000001")
    with pytest.raises(ValidationError, match="not a case number"):
        mark_referred(session, SYSTEM, info.id, "2026-1", now=MORNING)
    with pytest.raises(NotFound, match="M-2026-000009"):
        mark_referred(session, SYSTEM, info.id, "M-2026-000009", now=MORNING)
    referred = mark_referred(session, SYSTEM, info.id, " m-2026-000001 ", now=MORNING)
    assert (referred.status, referred.case_number) == ("referred", "M-2026-000001")
    assert get_request(session, SYSTEM, info.id, now=MORNING).case_number == "M-2026-000001"
    # A case that belongs to another request cannot be reused.
    other = start_request(session, SYSTEM, accept(session, zhang, "F").id, now=MORNING)
    with pytest.raises(ValidationError, match="another service request"):
        mark_referred(session, SYSTEM, other.id, "M-2026-000001", now=MORNING)
    # A case registered from the request already (request_id set) is accepted as is.
    _case(session, "M-2026-000002", other.id)
    assert mark_referred(session, SYSTEM, other.id, "M-2026-000002", now=MORNING).status == (
        "referred"
    )


Step = Callable[[Session, int], object]
STEPS: dict[str, Step] = {
    "start": lambda s, i: start_request(s, SYSTEM, i, now=MORNING),
    "complete": lambda s, i: complete_request(s, SYSTEM, i, now=MORNING),
    "reject": lambda s, i: reject_request(s, SYSTEM, i, "原因", now=MORNING),
}
LEGAL = {
    "accepted": {"start", "reject"},
    "in_progress": {"complete", "reject"},
    "completed": set(),
    "rejected": set(),
    "referred": set(),
}


def _request_in(session: Session, resident: int, status: str) -> int:
    request_id = accept(session, resident).id
    if status in ("in_progress", "completed"):
        start_request(session, SYSTEM, request_id, now=MORNING)
    if status == "completed":
        complete_request(session, SYSTEM, request_id, now=MORNING)
    if status == "rejected":
        reject_request(session, SYSTEM, request_id, "原因", now=MORNING)
    if status == "referred":
        _case(session, f"M-2026-{request_id:06d}")
        mark_referred(session, SYSTEM, request_id, f"M-2026-{request_id:06d}", now=MORNING)
    return request_id


def test_every_transition_legal_and_illegal(session: Session, zhang: int) -> None:
    for status, legal in LEGAL.items():
        for step, run in STEPS.items():
            request_id = _request_in(session, zhang, status)
            if step in legal:
                run(session, request_id)
            else:
                with pytest.raises(InvalidTransition, match=status.replace("_", " ")):
                    run(session, request_id)
                assert get_request(session, SYSTEM, request_id).status == status
        if status not in ("accepted", "in_progress"):
            request_id = _request_in(session, zhang, status)
            _case(session, f"M-2026-9{request_id:05d}")
            with pytest.raises(InvalidTransition):
                mark_referred(session, SYSTEM, request_id, f"M-2026-9{request_id:05d}")
    with pytest.raises(NotFound):
        start_request(session, SYSTEM, 424242, now=MORNING)


def test_lifecycle_needs_the_right_role(session: Session, zhang: int) -> None:
    info = accept(session, zhang)
    with pytest.raises(PermissionDenied):
        start_request(session, kiosk_actor(), info.id, now=MORNING)


# --- lists and search ----------------------------------------------------------------------


def test_overdue_requests(session: Session, zhang: int, li: int) -> None:
    late = accept(session, zhang, "A")  # promised Monday 7 December
    progressing = start_request(session, SYSTEM, accept(session, li, "A").id, now=MORNING)
    finished = accept(session, zhang, "A")
    start_request(session, SYSTEM, finished.id, now=MORNING)
    complete_request(session, SYSTEM, finished.id, now=MORNING)
    reject_request(session, SYSTEM, accept(session, zhang, "A").id, "不符合条件", now=MORNING)
    accept(session, li, "D")  # promised much later
    on_the_day = at_local(date(2026, 12, 7), 16)
    assert list_requests(session, SYSTEM, overdue=True, now=on_the_day) == []
    next_day = at_local(date(2026, 12, 8), 9)
    overdue = list_requests(session, SYSTEM, overdue=True, now=next_day)
    assert [r.number for r in overdue] == [late.number, progressing.number]
    assert all(r.overdue for r in overdue)
    assert not get_request(session, SYSTEM, finished.id, now=next_day).overdue


def test_today_is_the_default_list(session: Session, zhang: int) -> None:
    first = accept(session, zhang, "G")
    second = accept(session, zhang, "H", now=MORNING + timedelta(minutes=5))
    accept(session, zhang, "G", now=MORNING + timedelta(days=1))
    today = list_requests(session, SYSTEM, now=MORNING + timedelta(hours=1))
    assert [r.number for r in today] == [second.number, first.number]  # newest first
    assert len(list_requests(session, SYSTEM, day=date(2026, 12, 1), now=MORNING)) == 1
    completed = list_requests(session, SYSTEM, status="completed", now=MORNING)
    assert completed == []
    with pytest.raises(ValidationError, match="Unknown status"):
        list_requests(session, SYSTEM, status="lost", now=MORNING)


def test_search_by_number_id_and_name(session: Session, zhang: int, li: int) -> None:
    a = accept(session, zhang, "A")
    b = accept(session, li, "H", now=MORNING + timedelta(days=2))
    clerk = Actor("clerk", Role.COUNTER)

    def found(query: str) -> list[str]:
        return [r.number for r in list_requests(session, clerk, query=query, now=MORNING)]

    assert found(a.number) == [a.number]
    assert found("r-2026-00000") == [b.number, a.number]  # a prefix, any day
    assert found(ZHANG) == [a.number]
    assert found(ZHANG.lower()) == [a.number]
    assert found(LI[-4:]) == [b.number]
    assert found("李") == [b.number]
    assert found("赵") == []
    assert found(b.number) == [b.number]
    assert list_requests(session, clerk, query=a.number, day=date(2026, 12, 2), now=MORNING) == []
    assert all("*" in r.resident_id_masked for r in list_requests(session, clerk, query="张"))


def test_scanned_numbers_open_the_request(session: Session, zhang: int) -> None:
    info = accept(session, zhang)
    assert get_request_by_number(session, SYSTEM, " r-2026-000001\r\n").id == info.id
    with pytest.raises(NotFound, match="R-2026-000002"):
        get_request_by_number(session, SYSTEM, "R-2026-000002")
    with pytest.raises(ValidationError, match="not a request number"):
        get_request_by_number(session, SYSTEM, "T-20261130-A001")


# --- the acceptance receipt ----------------------------------------------------------------


def test_receipt_data(session: Session, zhang: int, clerk: Actor) -> None:
    ticket = serve(session, clerk, 3, "A", MORNING)
    info = accept(
        session,
        zhang,
        actor=clerk,
        ticket_id=ticket.id,
        description="补办社保卡",
        materials_submitted=["身份证原件"],
    )
    receipt = receipt_data(session, clerk, info.id, now=MORNING + timedelta(minutes=2))
    assert receipt.resident_id_number == ZHANG  # in full: the printing layer masks it
    assert (receipt.request_number, receipt.barcode_payload) == (info.number, info.number)
    assert (receipt.center_name("zh_CN"), receipt.center_name("en")) == (
        "区政务服务中心",
        "District Public Service Center",
    )
    assert (receipt.resident_name, receipt.service_name("zh_CN")) == ("张三", "社会保障")
    assert receipt.materials_missing == ("户口簿", "一寸照片")
    assert receipt.materials_submitted == ("身份证原件",)
    assert (receipt.promised_by, receipt.description) == (date(2026, 12, 7), "补办社保卡")
    assert (receipt.counter_number, receipt.counter_name("zh_CN")) == (3, "综合窗口 3")
    assert receipt.staff_name == "王小明"
    assert receipt.accepted_at == MORNING
    assert receipt.accepted_at.utcoffset() == timedelta(hours=8)  # local time for printing
    # Another clerk, and the same clerk on another day, may not: a manager may.
    other = make_staff(session, "clerk2", Role.COUNTER)
    with pytest.raises(PermissionDenied):
        receipt_data(session, other, info.id, now=MORNING)
    with pytest.raises(PermissionDenied):
        receipt_data(session, clerk, info.id, now=MORNING + timedelta(days=1))
    manager = make_staff(session, "boss", Role.MANAGER)
    assert receipt_data(session, manager, info.id, now=MORNING).resident_id_number == ZHANG
    assert audit_actions(session, "request.receipt") == [
        "request.receipt_data",
        "request.receipt_refused",
        "request.receipt_refused",
        "request.receipt_data",
    ]
    with pytest.raises(NotFound):
        receipt_data(session, manager, 424242, now=MORNING)
