"""Early warning (预警): the open petitions and ledger entries that trip a flag, are 重大, or
are overdue, each with why; and the map-free community × risk table of open entries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
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
    # The flags and deadlines are filtered in SQL, so a large open ledger costs little; the
    # Python side below says why. Replied petitions still show their flags.
    watched = [*OPEN_PETITION_STATES, PetitionState.REPLIED]
    petitions = session.scalars(
        select(Petition).where(
            Petition.state.in_([s.value for s in watched]),
            or_(
                Petition.collective,
                Petition.repeat_of_id.is_not(None),
                Petition.final_review_id.is_not(None),
                petition_late(today),
            ),
        )
    ).all()
    for p in petition_infos(session, petitions, today):
        reasons = tuple(f for f in p.flags if p.state != PetitionState.REPLIED or f != "overdue")
        if reasons:
            warnings.append(EarlyWarning(p.number, "petition", p.state, reasons, p.due))
    entries = session.scalars(
        select(LedgerEntry).where(
            LedgerEntry.state.in_([s.value for s in OPEN_STATES]),
            or_(
                LedgerEntry.risk == RiskLevel.GRAVE.value,
                LedgerEntry.next_follow_up < today,
                func.json_array_length(LedgerEntry.flags) > 0,
            ),
        )
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


def petition_late(today: date) -> ColumnElement[bool]:
    """The petition's running deadline (``petitions.common.running_deadline``) is past."""
    return or_(
        (Petition.state == PetitionState.REGISTERED.value) & (Petition.decide_by < today),
        Petition.state.in_([PetitionState.ACCEPTED.value, PetitionState.EXTENDED.value])
        & (Petition.handle_by < today),
        (Petition.state == PetitionState.REVIEW_REQUESTED.value)
        & (Petition.review_decide_by < today),
        (Petition.state == PetitionState.RE_REVIEW_REQUESTED.value)
        & (Petition.re_review_decide_by < today),
    )


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
