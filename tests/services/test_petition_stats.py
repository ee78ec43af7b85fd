"""Petition and ledger figures in the day and range reports."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.ledger import entries
from services.petitions import moves as petition_moves
from services.stats.report import day_report, range_report
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import COUNTER, WANG, register


def _on(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)


def test_petitions_and_the_ledger_in_the_reports(session: Session, clock: Clock) -> None:
    on_time = register(session, clock)
    petition_moves.accept(session, COUNTER, on_time.id, now=_on(date(2026, 6, 2)))
    petition_moves.reply(
        session, COUNTER, on_time.id, finding="supported", opinion="同意",
        satisfaction="satisfied", now=_on(date(2026, 6, 10)),
    )  # fmt: skip
    late = register(session, clock, petitioners=[WANG], category="health")
    petition_moves.accept(session, COUNTER, late.id, now=_on(date(2026, 6, 2)))
    petition_moves.reply(
        session, COUNTER, late.id, finding="not_supported", opinion="不予支持",
        satisfaction="unsatisfied", now=_on(date(2026, 8, 4)),
    )  # fmt: skip
    declined = register(session, clock, category="education")
    petition_moves.decline(
        session, COUNTER, declined.id, routes=["litigation"], note="诉讼", now=clock.tick()
    )
    register(session, clock, category="transport")  # decision due 16 June: overdue by autumn
    grids = district(session, clock)
    add(session, clock, grids[0], risk="grave")
    resolved = add(session, clock, grids[1], parties=["周五"])
    entries.resolve(session, COUNTER, resolved.id, note="和解", now=clock.tick())

    june_first = day_report(session, SYSTEM, date(2026, 6, 1), now=_on(date(2026, 6, 1)))
    p, ledger = june_first.petitions, june_first.ledger
    assert (p.received, p.accepted, p.declined, p.replied, p.overdue) == (4, 0, 1, 0, 0)
    assert (ledger.found, ledger.resolved, ledger.resolution_rate) == (2, 1, 0.5)
    assert [(t.code, t.count) for t in ledger.by_risk] == [
        ("general", 1),
        ("major", 0),
        ("grave", 1),
    ]

    summer = range_report(
        session, SYSTEM, date(2026, 6, 1), date(2026, 8, 31), now=_on(date(2026, 9, 1))
    )
    p = summer.petitions
    assert (p.received, p.accepted, p.declined, p.forwarded) == (4, 2, 1, 0)
    assert (p.replied, p.on_time, p.on_time_rate) == (2, 1, 0.5)
    assert (p.satisfied, p.satisfaction_rate) == (1, 0.5)
    assert p.overdue == 1
