"""The district report: every center's figures of a period side by side, and their total.

Counts are sums of the centers' per-day rows; medians and p90s of waiting and service times
come from the summed 30-second histograms (whole months from ``month_cache``), so the total is
the figure of all the district's tickets together, not an average of averages. A center
whose newest day is older than yesterday is marked stale (its link or its day close is
behind).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now, service_day
from services.core.errors import ValidationError
from services.district.days import BUCKET_SECONDS
from services.district.month_cache import histograms as summed_histograms
from services.storage.district_models import DistrictCenter, DistrictDay

TOTAL_CODE = ""


@dataclass(frozen=True)
class CenterFigures:
    code: str  # "" for the district's total
    name_zh: str
    name_en: str
    days: int  # center-days in the period with figures
    last_day: date | None
    stale: bool
    issued: int
    served: int
    no_show: int
    wait_median: float | None  # seconds
    wait_p90: float | None
    service_median: float | None
    ratings: int
    ratings_good: int
    requests_completed: int
    requests_on_time: int
    mediation_registered: int
    petitions_received: int
    petitions_replied: int
    petitions_on_time: int
    petitions_satisfied: int
    rank: int | None  # by median wait, shortest first; None for the total and empty centers

    @property
    def no_show_rate(self) -> float | None:
        return self.no_show / self.issued if self.issued else None

    @property
    def good_rate(self) -> float | None:
        return self.ratings_good / self.ratings if self.ratings else None

    @property
    def petitions_on_time_rate(self) -> float | None:
        return self.petitions_on_time / self.petitions_replied if self.petitions_replied else None

    @property
    def on_time_rate(self) -> float | None:
        return self.requests_on_time / self.requests_completed if self.requests_completed else None


@dataclass(frozen=True)
class DistrictReport:
    start: date
    end: date
    generated_at: datetime
    centers: tuple[CenterFigures, ...]
    total: CenterFigures


_SUMS = (
    "issued",
    "served",
    "no_show",
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


def quantile(histogram: dict[int, int], fraction: float) -> float | None:
    """The ``fraction`` quantile of bucketed seconds (the middle of its bucket)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    wanted = fraction * total
    seen = 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if seen >= wanted:
            return bucket + BUCKET_SECONDS / 2
    return max(histogram) + BUCKET_SECONDS / 2


def district_report(
    session: Session, actor: Actor, start: date, end: date, *, now: datetime | None = None
) -> DistrictReport:
    actor.require(Permission.READ_STATISTICS)
    if end < start:
        raise ValidationError(f"The range ends ({end}) before it starts ({start}).")
    at = resolve_now(now)
    yesterday = service_day(at, load_center_config(session).timezone) - timedelta(days=1)
    in_range = DistrictDay.service_day.between(start, end)
    sums = {
        row.center_code: row
        for row in session.execute(
            select(
                DistrictDay.center_code,
                func.count().label("days"),
                *(func.sum(getattr(DistrictDay, name)).label(name) for name in _SUMS),
            )
            .where(in_range)
            .group_by(DistrictDay.center_code)
        )
    }
    newest = dict(
        session.execute(
            select(DistrictDay.center_code, func.max(DistrictDay.service_day)).group_by(
                DistrictDay.center_code
            )
        ).all()
    )
    histograms = summed_histograms(session, start, end)
    known = {c.code: c for c in session.scalars(select(DistrictCenter))}
    codes = sorted(set(known) | set(sums) | set(newest))

    def figures(code: str, name_zh: str, name_en: str, codes_in: list[str]) -> CenterFigures:
        waiting: dict[int, int] = defaultdict(int)
        service: dict[int, int] = defaultdict(int)
        for member in codes_in:
            for bucket, n in histograms.get((member, "waiting"), {}).items():
                waiting[bucket] += n
            for bucket, n in histograms.get((member, "service"), {}).items():
                service[bucket] += n
        rows = [sums[m] for m in codes_in if m in sums]
        last = max((newest[m] for m in codes_in if m in newest), default=None)
        return CenterFigures(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            days=sum(int(r.days) for r in rows),
            last_day=last,
            stale=bool(code) and (last is None or last < yesterday),
            **{name: sum(int(getattr(r, name) or 0) for r in rows) for name in _SUMS},
            wait_median=quantile(waiting, 0.5),
            wait_p90=quantile(waiting, 0.9),
            service_median=quantile(service, 0.5),
            rank=None,
        )

    centers = [
        figures(
            code,
            known[code].name_zh if code in known else code,
            known[code].name_en if code in known else code,
            [code],
        )
        for code in codes
    ]
    ranked = sorted(
        (c for c in centers if c.wait_median is not None), key=lambda c: c.wait_median or 0
    )
    ranks = {c.code: position for position, c in enumerate(ranked, start=1)}
    centers = [replace(c, rank=ranks.get(c.code)) for c in centers]
    total = figures(TOTAL_CODE, "全区合计", "District total", codes)
    return DistrictReport(start, end, at, tuple(centers), total)
