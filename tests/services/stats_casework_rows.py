"""Service requests, ratings and mediation cases of day D, written as rows by hand.

The rows carry their whole later history (completions, closed follow-ups, later case moves),
as they would when the day is asked for again weeks later. The figures each builder's day
must give are worked out in ``tests/services/test_stats_casework.py``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from services.storage.casework_models import (
    Evaluation,
    MediationCase,
    MediationEvent,
    Resident,
    ServiceRequest,
)
from tests.services.stats_helpers import BEIJING, DAY, add_staff, at, insert_ticket, service_ids

D = DAY


def d(offset: int) -> date:
    return D + timedelta(days=offset)


def when(offset: int, hour: int, minute: int = 0) -> datetime:
    return at(hour, minute, day=d(offset))


def add_resident(session: Session) -> int:
    resident = Resident(
        id_number="11010519491231002X",
        name="张三",
        created_at=when(-30, 9),
        updated_at=when(-30, 9),
    )
    session.add(resident)
    session.flush()
    return resident.id


def add_request(
    session: Session,
    number: int,
    service: str,
    *,
    accepted: datetime,
    promised_by: date,
    status: str = "accepted",
    finished: datetime | None = None,
) -> None:
    session.add(
        ServiceRequest(
            number=f"R-2026-{number:06d}",
            resident_id=session.info["resident"],
            service_id=service_ids(session)[service],
            status=status,
            accepted_at=accepted,
            service_day=_local(accepted),
            promised_by=promised_by,
            completed_at=finished,
            updated_at=finished or accepted,
        )
    )


def _local(instant: datetime) -> date:
    return instant.astimezone(BEIJING).date()


def build_requests(session: Session) -> None:
    """Day D's requests (Beijing time):

    ==  ===  ==============  ===========  =====================================  ============
    no  svc  accepted        promised by  what became of it                      on day D
    ==  ===  ==============  ===========  =====================================  ============
    1   A    D 09:30         D+5          still open                             accepted
    2   A    D-10            D-3          still open                             overdue
    3   A    D-10            D-1          completed D 10:00                      late
    4   A    D-3             D-1          completed D 07:30 (= D-1 23:30 UTC)    late
    5   A    D-3             D            completed D 07:30                      on time
    6   B    D 11:00         D+10         rejected D 11:30                       accepted, rejected
    7   B    D-1             D+10         referred to mediation D 14:00          referred
    8   B    D-20            D-10         completed D+1 (after the day)          overdue
    9   B    D+1             D+5          open, accepted after the day           —
    ==  ===  ==============  ===========  =====================================  ============
    """
    session.info["resident"] = add_resident(session)
    add_request(session, 1, "A", accepted=when(0, 9, 30), promised_by=d(5))
    add_request(session, 2, "A", accepted=when(-10, 10), promised_by=d(-3))
    add_request(
        session,
        3,
        "A",
        accepted=when(-10, 10),
        promised_by=d(-1),
        status="completed",
        finished=when(0, 10),
    )
    add_request(
        session,
        4,
        "A",
        accepted=when(-3, 10),
        promised_by=d(-1),
        status="completed",
        finished=when(0, 7, 30),
    )
    add_request(
        session,
        5,
        "A",
        accepted=when(-3, 10),
        promised_by=d(0),
        status="completed",
        finished=when(0, 7, 30),
    )
    add_request(
        session,
        6,
        "B",
        accepted=when(0, 11),
        promised_by=d(10),
        status="rejected",
        finished=when(0, 11, 30),
    )
    add_request(
        session,
        7,
        "B",
        accepted=when(-1, 9),
        promised_by=d(10),
        status="referred",
        finished=when(0, 14),
    )
    add_request(
        session,
        8,
        "B",
        accepted=when(-20, 9),
        promised_by=d(-10),
        status="completed",
        finished=when(1, 10),
    )
    add_request(session, 9, "B", accepted=when(1, 9), promised_by=d(5))
    session.commit()


def build_ratings(session: Session) -> int:
    """Eight visits of D rated (counter 2 for all):

    scores 5 5 4 3 and four bad ones:
    2 long_wait   follow-up due D+5, still open                       -> open
    1 attitude    follow-up due D-1 (a late rating), still open       -> overdue
    1 attitude    follow-up closed D 15:00                            -> closed
    2 long_wait   follow-up due D+10, closed D+2 (after the day)      -> open at the end of D
    """
    clerk = add_staff(session, "rated")
    counter_id = 2
    rows: list[dict[str, Any]] = [
        {"score": 5},
        {"score": 5},
        {"score": 4},
        {"score": 3},
        {"score": 2, "reason": "long_wait", "due": d(5)},
        {"score": 1, "reason": "attitude", "due": d(-1)},
        {"score": 1, "reason": "attitude", "due": d(10), "closed": when(0, 15)},
        {"score": 2, "reason": "long_wait", "due": d(10), "closed": when(2, 9)},
    ]
    for number, row in enumerate(rows, 1):
        ticket = insert_ticket(
            session,
            "A",
            number,
            issued=at(9, number),
            waited=60,
            served=300,
            counter_id=counter_id,
            staff_id=clerk.staff_id,
        )
        bad = row["score"] <= 2
        session.add(
            Evaluation(
                ticket_id=ticket.id,
                score=row["score"],
                reason=row.get("reason"),
                rated_at=at(10, number),
                service_day=D,
                follow_up_state=("closed" if "closed" in row else "open") if bad else "none",
                follow_up_due=row.get("due"),
                follow_up_closed_at=row.get("closed"),
            )
        )
    session.commit()
    return counter_id


# --- mediation ----------------------------------------------------------------------------


def add_case(
    session: Session,
    number: int,
    *,
    registered: datetime,
    dispute_type: str,
    source: str,
    moves: list[tuple[datetime, str, dict[str, Any]]],
    **columns: Any,
) -> None:
    """A case, its registration and its moves; the row holds the state of its last move."""
    last_state = moves[-1][1] if moves else "registered"
    case = MediationCase(
        number=f"M-2026-{number:06d}",
        dispute_type=dispute_type,
        source=source,
        state=last_state,
        registered_at=registered,
        service_day=_local(registered),
        updated_at=moves[-1][0] if moves else registered,
        failure_routes=[],
        file_items=[],
        **columns,
    )
    session.add(case)
    session.flush()
    events = [(registered, "registered", None, "registered", {})]
    previous = "registered"
    for moment, state, details in moves:
        events.append((moment, "transition", previous, state, details))
        previous = state
    for moment, kind, from_state, to_state, details in events:
        session.add(
            MediationEvent(
                case_id=case.id,
                occurred_at=moment,
                actor="mediator",
                kind=kind,
                from_state=from_state,
                to_state=to_state,
                details=details,
            )
        )
    session.flush()


def build_cases(session: Session) -> None:
    """Eight cases; their states at the end of D are in the right column.

    M1 neighbour, party: registered D 09:00, accepted D 10:00 (people's), agreed D+5.
                                                              -> accepted, people's
    M2 labour, police: registered D 11:00, referred D 12:00 (administrative, feedback D+10),
       result (resolved) D+3.                                 -> referred, administrative
    M3 contract: registered D-40, accepted D-40 (due D-10), in mediation D-35.
                                                              -> in mediation, OVERDUE
    M4 neighbour: registered D-20, accepted, agreed D 15:00, confirmation applied D 16:00,
       confirmed D+2.                                         -> applied; conclusion: agreed
    M5 labour: registered D-30, referred D-29 (feedback D-2), acknowledged D-25,
       result (not resolved) D 10:00.                         -> result; conclusion: unresolved
    M6 family: registered D-15, accepted D-15, in mediation D-14, failed D 16:00.
                                                              -> failed; conclusion: failed
    M7 consumer: registered D-12, referred D-11 (feedback D-1). -> referred, OVERDUE
    M8 contract: registered D-10, accepted, agreed D-5, confirmation applied D 09:00,
       not confirmed D 17:00.                                 -> not confirmed
    """
    people = {"channel": "peoples"}
    add_case(
        session,
        1,
        registered=when(0, 9),
        dispute_type="neighbour",
        source="party_applied",
        mediation_due=d(30),
        channel="peoples",
        moves=[
            (when(0, 10), "accepted", people),
            (when(5, 10), "scheduled", {}),
            (when(5, 11), "in_mediation", {}),
            (when(5, 12), "agreed", {}),
        ],
    )
    add_case(
        session,
        2,
        registered=when(0, 11),
        dispute_type="labour",
        source="police_transfer",
        feedback_due=d(10),
        channel="administrative",
        moves=[
            (when(0, 12), "referred", {"channel": "administrative"}),
            (when(1, 9), "acknowledged", {}),
            (when(3, 9), "result_received", {"resolved": True}),
        ],
    )
    add_case(
        session,
        3,
        registered=when(-40, 9),
        dispute_type="contract",
        source="party_applied",
        mediation_due=d(-10),
        channel="peoples",
        moves=[
            (when(-40, 10), "accepted", people),
            (when(-36, 9), "scheduled", {}),
            (when(-35, 9), "in_mediation", {}),
        ],
    )
    add_case(
        session,
        4,
        registered=when(-20, 9),
        dispute_type="neighbour",
        source="party_applied",
        mediation_due=d(10),
        channel="peoples",
        agreement_kind="written",
        agreement_effective=D,
        confirmation_applied_on=D,
        moves=[
            (when(-20, 10), "accepted", people),
            (when(-19, 9), "scheduled", {}),
            (when(-18, 9), "in_mediation", {}),
            (when(0, 15), "agreed", {}),
            (when(0, 16), "confirmation_applied", {}),
            (when(2, 9), "confirmed", {}),
        ],
    )
    add_case(
        session,
        5,
        registered=when(-30, 9),
        dispute_type="labour",
        source="party_applied",
        feedback_due=d(-2),
        channel="peoples",
        moves=[
            (when(-29, 9), "referred", people),
            (when(-25, 9), "acknowledged", {}),
            (when(0, 10), "result_received", {"resolved": False}),
        ],
    )
    add_case(
        session,
        6,
        registered=when(-15, 9),
        dispute_type="marriage_family",
        source="center_initiative",
        mediation_due=d(15),
        channel="peoples",
        moves=[
            (when(-15, 10), "accepted", people),
            (when(-14, 9), "scheduled", {}),
            (when(-14, 10), "in_mediation", {}),
            (when(0, 16), "failed", {}),
        ],
    )
    add_case(
        session,
        7,
        registered=when(-12, 9),
        dispute_type="consumer",
        source="party_applied",
        feedback_due=d(-1),
        channel="judicial",
        moves=[(when(-11, 9), "referred", {"channel": "judicial"})],
    )
    add_case(
        session,
        8,
        registered=when(-10, 9),
        dispute_type="contract",
        source="party_applied",
        mediation_due=d(20),
        channel="peoples",
        agreement_kind="written",
        agreement_effective=d(-5),
        confirmation_applied_on=D,
        moves=[
            (when(-10, 10), "accepted", people),
            (when(-9, 9), "scheduled", {}),
            (when(-8, 9), "in_mediation", {}),
            (when(-5, 9), "agreed", {}),
            (when(0, 9), "confirmation_applied", {}),
            (when(0, 17), "not_confirmed", {}),
        ],
    )
    session.commit()


def seed_rich_database(url: str) -> None:
    """Four demo days before D (Thursday to Sunday), and D's requests, ratings and cases."""
    from services.core.actors import SYSTEM
    from services.demo.history import seed_demo_history
    from services.storage.db import open_database

    database = open_database(url)
    try:
        with database.writer() as session:
            seed_demo_history(session, SYSTEM, days=4, tickets_per_day=60, seed=3, now=at(10))
            build_requests(session)
            build_ratings(session)
            build_cases(session)
    finally:
        database.dispose()
