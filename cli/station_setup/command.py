"""``civicdesk setup-station kiosk|display|counter N|manager [--screen N] [--remove]``.

Run once per PC, as the user who signs in there. It records the station in the settings
file, adds the user to the dialout group for serial devices, and installs the autostart
entry that starts the station full screen at login and restarts it if it dies.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from cli.context import CommandContext
from cli.output import emit
from services.core.errors import ValidationError
from services.core.settings import default_config_path
from station.install.autostart import autostart_entry, autostart_path, station_arguments
from station.install.station_settings import station_name_of, write_top_level

STATIONS = ("kiosk", "display", "counter", "manager", "district")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    setup = sub.add_parser(
        "setup-station",
        parents=[common],
        help="make this PC a station that starts itself at login (run once per PC)",
    )
    setup.add_argument("station", choices=STATIONS)
    setup.add_argument("number", nargs="?", type=int, help="the counter's number (counter only)")
    setup.add_argument("--screen", type=int, default=0, help="the screen to fill (0 = first)")
    setup.add_argument("--lang", choices=["zh_CN", "en"], help="the station's language")
    setup.add_argument("--remove", action="store_true", help="undo the setup of this PC")
    setup.set_defaults(handler=setup_station)


def setup_station(ctx: CommandContext, args: argparse.Namespace) -> int:
    if sys.platform == "win32":
        raise ValidationError(
            "setup-station sets up Linux PCs. On Windows put a shortcut to the station in "
            "the Startup folder (shell:startup); see docs/install.md."
        )
    # Linux only (grp, pwd): imported here so that every other command runs on Windows.
    from station.install.serial_access import ensure_member, user_name

    counter = _counter_number(args)
    if not 0 <= args.screen <= 15:
        raise ValidationError(f"The screen is a number from 0 to 15, not {args.screen}.")
    settings_file = ctx.settings.source or default_config_path()
    entry_file = autostart_path()
    if args.remove:
        return _remove(ctx, settings_file, entry_file, user_name())
    name = station_name_of(counter, args.station)
    values: dict[str, object] = {"station_name": name}
    if getattr(args, "db", None):
        values["database_url"] = args.db
    if args.lang:
        values["language"] = args.lang
    write_top_level(settings_file, values)
    program = _program()
    arguments = station_arguments(args.station, counter, args.screen)
    if getattr(args, "config", None):
        arguments = ["--config", str(Path(args.config).resolve()), *arguments]
    entry_file.parent.mkdir(parents=True, exist_ok=True)
    entry_file.write_text(autostart_entry(program, arguments), encoding="utf-8")
    group = ensure_member(user_name())
    emit(
        {
            "station": name,
            "settings": str(settings_file),
            "autostart": str(entry_file),
            "dialout": group.member,
            "dialout_effective": group.effective,
        },
        "\n".join(
            [
                f"This PC is now the {name.replace('-', ' ')} station.",
                f"Settings: {settings_file}",
                f"Autostart at login (restarted if it stops): {entry_file}",
                group.message,
                f"Undo with: civicdesk setup-station {args.station} --remove",
            ]
        ),
        as_json=ctx.as_json,
    )
    return 0


def _counter_number(args: argparse.Namespace) -> int | None:
    if args.station == "counter" and not args.remove:
        if args.number is None or args.number < 1:
            raise ValidationError("Name the counter: civicdesk setup-station counter 3")
        return int(args.number)
    if args.number is not None and args.station != "counter":
        raise ValidationError(f"The {args.station} station takes no number.")
    return None


def _remove(ctx: CommandContext, settings_file: Path, entry_file: Path, user: str) -> int:
    removed = entry_file.exists()
    entry_file.unlink(missing_ok=True)
    if settings_file.exists():
        write_top_level(settings_file, {"station_name": None})
    emit(
        {"autostart_removed": removed, "settings": str(settings_file)},
        "\n".join(
            [
                ("Removed the autostart entry " if removed else "No autostart entry at ")
                + str(entry_file),
                f"The station name is gone from {settings_file}; the database and other "
                "settings stay.",
                "Membership of the dialout group stays (an administrator removes it with: "
                f"sudo gpasswd --delete {user} dialout).",
            ]
        ),
        as_json=ctx.as_json,
    )
    return 0


def _program() -> list[str]:
    """The absolute command that starts CivicDesk as it was started now."""
    installed = shutil.which("civicdesk")
    if Path(sys.argv[0]).name == "civicdesk" and installed:
        return [installed]
    main = Path(__file__).resolve().parents[2] / "main.py"
    return [os.path.abspath(sys.executable), str(main)]
