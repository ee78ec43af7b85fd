"""CivicDesk entry point: a station window, or a headless command.

python main.py                       the all-in-one station (embedded SQLite)
python main.py kiosk|counter|display|manager [options]
python main.py [--db URL] COMMAND …  see ``python main.py --help`` (all of it)
python main.py --version
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] in (["--version"], ["-V"]):
        from station.install.version import program_version

        print(f"civicdesk {program_version()}")
        return 0
    if args[:1] in (["--help"], ["-h"]):
        print(full_help())
        return 0
    if "--keep-running" in args:  # the autostart entry: a supervisor around the station
        from station.install.supervisor import child_command, keep_running

        return keep_running(child_command(sys.orig_argv))
    from cli.routing import is_command

    if is_command(args) or args[:1] == ["--help-commands"]:
        from cli.app import run_command

        return run_command(["--help"] if args[:1] == ["--help-commands"] else args)
    from ui.app import run_station  # only stations load Qt

    return run_station(args)


def full_help() -> str:
    """Stations, then every command with its options: the whole program on one page."""
    from cli.manual.reference import command_reference
    from ui.common.station_args import station_parser  # argparse only: Qt is not loaded

    stations = station_parser().format_help()
    return f"{stations}\n{command_reference()}"


if __name__ == "__main__":
    sys.exit(main())
