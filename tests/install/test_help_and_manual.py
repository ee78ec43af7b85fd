"""``civicdesk --help`` and the man page describe every command; ``--version`` is right."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from cli.manual.reference import command_paths
from main import main
from ui.common.station_args import STATIONS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_main(capsys: pytest.CaptureFixture[str]) -> Callable[..., str]:
    def run(*args: str) -> str:
        assert main(list(args)) == 0
        return capsys.readouterr().out

    return run


def test_version_is_the_project_version(run_main: Callable[..., str]) -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert run_main("--version") == f"civicdesk {version}\n"


def test_help_lists_every_station_and_every_command_with_its_options(
    run_main: Callable[..., str],
) -> None:
    text = run_main("--help")
    for station in STATIONS:
        assert station in text
    for option in ("--screenshot", "--tab", "--screen", "--counter", "--full-screen"):
        assert option in text
    paths = list(command_paths())
    assert len(paths) > 30
    for path, usage in paths:
        assert f"main.py {path}" in text, path
        assert usage in text
    assert "ticket issue --service SERVICE" in text
    assert "setup-station [--screen SCREEN]" in text or "setup-station" in text
    assert "Exit status" in text


def _manual_lines() -> list[str]:
    roff = (ROOT / "packaging" / "civicdesk.1").read_text(encoding="utf-8")
    plain = re.sub(r"\\f[BIRP]", "", roff).replace("\\-", "-")
    return plain.splitlines()


def test_the_man_page_names_every_command() -> None:
    lines = _manual_lines()
    for path, _usage in command_paths():
        words = path.split()
        assert any(
            all(re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line) for word in words)
            for line in lines
            if line.startswith(".B ") or line.startswith(".TP") is False
        ), f"civicdesk.1 does not describe '{path}'"


def test_the_man_page_names_every_station() -> None:
    text = "\n".join(_manual_lines())
    for station in STATIONS[1:]:
        assert f".B civicdesk {station}" in text
