"""Top-level keys of the station's settings file, changed in place, comments kept.

``setup-station`` records which station this PC is (``station_name``) and, when given, the
database and language. Like the device settings, the new text must read back to exactly
the values asked for before it atomically replaces the file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from services.core.settings import SETTINGS_VERSION, Settings, SettingsError, load_settings
from station.settings_writer import _replace, toml_value

_COUNTER_STATION = re.compile(r"^counter-([1-9][0-9]{0,3})$")
_KEY_LINE = re.compile(r"^\s*([A-Za-z0-9_-]+)\s*=")
_TABLE = re.compile(r"^\s*\[")


def station_name_of(counter: int | None, station: str) -> str:
    """The ``station_name`` setup-station records: ``counter-3``, ``kiosk``, …"""
    return f"counter-{counter}" if counter is not None else station


def counter_of_station(station_name: str) -> int | None:
    """The counter a PC was set up as (``counter-3`` -> 3), for a counter started plainly."""
    match = _COUNTER_STATION.match(station_name)
    return int(match.group(1)) if match else None


def write_top_level(path: Path, values: dict[str, Any | None]) -> Settings:
    """Set (or, for None, delete) top-level ``values`` in the settings file at ``path``.

    Raises:
        SettingsError: the file exists but cannot be read (left untouched), the values do
            not make a valid settings file, or it cannot be written.
    """
    original = ""
    if path.exists():
        load_settings(path)  # refuses a file the stations could not read
        original = path.read_text(encoding="utf-8-sig")
    raw = tomllib.loads(original) if original.strip() else {"version": SETTINGS_VERSION}
    expected = {key: value for key, value in raw.items() if key not in values}
    expected.update({key: value for key, value in values.items() if value is not None})
    text = _edited(original or f"version = {SETTINGS_VERSION}\n", values)
    if tomllib.loads(text) != expected:
        raise SettingsError(
            f"Settings file {path} could not be updated safely; it was left as it was."
        )
    _replace(path, text)
    return load_settings(path)


def _edited(original: str, values: dict[str, Any | None]) -> str:
    lines = original.splitlines()
    first_table = next((i for i, line in enumerate(lines) if _TABLE.match(line)), len(lines))
    pending = dict(values)
    kept: list[str] = []
    for number, line in enumerate(lines):
        match = _KEY_LINE.match(line) if number < first_table else None
        if match and match.group(1) in pending:
            value = pending.pop(match.group(1))
            if value is not None:
                kept.append(f"{match.group(1)} = {toml_value(value)}")
            continue
        if number == first_table:
            kept += _new_lines(pending)
            pending = {}
        kept.append(line)
    kept += _new_lines(pending)
    return "\n".join(kept).strip("\n") + "\n"


def _new_lines(values: dict[str, Any | None]) -> list[str]:
    return [f"{key} = {toml_value(value)}" for key, value in values.items() if value is not None]
