"""``appointment book|list|cancel|import|check-in``: appointments (预约) from the command line."""

from __future__ import annotations

import argparse
from datetime import date, time
from pathlib import Path

from cli.context import CommandContext
from cli.output import emit
from cli.queue_commands import ticket_line, ticket_payload
from services.appointments.booking import (
    AppointmentInfo,
    book_appointment,
    cancel_appointment,
    list_appointments,
)
from services.appointments.check_in import check_in
from services.appointments.import_csv import COLUMNS, import_appointments
from services.core.errors import ValidationError


def _time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time HH:MM") from None


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    appointment = sub.add_parser("appointment", help="appointments (预约)").add_subparsers(
        dest="action", required=True
    )
    book = appointment.add_parser("book", parents=[common], help="book a slot for a resident")
    book.add_argument("--service", required=True, help="service letter, e.g. A")
    book.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    book.add_argument("--time", required=True, type=_time, help="slot start, HH:MM")
    book.add_argument("--id-number", required=True, help="the resident's ID number")
    book.add_argument("--name", default="", help="the resident's name (needed when new)")
    book.add_argument("--phone", default="")
    book.add_argument(
        "--source", default="counter", choices=["counter", "phone"], help="how it was booked"
    )
    book.set_defaults(handler=appointment_book)
    listing = appointment.add_parser("list", parents=[common], help="a day's appointments")
    listing.add_argument("--date", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    listing.set_defaults(handler=appointment_list)
    cancel = appointment.add_parser("cancel", parents=[common], help="cancel an appointment")
    cancel.add_argument("code", help="Y-YYYYMMDD-NNNN")
    cancel.set_defaults(handler=appointment_cancel)
    imports = appointment.add_parser(
        "import",
        parents=[common],
        help=f"import the online booking platform's UTF-8 CSV ({','.join(COLUMNS)})",
    )
    imports.add_argument("file", type=Path)
    imports.set_defaults(handler=appointment_import)
    checkin = appointment.add_parser(
        "check-in", parents=[common], help="check an appointment in: issues its ticket"
    )
    checkin.add_argument("code", nargs="?", help="Y-YYYYMMDD-NNNN")
    checkin.add_argument("--id-number", help="or the resident's ID number (today's booking)")
    checkin.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    checkin.set_defaults(handler=appointment_check_in)


def _payload(info: AppointmentInfo) -> dict[str, object]:
    return {
        "code": info.code,
        "service": info.service_code,
        "date": info.day.isoformat(),
        "time": info.time,
        "status": info.status,
        "no_show": info.no_show,
        "name": info.resident_name,
        "id_number": info.id_number_masked,
        "source": info.source,
        "ticket": info.ticket_code,
    }


def _line(info: AppointmentInfo) -> str:
    return (
        f"{info.code}  {info.day.isoformat()} {info.time}  {info.service_code} "
        f"{info.service_name_en}  {info.resident_name} {info.id_number_masked}  "
        f"[{'no-show' if info.no_show else info.status}]"
    )


def appointment_book(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = book_appointment(
            session,
            ctx.actor,
            args.service,
            args.date,
            args.time,
            args.id_number,
            name=args.name,
            phone=args.phone,
            source=args.source,
        )
    emit(_payload(info), f"Booked {_line(info)}", as_json=ctx.as_json)
    return 0


def appointment_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        infos = list_appointments(session, args.date)
    lines = [_line(info) for info in infos] or [f"No appointments on {args.date.isoformat()}."]
    emit(
        {"date": args.date.isoformat(), "appointments": [_payload(i) for i in infos]},
        "\n".join(lines),
        as_json=ctx.as_json,
    )
    return 0


def appointment_cancel(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = cancel_appointment(session, ctx.actor, args.code)
    emit(_payload(info), f"Cancelled {_line(info)}", as_json=ctx.as_json)
    return 0


def appointment_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValidationError(f"{args.file} is not UTF-8 text.") from None
    with ctx.database.writer() as session:
        report = import_appointments(session, ctx.actor, text)
    lines = [
        f"Imported {len(report.imported)} appointment(s); {report.already} imported before."
    ] + [f"line {line}: {reason}" for line, reason in report.problems]
    emit(
        {
            "imported": report.imported,
            "already": report.already,
            "problems": [{"line": line, "reason": reason} for line, reason in report.problems],
        },
        "\n".join(lines),
        as_json=ctx.as_json,
    )
    return 0


def appointment_check_in(ctx: CommandContext, args: argparse.Namespace) -> int:
    if bool(args.code) == bool(args.id_number):
        raise ValidationError("Give the booking code or --id-number, one of the two.")
    with ctx.database.writer() as session:
        done = check_in(
            session, ctx.actor, code=args.code, id_number=args.id_number, language=args.lang
        )
    payload = {**ticket_payload(done.ticket), "appointment": done.appointment}
    payload["on_time"] = done.on_time
    note = "" if done.on_time else " (late: an ordinary walk-in ticket)"
    emit(payload, ticket_line(done.ticket, "Checked in, issued") + note, as_json=ctx.as_json)
    return 0
