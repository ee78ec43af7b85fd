"""The manager's statistics of a day or a range of days, computed by SQL aggregation.

Every count and sum is computed in the database over indexed columns (migration 0003); rows
are never loaded one by one into Python. The queue figures of closed days come from the
statistics cache (``services.stats.cache``, migration 0004: per-day counts and whole-second
value counts of the durations, summed per month once a month is closed), the other days'
from their tickets, so a year of a million tickets answers in about a second (see
``benchmarks/bench_stats.py``); medians and percentiles are computed from the merged value
counts. Ratings, requests and mediation are always read live.

Definitions
-----------
Days and hours
    A day is the local service day of the configured time zone (``ticket.service_day``,
    Asia/Shanghai by default): a ticket issued at 23:50 belongs to that day, one at 00:10 to
    the next. Local hours (the "by hour" table) are taken at one fixed UTC offset: the
    zone's offset at noon of the first day of the period (+08:00 for China, which has no
    daylight saving time). In a zone that changes its offset inside a range, the hours
    after the change are one hour off; the days themselves are always exact.

Queue (the tickets issued in the period)
    - issued = served (done) + no-show + cancelled + expired + still open
      (waiting, called, serving or held), overall and on every service row;
    - transferred: tickets transferred at least once (``transfer_count > 0``);
    - waiting time = first call − issue. A no-show counts its last call instead: the center
      kept calling it until then (a no-show after three recalls has waited until its fourth
      call, not its first). This applies to the waiting-time figures, the histogram and
      "over target"; a no-show also falls into the hour of its last call. Tickets never
      called (cancelled or expired while waiting, still waiting) have no waiting time;
    - service time = finish − start of service, for done tickets. A transferred ticket
      counts its last service only (the earlier part is in its ``transferred`` event);
    - durations are whole seconds; median and 90th percentile interpolate between ranks as
      PostgreSQL's ``percentile_cont`` does (the value at rank (n - 1) * p, from 0). SQLite
      computes the same, except that a duration within a tenth of a millisecond of a half
      second may round the other way (SQLite keeps times as ``julianday`` doubles);
    - over target: waiting time longer than the target of the service the ticket was issued
      for (``service.target_wait_minutes``);
    - per service: counts and waiting times by the service a ticket was issued for (where
      it queued first); service times by the service that finished it;
    - per counter and per staff member: the tickets whose last counter (staff member) it
      was; "transferred out" counts the transfers made there (``queue_event``);
    - per hour: arrivals by the local hour of issue, served by the local hour of finish,
      no-shows by the local hour of their last call; mean wait of the hour's arrivals.

Requests
    - accepted: requests accepted in the period (their service day);
    - completed, rejected, referred: requests that reached that final status in the period
      (``completed_at`` is the time of any final move);
    - completed on time: completed, and the local date of completion ≤ ``promised_by``;
    - overdue: requests accepted by the end of the period, still open at its end (not
      finished, or finished after it) and with ``promised_by`` before the last day of the
      period — the rule ``services.casework.requests`` applies to "today", applied to the last day.

Ratings (the visits of the period)
    - the spread over the five scores; good rate = (4 + 5) / all ratings;
    - bad ratings (1–2) by reason, and their follow-ups as at the end of the period: closed
      (closed before the end), overdue (not closed and due before the last day), open.

Mediation
    - cases registered in the period by dispute type, source, channel and state; channel
      and state are those at the end of the period, read from the case's timeline;
    - open at end: every case registered by then whose state at the end is not finished;
    - overdue: cases that at the end of the period were under mediation past their mediation
      target, or awaiting a referral's feedback past its due date;
    - success rate = successful conclusions / conclusions in the period, where a conclusion
      is a move to agreed (success), failed or terminated (failure), or a referral's result
      (resolved: success, unresolved: failure). A declined case is not concluded. A case
      that fails and is then referred counts once for each conclusion;
    - confirmation applications: cases whose judicial confirmation was applied for in the
      period, and of these how many were confirmed or not by the end of the period.

Stability
    The figures of a past period depend only on the stored rows of that period and on the
    timestamps of later moves, so asking again later gives the same report (except for
    ``generated_at``). Closing a day is the one change to a past day: its open tickets
    become expired. The live ``current`` queue is included only when the period includes
    today. A report gives the same figures whether or not its days are in the cache.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session

from services.appointments.statistics import appointment_figures
from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import ValidationError
from services.petitions.stats import ledger_section, petition_section
from services.queue.reads import queue_status
from services.stats.figures import (
    CounterRow,
    Durations,
    HourRow,
    MediationFigures,
    Period,
    QueueSummary,
    RatingFigures,
    Report,
    RequestFigures,
    ServiceRow,
    StaffRow,
    WaitBucket,
)
from services.stats.mediation import mediation_section
from services.stats.queue import queue_section
from services.stats.ratings import rating_section
from services.stats.requests import request_section

MAX_RANGE_DAYS = 3660

__all__ = [
    "MAX_RANGE_DAYS",
    "CounterRow",
    "Durations",
    "HourRow",
    "MediationFigures",
    "Period",
    "QueueSummary",
    "RatingFigures",
    "Report",
    "RequestFigures",
    "ServiceRow",
    "StaffRow",
    "WaitBucket",
    "day_report",
    "range_report",
]


def day_report(session: Session, actor: Actor, day: date, *, now: datetime | None = None) -> Report:
    """The statistics of one local service day."""
    return range_report(session, actor, day, day, now=now)


def range_report(
    session: Session, actor: Actor, start: date, end: date, *, now: datetime | None = None
) -> Report:
    """The statistics of the local service days ``start`` to ``end``, both included."""
    actor.require(Permission.READ_STATISTICS)
    if end < start:
        raise ValidationError(f"The range ends ({end}) before it starts ({start}).")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise ValidationError(f"A report covers at most {MAX_RANGE_DAYS} days.")
    at = resolve_now(now)
    config = load_center_config(session)
    zone = config.timezone
    offset = zone.utcoffset(datetime.combine(start, time(12)))
    assert offset is not None
    period = Period(
        start=start,
        end=end,
        timezone=zone.key,
        utc_offset_minutes=int(offset.total_seconds() // 60),
        starts_at=datetime.combine(start, time(0), tzinfo=zone).astimezone(UTC),
        ends_at=datetime.combine(end + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC),
    )
    queue = queue_section(session, period)
    today = service_day(at, zone)
    report = Report(
        period=period,
        center_name_zh=config.center_name_zh,
        center_name_en=config.center_name_en,
        generated_at=at,
        queue=queue.summary,
        by_service=queue.by_service,
        by_counter=queue.by_counter,
        by_staff=queue.by_staff,
        by_hour=queue.by_hour,
        wait_distribution=queue.wait_distribution,
        requests=request_section(session, period),
        ratings=rating_section(session, period),
        mediation=mediation_section(session, period),
        petitions=petition_section(session, period, today),
        ledger=ledger_section(session, period),
        current=queue_status(session, now=at) if start <= today <= end else None,
        appointments=appointment_figures(session, start, end, now=at),
    )
    return report
