"""A realistic synthetic history for demonstrations, statistics work and benchmarks.

Rows are written in bulk (one ``INSERT`` per table and day), not through the queue
operations, so a year of a busy center seeds in seconds.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.journal import record_audit
from services.queue.tickets import PriorityReason, TicketStatus, format_code
from services.stats.cache import drop_days
from services.storage.casework_models import Evaluation
from services.storage.models import (
    Counter,
    CounterService,
    QueueEvent,
    Service,
    Staff,
    Ticket,
    TicketSequence,
)

OPENING = time(8, 30)
CLOSING = time(17, 30)
DEMO_STAFF = 8
# Relative arrival intensity per half hour from 08:30: a morning peak, a lunch dip and an
# afternoon peak, as counted in a typical district hall.
_ARRIVAL_SHAPE = (
    0.9,
    1.6,
    1.9,
    1.7,
    1.3,
    1.0,
    0.9,
    0.5,
    0.4,
    0.7,
    1.2,
    1.5,
    1.4,
    1.1,
    0.9,
    0.8,
    0.5,
    0.3,
)
_SERVICE_WEIGHTS = {"A": 26, "B": 12, "C": 18, "D": 8, "E": 10, "F": 5, "G": 14, "H": 7}
_BAD_REASONS = ("long_wait", "attitude", "unclear_guidance", "repeated_trips", "complex_process")
_MEAN_SERVICE_MINUTES = {"A": 7, "B": 10, "C": 8, "D": 12, "E": 11, "F": 25, "G": 4, "H": 5}


@dataclass
class DemoSummary:
    days: list[str] = field(default_factory=list)
    skipped_days: list[str] = field(default_factory=list)
    tickets: int = 0
    events: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Catalog:
    services: dict[str, int]
    counters_by_service: dict[int, list[int]]
    staff_ids: list[int]


def seed_demo_history(
    session: Session,
    actor: Actor,
    *,
    days: int,
    seed: int = 0,
    tickets_per_day: int = 300,
    now: datetime | None = None,
    with_events: bool = True,
) -> DemoSummary:
    """Seed the ``days`` days ending yesterday. Days that already have tickets are skipped."""
    actor.require(Permission.SEED_DEMO)
    if days < 1 or tickets_per_day < 1:
        raise ValueError("days and tickets_per_day must be positive")
    at = resolve_now(now)
    config = load_center_config(session)
    today = service_day(at, config.timezone)
    catalog = _load_catalog(session, at)
    rng = random.Random(seed)
    summary = DemoSummary()
    for offset in range(days, 0, -1):
        day = today - timedelta(days=offset)
        if session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.service_day == day)
        ):
            summary.skipped_days.append(day.isoformat())
            continue
        tickets, events = _simulate_day(
            rng, day, config.timezone, catalog, tickets_per_day, with_events
        )
        _write_day(session, day, tickets, events)
        summary.days.append(day.isoformat())
        summary.tickets += len(tickets)
        summary.events += len(events)
        for row in tickets:
            summary.by_status[row["status"]] = summary.by_status.get(row["status"], 0) + 1
    # A day cached while it had no tickets is cached no longer.
    drop_days(session, [date.fromisoformat(day) for day in summary.days])
    record_audit(
        session,
        actor,
        "demo.seed",
        at=at,
        target_type="database",
        details={"days": len(summary.days), "tickets": summary.tickets, "seed": seed},
    )
    session.commit()
    return summary


def _load_catalog(session: Session, at: datetime) -> _Catalog:
    services = {
        s.code: s.id for s in session.scalars(select(Service).where(Service.active.is_(True)))
    }
    counters_by_service: dict[int, list[int]] = {}
    for counter_id, service_id in session.execute(
        select(CounterService.counter_id, CounterService.service_id)
        .join(Counter, Counter.id == CounterService.counter_id)
        .order_by(CounterService.service_id, CounterService.counter_id)
    ):
        counters_by_service.setdefault(service_id, []).append(counter_id)
    names = [f"demo{n:02d}" for n in range(1, DEMO_STAFF + 1)]
    existing = dict(
        session.execute(select(Staff.username, Staff.id).where(Staff.username.in_(names))).all()
    )
    staff_ids = [existing[name] for name in names if name in existing]
    for n in range(1, DEMO_STAFF + 1):
        if f"demo{n:02d}" in existing:
            continue
        # Inactive: historical clerks only, so nobody can claim them with a first password.
        staff = Staff(
            username=f"demo{n:02d}",
            full_name=f"示例职员 Demo clerk {n}",
            role="counter",
            password_hash=None,
            must_change_password=True,
            failed_logins=0,
            active=False,
            created_at=at,
        )
        session.add(staff)
        session.flush()
        staff_ids.append(staff.id)
    return _Catalog(services, counters_by_service, staff_ids)


def _simulate_day(
    rng: random.Random,
    day: date,
    zone: ZoneInfo,
    catalog: _Catalog,
    per_day: int,
    with_events: bool,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    opening = datetime.combine(day, OPENING, tzinfo=zone)
    weekday_factor = 1.2 if day.weekday() == 0 else (0.35 if day.weekday() >= 5 else 1.0)
    count = max(1, int(rng.gauss(per_day * weekday_factor, per_day * 0.08)))
    codes = [c for c in _SERVICE_WEIGHTS if c in catalog.services] or list(catalog.services)
    weights = [_SERVICE_WEIGHTS.get(c, 5) for c in codes]
    numbers: dict[str, int] = {}
    arrivals = sorted(_arrival_offset(rng) for _ in range(count))
    tickets: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for minutes in arrivals:
        code = rng.choices(codes, weights)[0]
        numbers[code] = numbers.get(code, 0) + 1
        issued = opening + timedelta(minutes=minutes, seconds=rng.randint(0, 59))
        tickets.append(_simulate_ticket(rng, day, code, numbers[code], issued, catalog, minutes))
    if with_events:
        events = [e for row in tickets for e in row.pop("_events")]
    else:
        for row in tickets:
            row.pop("_events")
    return tickets, events


def _arrival_offset(rng: random.Random) -> float:
    slot = rng.choices(range(len(_ARRIVAL_SHAPE)), _ARRIVAL_SHAPE)[0]
    return slot * 30 + rng.random() * 30


def _simulate_ticket(
    rng: random.Random,
    day: date,
    code: str,
    number: int,
    issued: datetime,
    catalog: _Catalog,
    minutes_after_opening: float,
) -> dict[str, Any]:
    service_id = catalog.services[code]
    busy = _ARRIVAL_SHAPE[min(int(minutes_after_opening // 30), len(_ARRIVAL_SHAPE) - 1)]
    wait = timedelta(minutes=rng.gammavariate(2.0, 3.0 + 6.0 * busy))
    service = timedelta(
        minutes=max(1.0, rng.lognormvariate(math.log(_MEAN_SERVICE_MINUTES.get(code, 8)), 0.45))
    )
    counter_id = rng.choice(catalog.counters_by_service.get(service_id) or [None])
    staff_id = rng.choice(catalog.staff_ids) if catalog.staff_ids else None
    priority = rng.choice(list(PriorityReason)).value if rng.random() < 0.07 else None
    fate = rng.random()
    row: dict[str, Any] = {
        "service_day": day,
        "number": number,
        "code": format_code(code, number),
        "issue_service_id": service_id,
        "service_id": service_id,
        "priority_reason": priority,
        "language": "en" if rng.random() < 0.08 else "zh_CN",
        "issued_at": issued,
        "queue_since": issued,
        "first_called_at": None,
        "last_called_at": None,
        "started_at": None,
        "finished_at": None,
        "hold_until": None,
        "counter_id": None,
        "staff_id": None,
        "call_count": 0,
        "transferred_from_service_id": None,
        "transfer_count": 0,
        "transfer_note": None,
    }
    timeline: list[tuple[str, datetime, dict[str, Any]]] = [("issued", issued, {})]
    if fate < 0.02:
        row.update(status=TicketStatus.CANCELLED, finished_at=issued + wait / 2)
        timeline.append(("cancelled", issued + wait / 2, {}))
    elif fate < 0.03:
        row.update(
            status=TicketStatus.EXPIRED,
            finished_at=datetime.combine(day, CLOSING, tzinfo=issued.tzinfo),
        )
        timeline.append(("expired", row["finished_at"], {"was": "waiting"}))
    else:
        called = issued + wait
        row.update(
            first_called_at=called,
            last_called_at=called,
            counter_id=counter_id,
            staff_id=staff_id,
            call_count=1,
        )
        timeline.append(("called", called, {}))
        if fate < 0.08:
            recalls = rng.randint(1, 3)
            last = called
            for n in range(recalls):
                last = last + timedelta(seconds=rng.randint(40, 120))
                timeline.append(("recalled", last, {"recall": n + 1}))
            row.update(
                status=TicketStatus.NO_SHOW,
                last_called_at=last,
                call_count=1 + recalls,
                finished_at=last + timedelta(seconds=60),
            )
            timeline.append(("no_show", row["finished_at"], {"reason": "recall_limit"}))
        else:
            started = called + timedelta(seconds=rng.randint(20, 90))
            finished = started + service
            if fate < 0.11 and len(catalog.services) > 1:
                target = rng.choice([c for c in catalog.services if c != code])
                moved = started + service / 2
                second_wait = timedelta(minutes=rng.gammavariate(1.5, 3.0))
                recall_at = moved + second_wait
                timeline.append(("started", started, {}))
                timeline.append(("transferred", moved, {"to_service": target}))
                timeline.append(("called", recall_at, {}))
                started = recall_at + timedelta(seconds=30)
                finished = started + service
                row.update(
                    transferred_from_service_id=service_id,
                    service_id=catalog.services[target],
                    transfer_count=1,
                    last_called_at=recall_at,
                    call_count=2,
                    queue_since=moved,
                )
            timeline.append(("started", started, {}))
            timeline.append(
                (
                    "finished",
                    finished,
                    {"service_seconds": round((finished - started).total_seconds(), 1)},
                )
            )
            row.update(status=TicketStatus.DONE, started_at=started, finished_at=finished)
            row["_rating"] = _simulate_rating(rng, busy)
    row["_events"] = [
        {
            "occurred_at": when,
            "service_day": day,
            "kind": kind,
            "counter_id": row["counter_id"] if kind != "issued" else None,
            "service_id": row["service_id"] if kind not in ("issued",) else service_id,
            "staff_id": row["staff_id"],
            "actor": "demo",
            "details": details,
        }
        for kind, when, details in timeline
    ]
    return row


def _simulate_rating(rng: random.Random, busy: float) -> tuple[int, str | None] | None:
    """About a third of residents rate; long queues make a few of them unhappy."""
    if rng.random() > 0.35:
        return None
    unhappy = 0.03 + 0.03 * busy
    draw = rng.random()
    if draw < unhappy:
        return rng.choice((1, 2)), rng.choice(_BAD_REASONS)
    if draw < unhappy + 0.08:
        return 3, None
    return (4 if draw < 0.35 else 5), None


def _write_day(
    session: Session, day: date, tickets: list[dict[str, Any]], events: list[dict[str, Any]]
) -> None:
    ratings = [row.pop("_rating", None) for row in tickets]
    ids = session.scalars(
        insert(Ticket).returning(Ticket.id, sort_by_parameter_order=True), tickets
    ).all()
    evaluations = [
        _evaluation_row(ticket_id, row, rating)
        for ticket_id, row, rating in zip(ids, tickets, ratings, strict=True)
        if rating is not None
    ]
    if evaluations:
        session.execute(insert(Evaluation), evaluations)
    if events:
        by_ticket = iter(ids)
        current = None
        for event in events:
            if event["kind"] == "issued":
                current = next(by_ticket)
            event["ticket_id"] = current
        session.execute(insert(QueueEvent), events)
    last_numbers: dict[int, int] = {}
    for row in tickets:
        key = row["issue_service_id"]
        last_numbers[key] = max(last_numbers.get(key, 0), row["number"])
    session.execute(
        insert(TicketSequence),
        [
            {"service_day": day, "service_id": sid, "last_number": n}
            for sid, n in last_numbers.items()
        ],
    )


def _evaluation_row(
    ticket_id: int, row: dict[str, Any], rating: tuple[int, str | None]
) -> dict[str, Any]:
    score, reason = rating
    rated_at = row["finished_at"] + timedelta(seconds=40)
    bad = score <= 2
    return {
        "ticket_id": ticket_id,
        "score": score,
        "reason": reason,
        "comment": "",
        "rated_at": rated_at,
        "service_day": row["service_day"],
        # History: the follow-ups of past bad ratings were closed within their 15 working days.
        "follow_up_state": "closed" if bad else "none",
        "follow_up_due": row["service_day"] + timedelta(days=21) if bad else None,
        "follow_up_note": "已回访 Called the resident back" if bad else None,
        "follow_up_closed_at": rated_at + timedelta(days=3) if bad else None,
        "follow_up_staff_id": None,
    }
