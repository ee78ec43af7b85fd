"""The program's name and version as the user called it: ``civicdesk`` once installed."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path, PureWindowsPath

DISTRIBUTION = "civicdesk"
_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def program_version() -> str:
    """The installed distribution's version, or the source tree's when run from a checkout."""
    if _PYPROJECT.exists():  # a checkout: its pyproject.toml is newer than any install
        with _PYPROJECT.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


INSTALLED_NAMES = frozenset({"civicdesk", "civicdesk.exe", "civicdesk-station.exe"})


def program_name() -> str:
    """``civicdesk`` when started through the installed command (Debian or Windows)."""
    # Either separator: "/usr/bin/civicdesk" or "C:\\CivicDesk\\civicdesk.exe".
    called = PureWindowsPath(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "civicdesk" if called.lower() in INSTALLED_NAMES else "main.py"
