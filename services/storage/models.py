"""The stored data, as SQLAlchemy 2 typed models. The schema itself comes from migrations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, naive UTC in the database (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQL results on SQLite
            value = datetime.fromisoformat(value)
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SettingRow(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Service(Base):
    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(1), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    description_zh: Mapped[str] = mapped_column(String(200), default="")
    description_en: Mapped[str] = mapped_column(String(200), default="")
    promised_days: Mapped[int] = mapped_column(Integer, default=0)
    target_wait_minutes: Mapped[int] = mapped_column(Integer, default=20)
    is_dispute: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    materials: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Tickets only by ID card (实名取号), as 户籍 counters often require (migration 0006).
    real_name_required: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Appointments per time slot; 0: the service takes none (migration 0006).
    appointment_capacity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # 限号: at most this many tickets a day (None: no limit); a manager may pause it.
    daily_quota: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    paused: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the same materials in English, in the same order (an English receipt prints them)
    materials_en: Mapped[list[str]] = mapped_column(JSON, default=list)


class Counter(Base):
    __tablename__ = "counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), default="closed")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    state_since: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CounterService(Base):
    __tablename__ = "counter_service"

    counter_id: Mapped[int] = mapped_column(ForeignKey("counter.id"), primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TicketSequence(Base):
    """The last number given out per local day and service: the atomic allocator."""

    __tablename__ = "ticket_sequence"

    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("service_day", "issue_service_id", "number"),
        Index("ix_ticket_queue", "status", "service_id", "queue_since"),
        # The waiting tickets of a day and service, in the queue's order (migration 0007).
        Index(
            "ix_ticket_callable",
            "service_day",
            "service_id",
            "status",
            "queue_since",
            "priority_reason",
            "appointment_at",
            "transferred_from_service_id",
            "hold_until",
        ),
        Index("ix_ticket_service_day_issue_service_id", "service_day", "issue_service_id"),
        Index("ix_ticket_counter_status", "counter_id", "status"),
        # Statistics (migration 0003): a day's tickets by outcome, by counter, by staff member.
        Index("ix_ticket_service_day_status", "service_day", "status"),
        Index("ix_ticket_service_day_counter_id", "service_day", "counter_id"),
        Index("ix_ticket_service_day_staff_id", "service_day", "staff_id"),
        # The per-resident daily limit of real-name tickets (migration 0006).
        Index("ix_ticket_resident_id_service_day", "resident_id", "service_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    service_day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))
    issue_service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    priority_reason: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    queue_since: Mapped[datetime] = mapped_column(UtcDateTime)
    first_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_called_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    hold_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    call_count: Mapped[int] = mapped_column(Integer, default=0)
    # Recalls since the ticket was last called: the recall limit counts these, so a ticket
    # called again after a hold or a reinstatement has its whole allowance again.
    recalls: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    transferred_from_service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    transfer_count: Mapped[int] = mapped_column(Integer, default=0)
    transfer_note: Mapped[str | None] = mapped_column(String(200))
    # Set on a real-name ticket (实名取号): the resident whose ID card took it.
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"))
    # Set on a checked-in appointment's ticket: its slot's start. Called before walk-ins
    # once the slot has started (``queue_reads.queue_order``).
    appointment_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class QueueEvent(Base):
    """Append-only log of every ticket and counter change: the live feed and the statistics."""

    __tablename__ = "queue_event"
    __table_args__ = (
        Index("ix_queue_event_service_day_kind", "service_day", "kind"),
        Index("ix_queue_event_ticket_id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    service_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(32))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    counter_id: Mapped[int | None] = mapped_column(ForeignKey("counter.id"))
    service_id: Mapped[int | None] = mapped_column(ForeignKey("service.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_occurred_at", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PrintJob(Base):
    """One document waiting for, being sent to, or sent to a printer."""

    __tablename__ = "print_job"
    __table_args__ = (Index("ix_print_job_printer_state", "printer", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    printer: Mapped[str] = mapped_column(String(64))
    document_kind: Mapped[str] = mapped_column(String(32))
    document_ref: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16))
    is_copy: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The one station that sends this job; set only while empty, so two never both print it.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class StationLease(Base):
    """A running station's name, held by its heartbeat: no two live stations share a name."""

    __tablename__ = "station"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    token: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # None: signed off


class OperationResult(Base):
    """The result of an operation that carried an idempotency key.

    A station creates the key before the first try; when the connection drops during COMMIT
    the outcome is unknown, and the retry finds the first result here instead of doing the
    operation twice. Written in the operation's own transaction.
    """

    __tablename__ = "operation_result"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    operation: Mapped[str] = mapped_column(String(32))
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


# Loading the casework tables here keeps Base.metadata complete for migrations and tests.
import services.appointments.models  # noqa: E402
import services.grid.models  # noqa: E402
import services.ledger.models  # noqa: E402
import services.petitions.models  # noqa: E402
import services.storage.casework_models  # noqa: E402  # noqa: E402, F401  # noqa: E402, F401
import services.storage.district_models  # noqa: E402
import services.storage.stats_models  # noqa: E402, F401  # noqa: E402, F401  # noqa: E402, F401
