"""``idcard read``: read one resident ID card from a serial reader."""

from __future__ import annotations

import argparse

from cli.context import CommandContext
from cli.output import emit, fail
from devices.errors import DeviceUnavailable
from devices.idcard.errors import IdCardError, ReaderSilent, SamStatusError
from devices.idcard.sam_reader import SamReader, read_one_card
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport
from services.core.errors import ValidationError
from standards.gb11643 import mask_id_number

EXIT_NO_CARD = 1
EXIT_NO_READER = 4
DEFAULT_WAIT = 10.0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    idcard = sub.add_parser("idcard", help="resident ID-card readers").add_subparsers(
        dest="action", required=True
    )
    read = idcard.add_parser("read", parents=[common], help="read one card from the reader")
    read.add_argument("--port", help="serial port (default: [idcard] port in the settings)")
    read.add_argument("--baud", type=int, help="baud rate (default: from the settings)")
    read.add_argument(
        "--wait",
        type=float,
        default=DEFAULT_WAIT,
        help=f"seconds to wait for a card (default {DEFAULT_WAIT:g})",
    )
    read.set_defaults(handler=idcard_read)


def idcard_read(ctx: CommandContext, args: argparse.Namespace) -> int:
    configured = ctx.settings.idcard
    port = args.port or configured.port
    if not port:
        raise ValidationError("No ID-card reader port: give --port or set [idcard] port.")
    if args.wait < 0:
        raise ValidationError(f"--wait must not be negative, not {args.wait:g}.")
    try:
        settings = SerialSettings(port=port, baudrate=args.baud or configured.baudrate)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    transport = SerialTransport(settings)
    try:
        record = read_one_card(SamReader(transport), wait=args.wait)
    except (DeviceUnavailable, ReaderSilent) as exc:
        fail(str(exc))
        return EXIT_NO_READER
    except SamStatusError as exc:
        if exc.status in (0x60, 0x66):  # self-test failed, not authorised: no usable reader
            fail(str(exc))
            return EXIT_NO_READER
        fail(str(exc))
        return EXIT_NO_CARD
    except IdCardError as exc:
        fail(str(exc))
        return EXIT_NO_CARD
    finally:
        transport.close()
    emit(
        record.as_json(),
        f"{record.name}  {mask_id_number(record.id_number)}  "
        f"valid to {record.as_json()['valid_to']}",
        as_json=ctx.as_json,
    )
    return 0
