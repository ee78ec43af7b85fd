"""Petitions on the command line.

``petition register|accept|decline|forward|extend|reply|review|list|show`` and
``print petition-slip|petition-notice X-… --pdf FILE`` (registered under ``print`` by
``cli.print_commands``). Petitioners' ID numbers and phones are masked in every output.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from cli.context import CommandContext
from cli.mediation_commands import _language, _write_pdf
from cli.output import emit
from services.core.center_config import load_center_config
from services.core.errors import ValidationError
from services.petitions import common as petition_common
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.petitions import queries as petition_queries
from services.petitions import states as petition_states
from services.petitions.common import petition_id_by_number
from services.petitions.states import (
    Category,
    Channel,
    Finding,
    Flag,
    LegalRoute,
    PetitionState,
    ReviewResult,
    Satisfaction,
)
from station.petition_documents import petition_pdf

NOTICE_KINDS = ("accept", "decline", "forward", "extend", "reply")


def _values(enum: Any) -> list[str]:
    return [member.value for member in enum]


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    petition = sub.add_parser("petition", help="petitions (信访)").add_subparsers(
        dest="action", required=True
    )
    add = petition.add_parser("register", parents=[common], help="register a petition")
    add.add_argument("--channel", required=True, choices=_values(Channel))
    add.add_argument("--category", required=True, choices=_values(Category))
    add.add_argument("--body", required=True, help="the body the petition concerns")
    add.add_argument("--matter", required=True, help="what the petitioner asks")
    add.add_argument(
        "--petitioner",
        action="append",
        required=True,
        metavar="NAME[,ID[,PHONE]]",
        help="a petitioner (repeat; a collective visit names at most five representatives)",
    )
    add.add_argument("--headcount", type=int, help="how many came (a collective visit)")
    add.add_argument("--received", type=_date, help="day of receipt, YYYY-MM-DD (today)")
    add.set_defaults(handler=petition_register)

    def one(name: str, text: str) -> argparse.ArgumentParser:
        parser = petition.add_parser(name, parents=[common], help=text)
        parser.add_argument("number", help="petition number, X-2026-000001")
        return parser

    accept = one("accept", "accept: the 60-day handling period starts")
    accept.add_argument("--new-facts", default="", help="after a re-review: the new facts")
    accept.set_defaults(handler=petition_accept)
    decline = one("decline", "decline, naming the legal route instead")
    decline.add_argument("--route", action="append", required=True, choices=_values(LegalRoute))
    decline.add_argument("--note", required=True, help="why it is not accepted")
    decline.set_defaults(handler=petition_decline)
    forward = one("forward", "forward to the competent body")
    forward.add_argument("--to", required=True, dest="to_body", help="the competent body")
    forward.add_argument("--note", default="")
    forward.set_defaults(handler=petition_forward)
    extend = one("extend", "extend the handling period once, by at most 30 days")
    extend.add_argument("--days", type=int, required=True)
    extend.add_argument("--reason", required=True)
    extend.set_defaults(handler=petition_extend)
    reply = one("reply", "close with the written reply")
    reply.add_argument("--finding", required=True, choices=_values(Finding))
    reply.add_argument("--opinion", required=True, help="the reply's text")
    reply.add_argument("--satisfaction", default="not_expressed", choices=_values(Satisfaction))
    reply.set_defaults(handler=petition_reply)
    review = one("review", "a review or re-review: --request it, or --decide it")
    mode = review.add_mutually_exclusive_group(required=True)
    mode.add_argument("--request", action="store_true", help="the petitioner asks for it")
    mode.add_argument("--decide", action="store_true", help="decide it (--result, --opinion)")
    review.add_argument("--on", type=_date, help="the day it was asked for (today)")
    review.add_argument("--result", choices=_values(ReviewResult))
    review.add_argument("--opinion", default="")
    review.set_defaults(handler=petition_review)

    listing = petition.add_parser("list", parents=[common], help="petitions, newest first")
    listing.add_argument("--state", choices=_values(PetitionState))
    listing.add_argument("--open", action="store_true", help="only those still being worked on")
    listing.add_argument("--overdue", action="store_true", help="only those past a deadline")
    listing.add_argument("--flag", choices=_values(Flag))
    listing.add_argument("--limit", type=int, default=500)
    listing.set_defaults(handler=petition_list)
    one("show", "one petition with its deadlines, timeline and earlier chain").set_defaults(
        handler=petition_show
    )


def register_print(
    prints: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--pdf", type=Path, required=True, help="write the A4 PDF to this file")
    options.add_argument("--lang", choices=["zh_CN", "en"], help="document language")
    options.add_argument("number", help="petition number, X-2026-000001")
    slip = prints.add_parser("petition-slip", parents=[common, options], help="registration slip")
    slip.set_defaults(handler=print_petition, kind="slip")
    notice = prints.add_parser(
        "petition-notice", parents=[common, options], help="a written notice to the petitioner"
    )
    notice.add_argument("--kind", required=True, choices=NOTICE_KINDS)
    notice.set_defaults(handler=print_petition)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _petitioner(text: str) -> petition_intake.PetitionerInput:
    parts = [part.strip() for part in text.replace("，", ",").split(",")]
    if len(parts) > 3 or not parts[0]:
        raise ValidationError(f"--petitioner {text!r}: give NAME, NAME,ID or NAME,ID,PHONE.")
    name, id_number, phone = (*parts, "", "")[:3]
    return petition_intake.PetitionerInput(name, id_number or None, phone)


def _line(p: petition_common.PetitionInfo) -> str:
    names = "、".join(person.name for person in p.petitioners)
    parts = [p.number, f"{p.state:<20}", petition_states.label("category", p.category, "en"), names]
    if p.due is not None:
        parts.append(f"due {p.due.isoformat()}")
    parts += [flag.upper() for flag in p.flags]
    return "  ".join(parts)


def _answer(ctx: CommandContext, info: petition_common.PetitionInfo, **extra: Any) -> int:
    payload = {"code": info.number, "state": info.state, **extra, "petition": info}
    emit(payload, _line(info), as_json=ctx.as_json)
    return 0


def petition_register(ctx: CommandContext, args: argparse.Namespace) -> int:
    people = [_petitioner(text) for text in args.petitioner]
    with ctx.database.writer() as session:
        info = petition_intake.register_petition(
            session,
            ctx.actor,
            channel=args.channel,
            category=args.category,
            concerned_body=args.body,
            matter=args.matter,
            petitioners=people,
            headcount=args.headcount,
            received_on=args.received,
        )
    return _answer(ctx, info, decide_by=info.deadlines.decide_by, flags=info.flags)


def _run(ctx: CommandContext, number: str, op: Any, **kwargs: Any) -> petition_common.PetitionInfo:
    with ctx.database.writer() as session:
        info: petition_common.PetitionInfo = op(
            session, ctx.actor, petition_id_by_number(session, number), **kwargs
        )
    return info


def petition_accept(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = _run(ctx, args.number, petition_moves.accept, new_facts=args.new_facts)
    return _answer(ctx, info, handle_by=info.deadlines.handle_by)


def petition_decline(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = _run(ctx, args.number, petition_moves.decline, routes=args.route, note=args.note)
    return _answer(ctx, info, routes=info.decline_routes)


def petition_forward(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = _run(ctx, args.number, petition_moves.forward, to_body=args.to_body, note=args.note)
    return _answer(ctx, info, forwarded_to=info.forwarded_to)


def petition_extend(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = _run(ctx, args.number, petition_moves.extend, days=args.days, reason=args.reason)
    return _answer(ctx, info, handle_by=info.deadlines.handle_by)


def petition_reply(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = _run(
        ctx,
        args.number,
        petition_moves.reply,
        finding=args.finding,
        opinion=args.opinion,
        satisfaction=args.satisfaction,
    )
    return _answer(ctx, info, review_request_by=info.deadlines.review_request_by)


def petition_review(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        state = petition_queries.find_petition(session, ctx.actor, args.number).state
    if args.request:
        first = state != PetitionState.REVIEWED
        op = petition_moves.request_review if first else petition_moves.request_re_review
        info = _run(ctx, args.number, op, requested_on=args.on)
        due = info.deadlines.review_decide_by if first else info.deadlines.re_review_decide_by
        return _answer(ctx, info, decide_by=due)
    if args.result is None:
        raise ValidationError("Deciding a review needs --result and --opinion.")
    decide = (
        petition_moves.decide_re_review
        if state == PetitionState.RE_REVIEW_REQUESTED
        else petition_moves.decide_review
    )
    info = _run(ctx, args.number, decide, result=args.result, opinion=args.opinion)
    return _answer(ctx, info, result=args.result)


def petition_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        found = petition_queries.list_petitions(
            session,
            ctx.actor,
            state=args.state,
            open_only=args.open,
            overdue=True if args.overdue else None,
            flag=args.flag,
            limit=args.limit,
        )
    lines = [_line(p) for p in found] or ["No petitions."]
    emit({"count": len(found), "petitions": found}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def petition_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        detail = petition_queries.petition_detail(
            session, ctx.actor, petition_id_by_number(session, args.number)
        )
        zone = load_center_config(session).timezone
    p = detail.petition
    lines = [_line(p), f"Matter: {p.matter}"]
    lines += [
        f"Petitioner: {person.name}"
        + (f" ({person.id_number_masked})" if person.id_number_masked else "")
        for person in p.petitioners
    ]
    for name, value in vars(p.deadlines).items():
        if value is not None:
            lines.append(f"  {name}: {value.isoformat()}")
    for event in detail.timeline:
        when = event.occurred_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        lines.append(f"  {when}  {event.actor}  {event.kind}  {event.to_state}")
    for earlier in detail.earlier:
        lines.append(f"  earlier: {earlier.number} {earlier.state} {earlier.received_on}")
    if p.final_review:
        lines.append(f"  {p.final_review} on the same matter was re-reviewed: final.")
    payload = {
        "code": p.number,
        "state": p.state,
        "deadlines": p.deadlines,
        "petition": p,
        "timeline": detail.timeline,
        "earlier": detail.earlier,
    }
    emit(payload, "\n".join(lines), as_json=ctx.as_json)
    return 0


def print_petition(ctx: CommandContext, args: argparse.Namespace) -> int:
    language = _language(ctx, args)
    with ctx.database.reader() as session:
        petition_id = petition_id_by_number(session, args.number)
        data = petition_pdf(
            session, ctx.actor, petition_id, args.kind, language, ctx.settings.pdf_font or None
        )
    what = "the registration slip" if args.kind == "slip" else f"the {args.kind} notice"
    return _write_pdf(ctx, args.pdf, data, what, args.number.strip().upper())
