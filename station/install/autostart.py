"""The XDG autostart entry that starts this PC's station at login and keeps it running.

Every Debian-family desktop (GNOME, KDE, Xfce, UOS's DDE, Kylin's UKUI) reads
``~/.config/autostart``. The entry runs the station through ``--keep-running``, which
restarts it if it dies; ``TryExec`` makes the desktop skip it once the program is removed.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping, Sequence
from pathlib import Path

from station.install.desktop_entries import desktop_entry, entry_for
from station.install.supervisor import KEEP_RUNNING_FLAG

AUTOSTART_FILE = "civicdesk-station.desktop"
SETUP_MARK = "X-CivicDesk-Setup"  # the package's purge deletes only entries carrying it


def config_home(environ: Mapping[str, str] = os.environ) -> Path:
    configured = environ.get("XDG_CONFIG_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path(environ.get("HOME") or Path.home()) / ".config"


def autostart_path(environ: Mapping[str, str] = os.environ) -> Path:
    return config_home(environ) / "autostart" / AUTOSTART_FILE


def station_arguments(station: str, counter: int | None, screen: int) -> list[str]:
    """The station's command-line words: full screen on the chosen screen."""
    words = [station]
    if counter is not None:
        words += ["--counter", str(counter)]
    return [*words, "--screen", str(screen), "--full-screen", KEEP_RUNNING_FLAG]


def autostart_entry(program: Sequence[str], arguments: Sequence[str]) -> str:
    """The entry's text; ``program`` is the absolute command that starts CivicDesk."""
    station = arguments[0]
    exec_line = " ".join(_quote_exec(word) for word in [*program, *arguments])
    return desktop_entry(
        entry_for(station),
        exec_line=exec_line,
        program=program[0],
        extra={"X-GNOME-Autostart-enabled": "true", SETUP_MARK: "true"},
    )


def _quote_exec(word: str) -> str:
    # The desktop entry spec quotes like a shell, with double quotes only, and reserves %.
    if word and all(ch.isalnum() or ch in "-_./:=+," for ch in word):
        return word
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$").replace("%", "%%") + '"'


def describe(program: Sequence[str], arguments: Sequence[str]) -> str:
    return shlex.join([*program, *arguments])
