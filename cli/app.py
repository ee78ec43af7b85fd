"""The headless command line: ``python main.py [--db URL] COMMAND …``.

It acts as the system actor. Every command accepts ``--json`` and then prints one JSON object;
errors print one clear line on stderr and exit non-zero (3 when nobody is waiting).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from sqlalchemy.exc import DataError

from cli import (
    admin_commands,
    appointment_commands,
    district_commands,
    idcard_commands,
    ledger_commands,
    mediation_commands,
    petition_commands,
    print_commands,
    queue_commands,
    report_commands,
)
from cli.context import make_context
from cli.output import fail
from cli.station_setup import command as station_setup
from services.core.errors import CivicDeskError, QueueEmpty
from services.core.settings import SettingsError
from services.inputs.quoting import clipped_line
from services.storage.db import translate_outage
from station.install.version import program_name

EXIT_ERROR = 1
EXIT_USAGE = 2  # as argparse exits on a bad command line


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error quotes a huge or private argument short and masked."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {clipped_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    # Options given after the command must not reset those given before it, hence SUPPRESS.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object"
    )
    common.add_argument("--db", default=argparse.SUPPRESS, help="database URL")
    common.add_argument("--config", default=argparse.SUPPRESS, help="settings file (TOML)")
    parser: argparse.ArgumentParser = Parser(
        prog=program_name(), description="CivicDesk command line"
    )
    parser.add_argument("--json", action="store_true", default=False, help="print one JSON object")
    parser.add_argument("--db", default=None, help="database URL (or set CIVICDESK_DB)")
    parser.add_argument("--config", default=None, help="settings file (TOML)")
    sub = parser.add_subparsers(dest="command", required=True)
    admin_commands.register(sub, common)
    queue_commands.register(sub, common)
    reports = report_commands.register(sub, common)
    district_commands.register(sub, common)
    district_commands.register_reports(reports, common)
    mediation_commands.register(sub, common)
    petition_commands.register(sub, common)
    ledger_commands.register(sub, common)
    print_commands.register(sub, common)
    station_setup.register(sub, common)
    idcard_commands.register(sub, common)
    appointment_commands.register(sub, common)
    return parser


def run_command(argv: Sequence[str]) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for arg in argv:
        # Bytes that are not UTF-8 reach Python as lone surrogates, which no database,
        # printer or terminal accepts.
        if any("\ud800" <= char <= "\udfff" for char in arg):
            fail(f"The argument {ascii(arg)} is not valid text (bytes that are not UTF-8).")
            return EXIT_USAGE
    args = build_parser().parse_args(list(argv))
    if args.db is not None and not args.db.strip():
        fail("--db needs a database URL: sqlite:///FILE or postgresql://USER@HOST/DATABASE.")
        return EXIT_USAGE
    try:
        ctx = make_context(args.config, args.db, args.json)
    except SettingsError as exc:
        fail(str(exc))
        return EXIT_ERROR
    try:
        # A database lost, locked by another program or read-only mid-command is one clear
        # line too, never a traceback.
        with translate_outage():
            return int(args.handler(ctx, args))
    except QueueEmpty as exc:
        fail(str(exc))
        return queue_commands.EXIT_QUEUE_EMPTY
    except CivicDeskError as exc:
        fail(str(exc))
        return EXIT_ERROR
    except OSError as exc:
        fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_ERROR
    except (OverflowError, DataError) as exc:  # a number or text too big for the database
        detail = str(exc.orig if isinstance(exc, DataError) else exc).strip().splitlines()[0]
        fail(f"A value given is out of range: {detail}")
        return EXIT_ERROR
    finally:
        ctx.close()
