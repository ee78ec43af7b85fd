"""CivicDesk entry point: a station window, or a headless command.

python main.py                       the all-in-one station (embedded SQLite)
python main.py kiosk|counter|display|manager [options]
python main.py [--db URL] COMMAND …  see ``python main.py --help-commands``
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from cli.routing import is_command

    if is_command(args) or args[:1] == ["--help-commands"]:
        from cli.app import run_command

        return run_command(["--help"] if args[:1] == ["--help-commands"] else args)
    from ui.app import run_station  # only stations load Qt

    return run_station(args)


if __name__ == "__main__":
    sys.exit(main())
