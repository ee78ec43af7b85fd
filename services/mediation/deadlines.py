"""Deadlines of mediation cases and the reminders they raise.

- the mediation target: 30 calendar days from acceptance, extended once by 15 days when both
  parties consent (``mediation_transitions.extend``);
- referral feedback: the ``feedback_due`` date set at referral, while the case is referred or
  acknowledged;
- judicial confirmation: parties may apply within 30 days of the agreement taking effect —
  day 30 (``effective + 30``) is the last allowed day, day 31 is refused;
- performance: every term of an agreement has its own deadline;
- a scheduled session whose date has come.

A reminder is due when its date is within ``lead_days`` of today; it is overdue when today is
past its date. The confirmation window reminds only while the window is open: after it closes
there is nothing left to do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.mediation.states import (
    AWAITING_FEEDBACK_STATES,
    MEDIATING_STATES,
    PERFORMANCE_STATES,
    AgreementKind,
    CaseState,
    EventKind,
    ReminderReason,
)
from services.storage.casework_models import MediationCase, MediationEvent, PerformanceTerm

MEDIATION_TARGET_DAYS = 30
EXTENSION_DAYS = 15
CONFIRMATION_WINDOW_DAYS = 30
REMINDER_LEAD_DAYS = 3

REMINDING_STATES = frozenset(
    MEDIATING_STATES | AWAITING_FEEDBACK_STATES | PERFORMANCE_STATES | {CaseState.SCHEDULED}
)


def mediation_target(accepted_on: date) -> date:
    """The date by which a case accepted on ``accepted_on`` should be mediated."""
    return accepted_on + timedelta(days=MEDIATION_TARGET_DAYS)


def extended_target(due: date) -> date:
    return due + timedelta(days=EXTENSION_DAYS)


def confirmation_window_end(effective: date) -> date:
    """The last day on which judicial confirmation may be applied for."""
    return effective + timedelta(days=CONFIRMATION_WINDOW_DAYS)


def within_confirmation_window(effective: date, applied_on: date) -> bool:
    return effective <= applied_on <= confirmation_window_end(effective)


@dataclass(frozen=True)
class ActionItem:
    """One thing a case needs: why, by when, and whether that date has passed."""

    case_id: int
    case_number: str
    state: str
    reason: str  # a ReminderReason value
    due: date
    overdue: bool
    detail: str = ""  # the term of a performance deadline


def reminders(
    case: MediationCase,
    unfulfilled_terms: Sequence[PerformanceTerm],
    scheduled_for: date | None,
    today: date,
    lead_days: int = REMINDER_LEAD_DAYS,
) -> list[ActionItem]:
    """Every reminder one case raises today."""
    horizon = today + timedelta(days=lead_days)
    items: list[ActionItem] = []

    def add(
        reason: ReminderReason, due: date, *, detail: str = "", can_be_late: bool = True
    ) -> None:
        if due <= horizon:
            overdue = can_be_late and today > due
            items.append(
                ActionItem(case.id, case.number, case.state, reason.value, due, overdue, detail)
            )

    state = case.state
    if state in MEDIATING_STATES and case.mediation_due is not None:
        add(ReminderReason.MEDIATION_DUE, case.mediation_due)
    if state == CaseState.SCHEDULED and scheduled_for is not None:
        add(ReminderReason.SESSION_DUE, scheduled_for)
    if state in AWAITING_FEEDBACK_STATES and case.feedback_due is not None:
        add(ReminderReason.FEEDBACK_DUE, case.feedback_due)
    if (
        state == CaseState.AGREED
        and case.agreement_kind == AgreementKind.WRITTEN
        and case.agreement_effective is not None
        and case.confirmation_applied_on is None
    ):
        end = confirmation_window_end(case.agreement_effective)
        if today <= end:
            add(ReminderReason.CONFIRMATION_WINDOW, end, can_be_late=False)
    if state in PERFORMANCE_STATES:
        for term in unfulfilled_terms:
            add(ReminderReason.PERFORMANCE_DUE, term.due, detail=term.description)
    return items


def reminders_for(
    session: Session,
    cases: Iterable[MediationCase],
    today: date,
    lead_days: int = REMINDER_LEAD_DAYS,
) -> dict[int, list[ActionItem]]:
    """The reminders of several cases, loading their terms and session dates in two queries."""
    relevant = [case for case in cases if case.state in REMINDING_STATES]
    if not relevant:
        return {}
    ids = [case.id for case in relevant]
    terms: dict[int, list[PerformanceTerm]] = defaultdict(list)
    for term in session.scalars(
        select(PerformanceTerm)
        .where(PerformanceTerm.case_id.in_(ids), PerformanceTerm.fulfilled_on.is_(None))
        .order_by(PerformanceTerm.case_id, PerformanceTerm.position)
    ):
        terms[term.case_id].append(term)
    scheduled = scheduled_dates(
        session, [case.id for case in relevant if case.state == CaseState.SCHEDULED]
    )
    return {
        case.id: reminders(case, terms[case.id], scheduled.get(case.id), today, lead_days)
        for case in relevant
    }


def scheduled_dates(session: Session, case_ids: Sequence[int]) -> dict[int, date]:
    """The latest date each case was scheduled (or rescheduled) for."""
    if not case_ids:
        return {}
    found: dict[int, date] = {}
    rows = session.execute(
        select(MediationEvent.case_id, MediationEvent.details)
        .where(
            MediationEvent.case_id.in_(case_ids),
            (
                (MediationEvent.kind == EventKind.TRANSITION)
                & (MediationEvent.to_state == CaseState.SCHEDULED)
            )
            | (MediationEvent.kind == EventKind.RESCHEDULED),
        )
        .order_by(MediationEvent.id)
    )
    for case_id, details in rows:
        on = details.get("on") if isinstance(details, dict) else None
        if isinstance(on, str):
            found[case_id] = date.fromisoformat(on)
    return found


def cases_needing_action(
    session: Session, actor: Actor, today: date, *, lead_days: int = REMINDER_LEAD_DAYS
) -> list[ActionItem]:
    """Every reminder due by ``today + lead_days``: overdue ones first, then by date."""
    actor.require(Permission.READ_MEDIATION)
    cases = session.scalars(
        select(MediationCase).where(MediationCase.state.in_([s.value for s in REMINDING_STATES]))
    ).all()
    items = [
        item for found in reminders_for(session, cases, today, lead_days).values() for item in found
    ]
    items.sort(key=lambda item: (not item.overdue, item.due, item.case_number, item.reason))
    return items


def overdue_case_ids(session: Session, today: date) -> set[int]:
    """The cases with at least one overdue reminder today."""
    cases = session.scalars(
        select(MediationCase).where(MediationCase.state.in_([s.value for s in REMINDING_STATES]))
    ).all()
    return {
        case_id
        for case_id, items in reminders_for(session, cases, today, lead_days=0).items()
        if any(item.overdue for item in items)
    }
