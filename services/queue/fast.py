"""Issuing a ticket and calling the next one in as few Core statements as the database allows.

These two operations run all day at every kiosk and counter. Through the ORM each took 9-10
statements at about 1 ms of Python each; here they are SQLAlchemy Core statements, built and
compiled once (on first use, to keep start-up short), executed on the session's connection
without the ORM's identity map or unit of work:

- PostgreSQL: issuing is one statement whose data-modifying CTEs allocate the number, insert
  the ticket, its ``queue_event`` and ``audit_log`` rows, send the NOTIFY and count the
  people ahead; calling is two (lock the counter, then one such statement), because the
  "counter idle?" check must see tickets committed while it waited for the counter's lock.
  These run precompiled through ``exec_driver_sql`` (see ``_OnDriver``).
- SQLite (no DML in CTEs): a few statements inside the writer's ``BEGIN IMMEDIATE``.

Only the normal case is handled here. When anything is unusual (an unknown or closed service;
a counter that is not open, is signed in by someone else or still has a ticket; nobody
waiting) these functions write nothing and return ``None``, and ``ops`` runs the full
ORM operation, which decides and raises the typed error. The center settings come from
``cached_center_config``, checked against the database inside the same statements.

What the statements write and answer is not decided here: the ticket's columns, the journal
entries and who may call at a counter come from ``services.queue.rules``, called once with
SQL expressions to build each statement, and the answer from ``tickets.info_of``, as for the
ORM operation.

People ahead are counted in the snapshot of the issuing statement: a ticket issued for the same
service at the same instant by another kiosk and not yet committed is not counted (as with the
ORM operation, where the window was a little shorter). The figure printed is an estimate.
"""

from __future__ import annotations

import json
from collections import namedtuple
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    ClauseElement,
    ColumnElement,
    Date,
    Integer,
    Row,
    String,
    Text,
    bindparam,
    cast,
    exists,
    extract,
    func,
    insert,
    literal_column,
    null,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from services.core.actors import Actor
from services.core.center_config import (
    CenterConfig,
    cached_center_config,
    forget_center_config,
    settings_fingerprint,
)
from services.core.clock import service_day
from services.core.journal import audit_columns, event_columns, notification
from services.queue import rules
from services.queue.reads import (
    count_ahead,
    count_open_counters,
    eligible_for_call,
    inline,
    queue_order,
    recent_service_times,
    wait_minutes,
)
from services.queue.tickets import (
    ANSWER_COLUMNS,
    PriorityReason,
    TicketInfo,
    format_code,
    info_of,
)
from services.storage.models import (
    AuditLog,
    Base,
    Counter,
    CounterService,
    QueueEvent,
    Service,
    Ticket,
    TicketSequence,
    UtcDateTime,
)
from services.storage.sqlite_driver import run_on_driver

_ticket = Base.metadata.tables[Ticket.__tablename__]
_event = Base.metadata.tables[QueueEvent.__tablename__]
_audit = Base.metadata.tables[AuditLog.__tablename__]
_service = Base.metadata.tables[Service.__tablename__]
_counter = Base.metadata.tables[Counter.__tablename__]
_sequence = Base.metadata.tables[TicketSequence.__tablename__]

_DAY = bindparam("day", type_=Date)
_AT = bindparam("at", type_=UtcDateTime)
_FINGERPRINT = bindparam("fingerprint", type_=String)
_SERVICE_CODE = bindparam("service_code", type_=String)
_SERVICE_ID = bindparam("service_id", type_=Integer)
_NUMBER = bindparam("number", type_=Integer)
_TICKET_ID = bindparam("ticket_id", type_=Integer)
_TICKET_CODE = bindparam("ticket_code", type_=String)
_PRIORITY = bindparam("priority", type_=String)
_PRIORITY_RANK = bindparam("priority_rank", type_=Integer)
_LANGUAGE = bindparam("language", type_=String)
_COUNTER_ID = bindparam("counter_id", type_=Integer)
_COUNTER_NUMBER = bindparam("counter_number", type_=Integer)
_STAFF_ID = bindparam("staff_id", type_=Integer)
_ACTOR = bindparam("actor", type_=String)
_ACTOR_ROLE = bindparam("actor_role", type_=String)
_DETAILS = bindparam("details", type_=JSON)

# What a called ticket's answer needs, as the UPDATE returns it.
_CALLED_COLUMNS = [_ticket.c[name] for name in (*ANSWER_COLUMNS, "service_id")]


def _insert(table: Any, columns: Mapping[str, Any], *, select_from: Any = None) -> Any:
    """``INSERT ... SELECT`` of one row whose values are SQL expressions or constants.

    Constants are written into the SQL rather than bound: fewer parameters to convert per
    call, and a shorter statement (psycopg caches its parsing of statements up to 4 KB only).
    """
    values = select(*(_sql(value) for value in columns.values()))
    if select_from is not None:
        values = values.select_from(select_from)
    return insert(table).from_select(list(columns), values)


def _sql(value: Any) -> Any:
    if isinstance(value, ClauseElement):
        return value
    return null() if value is None else inline(value)


def _journal(entry: rules.Entry) -> tuple[Any, Any]:
    """The INSERTs of an entry's ``queue_event`` and ``audit_log`` rows."""
    actor = {"at": _AT, "actor": _ACTOR}
    event = _insert(_event, event_columns(staff_id=_STAFF_ID, **actor, **entry.event()))
    audit = _insert(_audit, audit_columns(actor_role=_ACTOR_ROLE, **actor, **entry.audit()))
    return event, audit


# --- issuing: statements -----------------------------------------------------------------


def _offered(dialect: str) -> list[ColumnElement[bool]]:
    """The service asked for, when the fast path may issue for it, with the settings unchanged
    since ``cached_center_config`` read them. Otherwise the full operation runs."""
    return [
        _service.c.code == _SERVICE_CODE,
        _service.c.active,
        # A real-name service takes tickets only through the real-name operation.
        ~_service.c.real_name_required,
        # A paused or rationed service takes the full operation, which says why.
        _service.c.paused.is_(False),
        _service.c.daily_quota.is_(None),
        settings_fingerprint(dialect) == _FINGERPRINT,
    ]


def _new_ticket(*, number: Any, code: Any, service_id: Any) -> dict[str, Any]:
    return rules.new_ticket(
        day=_DAY,
        number=number,
        code=code,
        service_id=service_id,
        priority=_PRIORITY,
        language=_LANGUAGE,
        at=_AT,
    )


def _issued(*, ticket_id: Any, service_id: Any, code: Any) -> rules.Entry:
    return rules.issued(
        day=_DAY, ticket_id=ticket_id, service_id=service_id, code=code, details=_DETAILS
    )


# A new ticket is a walk-in: no appointment, not transferred.
_COUNT_AHEAD_OF_NEW = dict(
    day=_DAY,
    now=_AT,
    priority_rank=_PRIORITY_RANK,
    appointment_rank=1,
    transfer_rank=1,
    queue_since=_AT,
)


@cache
def _pg_issue_statement() -> Any:
    """Number, ticket, event, audit, NOTIFY and the people ahead, in one statement.

    Writes nothing (and returns no row) when the service is unknown or closed or when the
    settings changed since ``cached_center_config`` read them.
    """
    service = (
        select(_service.c.id, _service.c.code, _service.c.name_zh, _service.c.name_en)
        .where(*_offered("postgresql"))
        .cte("svc")
    )
    number = (
        pg_insert(_sequence)
        .from_select(
            ["service_day", "service_id", "last_number"],
            select(_DAY, service.c.id, literal_column("1")),
        )
        .on_conflict_do_update(
            index_elements=["service_day", "service_id"],
            set_={"last_number": _sequence.c.last_number + 1},
        )
        .returning(_sequence.c.service_id, _sequence.c.last_number)
        .cte("num")
    )
    digits = cast(number.c.last_number, Text)
    code = service.c.code + func.lpad(digits, func.greatest(3, func.length(digits)), "0")
    columns = _new_ticket(number=number.c.last_number, code=code, service_id=number.c.service_id)
    ticket = (
        _insert(_ticket, columns, select_from=number.join(service, true()))
        .returning(_ticket.c.id, _ticket.c.number, _ticket.c.code, _ticket.c.service_id)
        .cte("new")
    )
    event, audit = _journal(
        _issued(ticket_id=ticket.c.id, service_id=ticket.c.service_id, code=ticket.c.code)
    )
    event = event.returning(_event.c.id).cte("ev")
    recent = recent_service_times(service.c.id, _DAY).subquery()
    seconds = extract("epoch", recent.c.finished_at - recent.c.started_at)
    return (
        select(
            ticket.c.id,
            ticket.c.number,
            ticket.c.code,
            ticket.c.service_id,
            service.c.code.label("service_code"),
            service.c.name_zh,
            service.c.name_en,
            notification(event.c.id).label("notified"),
            count_ahead(service_id=service.c.id, ticket_id=ticket.c.id, **_COUNT_AHEAD_OF_NEW)
            .scalar_subquery()
            .label("ahead"),
            count_open_counters(service.c.id).scalar_subquery().label("open_counters"),
            select(func.array_agg(aggregate_order_by(seconds, recent.c.finished_at.desc())))
            .scalar_subquery()
            .label("recent_seconds"),
        )
        .select_from(ticket.join(event, true()).join(service, true()))
        .add_cte(audit.cte("au"))
    )


@dataclass(frozen=True)
class _SqliteIssue:
    next_number: Any
    new_ticket: Any
    new_event: Any
    new_audit: Any
    ahead: Any
    recent: Any


@cache
def _sqlite_issue_statements() -> _SqliteIssue:
    """The number (with the service's names), the ticket, its event and audit, the people
    ahead and the recent service times."""
    next_number = (
        sqlite_insert(_sequence)
        .from_select(
            ["service_day", "service_id", "last_number"],
            select(_DAY, _service.c.id, literal_column("1")).where(*_offered("sqlite")),
        )
        .on_conflict_do_update(
            index_elements=["service_day", "service_id"],
            set_={"last_number": _sequence.c.last_number + 1},
        )
        .returning(
            _sequence.c.last_number,
            _sequence.c.service_id,
            # Named in full: an INSERT's RETURNING does not correlate a subquery by itself.
            *_service_names(literal_column(f"{_sequence.name}.service_id")),
        )
    )
    columns = _new_ticket(number=_NUMBER, code=_TICKET_CODE, service_id=_SERVICE_ID)
    new_ticket = _insert(_ticket, columns).returning(_ticket.c.id)
    new_event, new_audit = _journal(
        _issued(ticket_id=_TICKET_ID, service_id=_SERVICE_ID, code=_TICKET_CODE)
    )
    ahead = select(
        count_ahead(service_id=_SERVICE_ID, ticket_id=_TICKET_ID, **_COUNT_AHEAD_OF_NEW)
        .scalar_subquery()
        .label("ahead"),
        count_open_counters(_SERVICE_ID).scalar_subquery().label("open_counters"),
    )
    return _SqliteIssue(
        next_number=next_number,
        new_ticket=new_ticket,
        new_event=new_event,
        new_audit=new_audit,
        ahead=ahead,
        recent=recent_service_times(_SERVICE_ID, _DAY),
    )


# --- issuing -------------------------------------------------------------------------------


def issue(
    session: Session,
    actor: Actor,
    service_code: str,
    reason: PriorityReason | None,
    language: str,
    at: datetime,
) -> TicketInfo | None:
    """Issue a ticket in the caller's transaction (not committed), or ``None`` if unusual."""
    priority = reason.value if reason else None
    params: dict[str, Any] = {
        "service_code": service_code.strip().upper(),
        "at": at,
        "priority": priority,
        "priority_rank": 0 if reason else 1,
        "language": language,
        **_actor_params(actor),
        "details": rules.issue_details(priority),
    }
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return _issue_postgresql(session, connection, params)
    return _issue_sqlite(session, connection, params)


class _OnDriver:
    """A PostgreSQL (psycopg) statement compiled once and run with ``exec_driver_sql``.

    For the statements that run on every ticket this skips SQLAlchemy's per-execution
    parameter and result processing (about 0.2-0.3 ms of CPU each on the benchmark VM). The
    price, paid here: parameters go to psycopg as it takes them (naive UTC datetimes, JSON as
    text), and the caller gets raw rows (naive UTC timestamps, see ``_utc``).
    """

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._compiled: tuple[str, dict[str, Any]] | None = None

    def one_or_none(self, connection: Connection, params: Mapping[str, Any]) -> Row[Any] | None:
        if self._compiled is None:
            compiled = self._build().compile(dialect=connection.dialect)
            # The constants SQLAlchemy bound (limits, keys of json_build_object, ...).
            constants = {
                name: bind.effective_value
                for name, bind in compiled.binds.items()
                if not bind.required
            }
            self._compiled = (compiled.string, constants)
        sql, constants = self._compiled
        values = {**constants, **{key: _for_driver(value) for key, value in params.items()}}
        return connection.exec_driver_sql(sql, values).one_or_none()


class _OnSqlite:
    """A SQLite statement compiled once and run on the ``sqlite3`` connection itself.

    Through SQLAlchemy each of the 4-7 statements of an operation costs about ten times what
    SQLite spends on it, and the write lock is held meanwhile, so other stations wait longer.
    Here the statement's own bind and result processors (the same conversions SQLAlchemy
    applies: UTC datetimes, dates, JSON) run around a plain ``cursor.execute``, inside the
    session's transaction (its ``BEGIN IMMEDIATE``), by ``run_on_driver``.
    """

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._compiled: _SqliteCompiled | None = None

    def _prepare(self, connection: Connection) -> _SqliteCompiled:
        if self._compiled is None:
            dialect = connection.dialect
            compiled = self._build().compile(dialect=dialect)
            binds = []
            for name in compiled.positiontup or ():
                bind = compiled.binds[name]
                process = bind.type._cached_bind_processor(dialect)
                binds.append((name, process, bind.required, bind.effective_value))
            columns = compiled._result_columns
            self._compiled = _SqliteCompiled(
                sql=compiled.string,
                binds=binds,
                results=[column.type._cached_result_processor(dialect, None) for column in columns],
                row=namedtuple("_SqliteRow", [column.keyname for column in columns]),
            )
        return self._compiled

    def rows(self, connection: Connection, params: Mapping[str, Any]) -> list[Any]:
        compiled = self._prepare(connection)
        values = []
        for name, process, required, constant in compiled.binds:
            value = params[name] if required else constant
            values.append(process(value) if process is not None and value is not None else value)
        found = run_on_driver(connection, compiled.sql, values)
        results = compiled.results
        return [
            compiled.row(*(p(v) if p is not None else v for p, v in zip(results, raw, strict=True)))
            for raw in found
        ]

    def one_or_none(self, connection: Connection, params: Mapping[str, Any]) -> Any:
        found = self.rows(connection, params)
        return found[0] if found else None

    def run(self, connection: Connection, params: Mapping[str, Any]) -> None:
        self.rows(connection, params)


@dataclass(frozen=True)
class _SqliteCompiled:
    sql: str
    binds: list[tuple[str, Callable[[Any], Any] | None, bool, Any]]
    results: list[Callable[[Any], Any] | None]
    row: Callable[..., Any]


def _for_driver(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, dict):
        return json.dumps(value)
    return value


def _issue_postgresql(
    session: Session, connection: Connection, params: dict[str, Any]
) -> TicketInfo | None:
    fingerprint, config = cached_center_config(session)
    params.update(day=service_day(params["at"], config.timezone), fingerprint=fingerprint)
    row = _PG_ISSUE.one_or_none(connection, params)
    if row is None:
        forget_center_config(session)  # perhaps they changed: the next operation reads them
        return None
    recent = [float(seconds) for seconds in row.recent_seconds or () if seconds is not None]
    return _new_ticket_info(dict(row._mapping), params, config, recent)


def _issue_sqlite(
    session: Session, connection: Connection, params: dict[str, Any]
) -> TicketInfo | None:
    statements = _SQLITE_ISSUE
    fingerprint, config = cached_center_config(session)
    params.update(day=service_day(params["at"], config.timezone), fingerprint=fingerprint)
    # The service's check and the number in one statement, as on PostgreSQL.
    service = statements.next_number.one_or_none(connection, params)
    if service is None:  # the full operation refuses, or counts the quota, and says why
        forget_center_config(session)  # perhaps they changed: the next operation reads them
        return None
    number = service.last_number
    params.update(
        service_id=service.service_id,
        number=number,
        ticket_code=format_code(service.service_code, number),
    )
    params["ticket_id"] = statements.new_ticket.one_or_none(connection, params)[0]
    statements.new_event.run(connection, params)
    statements.new_audit.run(connection, params)
    ahead, open_counters = statements.ahead.one_or_none(connection, params)
    recent = (
        [(f - s).total_seconds() for s, f in statements.recent.rows(connection, params) if s and f]
        if ahead
        else []
    )
    answer = {
        "id": params["ticket_id"],
        "number": number,
        "code": params["ticket_code"],
        "service_id": service.service_id,
        "service_code": service.service_code,
        "name_zh": service.name_zh,
        "name_en": service.name_en,
        "ahead": ahead,
        "open_counters": open_counters,
    }
    return _new_ticket_info(answer, params, config, recent)


def _new_ticket_info(
    row: Mapping[str, Any], params: dict[str, Any], config: CenterConfig, recent: list[float]
) -> TicketInfo:
    """The answer from the columns the issue wrote (``rules.new_ticket``) and its new id."""
    columns = rules.new_ticket(
        day=params["day"],
        number=row["number"],
        code=row["code"],
        service_id=row["service_id"],
        priority=params["priority"],
        language=params["language"],
        at=params["at"],
    )
    ahead = int(row["ahead"] or 0)
    return info_of(
        {"id": row["id"], **columns},
        service=(row["service_code"], row["name_zh"], row["name_en"]),
        counter_number=None,
        ahead=ahead,
        estimated_wait=wait_minutes(
            ahead, recent, int(row["open_counters"] or 0), config.default_service_minutes
        ),
    )


# --- calling: statements -------------------------------------------------------------------


@cache
def _counter_row(dialect: str) -> Any:
    """The counter, locked against other calls at it, with the settings' fingerprint."""
    return (
        select(
            _counter.c.id,
            _counter.c.state,
            _counter.c.staff_id,
            settings_fingerprint(dialect).label("settings"),
        )
        .where(_counter.c.number == _COUNTER_NUMBER)
        .with_for_update(of=_counter)
    )


def _call_update() -> Any:
    """Mark the best waiting ticket called at an idle counter; no row if none or busy."""
    counter_busy = exists().where(rules.at_counter(_ticket.alias("at_counter"), _COUNTER_ID))
    served = select(CounterService.service_id).where(CounterService.counter_id == _COUNTER_ID)
    best = (
        select(Ticket.id)
        .where(eligible_for_call(_DAY, _AT), Ticket.service_id.in_(served))
        .order_by(*queue_order(_AT))
        .limit(1)
        .with_for_update(skip_locked=True)
        .correlate(None)
        .scalar_subquery()
    )
    change = rules.call(
        call_count=_ticket.c.call_count,
        first_called_at=_ticket.c.first_called_at,
        counter_id=_COUNTER_ID,
        staff_id=_STAFF_ID,
        at=_AT,
    )
    return update(_ticket).where(_ticket.c.id == best, ~counter_busy).values(**change)


def _service_names(service_id: Any) -> list[Any]:
    names = select(_service.c.code, _service.c.name_zh, _service.c.name_en).where(
        _service.c.id == service_id
    )
    return [
        names.with_only_columns(column).scalar_subquery().label(label)
        for column, label in (
            (_service.c.code, "service_code"),
            (_service.c.name_zh, "name_zh"),
            (_service.c.name_en, "name_en"),
        )
    ]


@cache
def _pg_call_statement() -> Any:
    called = _call_update().returning(*_CALLED_COLUMNS).cte("called")
    details = rules.call_details(_COUNTER_NUMBER, called.c.code)
    event, audit = _journal(
        rules.called(
            day=called.c.service_day,
            ticket_id=called.c.id,
            service_id=called.c.service_id,
            counter_id=_COUNTER_ID,
            code=called.c.code,
            # Built in the statement: the ticket (its code) is chosen there.
            details=func.json_build_object(*(x for item in details.items() for x in item)),
        )
    )
    event = event.returning(_event.c.id).cte("ev")
    return (
        select(
            called,
            *_service_names(called.c.service_id),
            notification(event.c.id).label("notified"),
        )
        .select_from(called.join(event, true()))
        .add_cte(audit.cte("au"))
    )


@cache
def _sqlite_call_statements() -> tuple[Any, Any, Any]:
    """The call (answering with the service's names), its event, its audit row."""
    call = _call_update().returning(*_CALLED_COLUMNS, *_service_names(_ticket.c.service_id))
    event, audit = _journal(
        rules.called(
            day=_DAY,
            ticket_id=_TICKET_ID,
            service_id=_SERVICE_ID,
            counter_id=_COUNTER_ID,
            code=_TICKET_CODE,
            details=_DETAILS,
        )
    )
    return call, event, audit


# --- calling -------------------------------------------------------------------------------


def call_next(
    session: Session, actor: Actor, counter_number: int, at: datetime
) -> TicketInfo | None:
    """Call the best waiting ticket at an open, idle counter (not committed), or ``None``."""
    connection = session.connection()
    dialect = connection.dialect.name
    params: dict[str, Any] = {"counter_number": counter_number, "at": at, **_actor_params(actor)}
    if dialect == "postgresql":
        counter = _PG_COUNTER_ROW.one_or_none(connection, params)
    else:
        counter = _SQLITE_COUNTER_ROW.one_or_none(connection, params)
    if (
        counter is None
        or counter.state != "open"
        or not rules.may_use_counter(actor, counter.staff_id)
    ):
        return None
    fingerprint, config = cached_center_config(session)
    if counter.settings != fingerprint:
        forget_center_config(session)
        fingerprint, config = cached_center_config(session)
    params.update(counter_id=counter.id, day=service_day(at, config.timezone))
    if dialect == "postgresql":
        row = _PG_CALL.one_or_none(connection, params)
        if row is None:
            return None
        columns: Mapping[Any, Any] = row._mapping
    else:
        call, event, audit = _SQLITE_CALL
        row = call.one_or_none(connection, params)
        if row is None:
            return None
        params.update(
            ticket_id=row.id,
            service_id=row.service_id,
            day=row.service_day,
            ticket_code=row.code,
            details=rules.call_details(counter_number, row.code),
        )
        event.run(connection, params)
        audit.run(connection, params)
        columns = row._asdict()
    return info_of(
        columns,
        service=(row.service_code, row.name_zh, row.name_en),
        counter_number=counter_number,
    )


_PG_ISSUE = _OnDriver(_pg_issue_statement)
_PG_COUNTER_ROW = _OnDriver(lambda: _counter_row("postgresql"))
_PG_CALL = _OnDriver(_pg_call_statement)
_SQLITE_COUNTER_ROW = _OnSqlite(lambda: _counter_row("sqlite"))
_SQLITE_CALL = tuple(
    _OnSqlite(lambda n=n: _sqlite_call_statements()[n])  # type: ignore[misc]
    for n in range(3)
)
_SQLITE_ISSUE = _SqliteIssue(
    *(
        _OnSqlite(lambda name=name: getattr(_sqlite_issue_statements(), name))  # type: ignore[misc]
        for name in _SqliteIssue.__dataclass_fields__
    )
)


def _actor_params(actor: Actor) -> dict[str, Any]:
    return {"staff_id": actor.staff_id, "actor": actor.name, "actor_role": actor.role.value}


__all__ = ["call_next", "issue"]
