"""Adding ledger entries and moving them: one ``_move`` checks the transition table and the
permission of each move, writes a timeline event and an audit row, and commits. Parties are
kept by name only: the ledger is a register of disputes, not of people's identities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from services.calendar.working_days import add_working_days
from services.casework.ops import CaseOp, begin, next_document_number
from services.core.actors import Actor, Permission
from services.core.errors import InvalidTransition, NotFound, ValidationError
from services.core.op_context import atomic
from services.core.text_checks import clean_text
from services.grid.map import GridInfo, grid_infos
from services.grid.models import Grid
from services.ledger.models import LedgerEntry, LedgerEvent
from services.ledger.states import (
    DISPUTE_KINDS,
    FIVE_OR_MORE,
    FOLLOW_UP_WORKING_DAYS,
    OPEN_STATES,
    RECURRENCE_DAYS,
    TRANSITIONS,
    EntryState,
    ReferralTarget,
    RiskFlag,
    RiskLevel,
    Source,
)
from services.mediation.common import linked_cases
from services.petitions.models import Petition
from services.storage.casework_models import MediationCase
from services.timeline.changes import log_change

NUMBER_KIND = "L"
MAX_PARTIES = 50
MAX_PEOPLE = 100_000
CASE_FOLLOWED_DAYS = 30  # an entry referred to mediation stays in sight so long after the case
S = EntryState
# Flags a person states; the others the ledger finds itself.
STATED_FLAGS = frozenset({RiskFlag.VIOLENCE_THREAT, RiskFlag.CRIMINAL_RISK, RiskFlag.MINORS})


@dataclass(frozen=True)
class EntryInfo:
    id: int
    number: str
    source: str
    kind: str
    grid: GridInfo
    parties: tuple[str, ...]
    summary: str
    people: int
    risk: str
    flags: tuple[str, ...]
    state: str
    referred_to: str | None
    referred_detail: str | None
    petition: str | None
    mediation_case: str | None
    mediation_state: str | None  # the linked case's, which the entry follows
    mediation_outcome: str | None
    found_on: date
    next_follow_up: date | None
    follow_up_overdue: bool
    resolved_on: date | None
    allowed_moves: tuple[str, ...]


def format_number(year: int, number: int) -> str:
    return f"{NUMBER_KIND}-{year:04d}-{number:06d}"


def _choice(values: Sequence[str], value: str, what: str) -> str:
    if value not in values:
        raise ValidationError(f"Unknown {what} {value!r}: use one of {', '.join(values)}.")
    return value


def _log(
    op: CaseOp,
    entry: LedgerEntry,
    kind: str,
    source: str | None,
    target: str | None,
    note: str,
    details: dict[str, Any],
) -> None:
    log_change(
        op,
        LedgerEvent,
        {"entry_id": entry.id},
        audit_prefix="ledger",
        target_type="ledger_entry",
        target_id=entry.number,
        kind=kind,
        from_state=source,
        to_state=target,
        note=note,
        details=details,
    )
    entry.updated_at = op.at


def _next_follow_up(session: Session, risk: str, today: date) -> date:
    return add_working_days(session, today, FOLLOW_UP_WORKING_DAYS[RiskLevel(risk)])


def _recurring(session: Session, grid_id: int, parties: list[str], found_on: date) -> bool:
    since = found_on - timedelta(days=RECURRENCE_DAYS)
    same_place = LedgerEntry.grid_id == grid_id
    recent = select(LedgerEntry.parties).where(
        LedgerEntry.found_on >= since, LedgerEntry.found_on <= found_on
    )
    if session.scalar(select(func.count()).select_from(recent.where(same_place).subquery())):
        return True
    names = set(parties)
    return any(names & set(row or []) for row in session.scalars(recent))


@atomic
def add_entry(
    session: Session,
    actor: Actor,
    *,
    source: str,
    kind: str,
    grid_id: int,
    parties: Sequence[str],
    summary: str,
    people: int,
    risk: str,
    flags: Sequence[str] = (),
    petition_number: str | None = None,
    found_on: date | None = None,
    now: datetime | None = None,
) -> EntryInfo:
    """Enter a dispute in the ledger. Five or more people, and the same parties or place again
    within 90 days, are flagged by the ledger itself; the other flags are stated."""
    op = begin(session, actor, Permission.KEEP_LEDGER, now)
    origin = _choice([s.value for s in Source], source, "source")
    dispute = _choice(DISPUTE_KINDS, kind, "dispute kind")
    level = _choice([r.value for r in RiskLevel], risk, "risk level")
    if session.get(Grid, grid_id) is None:
        raise NotFound(f"There is no grid with id {grid_id}.")
    names = [
        clean_text(" ".join(str(p).split()), "party", max_length=100, required=True)
        for p in parties
    ]
    if not names or len(names) > MAX_PARTIES:
        raise ValidationError(f"An entry names 1 to {MAX_PARTIES} parties.")
    text = clean_text(summary, "summary", max_length=4000, required=True, multiline=True)
    if isinstance(people, bool) or not isinstance(people, int) or not 1 <= people <= MAX_PEOPLE:
        raise ValidationError(f"The number of people involved is 1 to {MAX_PEOPLE}.")
    stated = {_choice([f.value for f in STATED_FLAGS], f, "stated risk flag") for f in flags}
    day = found_on or op.day
    if day > op.day or day < op.day - timedelta(days=366):
        raise ValidationError(f"The day found {day} is in the future or over a year ago.")
    petition_id = None
    if petition_number:
        petition_id = session.scalar(
            select(Petition.id).where(Petition.number == petition_number.strip().upper())
        )
        if petition_id is None:
            raise NotFound(f"There is no petition {petition_number!r}.")
    elif origin == Source.PETITION:
        raise ValidationError("An entry from a petition names the petition (X-…).")
    found = set(stated)
    if people >= FIVE_OR_MORE:
        found.add(RiskFlag.FIVE_OR_MORE.value)
    if _recurring(session, grid_id, names, day):
        found.add(RiskFlag.RECURRING.value)
    entry = LedgerEntry(
        number=format_number(op.day.year, next_document_number(session, NUMBER_KIND, op.day.year)),
        source=origin,
        kind=dispute,
        grid_id=grid_id,
        parties=names,
        summary=text,
        people=people,
        risk=level,
        flags=sorted(found),
        state=S.REGISTERED.value,
        petition_id=petition_id,
        found_on=day,
        next_follow_up=_next_follow_up(session, level, op.day),
        registered_at=op.at,
        updated_at=op.at,
    )
    session.add(entry)
    session.flush()
    _log(
        op, entry, "registered", None, S.REGISTERED.value, "", {"risk": level, "flags": entry.flags}
    )
    if origin == Source.GRID_ROUND:
        from services.ledger.rounds import note_round_report

        note_round_report(op, grid_id, day, zero=False)
    info = entry_infos(session, [entry], op.day)[0]
    session.commit()
    return info


_Apply = Callable[[CaseOp, LedgerEntry], dict[str, Any]]


@atomic
def move_entry(
    session: Session,
    actor: Actor,
    entry_id: int,
    target: EntryState,
    note: str,
    now: datetime | None,
    apply: _Apply,
) -> EntryInfo:
    op = begin(session, actor, Permission.READ_LEDGER, now)
    entry = session.scalars(
        select(LedgerEntry).where(LedgerEntry.id == entry_id).with_for_update()
    ).one_or_none()
    if entry is None:
        raise NotFound(f"There is no ledger entry with id {entry_id}.")
    source = S(entry.state)
    if target not in TRANSITIONS[source]:
        allowed = [s.value for s in TRANSITIONS[source]] or ["none: the entry is closed"]
        raise InvalidTransition(
            f"{entry.number} is {source.value} and cannot move to {target.value}; "
            f"allowed from {source.value}: {', '.join(allowed)}."
        )
    actor.require(TRANSITIONS[source][target])
    text = clean_text(note, "note", max_length=4000, multiline=True)
    details = apply(op, entry)
    entry.state = target.value
    if target in OPEN_STATES:
        entry.next_follow_up = _next_follow_up(session, entry.risk, op.day)
    else:
        entry.next_follow_up = None
        entry.resolved_on = op.day
    _log(op, entry, "transition", source.value, target.value, text, details)
    info = entry_infos(session, [entry], op.day)[0]
    session.commit()
    return info


def start_resolving(
    session: Session, actor: Actor, entry_id: int, *, note: str = "", now: datetime | None = None
) -> EntryInfo:
    return move_entry(session, actor, entry_id, S.RESOLVING, note, now, lambda _op, _e: {})


def resolve(
    session: Session, actor: Actor, entry_id: int, *, note: str, now: datetime | None = None
) -> EntryInfo:
    """Resolved (已化解): the note says how."""

    def apply(_op: CaseOp, _entry: LedgerEntry) -> dict[str, Any]:
        clean_text(note, "how it was resolved", max_length=4000, required=True, multiline=True)
        return {}

    return move_entry(session, actor, entry_id, S.RESOLVED, note, now, apply)


def escalate(
    session: Session, actor: Actor, entry_id: int, *, note: str, now: datetime | None = None
) -> EntryInfo:
    """Escalated (上报): the risk becomes 重大 and the note says why."""

    def apply(_op: CaseOp, entry: LedgerEntry) -> dict[str, Any]:
        clean_text(note, "why it is escalated", max_length=4000, required=True, multiline=True)
        entry.risk = RiskLevel.GRAVE.value
        return {"risk": entry.risk}

    return move_entry(session, actor, entry_id, S.ESCALATED, note, now, apply)


def refer(
    session: Session,
    actor: Actor,
    entry_id: int,
    *,
    to: str,
    detail: str,
    note: str = "",
    now: datetime | None = None,
) -> EntryInfo:
    """Referred to mediation (``detail`` an M-… case), the petitions desk (an X-… petition) or
    a department (its name)."""

    def apply(op: CaseOp, entry: LedgerEntry) -> dict[str, Any]:
        target = _choice([t.value for t in ReferralTarget], to, "referral target")
        text = (
            clean_text(detail, "referral detail", max_length=100, required=True).upper()
            if target != ReferralTarget.DEPARTMENT
            else clean_text(detail, "department", max_length=100, required=True)
        )
        if target == ReferralTarget.MEDIATION:
            case_id = op.session.scalar(
                select(MediationCase.id).where(MediationCase.number == text)
            )
            if case_id is None:
                raise NotFound(f"There is no mediation case {detail!r}.")
            entry.mediation_case_id = case_id
        elif target == ReferralTarget.PETITION:
            petition_id = op.session.scalar(select(Petition.id).where(Petition.number == text))
            if petition_id is None:
                raise NotFound(f"There is no petition {detail!r}.")
            entry.petition_id = petition_id
        entry.referred_to = target
        entry.referred_detail = text
        return {"to": target, "detail": text}

    return move_entry(session, actor, entry_id, S.REFERRED, note, now, apply)


@atomic
def follow_up(
    session: Session, actor: Actor, entry_id: int, *, note: str, now: datetime | None = None
) -> EntryInfo:
    """A follow-up visit (跟踪回访) of an open entry; the next one is due by the risk's rhythm."""
    op = begin(session, actor, Permission.KEEP_LEDGER, now)
    entry = session.get(LedgerEntry, entry_id)
    if entry is None:
        raise NotFound(f"There is no ledger entry with id {entry_id}.")
    if entry.state not in OPEN_STATES:
        raise InvalidTransition(f"{entry.number} is {entry.state}: there is nothing to follow up.")
    text = clean_text(note, "follow-up note", max_length=4000, required=True, multiline=True)
    entry.next_follow_up = _next_follow_up(session, entry.risk, op.day)
    _log(op, entry, "follow_up", entry.state, entry.state, text, {"next": entry.next_follow_up})
    info = entry_infos(session, [entry], op.day)[0]
    session.commit()
    return info


def entry_infos(session: Session, entries: Sequence[LedgerEntry], today: date) -> list[EntryInfo]:
    session.flush()
    grids = grid_infos(session, sorted({e.grid_id for e in entries}))
    petitions = _numbers(session, {e.petition_id for e in entries})
    cases = linked_cases(session, {e.mediation_case_id for e in entries})
    return [
        EntryInfo(
            id=e.id,
            number=e.number,
            source=e.source,
            kind=e.kind,
            grid=grids[e.grid_id],
            parties=tuple(e.parties or ()),
            summary=e.summary,
            people=e.people,
            risk=e.risk,
            flags=tuple(e.flags or ()),
            state=e.state,
            referred_to=e.referred_to,
            referred_detail=e.referred_detail,
            petition=petitions.get(e.petition_id) if e.petition_id else None,
            mediation_case=cases[e.mediation_case_id].number if e.mediation_case_id else None,
            mediation_state=cases[e.mediation_case_id].state if e.mediation_case_id else None,
            mediation_outcome=(cases[e.mediation_case_id].outcome if e.mediation_case_id else None),
            found_on=e.found_on,
            next_follow_up=e.next_follow_up,
            follow_up_overdue=e.next_follow_up is not None and today > e.next_follow_up,
            resolved_on=e.resolved_on,
            allowed_moves=tuple(s.value for s in TRANSITIONS[S(e.state)]),
        )
        for e in entries
    ]


def _numbers(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(Petition.id, Petition.number).where(Petition.id.in_(wanted)))
    return {row_id: number for row_id, number in rows}


def entry_id_by_number(session: Session, number: str) -> int:
    text = number.strip().upper() if isinstance(number, str) else ""
    found = session.scalar(select(LedgerEntry.id).where(LedgerEntry.number == text))
    if found is None:
        raise NotFound(f"There is no ledger entry {number!r} (numbers look like L-2026-000001).")
    return found


def list_entries(
    session: Session,
    actor: Actor,
    today: date,
    *,
    state: str | None = None,
    risk: str | None = None,
    open_only: bool = False,
    following_cases: bool = False,
    limit: int = 500,
) -> list[EntryInfo]:
    """With ``following_cases`` the open entries come with those referred to mediation whose
    case still runs or ended within ``CASE_FOLLOWED_DAYS``: the desk sees how the case goes
    and how it ended."""
    actor.require(Permission.READ_LEDGER)
    query = select(LedgerEntry).order_by(LedgerEntry.found_on.desc(), LedgerEntry.id.desc())
    if state:
        query = query.where(LedgerEntry.state == _choice([s.value for s in S], state, "state"))
    if risk:
        query = query.where(
            LedgerEntry.risk == _choice([r.value for r in RiskLevel], risk, "risk level")
        )
    if open_only:
        wanted = [LedgerEntry.state == s.value for s in OPEN_STATES]
        if following_cases:
            since = datetime.combine(today - timedelta(days=CASE_FOLLOWED_DAYS), time.min, UTC)
            running = select(MediationCase.id).where(
                or_(MediationCase.closed_at.is_(None), MediationCase.closed_at >= since)
            )
            wanted.append(LedgerEntry.mediation_case_id.in_(running))
        query = query.where(or_(*wanted))
    return entry_infos(session, session.scalars(query.limit(limit)).all(), today)


def find_entry(session: Session, actor: Actor, number: str, today: date) -> EntryInfo:
    actor.require(Permission.READ_LEDGER)
    entry = session.get(LedgerEntry, entry_id_by_number(session, number))
    assert entry is not None
    return entry_infos(session, [entry], today)[0]
