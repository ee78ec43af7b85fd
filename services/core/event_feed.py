"""The live feed: new queue events reach every station within a second.

PostgreSQL pushes a notification on commit (``LISTEN``/``NOTIFY``); SQLite is polled for the
newest event id, which is one indexed lookup. Either way the watcher then reads the new events
and hands them to a callback. It runs on its own thread, reconnects by itself, and reports
whether the database is reachable so windows can show a banner and keep their last state.

On PostgreSQL an event's id is taken when it is inserted but seen only when its transaction
commits, so two stations writing at once can make id N+1 visible before N. The watcher
therefore remembers the ids it skipped over for a while (``_Gaps``); the notice of an
event carries its id, so when a skipped id is noticed later it is read then: a call that
committed a moment after a newer event still reaches the display, and no read is spent on
ids that never come (a rolled-back event). SQLite commits one writer at a time, in id order.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Engine, create_engine, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from services.core.errors import DatabaseUnavailable
from services.core.journal import NOTIFY_CHANNEL
from services.storage.db import Database
from services.storage.models import Counter, QueueEvent, Service, Ticket

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SQLITE_POLL_SECONDS = 0.2
POSTGRES_WAIT_SECONDS = 1.0
MAX_BACKOFF_SECONDS = 5.0
MAX_BATCH = 500
GAP_WAIT_SECONDS = 30.0  # a transaction that took an id commits within this, or rolled back
MAX_GAPS = 1000


class _ListenerLost(Exception):
    """The LISTEN connection failed; the watcher reconnects after a pause."""


class Topic(StrEnum):
    """What an event changed, so that a window refreshes only what shows it."""

    QUEUE = "queue"  # a ticket: issued, called, served, held, transferred, cancelled, expired
    COUNTERS = "counters"  # a counter opened, paused, closed or was set up; the day closed
    CASEWORK = "casework"  # a service request or a rating of a visit
    SETTINGS = "settings"  # the catalog, the center's settings, the calendar, the notice


_QUEUE_KINDS = frozenset(
    {
        "issued",
        "called",
        "recalled",
        "started",
        "finished",
        "no_show",
        "held",
        "transferred",
        "cancelled",
        "reinstated",
        "expired",
    }
)
_CASEWORK_PREFIXES = ("request_", "rated", "follow_up_")


def topic_of(kind: str) -> Topic:
    """The topic of an event kind; kinds added later fall under settings, which every
    window that shows settings re-reads."""
    if kind in _QUEUE_KINDS:
        return Topic.QUEUE
    if kind.startswith("counter_") or kind == "day_closed":
        return Topic.COUNTERS
    if kind.startswith(_CASEWORK_PREFIXES):
        return Topic.CASEWORK
    return Topic.SETTINGS


@dataclass(frozen=True)
class FeedEvent:
    """A queue event as stations need it: codes and numbers, never personal data."""

    id: int
    kind: str
    occurred_at: datetime
    service_day: date
    ticket_code: str | None
    service_code: str | None
    counter_number: int | None
    details: dict[str, Any] = field(default_factory=dict)
    appointment: bool = False  # the ticket is a checked-in appointment's (the board marks 预约)

    @property
    def topic(self) -> Topic:
        return topic_of(self.kind)


def latest_event_id(session: Session) -> int:
    return int(session.scalar(select(func.max(QueueEvent.id))) or 0)


def events_after(session: Session, after_id: int, limit: int = MAX_BATCH) -> list[FeedEvent]:
    return _read_events(session, QueueEvent.id > after_id, limit)


def events_with_ids(session: Session, ids: Collection[int]) -> list[FeedEvent]:
    return _read_events(session, QueueEvent.id.in_(sorted(ids)), len(ids))


def _read_events(session: Session, which: ColumnElement[bool], limit: int) -> list[FeedEvent]:
    rows = session.execute(
        select(QueueEvent, Ticket.code, Service.code, Counter.number, Ticket.appointment_at)
        .outerjoin(Ticket, Ticket.id == QueueEvent.ticket_id)
        .outerjoin(Service, Service.id == QueueEvent.service_id)
        .outerjoin(Counter, Counter.id == QueueEvent.counter_id)
        .where(which)
        .order_by(QueueEvent.id)
        .limit(limit)
    ).all()
    return [
        FeedEvent(
            id=event.id,
            kind=event.kind,
            occurred_at=event.occurred_at,
            service_day=event.service_day,
            ticket_code=ticket_code,
            service_code=service_code,
            counter_number=counter_number,
            details=dict(event.details or {}),
            appointment=appointment_at is not None,
        )
        for event, ticket_code, service_code, counter_number, appointment_at in rows
    ]


class _Gaps:
    """Ids skipped over while reading forward, each awaited until its wait runs out."""

    def __init__(self) -> None:
        self._until: dict[int, float] = {}

    def skipped(self, after_id: int, batch: list[FeedEvent]) -> None:
        expected = after_id + 1
        deadline = time.monotonic() + GAP_WAIT_SECONDS
        for event in batch:
            for missing in range(expected, min(event.id, expected + MAX_GAPS)):
                self._until[missing] = deadline
            expected = event.id + 1
        if len(self._until) > MAX_GAPS:  # the newest are the likeliest still to come
            self._until = dict(sorted(self._until.items())[-MAX_GAPS:])

    def arrived(self, session: Session, noticed: Collection[int] | None) -> list[FeedEvent]:
        """The skipped events now committed: those ``noticed`` (every one when None, after
        a time without notices)."""
        now = time.monotonic()
        self._until = {id_: until for id_, until in self._until.items() if until > now}
        wanted = self._until.keys() if noticed is None else self._until.keys() & set(noticed)
        if not wanted:
            return []
        late = events_with_ids(session, wanted)
        for event in late:
            del self._until[event.id]
        return late


def _event_ids(notices: list[psycopg.Notify]) -> set[int]:
    return {int(notice.payload) for notice in notices if notice.payload.isdigit()}


@contextmanager
def _reads_on(
    connection: psycopg.Connection[Any], engine: Engine
) -> Iterator[sessionmaker[Session]]:
    """Sessions that read on the listening connection itself: it has just proved alive by
    bringing the notice, and a read on it needs no pool, no ping and no transaction, which
    is most of the cost of a read when a hall's displays follow forty counters."""
    own = create_engine(
        engine.url,
        creator=lambda: connection,
        poolclass=StaticPool,
        isolation_level="AUTOCOMMIT",
    )
    try:
        yield sessionmaker(own, expire_on_commit=False)
    finally:
        own.dispose()


class EventWatcher:
    """Watches one database on a background thread and reports new events in order."""

    def __init__(
        self,
        database: Database,
        on_events: Callable[[list[FeedEvent]], None],
        on_online: Callable[[bool], None] | None = None,
        *,
        start_after: int | None = None,
    ) -> None:
        self._database = database
        self._on_events = on_events
        self._on_online = on_online
        self._last_id = start_after
        self._gaps = _Gaps()
        self._online: bool | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="civicdesk-feed", daemon=True)

    @property
    def last_id(self) -> int | None:
        return self._last_id

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        backoff = 0.5
        while not self._stop.is_set():
            try:
                if self._database.is_sqlite:
                    self._poll_sqlite()
                else:
                    self._listen_postgres()
            except (SQLAlchemyError, DatabaseUnavailable, _ListenerLost, OSError) as exc:
                log.warning("live feed lost the database: %s", exc)
                self._set_online(False)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
            else:
                backoff = 0.5

    def _catch_up(
        self, sessions: Callable[[], Session], noticed: Collection[int] | None = None
    ) -> None:
        """Hand on the events committed since the last read; ``noticed`` are the ids the
        notices named (None: the notices may have been missed, as before the first read)."""
        with sessions() as session:
            if self._last_id is None:
                self._last_id = latest_event_id(session)
            late = self._gaps.arrived(session, noticed)
            if late:
                self._on_events(late)
            while True:
                batch = events_after(session, self._last_id)
                if not batch:
                    break
                self._gaps.skipped(self._last_id, batch)
                self._last_id = batch[-1].id
                self._on_events(batch)
                if len(batch) < MAX_BATCH:
                    break
        self._set_online(True)

    def _poll_sqlite(self) -> None:
        while not self._stop.is_set():
            with self._database.reader() as session:
                newest = latest_event_id(session)
            if self._last_id is None or newest > self._last_id:
                self._catch_up(self._database.reader, noticed=())  # no late commits here
            else:
                self._set_online(True)
            self._stop.wait(SQLITE_POLL_SECONDS)

    def _listen_postgres(self) -> None:
        import psycopg  # only PostgreSQL stations pay for loading the driver

        url = self._database.engine.url.set(drivername="postgresql")
        conninfo = url.render_as_string(hide_password=False)
        try:
            with psycopg.connect(conninfo, autocommit=True, connect_timeout=5) as connection:
                connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
                with _reads_on(connection, self._database.engine) as reads:
                    self._catch_up(reads)  # anything committed while we were not listening
                    self._follow(connection, reads)
        except psycopg.Error as exc:
            raise _ListenerLost(str(exc)) from exc

    def _follow(self, connection: psycopg.Connection[Any], reads: sessionmaker[Session]) -> None:
        while not self._stop.is_set():
            notices = list(connection.notifies(timeout=POSTGRES_WAIT_SECONDS, stop_after=1))
            if notices:
                # One read takes every event committed so far: the notices already queued
                # behind this one would only wake us for nothing.
                notices.extend(connection.notifies(timeout=0.0))
                self._catch_up(reads, _event_ids(notices))
            else:
                connection.execute("SELECT 1")  # notices a dead server between events

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            if self._on_online is not None:
                self._on_online(online)
