"""A center's figures per closed day, as it sends them to the district.

``publish_days`` computes the closed days of a range from the center's own statistics (the
same ``range_report`` the manager reads, one day at a time, so the district's sums equal
the center's reports) and stores them under the center's code. ``export_days`` and
``import_days`` carry the rows as a file for SQLite centers; PostgreSQL centers publish the
tables by logical replication (``services.district.replication``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, delete, func, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import ValidationError
from services.district.centers import check_center_code, ensure_center
from services.stats.report import range_report
from services.stats.sql import seconds_between
from services.storage.district_models import DistrictDay, DistrictDaySeconds
from services.storage.models import SettingRow, Ticket

CENTER_CODE_KEY = "district.center_code"
BUCKET_SECONDS = 30
FILE_FORMAT = "civicdesk-district-days/1"

DAY_COUNTS = (
    "issued",
    "served",
    "no_show",
    "cancelled",
    "expired",
    "ratings",
    "ratings_good",
    "requests_completed",
    "requests_on_time",
    "mediation_registered",
    "petitions_received",
    "petitions_replied",
    "petitions_on_time",
    "petitions_satisfied",
)


def center_code(session: Session) -> str:
    code = session.scalar(select(SettingRow.value).where(SettingRow.key == CENTER_CODE_KEY))
    if not code:
        raise ValidationError(
            "This center has no district code yet: set one with "
            "`python main.py district code CODE`."
        )
    return str(code)


def set_center_code(session: Session, actor: Actor, code: str) -> str:
    actor.require(Permission.ADMINISTER)
    code = check_center_code(code)
    row = session.get(SettingRow, CENTER_CODE_KEY)
    if row is None:
        session.add(SettingRow(key=CENTER_CODE_KEY, value=code))
    else:
        row.value = code
    session.commit()
    return code


@dataclass(frozen=True)
class Published:
    center_code: str
    days: tuple[date, ...]


def publish_days(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    *,
    closed: date | None = None,
    now: datetime | None = None,
) -> Published:
    """Store this center's figures of the closed days ``start``-``end`` for the district:
    the days before today, and ``closed``, a day the center has just closed (today's, in the
    evening)."""
    actor.require(Permission.READ_STATISTICS)
    code = center_code(session)
    at = resolve_now(now)
    today = service_day(at, load_center_config(session).timezone)
    newest_closed = today - timedelta(days=1)
    if closed is not None:
        newest_closed = max(newest_closed, closed)
    last = min(end, newest_closed)
    first_ticket = session.scalar(select(func.min(Ticket.service_day)))
    if first_ticket is None or last < start:
        return Published(code, ())
    days = [start + timedelta(days=n) for n in range((last - start).days + 1)]
    days = [day for day in days if day >= first_ticket]
    if not days:
        return Published(code, ())
    session.execute(
        delete(DistrictDay).where(
            DistrictDay.center_code == code, DistrictDay.service_day.between(days[0], days[-1])
        )
    )
    session.execute(
        delete(DistrictDaySeconds).where(
            DistrictDaySeconds.center_code == code,
            DistrictDaySeconds.service_day.between(days[0], days[-1]),
        )
    )
    for day in days:
        report = range_report(session, actor, day, day, now=at)
        session.add(
            DistrictDay(
                center_code=code,
                service_day=day,
                issued=report.queue.issued,
                served=report.queue.served,
                no_show=report.queue.no_show,
                cancelled=report.queue.cancelled,
                expired=report.queue.expired,
                ratings=report.ratings.count,
                ratings_good=report.ratings.good,
                requests_completed=report.requests.total.completed,
                requests_on_time=report.requests.total.completed_on_time,
                mediation_registered=report.mediation.registered,
                petitions_received=report.petitions.received,
                petitions_replied=report.petitions.replied,
                petitions_on_time=report.petitions.on_time,
                petitions_satisfied=report.petitions.satisfied,
                computed_at=at,
            )
        )
    dialect = session.get_bind().dialect.name
    measures = (
        ("waiting", Ticket.first_called_at, Ticket.issued_at),
        ("service", Ticket.finished_at, Ticket.started_at),
    )
    for measure, later, earlier in measures:
        seconds = seconds_between(dialect, later, earlier)
        bucket = cast(func.floor(seconds / BUCKET_SECONDS), Integer) * BUCKET_SECONDS
        wanted = Ticket.status == "done" if measure == "service" else later.is_not(None)
        rows = session.execute(
            select(Ticket.service_day, bucket, func.count())
            .where(Ticket.service_day.between(days[0], days[-1]), wanted, earlier.is_not(None))
            .group_by(Ticket.service_day, bucket)
        ).all()
        session.add_all(
            DistrictDaySeconds(
                center_code=code, service_day=day, measure=measure, bucket=int(b), tickets=n
            )
            for day, b, n in rows
        )
    session.commit()
    return Published(code, tuple(days))


def publish_recent_days(
    session: Session, actor: Actor, *, closed: date | None = None, now: datetime | None = None
) -> Published | None:
    """After a day close: publish the closed days not yet published (all of them the first
    time) and ``closed``, the day just closed, again if it was published before (a ticket
    may have come after an earlier close of it). Nothing when this center has no district
    code (it is not in a district)."""
    code = session.scalar(select(SettingRow.value).where(SettingRow.key == CENTER_CODE_KEY))
    if not code:
        return None
    at = resolve_now(now)
    today = service_day(at, load_center_config(session).timezone)
    newest = session.scalar(
        select(func.max(DistrictDay.service_day)).where(DistrictDay.center_code == str(code))
    )
    first = session.scalar(select(func.min(Ticket.service_day)))
    if first is None:
        return None
    start = first if newest is None else newest + timedelta(days=1)
    if closed is not None:
        start = min(start, closed)
    return publish_days(session, actor, start, today, closed=closed, now=at)


def export_days(session: Session, actor: Actor, start: date, end: date) -> dict[str, Any]:
    """The published rows of ``start``-``end`` as one plain document (for a file)."""
    actor.require(Permission.READ_STATISTICS)
    code = center_code(session)
    config = load_center_config(session)
    days = session.scalars(
        select(DistrictDay)
        .where(DistrictDay.center_code == code, DistrictDay.service_day.between(start, end))
        .order_by(DistrictDay.service_day)
    ).all()
    seconds = session.scalars(
        select(DistrictDaySeconds)
        .where(
            DistrictDaySeconds.center_code == code,
            DistrictDaySeconds.service_day.between(start, end),
        )
        .order_by(DistrictDaySeconds.service_day, DistrictDaySeconds.measure)
    ).all()
    return {
        "format": FILE_FORMAT,
        "center": {
            "code": code,
            "name_zh": config.center_name_zh,
            "name_en": config.center_name_en,
        },
        "days": [
            {"service_day": d.service_day.isoformat(), **{k: getattr(d, k) for k in DAY_COUNTS}}
            for d in days
        ],
        "seconds": [[s.service_day.isoformat(), s.measure, s.bucket, s.tickets] for s in seconds],
    }


@dataclass(frozen=True)
class Imported:
    center_code: str
    days: int
    changed: int  # days whose figures were new or different


def import_days(
    session: Session, actor: Actor, document: dict[str, Any], *, now: datetime | None = None
) -> Imported:
    """Store a center's exported days in the district's database; importing a file again
    changes nothing. The center is added to the district's list if it is new."""
    actor.require(Permission.ADMINISTER)
    at = resolve_now(now)
    try:
        if document.get("format") != FILE_FORMAT:
            raise ValueError("not a CivicDesk district file")
        center = document["center"]
        code = check_center_code(str(center["code"]))
        days = [
            (date.fromisoformat(d["service_day"]), {k: int(d.get(k, 0)) for k in DAY_COUNTS})
            for d in document["days"]
        ]
        seconds = [
            (date.fromisoformat(day), str(measure), int(bucket), int(tickets))
            for day, measure, bucket, tickets in document["seconds"]
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"This is not a district file of CivicDesk ({error}).") from None
    ensure_center(session, code, str(center.get("name_zh", code)), str(center.get("name_en", code)))
    changed = 0
    for day, counts in days:
        row = session.get(DistrictDay, (code, day))
        histogram = sorted((m, b, n) for d, m, b, n in seconds if d == day)
        stored = sorted(
            (s.measure, s.bucket, s.tickets)
            for s in session.scalars(
                select(DistrictDaySeconds).where(
                    DistrictDaySeconds.center_code == code, DistrictDaySeconds.service_day == day
                )
            )
        )
        same_counts = row is not None and all(getattr(row, k) == v for k, v in counts.items())
        if same_counts and stored == histogram:
            continue
        changed += 1
        if row is None:
            session.add(DistrictDay(center_code=code, service_day=day, computed_at=at, **counts))
        else:
            for key, value in counts.items():
                setattr(row, key, value)
            row.computed_at = at
        session.execute(
            delete(DistrictDaySeconds).where(
                DistrictDaySeconds.center_code == code, DistrictDaySeconds.service_day == day
            )
        )
        session.add_all(
            DistrictDaySeconds(center_code=code, service_day=day, measure=m, bucket=b, tickets=n)
            for m, b, n in histogram
        )
    session.commit()
    return Imported(code, len(days), changed)
