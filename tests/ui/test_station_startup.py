"""A station loads only what it shows: start-up time and memory depend on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.python_process import run_json

# Loaded on first use (an upgrade, a PDF, a barcode, PostgreSQL) or by other stations only.
NOT_AT_COUNTER_START = (
    "alembic",
    "reportlab",
    "barcode",
    "psycopg",
    "cryptography",  # residents are decrypted only when one is opened
    "cli.admin_commands",
    "ui.kiosk.window",
    "ui.display.window",
    "ui.manager.window",
    "ui.admin.panel",
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
    result = run_json(script, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result["code"] == 0
    assert shot.stat().st_size > 0
    expected_own = {"kiosk": ["ui.kiosk.window"], "counter": []}[station]
    assert result["loaded"] == expected_own
