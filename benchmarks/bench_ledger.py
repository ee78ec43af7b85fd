"""Benchmark 7: the ledger's monthly report over a year of data.

Seeds a year (2026) of 20,000 ledger entries on 200 grids in 40 communities and 5,000
petitions (bulk inserts; the operations themselves are tested elsewhere), then times
``ledger.rounds.monthly_report`` for one month and the manager's early warnings, medians over
several runs after a warm-up. The baseline, in the same database, is one raw SQL GROUP BY of
the month's entries that yields every count the report needs: the ratio says what our several
queries, the names of communities and grids and the missing-grid list cost on top of reading
the month once. Target: the report well under a second (< 0.5 s). The early warnings are
informative (one open entry in twenty is past its follow-up, one in twenty is 重大).

Run: python benchmarks/bench_ledger.py [--quick] [--no-postgres]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Databases, Report, Row, ms, pg_admin_url

ENTRIES, PETITIONS, GRIDS, COMMUNITIES = 20_000, 5_000, 200, 40
MONTH = "2026-06"
AT = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
TARGET_SECONDS = 0.5


def _median(action: Callable[[], object], runs: int) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def seed(url: str, entries: int, petitions: int) -> None:
    from sqlalchemy import insert

    from services.grid.models import Community, Grid, Street
    from services.ledger.models import GridReport, LedgerEntry
    from services.ledger.states import DISPUTE_KINDS, EntryState, RiskLevel, Source
    from services.petitions.identity import identity_basis
    from services.petitions.models import Petition, Petitioner
    from services.privacy.columns import hash_or_none
    from services.storage.db import open_database

    rng = random.Random(18)
    database = open_database(url)
    with database.writer() as session:
        session.execute(insert(Street), [{"id": i, "name": f"街道{i}"} for i in (1, 2, 3, 4)])
        session.execute(
            insert(Community),
            [{"id": c, "street_id": c % 4 + 1, "name": f"社区{c:02d}"} for c in range(1, 41)],
        )
        session.execute(
            insert(Grid),
            [
                {"id": g, "community_id": (g - 1) % COMMUNITIES + 1, "name": f"网格{g:03d}"}
                for g in range(1, GRIDS + 1)
            ],
        )
        start = date(2026, 1, 1)
        states = [s.value for s in EntryState]
        rows = []
        for n in range(1, entries + 1):
            found = start + timedelta(days=rng.randrange(365))
            state = rng.choice(states)
            rows.append(
                {
                    "number": f"L-2026-{n:06d}",
                    "source": rng.choice([s.value for s in Source]),
                    "kind": rng.choice(DISPUTE_KINDS),
                    "grid_id": rng.randrange(1, GRIDS + 1),
                    "parties": [f"当事人{rng.randrange(5000)}"],
                    "summary": "纠纷",
                    "people": rng.randrange(1, 9),
                    "risk": rng.choices([r.value for r in RiskLevel], weights=(80, 15, 5))[0],
                    "flags": [],
                    "state": state,
                    "referred_to": "department" if state == "referred" else None,
                    "found_on": found,
                    # Open entries are mostly followed up on time; one in twenty is late.
                    "next_follow_up": None
                    if state in ("resolved", "referred")
                    else date(2026, 12, 1) + timedelta(days=rng.randrange(-1, 20)),
                    "registered_at": AT,
                    "updated_at": AT,
                }
            )
        session.execute(insert(LedgerEntry), rows)
        session.execute(
            insert(GridReport),
            [
                {"grid_id": g, "month": f"2026-{m:02d}", "zero": False, "reported_at": AT,
                 "reporter": "bench"}
                for g in range(1, GRIDS + 1)
                for m in range(1, 13)
                if rng.random() < 0.9
            ],
        )  # fmt: skip
        petition_rows, people = [], []
        for n in range(1, petitions + 1):
            received = start + timedelta(days=rng.randrange(365))
            petition_rows.append(
                {
                    "id": n, "number": f"X-2026-{n:06d}", "channel": "visit",
                    "category": "other", "concerned_body": "区住建局", "matter": "事项",
                    "matter_key": "other|区住建局", "headcount": 1, "collective": False,
                    "state": rng.choice(["registered", "accepted", "replied"]),
                    "received_at": AT, "received_on": received,
                    "decide_by": received + timedelta(days=15),
                    "handle_by": received + timedelta(days=60), "decline_routes": [],
                    "updated_at": AT,
                }
            )  # fmt: skip
            name = f"信访人{rng.randrange(3000)}"
            # A bulk insert sets no ORM attribute, so the lookup hash is made here.
            basis = identity_basis(name, None, "")
            people.append(
                {"petition_id": n, "position": 1, "name": name, "phone": "",
                 "identity_basis": basis, "address": "",
                 "identity_key": hash_or_none(basis, "petitioner_identity")}
            )  # fmt: skip
        session.execute(insert(Petition), petition_rows)
        session.execute(insert(Petitioner), people)
        session.commit()
    database.dispose()


def measure(url: str, runs: int) -> tuple[float, float, float, int]:
    from sqlalchemy import text

    from services.core.actors import SYSTEM
    from services.ledger.rounds import monthly_report
    from services.ledger.warnings import early_warnings
    from services.storage.db import open_database

    database = open_database(url)
    try:
        with database.reader() as session:
            report_time = _median(lambda: monthly_report(session, SYSTEM, MONTH), runs)
            baseline = _median(
                lambda: session.execute(
                    text(
                        "SELECT grid_id, kind, risk, state, referred_to, count(*) "
                        "FROM ledger_entry WHERE found_on >= :first AND found_on <= :last "
                        "GROUP BY grid_id, kind, risk, state, referred_to"
                    ),
                    {"first": date(2026, 6, 1), "last": date(2026, 6, 30)},
                ).all(),
                runs,
            )
            warning_time = _median(
                lambda: early_warnings(session, SYSTEM, date(2026, 12, 1)), max(3, runs // 3)
            )
            total = monthly_report(session, SYSTEM, MONTH).total
    finally:
        database.dispose()
    return report_time, baseline, warning_time, total


def main(quick: bool, postgres: bool, report: Report) -> bool:
    entries, petitions = (2_000, 500) if quick else (ENTRIES, PETITIONS)
    runs = 5 if quick else 15
    databases = Databases(pg_admin_url() if postgres else None)
    met = True
    try:
        for kind in databases.kinds():
            url = databases.new_url(kind)
            started = time.perf_counter()
            seed(url, entries, petitions)
            print(f"  {kind}: seeded {entries} entries, {petitions} petitions "
                  f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
            ours, baseline, warning_time, total = measure(url, runs)
            ok = ours < TARGET_SECONDS
            met = met and ok
            report.add(
                Row(
                    "ledger",
                    f"monthly report, {kind}, {entries} entries / {petitions} petitions "
                    f"({total} in {MONTH}, median)",
                    ms(ours),
                    f"{ms(baseline)} (one raw GROUP BY)",
                    ours / baseline if baseline else None,
                    f"< {TARGET_SECONDS} s",
                    ok,
                )
            )
            report.add(
                Row("ledger", f"early warnings, {kind} (median)", ms(warning_time), "", None, "",
                    None)
            )  # fmt: skip
    finally:
        databases.close()
    return met


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-postgres", action="store_true")
    options = parser.parse_args()
    use_postgres = not options.no_postgres and pg_admin_url() is not None
    sys.exit(0 if main(options.quick, use_postgres, Report()) else 1)
