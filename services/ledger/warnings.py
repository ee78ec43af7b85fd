"""Early warning (预警): the open petitions and ledger entries that trip a flag, are 重大, or
are overdue, each with why; and the map-free community × risk table of open entries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.actors import Actor, Permission
from services.grid.models import Community, Grid
from services.ledger.entries import entry_infos
from services.ledger.models import LedgerEntry
from services.ledger.states import OPEN_STATES, RiskLevel
from services.petitions.common import petition_infos
from services.petitions.models import Petition
from services.petitions.states import OPEN_STATES as OPEN_PETITION_STATES
from services.petitions.states import PetitionState


@dataclass(frozen=True)
class EarlyWarning:
    code: str  # X-… or L-…
    what: str  # "petition" or "ledger"
    state: str
    reasons: tuple[str, ...]  # flag codes, "grave", "overdue", "follow_up_overdue"
    due: date | None


@dataclass(frozen=True)
class RiskRow:
    community: str
    counts: dict[str, int]  # risk level -> open entries


def early_warnings(session: Session, actor: Actor, today: date) -> list[EarlyWarning]:
    """Overdue ones first, then 重大 and the rest, each group by code."""
    actor.require(Permission.READ_LEDGER)
    actor.require(Permission.READ_PETITIONS)
    warnings: list[EarlyWarning] = []
    # Replied petitions rest; reviews in progress and undecided ones still count.
    watched = [*OPEN_PETITION_STATES, PetitionState.REPLIED]
    petitions = session.scalars(
        select(Petition).where(Petition.state.in_([s.value for s in watched]))
    ).all()
    for p in petition_infos(session, petitions, today):
        reasons = tuple(f for f in p.flags if p.state != PetitionState.REPLIED or f != "overdue")
        if reasons:
            warnings.append(EarlyWarning(p.number, "petition", p.state, reasons, p.due))
    entries = session.scalars(
        select(LedgerEntry).where(LedgerEntry.state.in_([s.value for s in OPEN_STATES]))
    ).all()
    for e in entry_infos(session, entries, today):
        why = list(e.flags)
        if e.risk == RiskLevel.GRAVE:
            why.insert(0, "grave")
        if e.follow_up_overdue:
            why.insert(0, "follow_up_overdue")
        if why:
            warnings.append(EarlyWarning(e.number, "ledger", e.state, tuple(why), e.next_follow_up))
    late = {"overdue", "follow_up_overdue"}
    warnings.sort(key=lambda w: (not late & set(w.reasons), "grave" not in w.reasons, w.code))
    return warnings


def community_risk_table(session: Session, actor: Actor) -> list[RiskRow]:
    """Open ledger entries by community and risk level: the manager's map-free overview."""
    actor.require(Permission.READ_LEDGER)
    rows = session.execute(
        select(Community.name, LedgerEntry.risk, func.count())
        .select_from(LedgerEntry)
        .join(Grid, Grid.id == LedgerEntry.grid_id)
        .join(Community, Community.id == Grid.community_id)
        .where(LedgerEntry.state.in_([s.value for s in OPEN_STATES]))
        .group_by(Community.name, LedgerEntry.risk)
    ).all()
    table: dict[str, dict[str, int]] = defaultdict(lambda: {r.value: 0 for r in RiskLevel})
    for community, risk, count in rows:
        table[community][risk] = int(count)
    return [RiskRow(name, counts) for name, counts in sorted(table.items())]
