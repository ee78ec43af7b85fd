"""The district's view: centers' closed days sent as files (SQLite centers) and the district
report over them, which must equal the centers' own reports figure for figure."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import SYSTEM
from services.core.errors import ValidationError
from services.demo.history import seed_demo_history
from services.district.days import export_days, import_days, publish_days, set_center_code
from services.district.report import district_report, quantile
from services.queue import ops as queue_ops
from services.stats.report import range_report
from services.storage.db import Database, open_database
from services.storage.district_models import DistrictDay
from tests.conftest import MORNING
from tests.databases import SqliteFactory

NOW = MORNING  # Monday 2026-11-30, 10:00 in Beijing
START = date(2026, 11, 20)
YESTERDAY = date(2026, 11, 29)


def _center(factory: SqliteFactory, code: str, seed: int) -> Database:
    database = open_database(factory.new_url())
    with database.writer() as session:
        seed_demo_history(session, SYSTEM, days=6, seed=seed, tickets_per_day=40, now=NOW)
        session.commit()
        set_center_code(session, SYSTEM, code)
    return database


def _export(database: Database) -> dict[str, object]:
    with database.writer() as session:
        publish_days(session, SYSTEM, START, YESTERDAY, now=NOW)
        document = export_days(session, SYSTEM, START, YESTERDAY)
    return json.loads(json.dumps(document))  # what a file carries


def test_the_district_report_sums_the_centers_own_reports(
    sqlite_factory: SqliteFactory,
) -> None:
    centers = [_center(sqlite_factory, code, seed) for seed, code in enumerate(("HD-01", "HD-02"))]
    district = open_database(sqlite_factory.new_url())
    documents = [_export(center) for center in centers]
    with district.writer() as session:
        first = [import_days(session, SYSTEM, document, now=NOW) for document in documents]
        again = [import_days(session, SYSTEM, document, now=NOW) for document in documents]
    assert [i.changed for i in first] == [6, 6]
    assert [i.changed for i in again] == [0, 0]  # importing twice changes nothing

    own = []
    for center in centers:
        with center.reader() as session:
            own.append(range_report(session, SYSTEM, START, YESTERDAY, now=NOW))
    with district.reader() as session:
        report = district_report(session, SYSTEM, START, YESTERDAY, now=NOW)

    assert [c.code for c in report.centers] == ["HD-01", "HD-02"]
    for figures, mine in zip(report.centers, own, strict=True):
        assert figures.issued == mine.queue.issued > 0
        assert figures.served == mine.queue.served
        assert figures.no_show == mine.queue.no_show
        assert figures.ratings == mine.ratings.count
        assert figures.ratings_good == mine.ratings.good
        assert figures.requests_completed == mine.requests.total.completed
        assert figures.mediation_registered == mine.mediation.registered
        assert figures.days == 6
        assert not figures.stale
        # Bucketed to 30 s: the district's median is within half a bucket of the center's.
        assert mine.queue.waiting.median is not None
        assert figures.wait_median is not None
        assert abs(figures.wait_median - mine.queue.waiting.median) <= 30
    assert report.total.issued == sum(r.queue.issued for r in own)
    assert report.total.served == sum(r.queue.served for r in own)
    assert report.total.ratings == sum(r.ratings.count for r in own)
    assert sorted(c.rank for c in report.centers) == [1, 2]

    # A week later, with no new file, both centers are stale.
    with district.reader() as session:
        later = district_report(session, SYSTEM, START, YESTERDAY, now=NOW + timedelta(days=7))
    assert all(c.stale for c in later.centers)


def test_a_file_that_is_not_a_district_file_is_refused(sqlite_factory: SqliteFactory) -> None:
    district = open_database(sqlite_factory.new_url())
    with district.writer() as session, pytest.raises(ValidationError, match="not a district"):
        import_days(session, SYSTEM, {"format": "something else"}, now=NOW)
    center = open_database(sqlite_factory.new_url())
    with center.writer() as session, pytest.raises(ValidationError, match="district code"):
        publish_days(session, SYSTEM, START, YESTERDAY, now=NOW)
    with center.writer() as session, pytest.raises(ValidationError, match="center code"):
        set_center_code(session, SYSTEM, "no spaces allowed")


def test_quantiles_of_buckets() -> None:
    assert quantile({}, 0.5) is None
    assert quantile({0: 1, 30: 1, 60: 1}, 0.5) == 45.0
    assert quantile({0: 9, 600: 1}, 0.9) == 15.0
    assert quantile({0: 9, 600: 1}, 0.95) == 615.0


def test_the_month_cache_gives_the_figures_of_the_days(sqlite_factory: SqliteFactory) -> None:
    from dataclasses import replace

    from services.district.month_cache import cache_months, whole_months
    from services.storage.district_models import DistrictDaySeconds

    database = open_database(sqlite_factory.new_url())
    with database.writer() as session:
        seed_demo_history(session, SYSTEM, days=75, seed=3, tickets_per_day=20, now=NOW)
        session.commit()
        set_center_code(session, SYSTEM, "HD-09")
        publish_days(session, SYSTEM, date(2026, 9, 1), YESTERDAY, now=NOW)
    periods = [(date(2026, 9, 20), YESTERDAY), (date(2026, 10, 1), date(2026, 10, 31))]
    assert whole_months(*periods[0]) == [date(2026, 10, 1)]

    def reports() -> list[object]:
        with database.reader() as session:
            return [
                replace(district_report(session, SYSTEM, a, b, now=NOW), generated_at=NOW)
                for a, b in periods
            ]

    from_days = reports()
    with database.writer() as session:
        assert cache_months(session, SYSTEM, date(2026, 9, 1), YESTERDAY) == 2  # Sep, Oct
        assert cache_months(session, SYSTEM, date(2026, 9, 1), YESTERDAY) == 0
    assert reports() == from_days

    # A day of October arrives again with other figures: the cached month is not used.
    with database.writer() as session:
        row = session.scalars(
            select(DistrictDaySeconds).where(
                DistrictDaySeconds.service_day == date(2026, 10, 5),
                DistrictDaySeconds.measure == "waiting",
            )
        ).first()
        assert row is not None
        row.tickets += 100
        day = session.get(DistrictDay, ("HD-09", date(2026, 10, 5)))
        assert day is not None
        day.computed_at = NOW + timedelta(hours=1)
        session.commit()
    changed = reports()
    assert changed != from_days
    with database.writer() as session:
        assert cache_months(session, SYSTEM, date(2026, 9, 1), YESTERDAY) == 1
    assert reports() == changed


def test_a_day_close_publishes_the_days_not_yet_published(sqlite_factory: SqliteFactory) -> None:
    from services.district.days import publish_recent_days

    database = open_database(sqlite_factory.new_url())
    with database.writer() as session:
        assert publish_recent_days(session, SYSTEM, now=NOW) is None  # not in a district
        seed_demo_history(session, SYSTEM, days=3, seed=1, tickets_per_day=10, now=NOW)
        session.commit()
        set_center_code(session, SYSTEM, "HD-05")
        first = publish_recent_days(session, SYSTEM, now=NOW)
        again = publish_recent_days(session, SYSTEM, now=NOW)
        later = publish_recent_days(session, SYSTEM, now=NOW + timedelta(days=1))
    assert first is not None
    assert len(first.days) == 3
    assert again is not None
    assert again.days == ()
    assert later is not None
    assert later.days == (NOW.date(),)


def test_the_day_closed_in_the_evening_is_published_that_evening(
    sqlite_factory: SqliteFactory,
) -> None:
    """Not a day late: the district marks a center stale when its newest day is older than
    yesterday, so a close that published only the days before would make every center
    look a day behind."""
    from services.district.days import publish_recent_days

    evening = NOW + timedelta(hours=9)
    database = open_database(sqlite_factory.new_url())
    with database.writer() as session:
        seed_demo_history(session, SYSTEM, days=3, seed=1, tickets_per_day=10, now=NOW)
        session.commit()
        set_center_code(session, SYSTEM, "HD-05")
        closed = publish_recent_days(session, SYSTEM, closed=NOW.date(), now=evening)
        issued = [_issued_on(session, NOW.date())]
        queue_ops.issue_ticket(session, SYSTEM, "A", now=evening)  # after the close
        closed_again = publish_recent_days(session, SYSTEM, closed=NOW.date(), now=evening)
        issued.append(_issued_on(session, NOW.date()))
    assert closed is not None
    assert closed.days[-1] == NOW.date()
    assert closed_again is not None
    assert closed_again.days == (NOW.date(),)  # the day again, with the late ticket
    assert issued[1] == issued[0] + 1


def _issued_on(session: Session, day: date) -> int:
    issued = session.scalar(select(DistrictDay.issued).where(DistrictDay.service_day == day))
    assert issued is not None
    return issued


def test_petition_figures_reach_the_district(sqlite_factory: SqliteFactory) -> None:
    from services.petitions.intake import PetitionerInput, register_petition

    center = _center(sqlite_factory, "HD-03", seed=4)
    with center.writer() as session:
        register_petition(
            session,
            SYSTEM,
            channel="visit",
            category="education",
            concerned_body="区教育局",
            matter="学位分配",
            petitioners=[PetitionerInput("张三")],
            received_on=date(2026, 11, 27),
            now=NOW,
        )
    district = open_database(sqlite_factory.new_url())
    with district.writer() as session:
        import_days(session, SYSTEM, _export(center), now=NOW)
    with district.reader() as session:
        report = district_report(session, SYSTEM, START, YESTERDAY, now=NOW)
    with center.reader() as session:
        own = range_report(session, SYSTEM, START, YESTERDAY, now=NOW)
    assert report.total.petitions_received == own.petitions.received == 1
