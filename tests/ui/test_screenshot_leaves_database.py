"""A screenshot renders a demo hall when it needs one, but never into the database it is given;
``--tab`` captures any named tab, and an unknown name says which names there are."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import MetaData, func, select

from cli.routing import positional_words
from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from ui import app as ui_app
from ui.app import run_station
from ui.common.station_args import parse_station_args


@pytest.fixture(autouse=True)
def quick_settle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pictures are not looked at here; a short settle still runs every first read."""
    settle = ui_app.settle
    monkeypatch.setattr(ui_app, "settle", lambda app, seconds=0.4: settle(app, seconds))


@pytest.fixture
def hall(db_url: str) -> Iterator[tuple[str, Database]]:
    yield from _hall(db_url)


@pytest.fixture
def sqlite_hall(sqlite_url: str) -> Iterator[tuple[str, Database]]:
    yield from _hall(sqlite_url)


def _hall(url: str) -> Iterator[tuple[str, Database]]:
    database = open_database(url)
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
    yield url, database
    database.dispose()


def row_counts(database: Database) -> dict[str, int]:
    tables = MetaData()
    tables.reflect(database.engine)
    with database.reader() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in tables.tables.items()
        }


def test_the_managers_screenshot_writes_nothing_into_the_given_database(
    qtbot: QtBot, hall: tuple[str, Database], tmp_path: Path
) -> None:
    """On SQLite and PostgreSQL: the manager's window writes the most."""
    _screenshot_leaves_database(hall, tmp_path, "manager")


@pytest.mark.parametrize(
    ("station", "tab"),
    [
        ("counter", None),
        ("counter", "appointments"),
        ("kiosk", None),
        ("display", None),
        ("launcher", None),
        ("manager", "desk.ledger"),
        ("manager", "admin.devices"),
    ],
)
def test_a_screenshot_writes_nothing_into_the_given_database(
    qtbot: QtBot, sqlite_hall: tuple[str, Database], tmp_path: Path, station: str, tab: str | None
) -> None:
    _screenshot_leaves_database(sqlite_hall, tmp_path, station, tab)


def _screenshot_leaves_database(
    hall: tuple[str, Database], tmp_path: Path, station: str, tab: str | None = None
) -> None:
    url, database = hall
    before = row_counts(database)
    shot = tmp_path / f"{station}.png"
    chosen = [] if tab is None else ["--tab", tab]
    argv = [station, "--db", url, "--screenshot", str(shot), "--lang", "en", *chosen]
    assert run_station(argv) == 0
    assert shot.read_bytes()[:4] == b"\x89PNG"
    assert row_counts(database) == before


@pytest.mark.parametrize(
    ("station", "says"),
    [
        ("manager", "its tabs are overview, counters, now, todo, desk, desk.petitions,"),
        ("counter", "its tabs are request, requests, waiting, mediation, desk, desk.petitions,"),
        ("display", "the display window has no tabs."),
    ],
)
def test_an_unknown_tab_is_one_line_naming_the_known_ones(
    qtbot: QtBot,
    sqlite_hall: tuple[str, Database],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    station: str,
    says: str,
) -> None:
    url, _database = hall = sqlite_hall
    shot = tmp_path / "shot.png"
    before = row_counts(hall[1])
    args = [station, "--db", url, "--screenshot", str(shot), "--tab", "Appointments"]
    assert run_station(args) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("--tab Appointments: ")
    assert says in lines[0]
    assert not shot.exists()
    assert row_counts(hall[1]) == before


def test_tab_goes_with_a_screenshot_and_is_no_station_word() -> None:
    with pytest.raises(SystemExit) as usage:
        parse_station_args(["manager", "--tab", "now"])
    assert usage.value.code == 2
    # The name after --tab is its value, never taken for the station or a command.
    argv = ["--tab", "counter", "manager", "--screenshot", "x.png"]
    assert positional_words(argv) == ["manager"]
    assert parse_station_args(argv).station == "manager"


def test_a_screenshot_of_a_new_file_does_not_create_it_and_alembic_keeps_quiet(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    target = tmp_path / "not-yet.sqlite3"
    shot = tmp_path / "kiosk.png"
    assert run_station(["kiosk", "--db", f"sqlite:///{target}", "--screenshot", str(shot)]) == 0
    assert shot.exists()
    assert not target.exists()
    # The first start migrated a new database without narrating each step.
    assert [r.getMessage() for r in caplog.records if r.name.startswith("alembic")] == []
