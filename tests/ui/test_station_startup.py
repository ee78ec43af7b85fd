"""A station loads only what it shows: start-up time and memory depend on it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Loaded on first use (an upgrade, a PDF, a barcode, PostgreSQL) or by other stations only.
NOT_AT_COUNTER_START = (
    "alembic",
    "reportlab",
    "barcode",
    "psycopg",
    "cli.admin_commands",
    "ui.kiosk",
    "ui.display",
    "ui.manager_window",
    "ui.admin_panel",
    "ui.launcher",
)


@pytest.mark.parametrize("station", ["counter", "kiosk"])
def test_a_station_start_does_not_load_what_it_does_not_use(
    sqlite_url: str, tmp_path: Path, station: str
) -> None:
    shot = tmp_path / "shot.png"
    script = (
        "import json, sys, main\n"
        f"code = main.main([{station!r}, '--screenshot', {str(shot)!r}, '--db', {sqlite_url!r}])\n"
        f"loaded = [name for name in {NOT_AT_COUNTER_START!r} if name in sys.modules]\n"
        "print(json.dumps({'code': code, 'loaded': loaded}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] == 0
    assert shot.stat().st_size > 0
    expected_own = {"kiosk": ["ui.kiosk"], "counter": []}[station]
    assert result["loaded"] == expected_own
