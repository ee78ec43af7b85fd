"""Command-line options shared by every station window."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from services.core.settings import LANGUAGES
from station.install.version import program_name

STATIONS = ("launcher", "kiosk", "counter", "display", "manager", "district")


@dataclass(frozen=True)
class StationArgs:
    station: str
    db: str | None
    config: Path | None
    screenshot: Path | None
    size: tuple[int, int] | None
    lang: str | None
    counter: int
    screen: int
    full_screen: bool = False
    counter_given: bool = True
    tab: str | None = None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}"
        ) from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("the size must be between 200x200 and 8000x8000")
    return width, height


def station_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=program_name(), description="CivicDesk station windows")
    parser.add_argument("station", nargs="?", default="launcher", choices=STATIONS)
    parser.add_argument("--db", help="database URL (or set CIVICDESK_DB)")
    parser.add_argument("--config", type=Path, help="settings file (TOML)")
    parser.add_argument("--screenshot", type=Path, help="render offscreen, save a PNG and exit")
    parser.add_argument("--size", type=_size, help="window size for --screenshot, e.g. 1920x1080")
    parser.add_argument(
        "--tab",
        metavar="NAME",
        help="the tab --screenshot captures, by its name in any language: appointments, "
        "desk.ledger, admin.devices … (an unknown name lists the window's names)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    parser.add_argument(
        "--counter",
        type=int,
        help="counter number (counter station; default: the one setup-station chose, else 1)",
    )
    parser.add_argument(
        "--screen", type=int, default=0, help="screen index for full-screen windows"
    )
    parser.add_argument(
        "--full-screen", action="store_true", help="fill the screen (kiosk and display always do)"
    )
    parser.add_argument(
        "--keep-running", action="store_true", help="start the station again if it stops"
    )
    return parser


def parse_station_args(argv: Sequence[str]) -> StationArgs:
    parser = station_parser()
    ns = parser.parse_args(list(argv))
    if ns.tab is not None and ns.screenshot is None:
        parser.error("--tab chooses the tab of a --screenshot; give --screenshot FILE.png too")
    return StationArgs(
        station=ns.station,
        db=ns.db,
        config=ns.config,
        screenshot=ns.screenshot,
        size=ns.size,
        lang=ns.lang,
        counter=1 if ns.counter is None else ns.counter,
        counter_given=ns.counter is not None,
        screen=ns.screen,
        full_screen=ns.full_screen,
        tab=ns.tab,
    )
