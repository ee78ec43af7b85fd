"""What a center sends the district: its figures per closed day, with the center's code in
every key, so that the rows of many centers sit side by side in the district's database.

PostgreSQL centers publish these two tables (logical replication); SQLite centers export
them to a file. Written by ``services.district.days``, read by ``services.district.report``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models import Base, UtcDateTime


class DistrictDay(Base):
    """One closed service day of one center: counts that add up across days and centers."""

    __tablename__ = "district_day"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    issued: Mapped[int] = mapped_column(Integer)
    served: Mapped[int] = mapped_column(Integer)
    no_show: Mapped[int] = mapped_column(Integer)
    cancelled: Mapped[int] = mapped_column(Integer)
    expired: Mapped[int] = mapped_column(Integer)
    ratings: Mapped[int] = mapped_column(Integer)
    ratings_good: Mapped[int] = mapped_column(Integer)
    requests_completed: Mapped[int] = mapped_column(Integer)
    requests_on_time: Mapped[int] = mapped_column(Integer)
    mediation_registered: Mapped[int] = mapped_column(Integer)
    petitions_received: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    petitions_replied: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    petitions_on_time: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    petitions_satisfied: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    computed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DistrictDaySeconds(Base):
    """How many tickets of a center's day waited (or were served) ``bucket`` to
    ``bucket + 30`` seconds: medians and p90s of any set of days and centers come from sums."""

    __tablename__ = "district_day_seconds"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)  # waiting | service
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)


class DistrictMonthSeconds(Base):
    """The sum of a center's day histograms over one whole month (the district's cache).

    Valid while the month's day rows are those it was summed from: ``DistrictMonthState``
    keeps their number and newest ``computed_at``; a day that arrives late (a center
    catching up) changes them, and the month is summed again.
    """

    __tablename__ = "district_month_seconds"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    bucket: Mapped[int] = mapped_column(Integer, primary_key=True)
    tickets: Mapped[int] = mapped_column(Integer)


class DistrictMonthState(Base):
    __tablename__ = "district_month_state"

    center_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    day_rows: Mapped[int] = mapped_column(Integer)
    newest: Mapped[datetime] = mapped_column(UtcDateTime)


class DistrictCenter(Base):
    """A center the district reports on (kept in the district's database)."""

    __tablename__ = "district_center"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
