"""Windows forms of what the code names: data folders, serial ports (COM3), fonts.

The Windows build (packaging/windows) is not yet tried on Windows; these run everywhere and
keep the code from assuming Linux paths and /dev names.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest
from platformdirs import windows
from sqlalchemy.engine import make_url

from devices.serial_settings import SerialSettings
from devices.serial_transport import describe_port
from services.core.settings import APP_NAME, PrinterSettings, ScannerSettings, platform_dirs
from station.install.version import program_name
from station.settings_writer import DeviceSettings, check_device_settings

ROOT = Path(__file__).resolve().parents[2]
LOCAL_APPDATA = r"C:\Users\hall\AppData\Local"


@pytest.fixture
def windows_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    folders = {
        "CSIDL_LOCAL_APPDATA": LOCAL_APPDATA,
        "CSIDL_APPDATA": r"C:\Users\hall\AppData\Roaming",
    }
    monkeypatch.setattr(windows, "get_win_folder", folders.__getitem__)


@pytest.mark.usefixtures("windows_folders")
def test_the_data_and_settings_folders_on_windows() -> None:
    dirs = platform_dirs(windows.Windows)
    expected = PureWindowsPath(LOCAL_APPDATA, APP_NAME)  # local: a station belongs to one PC
    assert PureWindowsPath(dirs.user_data_dir) == expected
    assert PureWindowsPath(dirs.user_config_dir) == expected


def test_a_windows_database_path_makes_a_sqlite_url() -> None:
    path = PureWindowsPath(LOCAL_APPDATA, APP_NAME, "civicdesk.sqlite3")
    url = make_url(f"sqlite:///{path}")
    assert url.get_backend_name() == "sqlite"
    assert url.database == r"C:\Users\hall\AppData\Local\CivicDesk\civicdesk.sqlite3"


@pytest.mark.parametrize("port", ["COM3", "COM12", r"\\.\COM12"])
def test_windows_port_names_are_taken_as_they_are(port: str) -> None:
    assert describe_port(port) == port  # never turned into a file path
    assert SerialSettings(port=port).port == port
    check_device_settings(
        DeviceSettings(PrinterSettings(kind="serial", port=port), ScannerSettings(port=port))
    )


def test_the_command_line_needs_no_unix_only_module() -> None:
    """Windows has no grp or pwd: every command, setup-station included, must still load."""
    script = (
        "import sys\n"
        "for name in ('grp', 'pwd'):  # pyserial itself picks its Windows module there\n"
        "    sys.modules[name] = None\n"
        "from cli.app import build_parser\n"
        "import devices.serial_transport, station.install.autostart\n"
        "args = build_parser().parse_args(['setup-station', 'kiosk'])\n"
        "print(args.station)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "kiosk\n"


@pytest.mark.parametrize(
    ("argv0", "name"),
    [
        ("/usr/bin/civicdesk", "civicdesk"),
        (r"C:\Program Files\CivicDesk\civicdesk.exe", "civicdesk"),
        (r"C:\Program Files\CivicDesk\CivicDesk-Station.exe", "civicdesk"),
        ("main.py", "main.py"),
    ],
)
def test_the_program_calls_itself_as_it_was_started(
    monkeypatch: pytest.MonkeyPatch, argv0: str, name: str
) -> None:
    monkeypatch.setattr(sys, "argv", [argv0])
    assert program_name() == name
