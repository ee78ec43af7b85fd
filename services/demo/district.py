"""A district of three demonstration centers, for screenshots and trying the district station.

The first center's figures come from a real demo history published as the district would
receive it; the other two are the same days scaled, so that the ranking has something to
rank. Only ever run on a demonstration database.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.clock import resolve_now
from services.demo.history import seed_demo_history
from services.district.centers import ensure_center
from services.district.days import DAY_COUNTS, publish_days, set_center_code
from services.storage.district_models import DistrictDay, DistrictDaySeconds

DEMO_CENTERS = (
    ("DEMO-1", "东城区政务服务中心", "Dongcheng Service Center", 1.0, 0),
    ("DEMO-2", "西城区政务服务中心", "Xicheng Service Center", 1.4, 90),
    ("DEMO-3", "南湖街道便民服务中心", "Nanhu Street Service Center", 0.6, 0),
)


def stage_demo_district(session: Session, *, now: datetime | None = None) -> None:
    at = resolve_now(now)
    seed_demo_history(session, SYSTEM, days=14, seed=11, tickets_per_day=120, now=at)
    session.commit()
    code, name_zh, name_en, _, _ = DEMO_CENTERS[0]
    set_center_code(session, SYSTEM, code)
    publish_days(session, SYSTEM, (at - timedelta(days=40)).date(), at.date(), now=at)
    ensure_center(session, code, name_zh, name_en)
    days = session.scalars(select(DistrictDay).where(DistrictDay.center_code == code)).all()
    seconds = session.scalars(
        select(DistrictDaySeconds).where(DistrictDaySeconds.center_code == code)
    ).all()
    for other, other_zh, other_en, factor, shift in DEMO_CENTERS[1:]:
        ensure_center(session, other, other_zh, other_en)
        for day in days:
            values = {name: round(getattr(day, name) * factor) for name in DAY_COUNTS}
            session.add(
                DistrictDay(
                    center_code=other, service_day=day.service_day, computed_at=at, **values
                )
            )
        for row in seconds:
            session.add(
                DistrictDaySeconds(
                    center_code=other,
                    service_day=row.service_day,
                    measure=row.measure,
                    bucket=row.bucket + (shift if row.measure == "waiting" else 0),
                    tickets=max(1, round(row.tickets * factor)),
                )
            )
    session.commit()
