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


# Imported only after the counter window's frame has been painted.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "services.storage.db",
    "services.storage.models",
    "ui.counter.window",
)


def test_a_counter_paints_its_window_before_loading_the_domain(
    sqlite_url: str, tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    script = (
        "import json, sys, main\n"
        "from ui.startup.frame import StationFrame\n"
        "seen = {}\n"
        "paint = StationFrame.paintEvent\n"
        "def watch(self, event):\n"
        "    seen.setdefault('modules', sorted(sys.modules))\n"
        "    seen.setdefault('title', self.windowTitle())\n"
        "    paint(self, event)\n"
        "StationFrame.paintEvent = watch\n"
        f"code = main.main(['counter', '--screenshot', {str(shot)!r}, '--db', {sqlite_url!r},"
        " '--lang', 'en'])\n"
        f"early = [m for m in {NOT_BEFORE_FIRST_PAINT!r} if m in seen.get('modules', [])]\n"
        f"late = [m for m in {NOT_BEFORE_FIRST_PAINT!r} if m in sys.modules]\n"
        "import linecache\n"
        "read = [f for f in linecache.cache if '/sqlalchemy/' in f or '/services/' in f]\n"
        "print(json.dumps({'code': code, 'early': early, 'late': late,"
        " 'title': seen.get('title'), 'read': read}))\n"
    )
    result = run_json(script, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result["code"] == 0
    assert result["title"] == "Counter 1"  # the frame painted, before the window was built
    assert result["early"] == []
    assert result["late"] == list(NOT_BEFORE_FIRST_PAINT)  # and then the window was loaded
    assert shot.stat().st_size > 0
    # PySide6's scan of each imported module's source skipped the domain (12 MB of text).
    assert result["read"] == []
