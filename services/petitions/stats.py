"""Petition and ledger figures of a report period (``services.stats.report.range_report``).

- petitions received: the day of receipt falls in the period; accepted / declined /
  forwarded: decided in the period; replied: the written reply is dated in the period, on time
  when it is dated by the handling deadline; satisfied: replied in the period and satisfied or
  basically satisfied; overdue: open at the time of the report past the deadline that runs
  (read from the petitions as they are now, like the to-do list);
- ledger entries found in the period by risk level, and those resolved or referred in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from services.ledger.models import LedgerEntry
from services.ledger.states import EntryState, RiskLevel
from services.ledger.warnings import petition_late
from services.petitions.models import Petition
from services.petitions.states import PetitionState, Satisfaction
from services.stats.figures import Period, Tally
from services.stats.sql import rate

S = PetitionState


@dataclass(frozen=True)
class PetitionFigures:
    received: int
    accepted: int
    declined: int
    forwarded: int
    replied: int
    on_time: int
    on_time_rate: float | None
    satisfied: int
    satisfaction_rate: float | None
    overdue: int


@dataclass(frozen=True)
class LedgerFigures:
    found: int
    by_risk: tuple[Tally, ...]  # general, major, grave
    resolved: int
    referred: int
    resolution_rate: float | None  # resolved in the period / found in the period


def _count(
    session: Session, model: type[Petition] | type[LedgerEntry], *where: ColumnElement[bool]
) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def petition_section(session: Session, period: Period, today: date) -> PetitionFigures:
    start, end = period.start, period.end
    decided = and_(Petition.decided_on >= start, Petition.decided_on <= end)
    replied_in = and_(Petition.replied_on >= start, Petition.replied_on <= end)
    # A decision is final, so the state tells which: accepted ones have a handling deadline.
    accepted = _count(session, Petition, decided, Petition.handle_by.is_not(None))
    replied = _count(session, Petition, replied_in)
    on_time = _count(session, Petition, replied_in, Petition.replied_on <= Petition.handle_by)
    happy = [Satisfaction.SATISFIED.value, Satisfaction.BASICALLY_SATISFIED.value]
    satisfied = _count(session, Petition, replied_in, Petition.satisfaction.in_(happy))
    return PetitionFigures(
        received=_count(
            session, Petition, Petition.received_on >= start, Petition.received_on <= end
        ),
        accepted=accepted,
        declined=_count(session, Petition, decided, Petition.state == S.DECLINED.value),
        forwarded=_count(session, Petition, decided, Petition.state == S.FORWARDED.value),
        replied=replied,
        on_time=on_time,
        on_time_rate=rate(on_time, replied),
        satisfied=satisfied,
        satisfaction_rate=rate(satisfied, replied),
        overdue=_count(session, Petition, petition_late(today)),
    )


def ledger_section(session: Session, period: Period) -> LedgerFigures:
    start, end = period.start, period.end
    found_in = and_(LedgerEntry.found_on >= start, LedgerEntry.found_on <= end)
    closed_in = and_(LedgerEntry.resolved_on >= start, LedgerEntry.resolved_on <= end)
    risks = dict(
        session.execute(
            select(LedgerEntry.risk, func.count()).where(found_in).group_by(LedgerEntry.risk)
        ).all()
    )
    found = sum(int(n) for n in risks.values())
    resolved = _count(session, LedgerEntry, closed_in, LedgerEntry.state == EntryState.RESOLVED)
    return LedgerFigures(
        found=found,
        by_risk=tuple(Tally(r.value, int(risks.get(r.value, 0))) for r in RiskLevel),
        resolved=resolved,
        referred=_count(session, LedgerEntry, closed_in, LedgerEntry.state == EntryState.REFERRED),
        resolution_rate=rate(resolved, found),
    )
