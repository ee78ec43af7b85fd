"""The hall display: live calls from any process, recent calls, waiting counts, notice, banner."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.accounts.staff import add_user
from services.core.actors import SYSTEM, Actor, Role
from services.core.clock import service_day
from services.core.errors import PermissionDenied, ValidationError
from services.core.event_feed import FeedEvent
from services.queue import ops as queue_ops
from services.queue.display_notice import get_display_notice, set_display_notice
from services.queue.display_reads import RecentCall, recent_calls
from services.storage.db import Database, open_database
from services.storage.models import AuditLog
from tests.ui.test_announcer import FakeVoice, expected_texts
from ui.common.live_feed import LiveFeed
from ui.display.announcer import Announcer
from ui.display.model import RecentCallsModel
from ui.display.text import call_line, waiting_line
from ui.display.window import HallDisplayWindow
from ui.qt import QCoreApplication, QEvent, QGuiApplication, QLabel, QLocale

ROOT = Path(__file__).resolve().parents[2]
CENTER_ZONE = ZoneInfo("Asia/Shanghai")  # the seeded center's time zone


def today() -> date:
    """The center's service day now: a display shows today's calls only."""
    return service_day(datetime.now(UTC), CENTER_ZONE)


DAY = today()

MakeDisplay = Callable[..., HallDisplayWindow]


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def make_display(qtbot: QtBot) -> Iterator[MakeDisplay]:
    """Opens display windows and closes them (stopping their threads) before the database."""
    windows: list[HallDisplayWindow] = []

    def make(database: Database, language: str = "en", **options: object) -> HallDisplayWindow:
        window = HallDisplayWindow(database, language, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


def event(ident: int, kind: str, code: str, counter: int, *, age: float = 0) -> FeedEvent:
    return FeedEvent(
        id=ident,
        kind=kind,
        occurred_at=datetime.now(UTC) - timedelta(seconds=age),
        service_day=today(),
        ticket_code=code,
        service_code=code[0],
        counter_number=counter,
    )


def call(ident: int, code: str, counter: int, *, day: date = DAY) -> RecentCall:
    return RecentCall(ident, code, counter, code[0], day, datetime(2026, 11, 30, 2, tzinfo=UTC))


def cli(db_url: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env={**os.environ, "CIVICDESK_DB": db_url},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- live calls ----------------------------------------------------------------------------


def test_a_call_from_another_process_reaches_the_display_within_a_second(
    qtbot: QtBot, make_display: MakeDisplay, db_url: str
) -> None:
    database = open_database(db_url)
    window = make_display(database)
    try:
        qtbot.waitUntil(lambda: window.is_live, timeout=10_000)
        cli(db_url, "ticket", "issue", "--service", "A")
        cli(db_url, "ticket", "call-next", "--counter", "2")
        returned = time.monotonic()

        def arrived() -> bool:
            newest = window.recent_model.newest()
            return newest is not None and newest.counter_number == 2

        qtbot.waitUntil(arrived, timeout=5000)
        elapsed = time.monotonic() - returned
        assert elapsed < 1.0, f"the call took {elapsed:.2f} s to reach the display"
        newest = window.recent_model.newest()
        assert newest is not None
        assert newest.ticket_code == "A001"
        assert window.call_lines() == call_line("A001", 2)
        qtbot.waitUntil(lambda: window.is_highlighted, timeout=2000)  # the live event's doing
    finally:
        window.close()  # stops its feed before the database goes
        database.dispose()


def test_live_calls_are_announced_in_order_and_highlighted(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    voice = FakeVoice(seconds=0.02)
    announcer = Announcer(engine=voice, gap_ms=5, pause_ms=5)
    feed = LiveFeed(sqlite_db)  # never started: the test plays the feed's part
    window = make_display(sqlite_db, announcer=announcer, feed=feed, highlight_seconds=0.3)
    assert not window.is_highlighted
    assert window.call_lines() == waiting_line()
    feed.events_arrived.emit(
        [
            event(1, "called", "A001", 1),
            event(2, "issued", "B003", 0),
            event(3, "called", "B001", 4),
            event(4, "called", "A002", 2),
        ]
    )
    assert window.is_highlighted
    assert window.call_lines() == call_line("A002", 2)
    assert [c.ticket_code for c in window.recent_model.calls()] == ["A002", "B001", "A001"]
    qtbot.waitUntil(lambda: announcer.pending == 0, timeout=5000)
    assert voice.spoken == expected_texts(("A001", 1), ("B001", 4), ("A002", 2))
    qtbot.waitUntil(lambda: not window.is_highlighted, timeout=3000)  # calmer after a while
    assert window.call_lines() == call_line("A002", 2)  # ... still showing the call


def test_a_recall_moves_the_call_to_the_top_and_is_announced_again(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    voice = FakeVoice(seconds=0.02)
    announcer = Announcer(engine=voice, gap_ms=5, pause_ms=5)
    feed = LiveFeed(sqlite_db)
    window = make_display(sqlite_db, announcer=announcer, feed=feed)
    feed.events_arrived.emit([event(1, "called", "A001", 1), event(2, "called", "A002", 3)])
    feed.events_arrived.emit([event(3, "recalled", "A001", 1)])
    assert [c.ticket_code for c in window.recent_model.calls()] == ["A001", "A002"]
    assert window.recent_model.newest().recall  # type: ignore[union-attr]
    assert window.call_lines() == call_line("A001", 1)
    qtbot.waitUntil(lambda: announcer.pending == 0, timeout=5000)
    assert voice.spoken == expected_texts(("A001", 1), ("A002", 3), ("A001", 1))


def test_old_calls_caught_up_after_an_outage_are_listed_but_not_announced(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    voice = FakeVoice(seconds=0.02)
    announcer = Announcer(engine=voice, gap_ms=5, pause_ms=5)
    feed = LiveFeed(sqlite_db)
    window = make_display(sqlite_db, announcer=announcer, feed=feed)
    feed.events_arrived.emit([event(1, "called", "A001", 1, age=600)])
    assert window.recent_model.newest() is not None
    assert not window.is_highlighted
    assert announcer.pending == 0
    assert voice.spoken == []


def test_the_display_starts_with_the_days_calls_and_waiting_counts(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    with sqlite_db.writer() as session:
        for service in "AAAB":
            queue_ops.issue_ticket(session, SYSTEM, service)
        queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True)
        queue_ops.call_next(session, SYSTEM, 2, open_if_closed=True)
        queue_ops.recall(session, SYSTEM, 1)
    window = make_display(sqlite_db, feed=LiveFeed(sqlite_db))
    qtbot.waitUntil(lambda: window.recent_model.rowCount() == 2, timeout=5000)
    assert [(c.ticket_code, c.counter_number) for c in window.recent_model.calls()] == [
        ("A001", 1),
        ("A002", 2),
    ]
    assert window.call_lines() == call_line("A001", 1)
    assert not window.is_highlighted  # history is shown calmly, not as a fresh call
    window.highlight_newest()  # as for a screenshot
    assert window.is_highlighted
    qtbot.waitUntil(lambda: window.waiting_counts().get("A") == 1, timeout=5000)
    assert window.waiting_counts()["B"] == 1
    assert window.recent_slots()[0] == ("A001", "Counter 1")


def test_recent_calls_keep_one_entry_per_ticket_newest_first(sqlite_db: Database) -> None:
    with sqlite_db.writer() as session:
        for _ in range(10):
            queue_ops.issue_ticket(session, SYSTEM, "A")
        for _ in range(9):
            queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True)
            queue_ops.start_service(session, SYSTEM, 1)
            queue_ops.finish_service(session, SYSTEM, 1)
        queue_ops.call_next(session, SYSTEM, 3, open_if_closed=True)
        queue_ops.recall(session, SYSTEM, 3)
    with sqlite_db.reader() as session:
        calls = recent_calls(session)
    assert [c.ticket_code for c in calls] == [f"A{n:03}" for n in range(10, 2, -1)]
    assert calls[0].recall
    assert calls[0].counter_number == 3


# --- the model -----------------------------------------------------------------------------


def test_the_recent_calls_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = RecentCallsModel()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.add_calls([call(1, "A001", 1), call(2, "B001", 2)])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.add_calls([call(3, "A001", 4)])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.merge_snapshot([call(n, f"C{n:03}", 5) for n in range(4, 14)], DAY)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 8


def test_the_model_merges_snapshots_and_events_in_any_order() -> None:
    model = RecentCallsModel(capacity=3)
    model.add_calls([call(5, "A002", 2)])
    model.merge_snapshot([call(1, "A001", 1), call(2, "A002", 1)], DAY)  # read before event 5
    assert [(c.ticket_code, c.counter_number) for c in model.calls()] == [
        ("A002", 2),
        ("A001", 1),
    ]
    model.add_calls([call(6, "A003", 3), call(7, "A004", 4)])
    assert [c.ticket_code for c in model.calls()] == ["A004", "A003", "A002"]
    model.add_calls([call(8, "A001", 9, day=DAY + timedelta(days=1))])  # a new day
    assert [c.ticket_code for c in model.calls()] == ["A001"]
    model.merge_snapshot([], DAY + timedelta(days=2))
    assert model.rowCount() == 0


def test_the_model_shows_codes_and_counters(qapp: QCoreApplication) -> None:
    model = RecentCallsModel()
    model.add_calls([call(1, "A001", 7)])
    assert model.data(model.index(0, 0)) == "A001"
    assert model.data(model.index(0, 1)) == "Counter 7"
    assert model.newest() == call(1, "A001", 7)


# --- banner, notice, screens ---------------------------------------------------------------


def test_the_offline_banner_follows_the_feed_and_the_screen_keeps_its_state(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    feed = LiveFeed(sqlite_db)
    window = make_display(sqlite_db, feed=feed)
    feed.events_arrived.emit([event(1, "called", "A001", 1)])
    assert not window.banner_visible()
    feed.online_changed.emit(False)
    assert window.banner_visible()
    assert window.call_lines() == call_line("A001", 1)  # the last known state stays
    assert window.recent_model.rowCount() == 1
    feed.online_changed.emit(True)
    assert not window.banner_visible()


def test_a_database_that_cannot_be_read_shows_the_banner_too(
    qtbot: QtBot, make_display: MakeDisplay
) -> None:
    database = open_database("postgresql://nobody@127.0.0.1:1/civicdesk")  # nothing listens
    window = make_display(database, feed=LiveFeed(database))
    try:
        qtbot.waitUntil(window.banner_visible, timeout=10_000)
        assert window.call_lines() == waiting_line()
    finally:
        window.close()
        database.dispose()


def test_only_an_administrator_sets_the_notice(sqlite_db: Database) -> None:
    with sqlite_db.writer() as session:
        with pytest.raises(PermissionDenied):
            set_display_notice(session, Actor("clerk", Role.COUNTER, 5), "Closed at noon")
        with pytest.raises(PermissionDenied):
            set_display_notice(session, Actor("boss", Role.MANAGER, 6), "Closed at noon")
        assert get_display_notice(session) == ""
        stored = set_display_notice(session, Actor("root", Role.ADMIN, 1), "  Closed  at noon ")
        with pytest.raises(ValidationError):
            set_display_notice(session, SYSTEM, "x" * 501)
    assert stored == "Closed at noon"
    with sqlite_db.reader() as session:
        assert get_display_notice(session) == "Closed at noon"
        audit = session.scalars(
            select(AuditLog).where(AuditLog.action == "display.notice_set")
        ).all()
    assert [(a.actor, a.actor_role, a.target_id) for a in audit] == [
        ("root", "admin", "display_notice")
    ]


def test_the_notice_reaches_the_window_and_a_cleared_one_restores_the_welcome(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    window = make_display(sqlite_db, feed=LiveFeed(sqlite_db), refresh_seconds=0.2)
    qtbot.waitUntil(lambda: window.notice_text() != "", timeout=5000)
    welcome = window.notice_text()
    assert "ticket" in welcome
    with sqlite_db.writer() as session:
        set_display_notice(session, SYSTEM, "午休时间 12:00–13:30 / Lunch break 12:00–13:30")
    qtbot.waitUntil(lambda: window.notice_text().startswith("午休时间"), timeout=5000)
    with sqlite_db.writer() as session:
        set_display_notice(session, SYSTEM, "")
    qtbot.waitUntil(lambda: window.notice_text() == welcome, timeout=5000)


def test_the_display_shows_no_personal_data(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    with sqlite_db.writer() as session:
        clerk = add_user(
            session,
            SYSTEM,
            "wang",
            role="counter",
            password="Counter-Pass-2026",
            full_name="王小明",
        )
        actor = Actor(clerk.username, Role.COUNTER, clerk.id)
        queue_ops.open_counter(session, actor, 2)
        queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.call_next(session, actor, 2)
    window = make_display(sqlite_db, feed=LiveFeed(sqlite_db))
    qtbot.waitUntil(lambda: window.recent_model.rowCount() == 1, timeout=5000)
    shown = [label.text() for label in window.findChildren(QLabel)]
    shown += [window.notice_text(), window.windowTitle()]
    assert any("A001" in text for text in shown)
    assert not [text for text in shown if "王小明" in text or "wang" in text]


def test_show_on_screen_clamps_the_index_and_fills_the_screen(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    window = make_display(sqlite_db, feed=LiveFeed(sqlite_db), screen_index=99)
    window.show_on_screen()
    screens = QGuiApplication.screens()
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    assert window.screen() == screens[-1]
    window.show_on_screen(-3)
    assert window.screen() == screens[0]


def test_a_language_switch_rereads_captions_and_service_names(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    window = make_display(sqlite_db, "zh_CN", feed=LiveFeed(sqlite_db))
    qtbot.waitUntil(lambda: bool(window.waiting_counts()), timeout=5000)
    names = [label.text() for label in window.findChildren(QLabel)]
    assert "社会保障" in names
    previous = QLocale()
    QLocale.setDefault(QLocale("en"))
    try:
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
        names = [label.text() for label in window.findChildren(QLabel)]
        assert "Social security" in names
        assert "社会保障" not in names
    finally:
        QLocale.setDefault(previous)


def test_a_portrait_screen_has_larger_section_labels_and_calls_no_smaller(
    qtbot: QtBot, make_display: MakeDisplay, sqlite_db: Database
) -> None:
    window = make_display(sqlite_db, feed=LiveFeed(sqlite_db))
    window.show()

    def look(size: tuple[int, int]) -> tuple[dict[str, int], int]:
        window.resize(*size)
        qtbot.waitUntil(lambda: window.width() == size[0] and window.height() == size[1])
        QCoreApplication.processEvents()
        labels = {label.text(): label.font().pixelSize() for label in window.findChildren(QLabel)}
        code = next(
            label
            for label in window.findChildren(QLabel)
            if label.property("fontRole") == "recent_code"
        )
        return labels, code.font().pixelSize()

    wide, wide_code = look((1920, 1080))
    tall, tall_code = look((1080, 1920))
    for section in ("Recent calls", "Please get ready", "People waiting"):
        assert tall[section] >= 1.4 * wide[section], section
    assert tall_code >= wide_code
