"""Printer, port and document commands: list ports, query a printer, print documents."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path

from cli import mediation_commands, petition_commands
from cli.context import CommandContext
from cli.output import emit, fail
from devices.errors import DeviceError, DeviceTimeout, PrinterNotReady
from devices.ports import list_ports
from devices.printer import SerialPrinter
from devices.scan_payload import InvalidScan, parse_payload
from devices.serial_settings import SerialSettings
from printing.booking_slip import render_booking_slip
from printing.documents import TestPage
from printing.profiles import PrinterProfile
from printing.thermal import render_test_page, render_ticket
from services.appointments.booking import appointment_info, find_appointment
from services.core.center_config import load_center_config
from services.core.clock import center_now, service_day, utc_now
from services.core.errors import ValidationError
from services.core.settings import LANGUAGES, PAPER_WIDTHS
from services.queue.reads import ticket_as_it_stands
from services.queue.tickets import find_ticket_by_code
from station.booking_slips import booking_slip
from station.documents import queue_ticket
from station.printers import printer_profile

EXIT_PRINTER_FAULT = 4


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    devices = sub.add_parser("devices", help="serial devices").add_subparsers(
        dest="action", required=True
    )
    devices.add_parser("ports", parents=[common], help="list the serial ports").set_defaults(
        handler=devices_ports
    )

    port_options = argparse.ArgumentParser(add_help=False)
    port_options.add_argument("--port", help="serial port (default: the printer in the settings)")
    port_options.add_argument("--baud", type=int, help="baud rate (default: from the settings)")

    printer = sub.add_parser("printer", help="the receipt printer").add_subparsers(
        dest="action", required=True
    )
    printer.add_parser(
        "status", parents=[common, port_options], help="ask the printer for its state"
    ).set_defaults(handler=printer_status)

    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--paper", type=int, choices=PAPER_WIDTHS, help="paper width in mm")
    output.add_argument("--lang", choices=LANGUAGES, help="document language")

    print_ = sub.add_parser("print", help="print documents").add_subparsers(
        dest="action", required=True
    )
    test = print_.add_parser("test", parents=[common, port_options, output], help="a test page")
    test.add_argument("--to", type=Path, help="write the ESC/POS bytes to a file instead")
    test.set_defaults(handler=print_test)
    ticket = print_.add_parser(
        "ticket", parents=[common, port_options, output], help="reprint a queue ticket"
    )
    ticket.add_argument("code", help="A023 (today), or a scanned T-20261130-A023")
    ticket.add_argument("--date", type=date.fromisoformat, help="service day, YYYY-MM-DD")
    ticket.add_argument("--to", type=Path, help="write the ESC/POS bytes to a file instead")
    ticket.set_defaults(handler=print_ticket)
    slip = print_.add_parser(
        "slip", parents=[common, port_options, output], help="an appointment's booking slip"
    )
    slip.add_argument("code", help="Y-YYYYMMDD-NNNN")
    slip.add_argument("--to", type=Path, help="write the ESC/POS bytes to a file instead")
    slip.set_defaults(handler=print_slip)
    mediation_commands.register_print(print_, common)
    petition_commands.register_print(print_, common)


def devices_ports(ctx: CommandContext, _args: argparse.Namespace) -> int:
    ports = list_ports()
    lines = [f"{p.name}  {p.description}".rstrip() for p in ports] or ["No serial ports found."]
    emit({"ports": ports}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def _serial_printer(ctx: CommandContext, args: argparse.Namespace) -> SerialPrinter:
    configured = ctx.settings.printer
    port = args.port or configured.port
    if not port:
        raise ValidationError("No printer port: give --port or set [printer] port in the settings.")
    try:
        settings = SerialSettings(
            port=port,
            baudrate=args.baud or configured.baudrate,
            rtscts=configured.rtscts,
            xonxoff=configured.xonxoff,
        )
    except ValueError as exc:  # the settings' own check: a clear message, not a traceback
        raise ValidationError(str(exc)) from None
    return SerialPrinter(settings, name=port)


def _profile(ctx: CommandContext, args: argparse.Namespace) -> PrinterProfile:
    profile = printer_profile(ctx.settings.printer)
    return replace(profile, paper_width_mm=args.paper) if args.paper else profile


def _deliver(ctx: CommandContext, args: argparse.Namespace, data: bytes, what: str) -> int:
    if args.to is not None:
        args.to.write_bytes(data)
        emit(
            {"file": str(args.to), "bytes": len(data)},
            f"Wrote {what} ({len(data)} bytes) to {args.to}",
            as_json=ctx.as_json,
        )
        return 0
    printer = _serial_printer(ctx, args)
    try:
        printer.send(data)
    except (PrinterNotReady, DeviceTimeout) as exc:
        # Out of paper, cover open, offline, silent or stalled: the status `printer status`
        # gives for the same printer, so scripts can tell it from a wrong command.
        fail(f"{what} was not printed: {exc}")
        return EXIT_PRINTER_FAULT
    except DeviceError as exc:
        raise ValidationError(f"{what} was not printed: {exc}") from None
    finally:
        printer.close()
    emit(
        {"port": printer.name, "bytes": len(data)},
        f"Printed {what} on {printer.name}",
        as_json=ctx.as_json,
    )
    return 0


def printer_status(ctx: CommandContext, args: argparse.Namespace) -> int:
    printer = _serial_printer(ctx, args)
    try:
        status = printer.status()
    except DeviceError as exc:
        raise ValidationError(str(exc)) from None
    finally:
        printer.close()
    emit(
        {"port": printer.name, "ok": status.ok, "problem": status.problem, "status": status},
        f"{printer.name}: {status.describe()}",
        as_json=ctx.as_json,
    )
    return 0 if status.ok else EXIT_PRINTER_FAULT


def print_test(ctx: CommandContext, args: argparse.Namespace) -> int:
    profile = _profile(ctx, args)
    page = TestPage(
        station_name=ctx.settings.station_name or "CivicDesk",
        printed_at=center_now(),
        paper_width_mm=profile.paper_width_mm,
        language=args.lang or ctx.settings.language,
    )
    return _deliver(ctx, args, render_test_page(page, profile), "the test page")


def print_ticket(ctx: CommandContext, args: argparse.Namespace) -> int:
    code: str = args.code.strip()
    day: date | None = args.date
    if code.upper().startswith("T-"):
        try:
            payload = parse_payload(code)
        except InvalidScan as exc:
            raise ValidationError(str(exc)) from None
        code, day = payload.code, payload.service_day
    now = utc_now()
    with ctx.database.reader() as session:
        config = load_center_config(session)
        day = day or service_day(now, config.timezone)
        ticket = find_ticket_by_code(session, day, code)
        info = ticket_as_it_stands(session, ticket, now, config)
    document = queue_ticket(info, config, reprint_in=args.lang)
    return _deliver(ctx, args, render_ticket(document, _profile(ctx, args)), f"ticket {info.code}")


def print_slip(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        config = load_center_config(session)
        info = appointment_info(session, find_appointment(session, args.code), config)
    document = booking_slip(info, config, args.lang or ctx.settings.language)
    data = render_booking_slip(document, _profile(ctx, args))
    return _deliver(ctx, args, data, f"booking slip {info.code}")
