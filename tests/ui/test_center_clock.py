"""Every clock and "today" of the windows is the center's, on the program's (training) clock,
whatever zone the PC is set to."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from services.accounts.staff import add_user
from services.core.actors import SYSTEM
from services.core.center_config import set_center_settings
from services.core.clock import center_now, restart_training_clock
from services.core.settings import PrinterSettings, Settings
from services.storage.db import Database, open_database
from ui.center_clock.training_banner import TrainingBanner
from ui.display.window import HallDisplayWindow
from ui.kiosk.window import KioskWindow
from ui.launcher import LauncherWindow
from ui.manager.window import ManagerWindow
from ui.qt import QLabel
from ui.stations import StationFactory

# 01:12 on Tuesday 8 December in the center is 09:12 on Monday 7 December in Los Angeles.
CENTER_TIME = "2026-12-08T01:12"


@pytest.fixture
def far_away_pc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    monkeypatch.setenv("CIVICDESK_NOW", CENTER_TIME)
    time.tzset()
    restart_training_clock()
    yield
    monkeypatch.undo()
    time.tzset()
    restart_training_clock()


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _labels(window: object) -> list[str]:
    assert hasattr(window, "findChildren")
    return [label.text() for label in window.findChildren(QLabel)]


def test_the_display_shows_the_centers_time_and_date(
    qtbot: QtBot, database: Database, far_away_pc: None
) -> None:
    window = HallDisplayWindow(database, "en")
    qtbot.addWidget(window)
    texts = _labels(window)
    assert any(text.startswith("01:1") for text in texts), texts
    assert any("December 8, 2026" in text for text in texts), texts
    window.close()


def test_the_kiosk_clock_is_the_centers(
    qtbot: QtBot, database: Database, far_away_pc: None
) -> None:
    from tests.ui.kiosk_fixtures import make_kiosk

    kiosk, _printer = make_kiosk(database, Path("/tmp"))
    qtbot.addWidget(kiosk)
    kiosk.start()
    assert isinstance(kiosk, KioskWindow)
    qtbot.waitUntil(lambda: any(t.startswith("01:1") for t in _labels(kiosk)), timeout=5000)
    kiosk.close()


def test_the_managers_today_and_yesterday_are_the_centers(
    qtbot: QtBot, database: Database, far_away_pc: None
) -> None:
    with database.writer() as session:
        staff = add_user(session, SYSTEM, "boss", role="manager", password="a-long-password")
    window = ManagerWindow(database, staff, language="en")
    qtbot.addWidget(window)
    window.start()
    window.show_today()
    assert window.period == (date(2026, 12, 8), date(2026, 12, 8))
    window.show_yesterday()
    assert window.period == (date(2026, 12, 7), date(2026, 12, 7))
    window.close()


def test_every_station_built_on_the_training_clock_wears_the_banner(
    qtbot: QtBot, database: Database, far_away_pc: None, tmp_path: Path
) -> None:
    factory = StationFactory(Settings(printer=PrinterSettings(kind="none")), database, "en")
    for station in ("kiosk", "display", "launcher"):
        window = factory(station)
        assert window is not None
        qtbot.addWidget(window)
        banner = window.findChild(TrainingBanner)
        assert banner is not None, station
        assert "2026-12-08 01:12" in banner.text()
        window.close()


def test_outside_opening_hours_the_launcher_offers_the_training_clock(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CIVICDESK_NOW", raising=False)
    restart_training_clock()
    hour = (center_now().hour + 2) % 24
    hours = "01:00-02:00" if hour >= 22 else f"{hour:02d}:00-{hour + 1:02d}:00"
    with database.writer() as session:
        set_center_settings(session, {"opening_hours": hours, "open_on_non_working_days": True})
        session.commit()
    factory = StationFactory(Settings(printer=PrinterSettings(kind="none")), database, "en")
    factory.training_url = f"sqlite:///{tmp_path / 'training.sqlite3'}"
    launcher = factory("launcher")
    assert isinstance(launcher, LauncherWindow)
    qtbot.addWidget(launcher)
    assert launcher.findChild(TrainingBanner) is None
    qtbot.waitUntil(lambda: launcher.offers_training, timeout=5000)
    launcher.start_training_demo()
    started = os.environ["CIVICDESK_NOW"]
    assert f"T{hours[:5]}" in started
    assert center_now().strftime("%H:%M") == hours[:5]
    trained = factory.training_launcher
    assert trained is not None
    qtbot.addWidget(trained)
    assert trained.findChild(TrainingBanner) is not None
    assert factory.database.url.endswith("training.sqlite3")
    trained.close()
    factory.database.dispose()
    monkeypatch.delenv("CIVICDESK_NOW")
    restart_training_clock()


def test_the_managers_day_close_says_how_many_tickets_expire_and_waits_for_yes(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from services.district.days import set_center_code
    from services.queue import ops as queue_ops
    from services.storage.district_models import DistrictDay
    from tests.ui.kiosk_fixtures import open_all_day

    monkeypatch.setenv("CIVICDESK_NOW", "2026-12-08T10:00")
    restart_training_clock()
    open_all_day(database)
    with database.writer() as session:
        staff = add_user(session, SYSTEM, "boss", role="manager", password="a-long-password")
        for _ in range(3):
            queue_ops.issue_ticket(session, SYSTEM, "A")
        set_center_code(session, SYSTEM, "HD-07")  # a center of a district
    window = ManagerWindow(database, staff, language="en")
    qtbot.addWidget(window)
    window.start()
    questions: list[str] = []
    window.close_day(lambda question: questions.append(question) or False)
    qtbot.waitUntil(lambda: bool(questions), timeout=5000)
    assert "3 open tickets will expire" in questions[0]
    assert "still within its opening hours" in questions[0]
    qtbot.wait(200)
    with database.reader() as session:
        assert kiosk_waiting(session) == 3  # "no" closed nothing
    window.close_day(lambda _question: True)
    qtbot.waitUntil(lambda: "3 tickets expired" in window.message.text(), timeout=5000)
    with database.reader() as session:
        assert kiosk_waiting(session) == 0
        published = session.get(DistrictDay, ("HD-07", date(2026, 12, 8)))
        assert published is not None  # the day just closed, for the district, that evening
        assert published.issued == 3
    window.set_service_paused(_service_a(database), True)
    qtbot.waitUntil(lambda: "paused" in window.message.text(), timeout=5000)
    window.close()
    restart_training_clock()


def kiosk_waiting(session: object) -> int:
    from services.queue.reads import queue_status

    return queue_status(session).total_waiting  # type: ignore[arg-type]


def _service_a(database: Database) -> int:
    from services.admin.catalog import list_pausable_services

    with database.reader() as session:
        return next(r.id for r in list_pausable_services(session, SYSTEM) if r.code == "A")
