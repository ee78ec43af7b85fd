"""Stored data of casework: residents, service requests, ratings, the working-day calendar,
and mediation referrals. The queue's tables are in ``services.storage.models``."""

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

from services.privacy.columns import HASH_LENGTH, SealedString, id_tail, keep_lookup_hash
from services.storage.models import Base, UtcDateTime


class DocumentSequence(Base):
    """Yearly counters behind ``R-2026-000123`` and ``M-2026-000045``."""

    __tablename__ = "document_sequence"

    kind: Mapped[str] = mapped_column(String(1), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CalendarDay(Base):
    """An exception to the Monday-to-Friday week: a public holiday or a swapped working day."""

    __tablename__ = "calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "holiday" or "workday"
    name: Mapped[str] = mapped_column(String(100), default="")


class Resident(Base):
    """ID and phone numbers are stored encrypted (``services.privacy``); a resident is found
    by the keyed hash of the number, never by the number itself."""

    __tablename__ = "resident"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_number: Mapped[str] = mapped_column(SealedString("resident.id_number"))
    id_number_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), unique=True)
    id_tail_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(SealedString("resident.phone"), default="")
    phone_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    community: Mapped[str] = mapped_column(String(100), default="")
    grid: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ServiceRequest(Base):
    __tablename__ = "service_request"
    __table_args__ = (
        Index("ix_service_request_accepted_at", "accepted_at"),
        Index("ix_service_request_status_promised_by", "status", "promised_by"),
        Index("ix_service_request_resident_id", "resident_id"),
        # Statistics (migration 0003): requests accepted on, and finished in, a period.
        Index("ix_service_request_service_day", "service_day"),
        Index("ix_service_request_completed_at", "completed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    materials_submitted: Mapped[list[str]] = mapped_column(JSON, default=list)
    materials_missing: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16))
    reject_reason: Mapped[str | None] = mapped_column(Text)
    accepted_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_day: Mapped[date] = mapped_column(Date)
    promised_by: Mapped[date] = mapped_column(Date)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Evaluation(Base):
    """A resident's rating of one visit (好差评), with the follow-up a bad rating needs."""

    __tablename__ = "evaluation"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), unique=True)
    score: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(64))
    comment: Mapped[str] = mapped_column(Text, default="")
    rated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_day: Mapped[date] = mapped_column(Date, index=True)
    follow_up_state: Mapped[str] = mapped_column(String(16), default="none")
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    follow_up_closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    follow_up_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class ReceivingBody(Base):
    """A body that takes referrals: a people's mediation committee, a department, a court."""

    __tablename__ = "receiving_body"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    name_en: Mapped[str] = mapped_column(String(160), default="")
    channel: Mapped[str] = mapped_column(String(16))
    # the dispute types (DisputeType values) it is offered first for; empty: any
    dispute_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MediationCase(Base):
    __tablename__ = "mediation_case"
    __table_args__ = (
        Index("ix_mediation_case_state", "state"),
        Index("ix_mediation_case_registered_at", "registered_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("service_request.id"))
    dispute_type: Mapped[str] = mapped_column(String(32))
    source: Mapped[str] = mapped_column(String(32))
    facts: Mapped[str] = mapped_column(Text, default="")
    claims: Mapped[str] = mapped_column(Text, default="")
    escalation_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    state: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str | None] = mapped_column(String(16))
    receiving_body_id: Mapped[int | None] = mapped_column(ForeignKey("receiving_body.id"))
    feedback_due: Mapped[date | None] = mapped_column(Date)
    mediation_due: Mapped[date | None] = mapped_column(Date)
    extension_consent: Mapped[str | None] = mapped_column(Text)
    agreement_kind: Mapped[str | None] = mapped_column(String(16))
    agreement_terms: Mapped[str | None] = mapped_column(Text)
    agreement_effective: Mapped[date | None] = mapped_column(Date)
    confirmation_applied_on: Mapped[date | None] = mapped_column(Date)
    failure_routes: Mapped[list[str]] = mapped_column(JSON, default=list)
    outcome: Mapped[str | None] = mapped_column(String(32))
    file_items: Mapped[list[str]] = mapped_column(JSON, default=list)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_day: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MediationParty(Base):
    __tablename__ = "mediation_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    side: Mapped[str] = mapped_column(String(16))  # "applicant" or "respondent"
    is_organisation: Mapped[bool] = mapped_column(Boolean, default=False)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    name: Mapped[str] = mapped_column(String(100))
    # A person's ID number or an organisation's credit code; sealed like the phones.
    id_number: Mapped[str | None] = mapped_column(SealedString("mediation_party.id_number"))
    id_number_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), index=True)
    phone: Mapped[str] = mapped_column(SealedString("mediation_party.phone"), default="")
    phone_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    agent_name: Mapped[str | None] = mapped_column(String(100))
    agent_phone: Mapped[str | None] = mapped_column(SealedString("mediation_party.agent_phone"))


keep_lookup_hash(Resident.id_number, "id_number_hash", "id_number")
keep_lookup_hash(Resident.id_number, "id_tail_hash", "id_tail", id_tail)
keep_lookup_hash(Resident.phone, "phone_hash", "phone")
keep_lookup_hash(MediationParty.id_number, "id_number_hash", "id_number")
keep_lookup_hash(MediationParty.phone, "phone_hash", "phone")


class MediationEvent(Base):
    """Every transition of a case, with actor, time and note: the case's timeline."""

    __tablename__ = "mediation_event"
    # Statistics (migration 0003): the conclusions of a period.
    __table_args__ = (Index("ix_mediation_event_occurred_at", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MediationSession(Base):
    __tablename__ = "mediation_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    mediators: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[str] = mapped_column(String(400), default="")
    record: Mapped[str] = mapped_column(Text, default="")


class PerformanceTerm(Base):
    """One obligation of an agreement, with its deadline."""

    __tablename__ = "performance_term"
    __table_args__ = (UniqueConstraint("case_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    due: Mapped[date] = mapped_column(Date)
    fulfilled_on: Mapped[date | None] = mapped_column(Date)


class FollowUpVisit(Base):
    __tablename__ = "follow_up_visit"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("mediation_case.id"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    visitor: Mapped[str] = mapped_column(String(100))
    note: Mapped[str] = mapped_column(Text, default="")
