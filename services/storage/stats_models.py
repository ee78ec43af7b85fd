"""The statistics cache: what each closed service day contributes to a report.

Written by ``services.stats.cache`` (at day close, and by the back-fill), read by
``services.stats.queue``; never the source of truth: every row can be rebuilt from the
tickets and queue events of its day.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models import Base, UtcDateTime


class StatsDay(Base):
    """A service day whose queue figures are in the cache.

    ``final`` is false when the day was cached on the day itself (day close): tickets may
    still be issued or reinstated that day, so the row is trusted only while the day's last
    queue event is still ``last_event_id``.
    """

    __tablename__ = "stats_day"

    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    # Local hours were bucketed at this offset from UTC (see services.stats.report).
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)
    final: Mapped[bool] = mapped_column(Boolean)
    last_event_id: Mapped[int | None] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class StatsDayTally(Base):
    """One count of a cached day: ``figure`` (e.g. ``done``) for ``key`` (a service, counter,
    staff member or local hour, per the figure)."""

    __tablename__ = "stats_day_tally"

    service_day: Mapped[date] = mapped_column(
        ForeignKey("stats_day.service_day", ondelete="CASCADE"), primary_key=True
    )
    figure: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class StatsSeconds(Base):
    """How many tickets of a span had a duration of exactly ``seconds`` (whole seconds).

    ``span`` is ``day`` (``span_start`` is the day) or ``month`` (the first of the month, the
    sum of the month's day rows, written once every day of the month is final).
    """

    __tablename__ = "stats_seconds"

    span: Mapped[str] = mapped_column(String(8), primary_key=True)
    span_start: Mapped[date] = mapped_column(Date, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[int] = mapped_column(Integer, primary_key=True)
    seconds: Mapped[int] = mapped_column(Integer, primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)
