"""Print jobs are claimed by one station; station names are held by a heartbeat."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from services.core.clock import utc_now
from services.core.errors import StationNameTaken
from services.queue import print_jobs
from services.stations.registry import STALE_SECONDS, take_station_name
from services.storage.db import Database


def _enqueue(database: Database, count: int, printer: str = "shared-printer") -> None:
    for n in range(count):
        with database.writer() as session:
            print_jobs.enqueue(
                session,
                printer=printer,
                document_kind="ticket",
                document_ref=f"A{n:03d}",
                data=b"x",
            )


def test_two_spoolers_on_one_queue_send_each_job_once(database: Database) -> None:
    """Two stations polling the same queue (the old default name "kiosk" twice)."""
    count = 40
    _enqueue(database, count)
    sent: dict[str, list[int]] = {"kiosk-a": [], "kiosk-b": []}
    start = threading.Barrier(2)

    def spool(claimant: str) -> None:
        store = print_jobs.SqlJobStore(database, claimant=claimant)
        start.wait()
        while (job := store.next_job("shared-printer")) is not None:
            store.mark_sending(job.id)
            sent[claimant].append(job.id)
            store.mark_done(job.id)

    threads = [threading.Thread(target=spool, args=(name,)) for name in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    everything = sent["kiosk-a"] + sent["kiosk-b"]
    assert sorted(everything) == sorted(set(everything))  # none sent twice
    assert len(everything) == count
    with database.reader() as session:
        jobs = print_jobs.list_jobs(session, limit=count)
    assert all(job.state == "done" and job.attempts == 1 for job in jobs)


def test_a_claimed_job_stays_with_its_station_after_a_restart(database: Database) -> None:
    _enqueue(database, 1, printer="kiosk-printer")
    first = print_jobs.SqlJobStore(database, claimant="kiosk-1")
    job = first.next_job("kiosk-printer")
    assert job is not None
    first.mark_sending(job.id)  # then the station dies mid-print
    assert print_jobs.SqlJobStore(database, claimant="kiosk-9").next_job("kiosk-printer") is None
    again = print_jobs.SqlJobStore(database, claimant="kiosk-1").next_job("kiosk-printer")
    assert again is not None
    assert (again.id, again.is_copy) == (job.id, True)


def test_a_live_station_name_is_refused_a_silent_one_taken_over(database: Database) -> None:
    now = utc_now()
    first = take_station_name(database, "kiosk-hall", "kiosk", now=now)
    with pytest.raises(StationNameTaken, match="kiosk-hall is running"):
        take_station_name(database, "kiosk-hall", "kiosk", now=now + timedelta(seconds=5))
    first.beat(now + timedelta(seconds=10))
    with pytest.raises(StationNameTaken):
        take_station_name(database, "kiosk-hall", "kiosk", now=now + timedelta(seconds=25))

    later = now + timedelta(seconds=10 + STALE_SECONDS + 1)  # the first went silent
    second = take_station_name(database, "kiosk-hall", "kiosk", now=later)
    with pytest.raises(StationNameTaken, match="taken over"):
        first.beat(later)
    # the old holder's job store stops before it claims anything
    store = print_jobs.SqlJobStore(database, claimant="kiosk-hall", lease=first)
    _enqueue(database, 1, printer="kiosk-hall-printer")
    with pytest.raises(StationNameTaken):
        store.next_job("kiosk-hall-printer")

    second.release()  # a station that closes gives its name up at once
    take_station_name(database, "kiosk-hall", "kiosk", now=later + timedelta(seconds=1))
