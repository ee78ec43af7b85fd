"""``civicdesk setup-station``: settings, the autostart entry, and ``--remove``."""

from __future__ import annotations

import configparser
import io
import shlex
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from main import main
from services.core.settings import SettingsError
from station.install.autostart import autostart_entry, station_arguments
from station.install.serial_access import is_member
from station.install.station_settings import (
    counter_of_station,
    station_name_of,
    write_top_level,
)
from ui.common.station_args import parse_station_args


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def setup_station(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Done]:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.delenv("CIVICDESK_DB", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # nobody at a terminal to type for sudo

    def run(home: Path, *args: str) -> Done:
        monkeypatch.setenv("HOME", str(home))
        code = main(["setup-station", *args])
        out = capsys.readouterr()
        return Done(code, out.out, out.err)

    return run


def _entry(home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(home / ".config" / "autostart" / "civicdesk-station.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_a_counter_pc_starts_its_counter_full_screen_at_login(
    tmp_path: Path, setup_station: Callable[..., Done]
) -> None:
    settings = tmp_path / ".config" / "CivicDesk" / "civicdesk.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('# the hall\nlanguage = "en"\n\n[printer]\nkind = "none"\n')
    done = setup_station(tmp_path, "counter", "3", "--screen", "1")
    assert done.returncode == 0, done.stderr
    assert "counter 3 station" in done.stdout
    assert "dialout" in done.stdout
    values = tomllib.loads(settings.read_text())
    assert values == {"language": "en", "station_name": "counter-3", "printer": {"kind": "none"}}
    assert settings.read_text().startswith("# the hall\n")  # comments stay
    entry = _entry(tmp_path)
    assert entry["Name[zh_CN]"] == "窗口工作台"
    assert entry["X-CivicDesk-Setup"] == "true"
    command = shlex.split(entry["Exec"])
    assert command[-7:] == [
        "counter", "--counter", "3", "--screen", "1", "--full-screen", "--keep-running",
    ]  # fmt: skip
    assert Path(command[0]).is_absolute()
    assert entry["TryExec"] == command[0]

    undone = setup_station(tmp_path, "counter", "--remove")
    assert undone.returncode == 0, undone.stderr
    assert not (tmp_path / ".config" / "autostart" / "civicdesk-station.desktop").exists()
    assert tomllib.loads(settings.read_text()) == {"language": "en", "printer": {"kind": "none"}}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["counter"], "Name the counter"),
        (["counter", "0"], "Name the counter"),
        (["kiosk", "2"], "takes no number"),
        (["display", "--screen", "99"], "screen is a number"),
    ],
)
def test_bad_setups_are_refused_and_change_nothing(
    tmp_path: Path, args: list[str], message: str, setup_station: Callable[..., Done]
) -> None:
    done = setup_station(tmp_path, *args)
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / ".config").exists()


def test_an_unreadable_settings_file_is_left_alone(tmp_path: Path) -> None:
    settings = tmp_path / "civicdesk.toml"
    settings.write_text("language = \n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        write_top_level(settings, {"station_name": "kiosk"})
    assert settings.read_text() == "language = \n"


def test_the_autostart_entry_quotes_paths_with_spaces() -> None:
    text = autostart_entry(
        ["/opt/my python/bin/python3", "/home/hall/Civic Desk/main.py"],
        station_arguments("kiosk", None, 0),
    )
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert shlex.split(exec_line.removeprefix("Exec="))[:3] == [
        "/opt/my python/bin/python3",
        "/home/hall/Civic Desk/main.py",
        "kiosk",
    ]


def test_group_membership_reads_the_group_database() -> None:
    assert is_member("root", "root")  # root's primary group
    assert not is_member("no-such-user-here", "dialout")


@pytest.mark.parametrize(
    ("name", "counter"),
    [("counter-3", 3), ("counter-12", 12), ("counter-0", None), ("kiosk", None), ("", None)],
)
def test_a_plain_counter_start_opens_the_counter_this_pc_was_set_up_as(
    name: str, counter: int | None
) -> None:
    assert counter_of_station(name) == counter
    plain, chosen = (
        parse_station_args(["counter"]),
        parse_station_args(["counter", "--counter", "5"]),
    )
    assert (plain.counter_given, chosen.counter_given, chosen.counter) == (False, True, 5)
    assert station_name_of(counter, "counter") == (name if counter else "counter")
