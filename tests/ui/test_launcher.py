"""The all-in-one launcher opens on a database and shows the live queue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from services.core.actors import SYSTEM
from services.core.center_config import load_center_config, set_center_settings
from services.core.clock import utc_now
from services.queue import ops as queue_ops
from services.storage.db import open_database
from ui.launcher import LauncherWindow

ROOT = Path(__file__).resolve().parents[2]


def test_launcher_shows_the_waiting_count(qtbot: QtBot, sqlite_url: str) -> None:
    database = open_database(sqlite_url)
    with database.writer() as session:
        queue_ops.issue_ticket(session, SYSTEM, "A")
        queue_ops.issue_ticket(session, SYSTEM, "A")
    window = LauncherWindow(database, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "2 waiting" in window.summary_text, timeout=5000)
    window.close()
    database.dispose()


def test_launcher_names_the_center_and_says_whether_the_kiosk_is_open(
    qtbot: QtBot, sqlite_url: str
) -> None:
    database = open_database(sqlite_url)
    with database.writer() as session:
        set_center_settings(
            session,
            {"center_name_en": "Riverside Service Hall", "opening_hours": "00:00-24:00"},
        )
        set_center_settings(session, {"open_on_non_working_days": True})
        session.commit()
    window = LauncherWindow(database, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.title_text == "Riverside Service Hall", timeout=5000)
    assert "kiosk is open" in window.kiosk_state_text
    with database.writer() as session:
        hour = utc_now().astimezone(load_center_config(session).timezone).hour
        elsewhere = "13:00-14:00" if hour < 12 else "01:00-02:00"  # an hour away from now
        set_center_settings(session, {"opening_hours": elsewhere})
        session.commit()
    window.refresh()
    qtbot.waitUntil(lambda: "closed" in window.kiosk_state_text, timeout=5000)
    assert window.counter_number_label.buddy() is not None
    window.close()
    database.dispose()


def test_screenshot_of_a_fresh_install(tmp_path: Path) -> None:
    """A screenshot renders a fresh install from a sandbox and leaves no database behind; a
    station on a database that does not exist is refused."""
    target = tmp_path / "launcher.png"
    env = {k: v for k, v in os.environ.items() if k != "CIVICDESK_DB"}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    shot = [sys.executable, "main.py", "--screenshot", str(target), "--size", "800x600"]
    result = subprocess.run(
        [*shot, "--lang", "en"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "CivicDesk" / "civicdesk.sqlite3").exists()

    # Not a screenshot (which would render a demo hall from a sandbox): the station itself,
    # offscreen, refuses before it opens a window.
    typo = tmp_path / "no-such-dir" / "hall.sqlite3"
    refused = subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{typo}"],
        cwd=ROOT,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1  # one sentence in the station's language, the path in it
    assert "此处尚无数据库" in lines[0]
    assert str(typo) in lines[0]
    assert not typo.parent.exists()


def test_a_corrupt_settings_file_is_one_clear_line(tmp_path: Path) -> None:
    config = tmp_path / "civicdesk.toml"
    config.write_text('language = "en"\nprinter = [oops\n', encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--config",
            str(config),
            "--screenshot",
            str(tmp_path / "x.png"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert str(config) in result.stderr
    assert "line 2" in result.stderr
    assert "Traceback" not in result.stderr
