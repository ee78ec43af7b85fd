"""Every event the domain writes says what it changed (``FeedEvent.topic``), so a window
refreshes only the part that shows it."""

from __future__ import annotations

from dataclasses import replace

from services.admin.center import read_center_settings, update_center_settings
from services.casework.evaluations import rate_ticket
from services.core.actors import SYSTEM, rating_panel_actor
from services.core.event_feed import Topic, events_after, topic_of
from services.queue import ops as queue_ops
from services.queue.day_close import close_day
from services.storage.db import Database
from tests.conftest import MORNING
from tests.services.queue_helpers import Clock


def test_each_operation_reports_its_topic(database: Database) -> None:
    clock = Clock(MORNING)
    with database.writer() as session:
        ticket = queue_ops.issue_ticket(session, SYSTEM, "A", now=clock.tick())
        queue_ops.open_counter(session, SYSTEM, 1, now=clock.tick())
        queue_ops.call_next(session, SYSTEM, 1, now=clock.tick())
        queue_ops.start_service(session, SYSTEM, 1, now=clock.tick())
        queue_ops.finish_service(session, SYSTEM, 1, now=clock.tick())
        rate_ticket(session, rating_panel_actor(1), ticket.id, 5, now=clock.tick())
        settings = read_center_settings(session, SYSTEM)
        update_center_settings(session, SYSTEM, replace(settings, recall_limit=4), now=clock.tick())
        evening = clock.tick(12 * 3600)  # after the center's opening hours
        close_day(session, SYSTEM, day=ticket.service_day, now=evening)
        events = events_after(session, 0)
    topics = {(event.kind, event.topic) for event in events}
    assert {
        ("issued", Topic.QUEUE),
        ("counter_opened", Topic.COUNTERS),
        ("called", Topic.QUEUE),
        ("started", Topic.QUEUE),
        ("finished", Topic.QUEUE),
        ("rated", Topic.CASEWORK),
        ("center_settings_changed", Topic.SETTINGS),
        ("day_closed", Topic.COUNTERS),
    } <= topics


def test_request_kinds_are_casework() -> None:
    assert topic_of("request_accepted") is Topic.CASEWORK
    assert topic_of("follow_up_closed") is Topic.CASEWORK
    assert topic_of("counter_changed") is Topic.COUNTERS
    assert topic_of("catalog_changed") is Topic.SETTINGS
