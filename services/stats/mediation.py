"""Mediation statistics of a period. Definitions in ``services.stats.report``.

A case's state and channel at the end of the period are read from its timeline
(``mediation_event``), not from the case row, so a past period's figures do not move when a
case moves on later.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Subquery, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from services.mediation.states import (
    AWAITING_FEEDBACK_STATES,
    FINISHED_STATES,
    MEDIATING_STATES,
    CaseState,
    EventKind,
)
from services.stats.figures import MediationFigures, Period, Tally
from services.stats.sql import rate
from services.storage.casework_models import MediationCase, MediationEvent

SUCCESS = ("agreed", "referral_resolved")
FAILURE = ("failed", "terminated", "referral_unresolved")
OUTCOME_ORDER = (*SUCCESS, *FAILURE)


def _values(states: frozenset[CaseState]) -> list[str]:
    return sorted(s.value for s in states)


def _latest_event(period: Period, *, into: list[str] | None = None) -> Subquery:
    """Per case, its last event before the end of the period that moved it (into ``into``)."""
    V = MediationEvent
    conditions = [V.to_state.is_not(None), V.occurred_at < period.ends_at]
    if into is not None:
        conditions.append(V.to_state.in_(into))
    latest = (
        select(V.case_id, func.max(V.id).label("event_id"))
        .where(*conditions)
        .group_by(V.case_id)
        .subquery()
    )
    return (
        select(
            latest.c.case_id,
            V.to_state.label("state"),
            V.details["channel"].as_string().label("channel"),
        )
        .join(V, V.id == latest.c.event_id)
        .subquery()
    )


def _tallies(
    session: Session, column: Any, where: Any, join: Subquery | None = None
) -> tuple[Tally, ...]:
    """Cases matching ``where`` counted per value of ``column`` ("" for none), largest first."""
    C = MediationCase
    inner = select(func.coalesce(column, literal_column("''")).label("code")).select_from(C)
    if join is not None:
        inner = inner.outerjoin(join, join.c.case_id == C.id)
    codes = inner.where(where).subquery("codes")
    rows = session.execute(
        select(codes.c.code, func.count())
        .group_by(codes.c.code)
        .order_by(func.count().desc(), codes.c.code)
    )
    return tuple(Tally(code=str(code), count=int(n)) for code, n in rows)


def mediation_section(session: Session, period: Period) -> MediationFigures:
    C = MediationCase
    V = MediationEvent
    registered_in = and_(C.registered_at >= period.starts_at, C.registered_at < period.ends_at)
    state_at_end = _latest_event(period)
    channel_at_end = _latest_event(
        period, into=[CaseState.ACCEPTED.value, CaseState.REFERRED.value]
    )
    registered = session.scalar(select(func.count()).select_from(C).where(registered_in)) or 0
    by_type = _tallies(session, C.dispute_type, registered_in)
    by_source = _tallies(session, C.source, registered_in)
    by_channel = _tallies(session, channel_at_end.c.channel, registered_in, channel_at_end)
    by_state = _tallies(session, state_at_end.c.state, registered_in, state_at_end)

    existing = and_(C.registered_at < period.ends_at)
    states = (
        select(C.id, state_at_end.c.state, C.mediation_due, C.feedback_due)
        .join(state_at_end, state_at_end.c.case_id == C.id)
        .where(existing)
        .subquery()
    )
    open_at_end = session.scalar(
        select(func.count())
        .select_from(states)
        .where(states.c.state.not_in(_values(FINISHED_STATES)))
    )
    overdue = session.scalar(
        select(func.count())
        .select_from(states)
        .where(
            or_(
                and_(
                    states.c.state.in_(_values(MEDIATING_STATES)),
                    states.c.mediation_due < period.end,
                ),
                and_(
                    states.c.state.in_(_values(AWAITING_FEEDBACK_STATES)),
                    states.c.feedback_due < period.end,
                ),
            )
        )
    )

    resolved = V.details["resolved"].as_boolean()
    outcome = case(
        (
            V.to_state == CaseState.RESULT_RECEIVED.value,
            case((resolved, "referral_resolved"), else_="referral_unresolved"),
        ),
        else_=V.to_state,
    )
    conclusions = (
        select(outcome.label("outcome"))
        .where(
            V.kind == EventKind.TRANSITION.value,
            V.occurred_at >= period.starts_at,
            V.occurred_at < period.ends_at,
            V.to_state.in_(
                [
                    CaseState.AGREED.value,
                    CaseState.FAILED.value,
                    CaseState.TERMINATED.value,
                    CaseState.RESULT_RECEIVED.value,
                ]
            ),
        )
        .subquery()
    )
    counted = {
        str(code): int(n)
        for code, n in session.execute(
            select(conclusions.c.outcome, func.count()).group_by(conclusions.c.outcome)
        )
    }
    outcomes = tuple(Tally(code=code, count=counted.get(code, 0)) for code in OUTCOME_ORDER)
    concluded = sum(counted.values())
    succeeded = sum(counted.get(code, 0) for code in SUCCESS)

    decisions = (
        select(
            V.case_id,
            func.max(case((V.to_state == CaseState.CONFIRMED.value, 1), else_=0)).label("yes"),
            func.max(case((V.to_state == CaseState.NOT_CONFIRMED.value, 1), else_=0)).label("no"),
        )
        .where(
            V.to_state.in_([CaseState.CONFIRMED.value, CaseState.NOT_CONFIRMED.value]),
            V.occurred_at < period.ends_at,
        )
        .group_by(V.case_id)
        .subquery()
    )
    applied, confirmed, not_confirmed = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(decisions.c.yes), 0),
            func.coalesce(func.sum(decisions.c.no), 0),
        )
        .select_from(C)
        .outerjoin(decisions, decisions.c.case_id == C.id)
        .where(C.confirmation_applied_on.between(period.start, period.end))
    ).one()
    return MediationFigures(
        registered=int(registered),
        by_channel=by_channel,
        by_type=by_type,
        by_source=by_source,
        by_state=by_state,
        open_at_end=int(open_at_end or 0),
        overdue=int(overdue or 0),
        concluded=concluded,
        succeeded=succeeded,
        success_rate=rate(succeeded, concluded),
        outcomes=outcomes,
        confirmation_applied=int(applied),
        confirmed=int(confirmed),
        not_confirmed=int(not_confirmed),
        confirmation_pending=int(applied) - int(confirmed) - int(not_confirmed),
    )
