"""Ticket, queue, counter and day commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from sqlalchemy.orm import Session

from cli.context import CommandContext
from cli.output import emit
from services.admin.catalog import set_service_paused
from services.catalog.reads import get_service, list_counters, list_services
from services.core.actors import Actor
from services.core.settings import LANGUAGES
from services.district.days import publish_recent_days
from services.queue import ops as queue_ops
from services.queue.day_close import close_day
from services.queue.reads import queue_status
from services.queue.tickets import TicketInfo
from services.real_name.tickets import issue_real_name_ticket

TicketOp = Callable[[Session, Actor, int], TicketInfo]
CounterOp = Callable[[Session, Actor, int], None]

EXIT_QUEUE_EMPTY = 3


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    service = sub.add_parser("service", help="the service catalog").add_subparsers(
        dest="action", required=True
    )
    service.add_parser("list", parents=[common], help="list the services").set_defaults(
        handler=service_list
    )
    for action, paused, text in (
        ("pause", True, "stop the kiosk issuing tickets for a service"),
        ("resume", False, "let the kiosk issue tickets for a paused service again"),
    ):
        switch = service.add_parser(action, parents=[common], help=text)
        switch.add_argument("--service", required=True, help="service letter, e.g. A")
        switch.set_defaults(handler=service_pause, paused=paused)

    counter = sub.add_parser("counter", help="counters").add_subparsers(
        dest="action", required=True
    )
    counter.add_parser("list", parents=[common], help="list the counters").set_defaults(
        handler=counter_list
    )
    for action, handler in (
        ("open", counter_open),
        ("pause", counter_pause),
        ("close", counter_close),
    ):
        p = counter.add_parser(action, parents=[common], help=f"{action} a counter")
        p.add_argument("--counter", type=int, required=True)
        p.set_defaults(handler=handler)

    ticket = sub.add_parser("ticket", help="queue tickets").add_subparsers(
        dest="action", required=True
    )
    issue = ticket.add_parser("issue", parents=[common], help="issue a ticket")
    issue.add_argument("--service", required=True, help="service letter, e.g. A")
    issue.add_argument(
        "--priority", help="green channel reason: elderly, disability, military, pregnant, other"
    )
    issue.add_argument("--lang", default="zh_CN", choices=LANGUAGES)
    issue.add_argument(
        "--id-number", help="a real-name ticket (实名取号) for this resident ID number"
    )
    issue.add_argument("--name", default="", help="the name on the card, for a new resident")
    issue.set_defaults(handler=ticket_issue)

    call = ticket.add_parser(
        "call-next", parents=[common], help="call the next ticket (opens a closed counter)"
    )
    call.add_argument("--counter", type=int, required=True)
    call.set_defaults(handler=ticket_call_next)

    specific = ticket.add_parser("call", parents=[common], help="call one particular ticket")
    specific.add_argument("code")
    specific.add_argument("--counter", type=int, required=True)
    specific.set_defaults(handler=ticket_call)

    for action, handler in (
        ("recall", ticket_recall),
        ("start", ticket_start),
        ("finish", ticket_finish),
        ("no-show", ticket_no_show),
    ):
        p = ticket.add_parser(
            action, parents=[common], help=f"{action} the counter's current ticket"
        )
        p.add_argument("--counter", type=int, required=True)
        p.set_defaults(handler=handler)

    hold = ticket.add_parser("hold", parents=[common], help="postpone the counter's called ticket")
    hold.add_argument("--counter", type=int, required=True)
    hold.add_argument("--minutes", type=int, default=10)
    hold.set_defaults(handler=ticket_hold)

    move = ticket.add_parser("transfer", parents=[common], help="transfer the ticket in service")
    move.add_argument("--counter", type=int, required=True)
    move.add_argument("--service", required=True)
    move.add_argument("--note", default="")
    move.set_defaults(handler=ticket_transfer)

    cancel = ticket.add_parser("cancel", parents=[common], help="cancel a waiting ticket")
    cancel.add_argument("code")
    cancel.set_defaults(handler=ticket_cancel)

    reinstate = ticket.add_parser(
        "reinstate", parents=[common], help="put a no-show or a cancelled ticket back in the queue"
    )
    reinstate.add_argument("code")
    reinstate.set_defaults(handler=ticket_reinstate)

    queue = sub.add_parser("queue", help="the queue").add_subparsers(dest="action", required=True)
    queue.add_parser(
        "status", parents=[common], help="waiting per service, counter states"
    ).set_defaults(handler=queue_show)

    day = sub.add_parser("day", help="the service day").add_subparsers(dest="action", required=True)
    close = day.add_parser("close", parents=[common], help="expire open tickets and close counters")
    close.add_argument(
        "--force", action="store_true", help="close even during the center's opening hours"
    )
    close.set_defaults(handler=day_close)


def _ahead_words(ahead: int, minutes: int | None) -> str:
    if ahead == 0:
        return ", nobody ahead"
    people = "1 person" if ahead == 1 else f"{ahead} people"
    wait = f", about {minutes} min" if minutes else ""
    return f", {people} ahead{wait}"


def ticket_line(info: TicketInfo, verb: str) -> str:
    where = f" at counter {info.counter_number}" if info.counter_number else ""
    ahead = "" if info.ahead is None else _ahead_words(info.ahead, info.estimated_wait_minutes)
    service = f"{info.service_code} {info.service_name_en}"
    return f"{verb} {info.code} ({service}){where}: {info.status}{ahead}"


def _emit_ticket(ctx: CommandContext, info: TicketInfo, verb: str) -> int:
    emit(ticket_payload(info), ticket_line(info, verb), as_json=ctx.as_json)
    return 0


def ticket_payload(info: TicketInfo) -> dict[str, object]:
    """A ticket as every ``--json`` command prints it."""
    return {
        "id": info.id,
        "code": info.code,
        "service": info.service_code,
        "status": info.status,
        "ahead": info.ahead,
        "estimated_wait_minutes": info.estimated_wait_minutes,
        "counter": info.counter_number,
        "call_count": info.call_count,
        "recalls": info.recalls,
        "barcode": info.barcode,
        "service_day": info.service_day,
        "priority": info.priority_reason,
        "real_name": info.real_name,
    }


def service_list(ctx: CommandContext, _args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        services = list_services(session, include_inactive=True)
    lines = [
        f"{s.code}  {s.name_zh} / {s.name_en}  (target wait {s.target_wait_minutes} min, "
        f"promised {s.promised_days} working days){'' if s.active else '  [inactive]'}"
        for s in services
    ]
    emit({"services": services}, "\n".join(lines) or "No services.", as_json=ctx.as_json)
    return 0


def service_pause(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        service_id = get_service(session, args.service).id
        record = set_service_paused(session, ctx.actor, service_id, args.paused)
    state = "paused" if record.paused else "taking tickets"
    emit({"service": record}, f"{record.code} {record.name_en}: {state}", as_json=ctx.as_json)
    return 0


def counter_list(ctx: CommandContext, _args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        counters = list_counters(session)
    lines = [
        f"{c.number:>2}  {c.name_zh} / {c.name_en}  [{c.state}]  serves {''.join(c.service_codes)}"
        for c in counters
    ]
    emit({"counters": counters}, "\n".join(lines) or "No counters.", as_json=ctx.as_json)
    return 0


def _counter_state(ctx: CommandContext, args: argparse.Namespace, op: CounterOp, state: str) -> int:
    with ctx.database.writer() as session:
        op(session, ctx.actor, args.counter)
    emit(
        {"counter": args.counter, "state": state},
        f"Counter {args.counter} is {state}.",
        as_json=ctx.as_json,
    )
    return 0


def counter_open(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _counter_state(ctx, args, queue_ops.open_counter, "open")


def counter_pause(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _counter_state(ctx, args, queue_ops.pause_counter, "paused")


def counter_close(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _counter_state(ctx, args, queue_ops.close_counter, "closed")


def ticket_issue(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        if args.id_number is not None:
            info = issue_real_name_ticket(
                session,
                ctx.actor,
                args.service,
                args.id_number,
                name=args.name,
                priority=args.priority,
                language=args.lang,
            ).ticket
        else:
            info = queue_ops.issue_ticket(
                session, ctx.actor, args.service, priority=args.priority, language=args.lang
            )
    return _emit_ticket(ctx, info, "Issued")


def ticket_call_next(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.call_next(session, ctx.actor, args.counter, open_if_closed=True)
    return _emit_ticket(ctx, info, "Called")


def ticket_call(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.call_ticket(session, ctx.actor, args.counter, args.code)
    return _emit_ticket(ctx, info, "Called")


def _current_op(ctx: CommandContext, args: argparse.Namespace, op: TicketOp, verb: str) -> int:
    with ctx.database.writer() as session:
        info = op(session, ctx.actor, args.counter)
    return _emit_ticket(ctx, info, verb)


def ticket_recall(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _current_op(ctx, args, queue_ops.recall, "Recalled")


def ticket_start(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _current_op(ctx, args, queue_ops.start_service, "Serving")


def ticket_finish(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _current_op(ctx, args, queue_ops.finish_service, "Finished")


def ticket_no_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    return _current_op(ctx, args, queue_ops.mark_no_show, "No-show")


def ticket_hold(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.hold_current(session, ctx.actor, args.counter, args.minutes)
    return _emit_ticket(ctx, info, "Held")


def ticket_transfer(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.transfer(session, ctx.actor, args.counter, args.service, note=args.note)
    return _emit_ticket(ctx, info, "Transferred")


def ticket_cancel(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.cancel_ticket(session, ctx.actor, args.code)
    return _emit_ticket(ctx, info, "Cancelled")


def ticket_reinstate(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = queue_ops.reinstate_no_show(session, ctx.actor, args.code)
    return _emit_ticket(ctx, info, "Reinstated")


def queue_show(ctx: CommandContext, _args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        status = queue_status(session)
    lines = [f"Service day {status.service_day}: {status.total_waiting} waiting"]
    lines += [
        f"  {s.code} {s.name_en:<24} waiting {s.waiting:>3} "
        f"(priority {s.priority_waiting}, held {s.held}), open counters {s.open_counters}"
        for s in status.services
    ]
    for c in status.counters:
        current = f"{c.ticket_code} {c.ticket_status}" if c.ticket_code else "-"
        lines.append(f"  counter {c.number:>2} [{c.state}] {current}")
    emit(
        {"status": status, "total_waiting": status.total_waiting},
        "\n".join(lines),
        as_json=ctx.as_json,
    )
    return 0


def day_close(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        result = close_day(session, ctx.actor, force=args.force)
        published = publish_recent_days(session, ctx.actor, closed=result.service_day)
    emit(
        {"result": result, **{"expired": result.expired, "service_day": result.service_day}},
        f"Closed {result.service_day}: {result.expired} open tickets expired, "
        f"{result.counters_closed} counters closed."
        + (
            f" Published {len(published.days)} days for the district as {published.center_code}."
            if published is not None and published.days
            else ""
        ),
        as_json=ctx.as_json,
    )
    return 0
