"""The all-in-one launcher opens on a database and shows the live queue."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from services.core.actors import SYSTEM
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


def test_screenshot_of_a_fresh_install(tmp_path: Path) -> None:
    """A station's first start makes the default embedded database; any other must exist."""
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
    assert (tmp_path / "data" / "CivicDesk" / "civicdesk.sqlite3").exists()

    typo = tmp_path / "no-such-dir" / "hall.sqlite3"
    refused = subprocess.run(
        [*shot, "--db", f"sqlite:///{typo}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert refused.returncode == 1
    assert refused.stderr.strip().splitlines() == [
        f"No database at {typo} (run `python main.py db upgrade` to create one)."
    ]
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
