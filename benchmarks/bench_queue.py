"""Benchmark 1: issuing a ticket and calling the next one, against the floor of the database.

Ours is the real operation (``queue_ops.issue_ticket`` / ``call_next``) in a writing session,
as a window runs it: role check, center settings, the ticket, its ``queue_event`` and
``audit_log`` rows, NOTIFY on PostgreSQL, and the plain-data answer (people ahead, estimated
wait). The floor is the least SQL doing the ticket's part by hand on the raw driver, with one
connection kept for the process (``Floor``): on SQLite the ``sqlite3`` module in WAL mode, at
our ``synchronous`` level, in ``BEGIN IMMEDIATE``; on PostgreSQL psycopg:

- issue: one ``UPDATE ticket_sequence … RETURNING`` and one ``INSERT INTO ticket``;
- call next: one ``UPDATE ticket … WHERE id = (SELECT … LIMIT 1 [FOR UPDATE SKIP LOCKED])
  RETURNING``.

Each case runs with 1 client process and with 8 concurrent client processes. Ours and the
floor alternate in blocks, every process starting each block together (a barrier), each on
its own fresh database, so both see the same machine load. Latency is per operation, from
opening the session to closing it. Targets: ours costs at most 2x the floor (median), and with
8 SQLite clients its p99 is within 3x the floor's. PostgreSQL is the benchmarks' own server
with production durability (``pg_server.py``).

Run: python benchmarks/bench_queue.py [--quick] [--no-postgres]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Databases, Report, Row, median, ms, percentile

SERVICES = ("A", "B", "C", "D")
TARGET_RATIO = 2.0
TARGET_P99_RATIO = 3.0  # with 8 SQLite clients
CLIENTS = (1, 8)


def _sizes(quick: bool, clients: int) -> tuple[int, int, int]:
    """Rounds, operations per block, warm-up operations, per process."""
    if clients == 1:
        return (6, 20, 10) if quick else (12, 30, 20)
    return (3, 8, 5) if quick else (6, 20, 10)


# --- the hand-written baseline -----------------------------------------------------------


def _sql(dialect: str, text: str) -> str:
    return text if dialect == "sqlite" else text.replace("?", "%s")


def _stamp(dialect: str, at: datetime) -> Any:
    naive = at.astimezone(UTC).replace(tzinfo=None)
    return naive.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else naive


def _day(dialect: str, day: date) -> Any:
    return day.isoformat() if dialect == "sqlite" else day


class Floor:
    """The least SQL for each operation, on one raw driver connection kept for the process.

    SQLite: the ``sqlite3`` module, WAL, our ``synchronous`` level and busy timeout, foreign
    keys on, ``BEGIN IMMEDIATE`` … ``COMMIT``. PostgreSQL: psycopg, one transaction per
    operation. No pool, no ORM, no SQLAlchemy: what a database engineer would write by hand.

    With ``journal``, each operation also does by hand what ours adds to the ticket's own part:
    the rules' ``queue_event`` and ``audit_log`` rows and, on PostgreSQL, the ``pg_notify`` of
    the event (one statement of data-modifying CTEs there), and for an issue the count of the
    people ahead that the printed ticket shows. Not the target's baseline: it shows how much of
    our cost is that work rather than our code.
    """

    def __init__(
        self, url: str, service_ids: dict[str, int], day: date, *, journal: bool = False
    ) -> None:
        self.dialect = "sqlite" if url.startswith("sqlite") else "postgresql"
        self.service_ids = service_ids
        self.day = day
        self.journal = journal
        self.connection = _connect(url)
        d = self.dialect
        self._next = _sql(
            d,
            "UPDATE ticket_sequence SET last_number = last_number + 1 "
            "WHERE service_day = ? AND service_id = ? RETURNING last_number",
        )
        self._insert = _sql(
            d,
            "INSERT INTO ticket (service_day, number, code, issue_service_id, service_id, "
            "status, language, issued_at, queue_since, call_count, transfer_count) "
            "VALUES (?, ?, ?, ?, ?, 'waiting', 'zh_CN', ?, ?, 0, 0)"
            # The new id for the journal; SQLite's driver has it without asking.
            + (" RETURNING id" if journal and d == "postgresql" else ""),
        )
        lock = "" if d == "sqlite" else " FOR UPDATE SKIP LOCKED"
        self._call = _sql(
            d,
            "UPDATE ticket SET status = 'called', counter_id = ?, call_count = call_count + 1, "
            "first_called_at = COALESCE(first_called_at, ?), last_called_at = ? "
            "WHERE id = (SELECT id FROM ticket WHERE service_day = ? AND status = 'waiting' "
            "AND service_id IN (SELECT service_id FROM counter_service WHERE counter_id = ?) "
            "ORDER BY CASE WHEN priority_reason IS NULL THEN 1 ELSE 0 END, "
            "CASE WHEN transferred_from_service_id IS NULL THEN 1 ELSE 0 END, queue_since, id "
            f"LIMIT 1{lock}) RETURNING id, code, service_id",
        )
        self._done = _sql(d, "UPDATE ticket SET status = 'done' WHERE id = ?")
        self._ahead = _sql(
            d,
            "SELECT count(*) FROM ticket WHERE service_day = ? AND service_id = ? "
            "AND status = 'waiting' AND id < ?",
        )
        event = (
            "INSERT INTO queue_event (occurred_at, service_day, kind, ticket_id, counter_id, "
            "service_id, actor, details) VALUES (?, ?, ?, ?, ?, ?, 'system', ?)"
        )
        audit = (
            "INSERT INTO audit_log (occurred_at, actor, actor_role, action, target_type, "
            "target_id, details) VALUES (?, 'system', 'system', ?, 'ticket', ?, ?)"
        )
        # PostgreSQL: one statement of data-modifying CTEs, as ours; SQLite has none.
        self._journal = (
            [event, audit]
            if d == "sqlite"
            else [
                _sql(
                    d,
                    f"WITH ev AS ({event} RETURNING id), au AS ({audit}) "
                    "SELECT pg_notify('civicdesk_events', id::text) FROM ev",
                )
            ]
        )

    def _transaction(self, work: Callable[[Any], Any]) -> Any:
        conn = self.connection
        if self.dialect == "sqlite":
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result
        with conn.transaction():
            return work(conn)

    def _log(
        self, conn: Any, kind: str, ticket: tuple[Any, ...], counter_id: Any, now: Any
    ) -> None:
        """The event, audit row and notification of ``ticket`` (id, code, service id)."""
        ticket_id, code, service_id = ticket
        details = f'{{"code": "{code}"}}'
        day = _day(self.dialect, self.day)
        event = (now, day, kind, ticket_id, counter_id, service_id, details)
        audit = (now, f"ticket.{kind}", code, details)
        if self.dialect == "postgresql":  # one statement of CTEs, with the notification
            conn.execute(self._journal[0], event + audit).fetchone()
        else:
            conn.execute(self._journal[0], event)
            conn.execute(self._journal[1], audit)

    def issue(self, code: str) -> str:
        now = _stamp(self.dialect, datetime.now(UTC))
        day = _day(self.dialect, self.day)
        service_id = self.service_ids[code]

        def work(conn: Any) -> str:
            number = conn.execute(self._next, (day, service_id)).fetchone()[0]
            ticket = f"{code}{number:03d}"
            values = (day, number, ticket, service_id, service_id, now, now)
            inserted = conn.execute(self._insert, values)
            if self.journal:
                ticket_id = (
                    inserted.lastrowid if self.dialect == "sqlite" else inserted.fetchone()[0]
                )
                self._log(conn, "issued", (ticket_id, ticket, service_id), None, now)
                conn.execute(self._ahead, (day, service_id, ticket_id)).fetchone()
            return ticket

        return str(self._transaction(work))

    def call_next(self, counter_id: int) -> int:
        now = _stamp(self.dialect, datetime.now(UTC))
        day = _day(self.dialect, self.day)
        params = (counter_id, now, now, day, counter_id)

        def work(conn: Any) -> int:
            row = conn.execute(self._call, params).fetchone()
            if self.journal:
                self._log(conn, "called", tuple(row), counter_id, now)
            return int(row[0])

        return int(self._transaction(work))

    def finish(self, ticket_id: int) -> None:
        """Untimed: clears the counter between two calls."""
        self._transaction(lambda conn: conn.execute(self._done, (ticket_id,)))

    def close(self) -> None:
        self.connection.close()


def _connect(url: str) -> Any:
    if url.startswith("sqlite"):
        import sqlite3

        from services.storage.db import SQLITE_BUSY_TIMEOUT_MS, SQLITE_SYNCHRONOUS

        conn = sqlite3.connect(
            url.removeprefix("sqlite:///"),
            isolation_level=None,
            timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={SQLITE_SYNCHRONOUS}")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn
    import psycopg

    return psycopg.connect(url)


# --- setting up a database ---------------------------------------------------------------


def prepare(url: str, waiting: int) -> None:
    """Every counter 1-8 serves A-D; the day's sequences exist; ``waiting`` tickets wait."""
    from sqlalchemy import select

    from services.core.center_config import load_center_config
    from services.core.clock import service_day
    from services.storage.db import open_database
    from services.storage.models import Counter, CounterService, Service, TicketSequence

    database = open_database(url)
    with database.writer() as session:
        day = service_day(datetime.now(UTC), load_center_config(session).timezone)
        services = {
            s.code: s.id for s in session.scalars(select(Service).where(Service.code.in_(SERVICES)))
        }
        counters = {c.number: c.id for c in session.scalars(select(Counter))}
        links = set(session.execute(select(CounterService.counter_id, CounterService.service_id)))
        for number in range(1, 9):
            for position, code in enumerate(SERVICES, start=10):
                if (counters[number], services[code]) not in links:
                    link = CounterService(
                        counter_id=counters[number], service_id=services[code], position=position
                    )
                    session.add(link)
        for code in SERVICES:
            session.add(TicketSequence(service_day=day, service_id=services[code], last_number=0))
        session.commit()
    database.dispose()
    floor = Floor(url, services, day)
    for n in range(waiting):
        floor.issue(SERVICES[n % len(SERVICES)])
    floor.close()


# --- one client process ------------------------------------------------------------------


def _client(
    op: str,
    urls: dict[str, str],
    index: int,
    sizes: tuple[int, int, int],
    barrier: Any,
    results: Any,
) -> None:
    from sqlalchemy import select

    from services.core.actors import SYSTEM
    from services.core.center_config import load_center_config
    from services.core.clock import service_day
    from services.queue import ops as queue_ops
    from services.storage.db import open_database
    from services.storage.models import Counter, Service

    rounds, block, warmup = sizes
    ours_db = open_database(urls["ours"])
    with ours_db.reader() as session:
        day = service_day(datetime.now(UTC), load_center_config(session).timezone)
        service_ids = {s.code: s.id for s in session.scalars(select(Service))}
        counter_id = session.scalars(select(Counter.id).where(Counter.number == index + 1)).one()
    baseline = Floor(urls["baseline"], service_ids, day)
    journal = Floor(urls["journal"], service_ids, day, journal=True)
    ours_finish = Floor(urls["ours"], service_ids, day)
    counter = index + 1
    done = [0]

    def ours_issue() -> None:
        code = SERVICES[(index + done[0]) % len(SERVICES)]
        done[0] += 1
        with ours_db.writer() as session:
            queue_ops.issue_ticket(session, SYSTEM, code)

    def floor_issue(floor: Floor) -> Callable[[], None]:
        def run() -> None:
            code = SERVICES[(index + done[0]) % len(SERVICES)]
            done[0] += 1
            floor.issue(code)

        return run

    def ours_call() -> None:
        with ours_db.writer() as session:
            ticket = queue_ops.call_next(session, SYSTEM, counter, open_if_closed=True)
        pending.append(ticket.id)

    def floor_call(floor: Floor) -> Callable[[], None]:
        return lambda: pending.append(floor.call_next(counter_id))

    pending: list[int] = []
    if op == "issue":
        runs: dict[str, Callable[[], None]] = {
            "ours": ours_issue,
            "baseline": floor_issue(baseline),
            "journal": floor_issue(journal),
        }
        clear: dict[str, Callable[[int], None]] = {}
    else:
        runs = {"ours": ours_call, "baseline": floor_call(baseline), "journal": floor_call(journal)}
        clear = {"ours": ours_finish.finish, "baseline": baseline.finish, "journal": journal.finish}

    def one(kind: str) -> float:
        start = time.perf_counter()
        runs[kind]()
        elapsed = time.perf_counter() - start
        if clear:
            clear[kind](pending.pop())
        return elapsed

    kinds = list(runs)
    for _ in range(warmup):
        for kind in kinds:
            one(kind)
    timings: dict[str, list[float]] = {kind: [] for kind in kinds}
    for r in range(rounds):
        # Each kind goes first in turn, so none always meets the machine's same moment.
        for kind in kinds[r % len(kinds) :] + kinds[: r % len(kinds)]:
            barrier.wait()
            for _ in range(block):
                timings[kind].append(one(kind))
    ours_db.dispose()
    for floor in (baseline, journal, ours_finish):
        floor.close()
    results.put(timings)


def run_case(op: str, kind: str, clients: int, databases: Databases, quick: bool) -> dict:
    sizes = _sizes(quick, clients)
    rounds, block, warmup = sizes
    # Calls need waiting tickets: everything the clients will call, and some to spare.
    waiting = clients * (rounds * block + warmup) + 20 if op == "call" else 0
    urls = {name: databases.new_url(kind) for name in ("ours", "baseline", "journal")}
    for url in urls.values():
        prepare(url, waiting)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(clients)
    results = context.Queue()
    processes = [
        context.Process(target=_client, args=(op, urls, i, sizes, barrier, results))
        for i in range(clients)
    ]
    for process in processes:
        process.start()
    collected: dict[str, list[float]] = defaultdict(list)
    for _ in processes:
        for name, values in results.get(timeout=900).items():
            collected[name].extend(values)
    for process in processes:
        process.join(60)
        if process.exitcode != 0:
            raise RuntimeError(f"a benchmark client failed (exit {process.exitcode})")
    return collected


WAL_DAY_TICKETS = 2000


def wal_over_a_day(databases: Databases, tickets: int) -> tuple[int, int, float]:
    """Issue, call and finish ``tickets`` tickets in one process, as a day does; the largest
    size of the WAL file, its size at the end (before closing), and the seconds taken."""
    from services.core.actors import SYSTEM
    from services.queue import ops as queue_ops
    from services.storage.db import open_database

    url = databases.new_url("sqlite")
    prepare(url, 0)
    wal = Path(url.removeprefix("sqlite:///") + "-wal")
    database = open_database(url)
    finisher: Floor | None = None
    largest = 0
    started = time.perf_counter()
    try:
        for n in range(tickets):
            with database.writer() as session:
                queue_ops.issue_ticket(session, SYSTEM, SERVICES[n % len(SERVICES)])
            with database.writer() as session:
                called = queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True)
            if finisher is None:
                finisher = Floor(url, {}, date.today())
            finisher.finish(called.id)
            largest = max(largest, wal.stat().st_size)
        at_end = wal.stat().st_size
    finally:
        if finisher is not None:
            finisher.close()
        database.dispose()
    return largest, at_end, time.perf_counter() - started


def main(quick: bool = False, postgres: bool = True, report: Report | None = None) -> Report:
    from benchmarks.common import pg_admin_url

    report = report or Report()
    databases = Databases(pg_admin_url() if postgres else None)
    try:
        for kind in databases.kinds():
            for op, label in (("issue", "issue ticket"), ("call", "call next")):
                for clients in CLIENTS:
                    collected = run_case(op, kind, clients, databases, quick)
                    ours, base = collected["ours"], collected["baseline"]
                    print(
                        f"{kind} {label}, {clients} client(s), {len(ours)} ops each: "
                        f"ours median {ms(median(ours))} p99 {ms(percentile(ours, 0.99))}; "
                        f"baseline median {ms(median(base))} p99 {ms(percentile(base, 0.99))}; "
                        f"with the journal {ms(median(collected['journal']))}"
                    )
                    ratio = median(ours) / median(base)
                    p99_ratio = percentile(ours, 0.99) / percentile(base, 0.99)
                    target = f"<= {TARGET_RATIO:g}x"
                    met = ratio <= TARGET_RATIO
                    if kind == "sqlite" and clients > 1:
                        target += f", p99 <= {TARGET_P99_RATIO:g}x (p99 ratio {p99_ratio:.2f})"
                        met = met and p99_ratio <= TARGET_P99_RATIO
                    else:
                        target += f" (p99 ratio {p99_ratio:.2f})"
                    report.add(
                        Row(
                            "1 queue ops",
                            f"{label}, {kind}, {clients} client{'s' if clients > 1 else ''}",
                            f"{ms(median(ours))} (p99 {ms(percentile(ours, 0.99))})",
                            f"{ms(median(base))} (p99 {ms(percentile(base, 0.99))})",
                            ratio,
                            target,
                            met,
                        )
                    )
                    journal = collected["journal"]
                    report.add(
                        Row(
                            "1 queue ops",
                            f"for scale: the floor with the journal (and people ahead) by hand "
                            f"({kind}, "
                            f"{clients} client{'s' if clients > 1 else ''}; ratio to the floor)",
                            f"{ms(median(journal))} (p99 {ms(percentile(journal, 0.99))})",
                            f"{ms(median(base))}",
                            median(journal) / median(base),
                            f"ours / this: {median(ours) / median(journal):.2f}",
                            None,
                        )
                    )
        from services.storage.db import SQLITE_JOURNAL_SIZE_LIMIT

        tickets = WAL_DAY_TICKETS // 4 if quick else WAL_DAY_TICKETS
        largest, at_end, seconds = wal_over_a_day(databases, tickets)
        bound = SQLITE_JOURNAL_SIZE_LIMIT + 1000 * 4096  # the limit + one auto-checkpoint
        print(f"WAL over a {tickets}-ticket day: largest {largest:,} bytes, at the end {at_end:,}")
        report.add(
            Row(
                "1 queue ops",
                f"SQLite WAL over a {tickets:,}-ticket day (issue, call, finish; {seconds:.0f} s)",
                f"largest {largest / 2**20:.1f} MB, at the end {at_end / 2**20:.1f} MB",
                "",
                None,
                f"bounded: <= {bound / 2**20:.1f} MB (size limit + one auto-checkpoint)",
                largest <= bound,
            )
        )
    finally:
        databases.close()
    return report


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    if args.no_postgres:
        main(args.quick, postgres=False)
    else:
        from benchmarks.pg_server import production_postgres

        with production_postgres() as pg_url:
            main(args.quick, postgres=pg_url is not None)
