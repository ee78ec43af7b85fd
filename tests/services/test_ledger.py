"""The ledger: every move of an entry, legal and illegal, on SQLite and PostgreSQL; the flags
it finds itself; the follow-up rhythm by risk; the monthly round with zero reports and missing
grids; the early warnings and the community × risk table; referring an entry to mediation by
registering the linked case, whose outcome the entry then shows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError
from services.grid.map import add_grid, find_grid, list_grids
from services.ledger import entries, rounds, warnings
from services.ledger.referral import refer_to_new_case
from services.ledger.states import TRANSITIONS, EntryState
from services.mediation import queries as mediation_queries
from services.mediation import transitions as mediation_transitions
from services.storage.models import AuditLog
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.mediation_helpers import register as register_case
from tests.services.petition_helpers import ADMIN, COUNTER, KIOSK
from tests.services.petition_helpers import register as register_petition

S = EntryState
LEGAL = [(a, b) for a, moves in TRANSITIONS.items() for b in moves]


def _move(session: Session, clock: Clock, entry_id: int, target: str) -> entries.EntryInfo:
    now = clock.tick()
    if target == S.RESOLVING:
        return entries.start_resolving(session, COUNTER, entry_id, now=now)
    if target == S.RESOLVED:
        return entries.resolve(session, COUNTER, entry_id, note="双方和解", now=now)
    if target == S.ESCALATED:
        return entries.escalate(session, COUNTER, entry_id, note="扬言报复", now=now)
    return entries.refer(session, COUNTER, entry_id, to="department", detail="区住建局", now=now)


@pytest.mark.parametrize(("source", "target"), LEGAL, ids=[f"{a}->{b}" for a, b in LEGAL])
def test_every_legal_move_and_the_illegal_ones_after_it(
    session: Session, clock: Clock, source: S, target: S
) -> None:
    grid = district(session, clock)[0]
    entry = add(session, clock, grid)
    if source != S.REGISTERED:
        entry = _move(session, clock, entry.id, source)
    with pytest.raises(PermissionDenied):
        entries.resolve(session, ADMIN, entry.id, note="x", now=clock.tick())
    entry = _move(session, clock, entry.id, target)
    assert entry.state == target
    assert entry.allowed_moves == tuple(TRANSITIONS[target])
    for illegal in S:
        if illegal in TRANSITIONS[target] or illegal == S.REGISTERED:
            continue
        with pytest.raises(InvalidTransition, match=f"is {target.value} and cannot move"):
            _move(session, clock, entry.id, illegal)
    if target in (S.RESOLVED, S.REFERRED):
        assert entry.resolved_on == clock.today
        assert entry.next_follow_up is None


def test_the_map_and_the_entry_code(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    assert [g.path for g in list_grids(session, SYSTEM)] == [
        "东湖镇 / 东湖村 / 第一网格",
        "城关街道 / 和平社区 / 第一网格",
        "城关街道 / 幸福社区 / 第一网格",
        "城关街道 / 幸福社区 / 第二网格",
    ]
    assert find_grid(session, SYSTEM, "幸福社区", "第二网格").id == grids[1].id
    with pytest.raises(NotFound):
        find_grid(session, SYSTEM, "幸福社区", "第九网格")
    with pytest.raises(ValidationError, match="already has a grid"):
        district(session, clock)
    with pytest.raises(PermissionDenied):
        add_grid(session, COUNTER, street="a", community="b", name="c", now=clock.tick())
    entry = add(session, clock, grids[0])
    assert entry.number == "L-2026-000001"
    assert entry.grid.members[0].name == "网格员王"
    with pytest.raises(PermissionDenied):
        add(session, clock, grids[0], actor=KIOSK)


def test_flags_the_ledger_finds_and_the_follow_up_rhythm(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    first = add(session, clock, grids[0], risk="grave", flags=["minors"])
    assert first.flags == ("minors",)
    # Monday 1 June: 重大 is followed up every working day, 较大 every 3, 一般 every 5.
    assert first.next_follow_up == date(2026, 6, 2)
    crowd = add(session, clock, grids[2], parties=["孙三"], people=12, risk="major")
    assert crowd.flags == ("five_or_more",)
    assert crowd.next_follow_up == date(2026, 6, 4)
    again_place = add(session, clock, grids[0], parties=["李四"])
    assert "recurring" in again_place.flags
    assert again_place.next_follow_up == date(2026, 6, 8)
    again_people = add(session, clock, grids[3], parties=["孙三"])
    assert "recurring" in again_people.flags
    with pytest.raises(ValidationError, match="stated risk flag"):
        add(session, clock, grids[1], flags=["recurring"])
    followed = entries.follow_up(session, COUNTER, first.id, note="上门回访", now=clock.tick())
    assert followed.next_follow_up == date(2026, 6, 2)
    assert not followed.follow_up_overdue


def test_referrals_link_cases_and_petitions(session: Session, clock: Clock) -> None:
    grid = district(session, clock)[0]
    case = register_case(session, clock)
    petition = register_petition(session, clock)
    one = add(session, clock, grid)
    two = add(session, clock, grid, source="petition", petition_number=petition.number)
    assert two.petition == petition.number
    with pytest.raises(ValidationError, match="names the petition"):
        add(session, clock, grid, source="petition")
    with pytest.raises(NotFound):
        entries.refer(session, COUNTER, one.id, to="mediation", detail="M-2026-999999")
    referred = entries.refer(
        session, COUNTER, one.id, to="mediation", detail=case.number.lower(), now=clock.tick()
    )
    assert (referred.referred_to, referred.mediation_case) == ("mediation", case.number)
    assert mediation_queries.find_case(session, SYSTEM, case.number).state == "registered"


def test_the_monthly_round(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    add(session, clock, grids[0], risk="grave")
    resolved = add(session, clock, grids[0], kind="labour", parties=["周五"])
    entries.resolve(session, COUNTER, resolved.id, note="已调解", now=clock.tick())
    referred = add(session, clock, grids[2], source="hotline_12345", risk="major")
    entries.refer(session, COUNTER, referred.id, to="department", detail="区市场监管局")
    rounds.file_zero_report(session, COUNTER, grids[1].id, "2026-06", now=clock.tick())
    with pytest.raises(InvalidTransition, match="already reported"):
        rounds.file_zero_report(session, COUNTER, grids[1].id, "2026-06", now=clock.tick())
    with pytest.raises(InvalidTransition, match="not a zero report"):
        rounds.file_zero_report(session, COUNTER, grids[0].id, "2026-06", now=clock.tick())
    with pytest.raises(ValidationError, match="has not begun"):
        rounds.file_zero_report(session, COUNTER, grids[3].id, "2026-07", now=clock.tick())
    report = rounds.monthly_report(session, SYSTEM, "2026-06")
    assert (report.total, report.resolved, report.resolution_rate) == (3, 1, 0.3333)
    assert [(c.key, c.count) for c in report.referred] == [("department", 1)]
    assert [(c.key, c.count) for c in report.by_community] == [("幸福社区", 2), ("和平社区", 1)]
    assert [(c.key, c.count) for c in report.by_grid][0] == ("幸福社区 / 第一网格", 2)
    assert [(c.key, c.count) for c in report.by_kind] == [("labour", 1), ("neighbour", 2)][::-1]
    assert [(c.key, c.count) for c in report.by_risk] == [
        ("general", 1),
        ("major", 1),
        ("grave", 1),
    ]
    assert (report.grids, report.reported, report.zero_reports) == (4, 2, 1)
    # 和平社区 reported only through the hotline: its grid's own round is missing.
    assert [(g.community, g.grid) for g in report.missing] == [
        ("东湖村", "第一网格"),
        ("和平社区", "第一网格"),
    ]
    assert rounds.monthly_report(session, SYSTEM, "2026-05").total == 0
    with pytest.raises(ValidationError, match="YYYY-MM"):
        rounds.monthly_report(session, SYSTEM, "June")


def test_early_warnings_and_the_community_risk_table(session: Session, clock: Clock) -> None:
    grids = district(session, clock)
    grave = add(session, clock, grids[0], risk="grave")
    quiet = add(session, clock, grids[3], parties=["吴六"])  # no flag: a warning when late
    crowd = add(session, clock, grids[2], parties=["郑七"], people=8, risk="major")
    petition = register_petition(session, clock, channel="letter")
    late = date(2026, 6, 17)  # the petition's decision was due on 16 June
    found = warnings.early_warnings(session, SYSTEM, late)
    assert [(w.code, w.reasons) for w in found] == [
        (grave.number, ("follow_up_overdue", "grave")),
        (quiet.number, ("follow_up_overdue",)),
        (crowd.number, ("follow_up_overdue", "five_or_more")),
        (petition.number, ("overdue",)),
    ]
    on_time = warnings.early_warnings(session, SYSTEM, date(2026, 6, 1))
    assert [(w.code, w.reasons) for w in on_time] == [
        (grave.number, ("grave",)),
        (crowd.number, ("five_or_more",)),
    ]
    table = warnings.community_risk_table(session, SYSTEM)
    assert [(r.community, r.counts) for r in table] == [
        ("东湖村", {"general": 1, "major": 0, "grave": 0}),
        ("和平社区", {"general": 0, "major": 1, "grave": 0}),
        ("幸福社区", {"general": 0, "major": 0, "grave": 1}),
    ]


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

    def followed_on(day: date) -> list[str]:
        found = entries.list_entries(session, SYSTEM, day, open_only=True, following_cases=True)
        return [e.number for e in found]

    assert entry.number in followed_on(clock.now.date())
    assert entry.number not in followed_on(clock.now.date() + timedelta(days=31))
    assert entry.number not in [
        e.number for e in entries.list_entries(session, SYSTEM, clock.now.date(), open_only=True)
    ]


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
