"""Service-request statistics of a period. Definitions in ``services.stats.report``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from services.casework.requests import RequestStatus
from services.stats.figures import Period, RequestCounts, RequestFigures, RequestServiceRow
from services.stats.sql import dialect_name, local_date, rate
from services.storage.casework_models import ServiceRequest
from services.storage.models import Service

_FIELDS = ("accepted", "completed", "completed_on_time", "overdue", "rejected", "referred")


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def request_section(session: Session, period: Period) -> RequestFigures:
    tallies: dict[int, dict[str, int]] = {}

    def add(rows: Any, *names: str) -> None:
        for service_id, *values in rows:
            tally = tallies.setdefault(int(service_id), dict.fromkeys(_FIELDS, 0))
            for name, value in zip(names, values, strict=True):
                tally[name] += int(value)

    R = ServiceRequest
    add(
        session.execute(
            select(R.service_id, func.count())
            .where(R.service_day.between(period.start, period.end))
            .group_by(R.service_id)
        ),
        "accepted",
    )
    finished_on = local_date(dialect_name(session), R.completed_at, period.utc_offset_minutes)
    completed = R.status == RequestStatus.COMPLETED.value
    add(
        session.execute(
            select(
                R.service_id,
                _count_if(completed),
                _count_if(and_(completed, finished_on <= R.promised_by)),
                _count_if(R.status == RequestStatus.REJECTED.value),
                _count_if(R.status == RequestStatus.REFERRED.value),
            )
            .where(R.completed_at >= period.starts_at, R.completed_at < period.ends_at)
            .group_by(R.service_id)
        ),
        "completed",
        "completed_on_time",
        "rejected",
        "referred",
    )
    add(
        session.execute(
            select(R.service_id, func.count())
            .where(
                or_(R.completed_at.is_(None), R.completed_at >= period.ends_at),
                R.service_day <= period.end,
                R.promised_by < period.end,
            )
            .group_by(R.service_id)
        ),
        "overdue",
    )
    services = session.scalars(select(Service).order_by(Service.sort_order, Service.code)).all()
    rows = tuple(
        RequestServiceRow(
            service_id=service.id,
            code=service.code,
            name_zh=service.name_zh,
            name_en=service.name_en,
            counts=_counts(tallies.get(service.id, dict.fromkeys(_FIELDS, 0))),
        )
        for service in services
        if service.active or service.id in tallies
    )
    total = dict.fromkeys(_FIELDS, 0)
    for tally in tallies.values():
        for name in _FIELDS:
            total[name] += tally[name]
    return RequestFigures(total=_counts(total), by_service=rows)


def _counts(tally: dict[str, int]) -> RequestCounts:
    return RequestCounts(**tally, on_time_rate=rate(tally["completed_on_time"], tally["completed"]))
