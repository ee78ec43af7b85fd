"""Stored data of petitions: the petition with its deadlines, its petitioners, its timeline."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from services.privacy.columns import HASH_LENGTH, SealedString, keep_lookup_hash
from services.storage.models import Base, UtcDateTime


class Petition(Base):
    __tablename__ = "petition"
    __table_args__ = (
        Index("ix_petition_state", "state"),
        Index("ix_petition_received_on", "received_on"),
        Index("ix_petition_matter_key", "matter_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    concerned_body: Mapped[str] = mapped_column(String(100))
    matter: Mapped[str] = mapped_column(Text)
    # The category and the body, normalised: with the petitioners it says "the same matter".
    matter_key: Mapped[str] = mapped_column(String(160))
    headcount: Mapped[int] = mapped_column(Integer)
    collective: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_of_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    final_review_id: Mapped[int | None] = mapped_column(ForeignKey("petition.id"))
    state: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_on: Mapped[date] = mapped_column(Date)
    decide_by: Mapped[date] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    handle_by: Mapped[date | None] = mapped_column(Date)
    extension_days: Mapped[int | None] = mapped_column(Integer)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    decline_routes: Mapped[list[str]] = mapped_column(JSON, default=list)
    forwarded_to: Mapped[str | None] = mapped_column(String(100))
    finding: Mapped[str | None] = mapped_column(String(32))
    reply: Mapped[str | None] = mapped_column(Text)
    replied_on: Mapped[date | None] = mapped_column(Date)
    satisfaction: Mapped[str | None] = mapped_column(String(32))
    review_request_by: Mapped[date | None] = mapped_column(Date)
    review_requested_on: Mapped[date | None] = mapped_column(Date)
    review_decide_by: Mapped[date | None] = mapped_column(Date)
    review_result: Mapped[str | None] = mapped_column(String(16))
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    re_review_request_by: Mapped[date | None] = mapped_column(Date)
    re_review_requested_on: Mapped[date | None] = mapped_column(Date)
    re_review_decide_by: Mapped[date | None] = mapped_column(Date)
    re_review_result: Mapped[str | None] = mapped_column(String(16))
    re_reviewed_on: Mapped[date | None] = mapped_column(Date)
    mediation_case_id: Mapped[int | None] = mapped_column(ForeignKey("mediation_case.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Petitioner(Base):
    """A petitioner, or one of at most five representatives of a collective visit."""

    __tablename__ = "petitioner"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    # Sealed with the data key (services.privacy); written and read only through
    # services.petitions.identity.
    id_number: Mapped[str | None] = mapped_column(SealedString("petitioner.id_number"))
    phone: Mapped[str] = mapped_column(SealedString("petitioner.phone"), default="")
    # Who the petitioner is, for matching repeat petitions: the ID number, or name and phone
    # when there is none; sealed, with its keyed hash (kept by keep_lookup_hash) beside it.
    identity_basis: Mapped[str] = mapped_column(SealedString("petitioner.identity_basis"))
    identity_key: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")


keep_lookup_hash(Petitioner.identity_basis, "identity_key", "petitioner_identity")


class PetitionEvent(Base):
    """Every change of a petition, with actor, time and note: its timeline."""

    __tablename__ = "petition_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    petition_id: Mapped[int] = mapped_column(ForeignKey("petition.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
