"""The district's catch-up after a center was offline for a week of busy days.

Two PostgreSQL clusters on loopback, both with the durability of production (``fsync``,
``synchronous_commit``, ``full_page_writes`` on): a center's (``wal_level = logical``) and the
district's. The center publishes its per-day figures and the district subscribes to it (the
services behind ``district publish`` and ``district subscribe``), through a link on loopback
(``benchmarks/link.py``).

The outage is the link cut, not a server stopped or the subscription disabled: a center that
is offline for the district is a center whose line is down while it keeps serving residents,
and the district keeps running for its other centers. Cutting the link is the only model in
which both servers run on, the center's replication slot keeps the week's WAL, and the
subscription notices the failure and reconnects by itself (its apply worker retries every
``wal_retrieve_retry_interval``, 5 s by default) rather than on an administrator's command.

Meanwhile the center has 7 busy days (``seed_demo_history``, about 2,000 tickets a day with
their events; ``--quick``: 200), each closed as ``day close`` closes it (``close_day`` and
``publish_recent_days`` the next morning). Then the link comes back, and ours is the time from
that moment until the district holds every row of the 7 days; the district's figures are
then checked against the center's own report, figure for figure. The baseline is the same
round with ONE busy day offline, in the same run, before and after every week (three weeks
and four single days, medians; ``--quick``: one week between two days). Each time is split
into the subscription's reconnection (until the center's walsender for it starts) and the
transfer after it (until the district commits the last day: a deferred trigger notes it).

With ``--services`` the center's days go through the queue's own operations instead (every
ticket issued, called, started and finished, each its own transaction, as at a hall): about
three times the WAL per ticket and thousands of transactions a day for the subscription to
decode, where a seeded day is one bulk transaction. One week and two single days.

    python -m benchmarks.bench_district_catchup [--quick] [--services]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any

import psycopg

from benchmarks.common import Report, Row
from benchmarks.link import Link
from benchmarks.pg_server import PRODUCTION, durability_text

CODE = "HD-01"
FIRST_DAY = date(2026, 10, 26)  # a Monday
TICKETS_PER_DAY = 2000
WEEK = 7
POLL_SECONDS = 0.05
CATCH_UP_LIMIT = 900.0
BENCH = "9 district catch-up"
SERVICES = ("A", "C", "G")  # served at counter 1
OPEN_SECONDS = 9 * 3600
STEP = timedelta(seconds=1)


@dataclass(frozen=True)
class Round:
    days: int
    tickets: int
    reconnect: float  # link restored -> the subscription's walsender started at the center
    total: float  # link restored -> the district committed the last row
    rows: int  # rows of district_day and district_day_seconds replicated
    wal_bytes: int  # WAL the center wrote while the link was down
    retained_bytes: int  # WAL the slot kept for the district when the link came back
    link_bytes: int  # bytes the link carried to the district during the catch-up
    decoded: tuple[int, int] | None  # the slot's decoded transactions and bytes, if reported

    @property
    def transfer(self) -> float:
        return self.total - self.reconnect


class Bench:
    def __init__(self, center_url: str, district_url: str, link: Link, services: bool) -> None:
        from services.core.center_config import load_center_config
        from services.storage.db import open_database

        self.center = open_database(center_url)
        self.district = open_database(district_url)
        self.link = link
        self.services = services
        self.center_raw = psycopg.connect(center_url, autocommit=True)
        self.district_raw = psycopg.connect(district_url, autocommit=True)
        self.next_day = FIRST_DAY
        with self.center.reader() as session:
            self.zone = load_center_config(session).timezone

    def close(self) -> None:
        self.center_raw.close()
        self.district_raw.close()
        self.center.dispose()
        self.district.dispose()

    def morning_after(self, day: date) -> datetime:
        return datetime.combine(day + timedelta(days=1), clock_time(6, 30), tzinfo=self.zone)

    def busy_day(self, tickets: int) -> int:
        """One day at the center, closed and published as ``day close`` does; its tickets."""
        from services.core.actors import SYSTEM
        from services.demo.history import seed_demo_history
        from services.district.days import publish_recent_days
        from services.queue.day_close import close_day

        day, self.next_day = self.next_day, self.next_day + timedelta(days=1)
        now = self.morning_after(day)
        if self.services:
            count = self.served_day(day, tickets)
        else:
            with self.center.writer() as session:
                count = seed_demo_history(
                    session, SYSTEM, days=1, seed=day.toordinal(), tickets_per_day=tickets, now=now
                ).tickets
        with self.center.writer() as session:
            close_day(session, SYSTEM, day=day, now=now)
            published = publish_recent_days(session, SYSTEM, now=now)
        assert published is not None
        assert published.days[-1] == day, published
        return count

    def served_day(self, day: date, tickets: int) -> int:
        """A day through the queue's own operations, one ticket after another at counter 1:
        issued, called, started and finished, each in its own transaction as at a hall."""
        from services.core.actors import SYSTEM
        from services.queue import ops

        opening = datetime.combine(day, clock_time(8, 30), tzinfo=self.zone)
        spacing = OPEN_SECONDS / tickets
        for n in range(tickets):
            at = opening + timedelta(seconds=n * spacing)
            with self.center.writer() as session:
                ops.issue_ticket(session, SYSTEM, SERVICES[n % len(SERVICES)], now=at)
            with self.center.writer() as session:
                ops.call_next(session, SYSTEM, 1, open_if_closed=True, now=at + 0.1 * STEP)
            with self.center.writer() as session:
                ops.start_service(session, SYSTEM, 1, now=at + 0.2 * STEP)
            with self.center.writer() as session:
                ops.finish_service(session, SYSTEM, 1, now=at + 0.9 * spacing * STEP)
        return tickets

    def counts(self, raw: psycopg.Connection[Any]) -> tuple[int, int]:
        row = raw.execute(
            "SELECT (SELECT count(*) FROM district_day WHERE center_code = %s), "
            "(SELECT count(*) FROM district_day_seconds WHERE center_code = %s)",
            (CODE, CODE),
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    def walsender_up(self) -> bool:
        from services.district.replication import subscription_name

        row = self.center_raw.execute(
            "SELECT count(*) FROM pg_stat_replication WHERE application_name = %s",
            (subscription_name(CODE),),
        ).fetchone()
        return bool(row and row[0])

    def lsn(self) -> int:
        row = self.center_raw.execute(
            "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint"
        ).fetchone()
        assert row is not None
        return int(row[0])

    def slot_query(self, sql: str) -> tuple[Any, ...] | None:
        from services.district.replication import subscription_name

        return self.center_raw.execute(sql, (subscription_name(CODE),)).fetchone()

    def wait_until(self, done: Any, what: str, limit: float = 60.0) -> float:
        started = time.perf_counter()
        while not done():
            if time.perf_counter() - started > limit:
                raise TimeoutError(f"{what}: not within {limit:.0f} s")
            time.sleep(POLL_SECONDS)
        return time.perf_counter() - started

    def moments(self) -> tuple[datetime, datetime]:
        """When the subscription's walsender started at the center, and when the district
        committed the last transaction it applied (both servers read the machine's clock)."""
        from services.district.replication import subscription_name

        started = self.center_raw.execute(
            "SELECT backend_start FROM pg_stat_replication WHERE application_name = %s",
            (subscription_name(CODE),),
        ).fetchone()
        applied = self.district_raw.execute("SELECT at FROM bench_applied").fetchone()
        assert started is not None
        assert applied is not None
        return started[0], applied[0]

    def restart_lsn(self) -> int:
        row = self.slot_query(
            "SELECT pg_wal_lsn_diff(restart_lsn, '0/0')::bigint "
            "FROM pg_replication_slots WHERE slot_name = %s"
        )
        return int(row[0]) if row else 0

    def settle(self) -> None:
        """Let the slot's restart point reach the present, as it has between two outages at
        a real center (a checkpoint logs the running transactions the slot advances on).
        Without this, a round would also reread the WAL of the round before it."""
        present = self.lsn()
        self.center_raw.execute("CHECKPOINT")
        self.wait_until(
            lambda: self.restart_lsn() >= present, "the slot's restart point comes up", 120
        )

    def outage(self, days: int, tickets: int) -> Round:
        """Cut the link, let the center work ``days`` days, restore it, time the catch-up."""
        settled = time.perf_counter()
        self.settle()
        print(f"  slot settled in {time.perf_counter() - settled:.1f} s", flush=True)
        self.link.cut()
        self.wait_until(lambda: not self.walsender_up(), "the walsender ends after the cut")
        wal_before = self.lsn()
        seeded = sum(self.busy_day(tickets) for _ in range(days))
        wal_after = self.lsn()
        expected = self.counts(self.center_raw)
        before = self.counts(self.district_raw)
        retained = self.slot_query(
            "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint "
            "FROM pg_replication_slots WHERE slot_name = %s"
        )
        self.slot_query("SELECT pg_stat_reset_replication_slot(%s)")
        carried = self.link.bytes_down
        print(f"  {days} day(s), {seeded:,} tickets at the center; link restored", flush=True)
        restored = datetime.now(UTC)
        self.link.restore()
        self.wait_until(
            lambda: self.counts(self.district_raw) == expected, "the catch-up", CATCH_UP_LIMIT
        )
        reconnected, applied = self.moments()
        time.sleep(1.0)  # the walsender reports the slot's statistics after its transactions
        decoded = self.slot_query(
            "SELECT total_txns, total_bytes FROM pg_stat_replication_slots WHERE slot_name = %s"
        )
        return Round(
            days=days,
            tickets=seeded,
            reconnect=(reconnected - restored).total_seconds(),
            total=(applied - restored).total_seconds(),
            rows=expected[0] + expected[1] - before[0] - before[1],
            wal_bytes=wal_after - wal_before,
            retained_bytes=int(retained[0]) if retained else 0,
            link_bytes=self.link.bytes_down - carried,
            decoded=(int(decoded[0]), int(decoded[1])) if decoded and decoded[1] else None,
        )

    def differences(self, first: date, last: date) -> list[str]:
        """Where the district's figures of ``first``-``last`` differ from the center's own."""
        from services.core.actors import SYSTEM
        from services.district.report import district_report
        from services.stats.report import range_report

        found: list[str] = []
        for table, order in (
            ("district_day", "service_day"),
            ("district_day_seconds", "service_day, measure, bucket"),
        ):
            sql = (
                f"SELECT * FROM {table} WHERE center_code = %s AND service_day BETWEEN %s AND %s "
                f"ORDER BY {order}"
            )
            rows = [
                raw.execute(sql, (CODE, first, last)).fetchall()
                for raw in (self.center_raw, self.district_raw)
            ]
            if rows[0] != rows[1]:
                found.append(f"{table}: {len(rows[1])} rows at the district, {len(rows[0])} here")
        now = self.morning_after(last)
        with self.center.reader() as session:
            own = range_report(session, SYSTEM, first, last, now=now)
        with self.district.reader() as session:
            report = district_report(session, SYSTEM, first, last, now=now)
        figures = {c.code: c for c in report.centers}.get(CODE)
        if figures is None:
            return [*found, f"center {CODE} is missing from the district report"]
        pairs = {
            "days": (figures.days, (last - first).days + 1),
            "issued": (figures.issued, own.queue.issued),
            "served": (figures.served, own.queue.served),
            "no-shows": (figures.no_show, own.queue.no_show),
            "ratings": (figures.ratings, own.ratings.count),
            "good ratings": (figures.ratings_good, own.ratings.good),
            "requests completed": (figures.requests_completed, own.requests.total.completed),
            "requests on time": (figures.requests_on_time, own.requests.total.completed_on_time),
            "mediation registered": (figures.mediation_registered, own.mediation.registered),
            "petitions received": (figures.petitions_received, own.petitions.received),
            "petitions replied": (figures.petitions_replied, own.petitions.replied),
            "petitions on time": (figures.petitions_on_time, own.petitions.on_time),
            "petitions satisfied": (figures.petitions_satisfied, own.petitions.satisfied),
            "total issued": (report.total.issued, own.queue.issued),
        }
        found += [f"{k}: district {d}, center {c}" for k, (d, c) in pairs.items() if d != c]
        return found


@contextmanager
def clusters() -> Iterator[tuple[int, int]]:
    """The center's and the district's clusters; yields their ports."""
    from tests.drills.own_postgres import OwnServer, own_server_directory, pg_bin

    bin_dir = pg_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL's server tools (initdb, pg_ctl) are not installed")
    center = OwnServer(bin_dir, own_server_directory())
    center.extra = f"{PRODUCTION} -c wal_level=logical"
    district = OwnServer(bin_dir, own_server_directory())
    district.extra = PRODUCTION
    try:
        for server in (center, district):
            server.init()
            server.start()
        yield center.port, district.port
    finally:
        district.remove()  # the subscription goes first, then the slot's server
        center.remove()


# The district commits each replicated day in a transaction of its own; a deferred trigger
# (run at commit, also by the subscription's apply worker: ALWAYS) notes the moment, so the
# catch-up is timed to the commit and not to the polling interval. One call per day: its cost
# is negligible next to the day's rows. (Commit timestamps would not do: a subscriber records
# the center's commit time.)
_APPLIED_CLOCK = (
    "CREATE TABLE bench_applied (at timestamptz)",
    "INSERT INTO bench_applied VALUES (NULL)",
    "CREATE FUNCTION bench_note_applied() RETURNS trigger LANGUAGE plpgsql "
    "SET search_path = public AS "
    "$$ BEGIN UPDATE bench_applied SET at = clock_timestamp(); RETURN NULL; END $$",
    "CREATE CONSTRAINT TRIGGER bench_applied AFTER INSERT ON district_day "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bench_note_applied()",
    "ALTER TABLE district_day ENABLE ALWAYS TRIGGER bench_applied",
)


def _url(port: int, name: str) -> str:
    return f"postgresql://postgres@127.0.0.1:{port}/{name}"


def _database(port: int, name: str) -> str:
    with psycopg.connect(_url(port, "postgres"), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return _url(port, name)


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def run(quick: bool, report: Report, *, services: bool = False) -> None:
    from services.core.actors import SYSTEM
    from services.district.days import set_center_code
    from services.district.replication import publish, subscribe
    from services.storage.bootstrap import prepare_database
    from services.storage.db import open_database

    tickets = (100 if services else 200) if quick else TICKETS_PER_DAY
    weeks_offline = 1 if quick or services else 3
    load = os.getloadavg()
    how = "through the services" if services else "seeded"
    print(f"district catch-up: {WEEK} days of about {tickets} tickets offline ({how})")
    with clusters() as (center_port, district_port):
        print(f"  center: {durability_text(_url(center_port, 'postgres'))}, wal_level=logical")
        print(f"  district: {durability_text(_url(district_port, 'postgres'))}")
        center_url = _database(center_port, "center_hd01")
        district_url = _database(district_port, "district")
        for url in (center_url, district_url):
            database = open_database(url)
            prepare_database(database)
            if url == center_url:
                with database.writer() as session:
                    set_center_code(session, SYSTEM, CODE)
                publish(database, SYSTEM)
            database.dispose()
        with psycopg.connect(district_url, autocommit=True) as connection:
            for statement in _APPLIED_CLOCK:
                connection.execute(statement)
        with closing(Link("127.0.0.1", center_port)) as link:
            bench = Bench(center_url, district_url, link, services)
            try:
                bench.busy_day(tickets)  # a day of history before the district subscribes
                district = open_database(district_url)
                started = time.perf_counter()
                subscribe(district, SYSTEM, CODE, _url(link.port, "center_hd01"))
                district.dispose()
                expected = bench.counts(bench.center_raw)
                bench.wait_until(
                    lambda: bench.counts(bench.district_raw) == expected, "the first copy", 300
                )
                print(f"  subscribed; first copy in {time.perf_counter() - started:.1f} s")
                baselines = [bench.outage(1, tickets)]
                weeks: list[Round] = []
                differences: list[str] = []
                for _ in range(weeks_offline):
                    week_first = bench.next_day
                    weeks.append(bench.outage(WEEK, tickets))
                    week_last = bench.next_day - timedelta(days=1)
                    differences += bench.differences(week_first, week_last)
                    baselines.append(bench.outage(1, tickets))
                differences += bench.differences(FIRST_DAY, bench.next_day - timedelta(days=1))
            finally:
                bench.close()
    _report(report, weeks, baselines, differences, load, how)


def _median(rounds: list[Round], figure: Any) -> float:
    return float(statistics.median(figure(r) for r in rounds))


def _spread(rounds: list[Round], figure: Any) -> str:
    values = [figure(r) for r in rounds]
    return "" if len(values) < 2 else f", {min(values):.2f}-{max(values):.2f}"


def _report(
    report: Report,
    weeks: list[Round],
    baselines: list[Round],
    differences: list[str],
    load: Any,
    how: str,
) -> None:
    def total(r: Round) -> float:
        return r.total

    def reconnect(r: Round) -> float:
        return r.reconnect

    def transfer(r: Round) -> float:
        return r.transfer

    def of(rounds: list[Round], what: str) -> str:
        return f"median of {len(rounds)} {what}s" if len(rounds) > 1 else f"1 {what}"

    tickets = sum(w.tickets for w in weeks) // len(weeks)
    week_total, base_total = _median(weeks, total), _median(baselines, total)
    week_transfer, base_transfer = _median(weeks, transfer), _median(baselines, transfer)
    report.add(
        Row(
            BENCH,
            f"link restored -> all {WEEK} days at the district (about {tickets:,} tickets "
            f"offline, {how}), PostgreSQL, production durability ({of(weeks, 'week')})",
            f"{week_total:.2f} s{_spread(weeks, total)} (reconnect "
            f"{_median(weeks, reconnect):.2f} s + {week_transfer:.2f} s)",
            f"{base_total:.2f} s{_spread(baselines, total)} for 1 day (reconnect "
            f"{_median(baselines, reconnect):.2f} s + {base_transfer:.2f} s; "
            f"{of(baselines, 'day')})",
            week_total / base_total,
            "measured",
            None,
        )
    )
    report.add(
        Row(
            BENCH,
            "after the subscription's reconnection: decoding the kept WAL and applying",
            f"{week_transfer:.2f} s{_spread(weeks, transfer)}",
            f"{base_transfer:.2f} s{_spread(baselines, transfer)} for 1 day",
            week_transfer / base_transfer if base_transfer > 0 else None,
            "measured",
            None,
        )
    )
    week, base = weeks[-1], baselines[-1]
    decoded = (
        f"; slot decoded {week.decoded[0]:,} transactions, {_mb(week.decoded[1])}"
        if week.decoded
        else ""
    )
    report.add(
        Row(
            BENCH,
            "size (the last round): rows replicated; WAL written while offline (kept for the "
            "slot); bytes on the link during the catch-up",
            f"{week.rows:,} rows; {_mb(week.wal_bytes)} ({_mb(week.retained_bytes)}); "
            f"{week.link_bytes / 1e3:.1f} kB{decoded}",
            f"{base.rows:,} rows; {_mb(base.wal_bytes)} ({_mb(base.retained_bytes)}); "
            f"{base.link_bytes / 1e3:.1f} kB",
            week.wal_bytes / base.wal_bytes if base.wal_bytes else None,
            "",
            None,
        )
    )
    report.add(
        Row(
            BENCH,
            "the district's days equal the center's own report, figure for figure "
            "(each week and the whole run)",
            "equal" if not differences else "DIFFERENT: " + "; ".join(differences),
            "",
            None,
            "equal",
            not differences,
        )
    )
    end = os.getloadavg()
    report.note(
        "load average (1/5/15 min) at the start "
        + "/".join(f"{v:.1f}" for v in load)
        + ", at the end "
        + "/".join(f"{v:.1f}" for v in end)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 tickets a day, one week")
    parser.add_argument(
        "--services",
        action="store_true",
        help="the center's days through the queue's operations (four transactions a ticket) "
        "instead of seeded in bulk; one week (--quick: 100 tickets a day)",
    )
    args = parser.parse_args()
    report = Report()
    run(args.quick, report, services=args.services)
    return 0 if all(row.met is not False for row in report.rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
