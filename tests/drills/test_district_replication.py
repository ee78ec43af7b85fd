"""Drill: three centers and a district, on two PostgreSQL clusters, by logical replication.

Three center databases on one cluster (``wal_level = logical``) publish their figures per
closed day; the district's database on a second cluster subscribes to each (``district
subscribe``). The centers' cluster is stopped mid-way and started again; a center closes
another day meanwhile, and the district catches up by itself. At the end the district
report equals the sum of the three centers' own reports, figure for figure.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta

import psycopg
import pytest
from sqlalchemy import func, select

from services.core.actors import SYSTEM
from services.demo.history import seed_demo_history
from services.district.days import publish_days, set_center_code
from services.district.replication import publish, subscribe
from services.district.report import district_report
from services.stats.report import range_report
from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from services.storage.district_models import DistrictDay
from tests.conftest import MORNING
from tests.drills.own_postgres import OwnServer, own_server_bin, own_server_directory

pytestmark = [pytest.mark.soak, pytest.mark.postgres]

CODES = ("HD-01", "HD-02", "HD-03")
FIRST = date(2026, 11, 25)
CATCH_UP_SECONDS = 30.0


def _url(server: OwnServer, name: str) -> str:
    return f"postgresql://postgres@127.0.0.1:{server.port}/{name}"


def _create(server: OwnServer, name: str) -> None:
    with psycopg.connect(_url(server, "postgres"), autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]


@pytest.fixture
def clusters() -> Iterator[tuple[OwnServer, OwnServer]]:
    bin_dir = own_server_bin()
    centers = OwnServer(bin_dir, own_server_directory())
    centers.extra = "-c fsync=off -c wal_level=logical"
    district = OwnServer(bin_dir, own_server_directory())
    try:
        for server in (centers, district):
            server.init()
            server.start()
        yield centers, district
    finally:
        district.remove()  # the subscriptions go with it
        centers.remove()


def _close_days(database: Database, *, days: int, now_days: int, seed: int) -> None:
    now = MORNING + timedelta(days=now_days)
    with database.writer() as session:
        seed_demo_history(session, SYSTEM, days=days, seed=seed, tickets_per_day=30, now=now)
        session.commit()
        publish_days(session, SYSTEM, FIRST, now.date(), now=now)


def _wait_for_rows(district: Database, expected: int) -> float:
    started = time.monotonic()
    while True:
        with district.reader() as session:
            rows = session.scalar(select(func.count()).select_from(DistrictDay))
        if rows == expected:
            return time.monotonic() - started
        assert time.monotonic() - started < CATCH_UP_SECONDS, f"{rows} of {expected} rows"
        time.sleep(0.5)


def test_the_district_sums_three_centers_through_an_outage(
    clusters: tuple[OwnServer, OwnServer],
) -> None:
    center_server, district_server = clusters
    centers: dict[str, Database] = {}
    for seed, code in enumerate(CODES):
        name = "center_" + code.lower().replace("-", "")
        _create(center_server, name)
        database = open_database(_url(center_server, name))
        prepare_database(database)
        with database.writer() as session:
            set_center_code(session, SYSTEM, code)
        _close_days(database, days=4, now_days=0, seed=seed)
        publish(database, SYSTEM)
        centers[code] = database
    _create(district_server, "district")
    district = open_database(_url(district_server, "district"))
    prepare_database(district)
    for code, database in centers.items():
        subscribe(district, SYSTEM, code, database.engine.url.render_as_string(False))
        subscribe(district, SYSTEM, code, database.engine.url.render_as_string(False))  # again
    _wait_for_rows(district, 3 * 4)

    # The centers go offline; the district still reports what it has.
    for database in centers.values():
        database.dispose()
    center_server.stop("fast")
    with district.reader() as session:
        while_down = district_report(session, SYSTEM, FIRST, MORNING.date(), now=MORNING)
    assert while_down.total.days == 12

    # Back the next day: HD-02 closes one more day, and the district catches it up.
    center_server.start()
    _close_days(centers["HD-02"], days=5, now_days=1, seed=1)
    caught_up_in = _wait_for_rows(district, 3 * 4 + 1)
    assert caught_up_in < CATCH_UP_SECONDS

    last = MORNING.date()
    own = {}
    for code, database in centers.items():
        with database.reader() as session:
            own[code] = range_report(session, SYSTEM, FIRST, last, now=MORNING + timedelta(days=1))
    with district.reader() as session:
        report = district_report(session, SYSTEM, FIRST, last, now=MORNING + timedelta(days=1))
    by_code = {c.code: c for c in report.centers}
    assert sorted(by_code) == list(CODES)
    for code, mine in own.items():
        figures = by_code[code]
        assert (figures.issued, figures.served, figures.no_show) == (
            mine.queue.issued,
            mine.queue.served,
            mine.queue.no_show,
        )
        assert (figures.ratings, figures.ratings_good) == (mine.ratings.count, mine.ratings.good)
        assert figures.requests_completed == mine.requests.total.completed
        assert figures.mediation_registered == mine.mediation.registered
    assert report.total.issued == sum(r.queue.issued for r in own.values())
    assert report.total.served == sum(r.queue.served for r in own.values())
    assert report.total.no_show == sum(r.queue.no_show for r in own.values())
    assert report.total.ratings == sum(r.ratings.count for r in own.values())
    assert by_code["HD-02"].days == 5
    assert not by_code["HD-02"].stale
    assert by_code["HD-01"].stale  # its newest day is older than yesterday
    for database in centers.values():
        database.dispose()
    district.dispose()
