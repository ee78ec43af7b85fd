"""Referring a ledger entry to mediation by registering the linked case: the entry's parties
become applicants and respondents, its dispute kind and place (community / grid) carry over,
and the entry moves to ``referred`` in the same transaction. The entry then shows the case's
state and outcome, which follow the case (``entries.entry_infos``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from services.casework.ops import CaseOp
from services.core.actors import Actor
from services.core.errors import ValidationError
from services.core.text_checks import clean_text
from services.grid.map import grid_infos
from services.ledger.entries import EntryInfo, move_entry
from services.ledger.models import LedgerEntry
from services.ledger.states import EntryState, ReferralTarget, RiskLevel, Source
from services.mediation.intake import PersonParty, open_linked_case
from services.mediation.states import CaseSource

# How the ledger found the dispute decides where the mediation case says it came from.
CASE_SOURCES: Mapping[Source, CaseSource] = {
    Source.GRID_ROUND: CaseSource.CENTER_INITIATIVE,
    Source.COUNTER: CaseSource.PARTY_APPLIED,
    Source.PETITION: CaseSource.PETITION,
    Source.HOTLINE_12345: CaseSource.CENTER_INITIATIVE,
    Source.POLICE: CaseSource.POLICE_TRANSFER,
}


def _name(value: str) -> str:
    return clean_text(" ".join(str(value).split()), "party", max_length=100, required=True)


def refer_to_new_case(
    session: Session,
    actor: Actor,
    entry_id: int,
    *,
    respondents: Sequence[str],
    other_respondents: Sequence[str] = (),
    note: str = "",
    now: datetime | None = None,
) -> EntryInfo:
    """Refer an open entry to mediation, registering the case. ``respondents`` names which of
    the entry's parties are respondents (the others are the applicants); ``other_respondents``
    adds respondents the entry does not name. The note becomes the case's claims."""

    def apply(op: CaseOp, entry: LedgerEntry) -> dict[str, Any]:
        parties = list(entry.parties or ())
        chosen = {_name(n) for n in respondents}
        strangers = sorted(chosen - set(parties))
        if strangers:
            raise ValidationError(
                f"{'、'.join(strangers)} is not a party of {entry.number}: "
                "name them as another respondent."
            )
        extra = [_name(n) for n in other_respondents if n.strip()]
        applicants = [p for p in parties if p not in chosen]
        sued = [p for p in parties if p in chosen] + [n for n in extra if n not in parties]
        if not applicants or not sued:
            raise ValidationError(
                "A mediation case needs at least one applicant and one respondent: "
                "mark who the respondents are, and keep at least one party as applicant."
            )
        grid = grid_infos(op.session, [entry.grid_id])[entry.grid_id]
        case = open_linked_case(
            op,
            applicants=[PersonParty(n) for n in applicants],
            respondents=[PersonParty(n) for n in sued],
            dispute_type=entry.kind,
            source=CASE_SOURCES[Source(entry.source)].value,
            facts=f"{entry.number} ({grid.path}): {entry.summary}",
            claims=note,
            escalation_risk=entry.risk == RiskLevel.GRAVE or bool(entry.flags),
        )
        entry.mediation_case_id = case.id
        entry.referred_to = ReferralTarget.MEDIATION.value
        entry.referred_detail = case.number
        return {"to": ReferralTarget.MEDIATION.value, "detail": case.number, "created": True}

    return move_entry(session, actor, entry_id, EntryState.REFERRED, note, now, apply)
