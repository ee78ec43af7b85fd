"""Stored data of the ledger: entries with their timeline, and the grids' monthly reports."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.storage.models import Base, UtcDateTime


class LedgerEntry(Base):
    __tablename__ = "ledger_entry"
    __table_args__ = (
        Index("ix_ledger_entry_found_on", "found_on"),
        Index("ix_ledger_entry_state", "state"),
        Index("ix_ledger_entry_grid_found_on", "grid_id", "found_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    source: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))  # a mediation dispute type
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"))
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)  # names only
    summary: Mapped[str] = mapped_column(Text)
    people: Mapped[int] = mapped_column(Integer)
    risk: Mapped[str] = mapped_column(String(16))
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(16))
    referred_to: Mapped[str | None] = mapped_column(String(16))
    referred_detail: Mapped[str | None] = mapped_column(String(100))
    petition_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    mediation_case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"))
    found_on: Mapped[date] = mapped_column(Date)
    next_follow_up: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LedgerEvent(Base):
    __tablename__ = "ledger_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("ledger_entry.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class GridReport(Base):
    """A grid's report for a month's round (月排查): its disputes, or a zero report (零报告)."""

    __tablename__ = "grid_report"
    __table_args__ = (UniqueConstraint("grid_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid.id"))
    month: Mapped[str] = mapped_column(String(7))  # "2026-06"
    zero: Mapped[bool] = mapped_column(Boolean)
    reported_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reporter: Mapped[str] = mapped_column(String(64))
