"""Mediation cases and document PDFs on the command line.

``case list [--state S] [--channel C] [--type T] [--overdue] [--search Q]``, ``case show M-…``
and ``case actions --date D`` read cases; ``print referral|agreement|notice M-… --pdf FILE`` and
``print receipt R-… --pdf FILE`` write A4 PDFs (registered under ``print`` by
``cli.print_commands``). Party ID numbers are masked in every output, and so are the parties'
phone numbers unless ``--reveal --reason WHY`` (audited) asks for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from cli.context import CommandContext
from cli.output import emit
from printing.masking import mask_phone
from services.casework.requests import get_request_by_number, receipt_data
from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import ValidationError
from services.core.settings import LANGUAGES
from services.inputs.quoting import quoted
from services.mediation import common as mediation_common
from services.mediation import deadlines as mediation_deadlines
from services.mediation import queries as mediation_queries
from services.mediation import states as mediation_states
from station import mediation_documents
from station.receipt_printing import receipt_pdf

PdfMaker = Callable[[Session, Actor, int, str, str | None], bytes]
Handler = Callable[[CommandContext, argparse.Namespace], int]


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    case = sub.add_parser("case", help="mediation cases").add_subparsers(
        dest="action", required=True
    )
    listing = case.add_parser("list", parents=[common], help="list cases, newest first")
    listing.add_argument("--state", help="only cases in this state, e.g. referred")
    listing.add_argument("--channel", help="peoples, administrative or judicial")
    listing.add_argument("--type", dest="dispute_type", help="dispute type, e.g. neighbour")
    listing.add_argument(
        "--overdue", action="store_true", help="only cases with a deadline past today"
    )
    listing.add_argument("--search", help="part of a case number or of a party's name")
    listing.add_argument("--limit", type=int, default=500, help="at most this many (500)")
    listing.set_defaults(handler=case_list)

    show = case.add_parser("show", parents=[common], help="one case with its timeline")
    show.add_argument("number", help="case number, M-2026-000045")
    show.set_defaults(handler=case_show)
    for parser in (listing, show):
        parser.add_argument(
            "--reveal",
            action="store_true",
            help="show the parties' phone numbers in full (audited; needs --reason)",
        )
        parser.add_argument("--reason", help="why the full phone numbers are needed")

    actions = case.add_parser(
        "actions", parents=[common], help="the cases that need action on a day"
    )
    actions.add_argument("--date", default="today", help="YYYY-MM-DD, today or yesterday")
    actions.add_argument(
        "--lead-days", type=int, default=3, help="remind this many days before a deadline (3)"
    )
    actions.set_defaults(handler=case_actions)


def register_print(
    prints: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``print referral|agreement|notice M-… --pdf FILE`` and ``print receipt R-… --pdf FILE``;
    ``prints`` is the subparsers of ``print`` (``cli.print_commands`` calls this)."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--pdf", type=Path, required=True, help="write the A4 PDF to this file")
    options.add_argument("--lang", choices=LANGUAGES, help="document language")
    for name, what, maker in (
        ("referral", "the referral slip (two copies)", mediation_documents.referral_pdf),
        ("agreement", "the mediation agreement", mediation_documents.agreement_pdf),
        ("notice", "the notice of rights and duties", mediation_documents.rights_notice_pdf),
    ):
        parser = prints.add_parser(name, parents=[common, options], help=what)
        parser.add_argument("number", help="case number, M-2026-000045")
        parser.set_defaults(handler=_case_pdf_handler(what, maker))
    receipt = prints.add_parser("receipt", parents=[common, options], help="an acceptance receipt")
    receipt.add_argument("number", help="request number, R-2026-000123")
    receipt.set_defaults(handler=print_receipt)


def _language(ctx: CommandContext, args: argparse.Namespace) -> str:
    chosen: str = args.lang or ctx.settings.language
    return "en" if chosen.startswith("en") else "zh_CN"


def _today(ctx: CommandContext) -> date:
    with ctx.database.reader() as session:
        return service_day(utc_now(), load_center_config(session).timezone)


def parse_day(text: str, today: date) -> date:
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise ValidationError(
            f"Invalid date {quoted(text)} for --date: use YYYY-MM-DD, today or yesterday."
        ) from None


def _names(parties: tuple[mediation_common.PartyView, ...]) -> str:
    return "、".join(p.name for p in parties) or "—"


def _due(info: mediation_common.CaseInfo) -> date | None:
    if info.state in ("referred", "acknowledged"):
        return info.feedback_due
    if info.state in ("accepted", "scheduled", "in_mediation"):
        return info.mediation_due
    return None


def _case_line(info: mediation_common.CaseInfo) -> str:
    due = _due(info)
    parts = [
        info.number,
        f"{info.state:<20}",
        f"{mediation_states.label('dispute_type', info.dispute_type, 'en')}:",
        f"{_names(info.applicants)} v {_names(info.respondents)}",
    ]
    if due is not None:
        parts.append(f"due {due.isoformat()}")
    if info.overdue:
        parts.append("OVERDUE")
    if info.escalation_risk:
        parts.append("RISK")
    return "  ".join(parts)


def _check_reveal(args: argparse.Namespace) -> None:
    if args.reason is not None and not args.reveal:
        raise ValidationError("--reason goes with --reveal.")
    if args.reveal and not (args.reason or "").strip():
        raise ValidationError(
            "--reveal needs --reason: say why the full phone numbers are needed (it is audited)."
        )


def _contacts(
    ctx: CommandContext, args: argparse.Namespace, cases: list[mediation_common.CaseInfo]
) -> list[mediation_common.CaseInfo]:
    """The cases with the parties' phone numbers masked, or in full after an audited reveal."""
    if args.reveal:
        with ctx.database.writer() as session:
            mediation_queries.reveal_party_phones(
                session, ctx.actor, [c.id for c in cases], args.reason
            )
        return cases
    return [replace(c, parties=tuple(_masked(p) for p in c.parties)) for c in cases]


def _masked(party: mediation_common.PartyView) -> mediation_common.PartyView:
    return replace(
        party,
        phone=mask_phone(party.phone),
        agent_phone=mask_phone(party.agent_phone) if party.agent_phone else party.agent_phone,
    )


def case_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("--limit must be at least 1.")
    _check_reveal(args)
    with ctx.database.reader() as session:
        cases = mediation_queries.list_cases(
            session,
            ctx.actor,
            state=args.state,
            channel=args.channel,
            dispute_type=args.dispute_type,
            overdue=True if args.overdue else None,
            query=args.search,
            limit=args.limit,
        )
    cases = _contacts(ctx, args, cases)
    lines = [_case_line(info) for info in cases] or ["No cases."]
    emit({"count": len(cases), "cases": cases}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def _find(session: Session, actor: Actor, number: str) -> mediation_common.CaseInfo:
    return mediation_queries.find_case(session, actor, number)


def case_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    _check_reveal(args)
    with ctx.database.reader() as session:
        detail = mediation_queries.case_detail(
            session, ctx.actor, _find(session, ctx.actor, args.number).id
        )
        zone = load_center_config(session).timezone
    detail = replace(detail, case=_contacts(ctx, args, [detail.case])[0])
    info = detail.case
    lines = [_case_line(info), f"Facts: {info.facts}"]
    lines += [
        f"{mediation_states.label('side', p.side, 'en')}: {p.name}"
        + (f" ({p.id_number_masked})" if p.id_number_masked else "")
        + (f"  {p.phone}" if p.phone else "")
        for p in info.parties
    ]
    for event in detail.timeline:
        when = event.occurred_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        move = f"{event.from_state} -> {event.to_state}" if event.from_state else event.to_state
        note = f"  {event.note}" if event.note else ""
        lines.append(f"  {when}  {event.actor}  {event.kind}  {move}{note}")
    for item in detail.reminders:
        late = " OVERDUE" if item.overdue else ""
        lines.append(f"  reminder: {item.reason} {item.due.isoformat()}{late}")
    emit({"case": detail}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def case_actions(ctx: CommandContext, args: argparse.Namespace) -> int:
    if args.lead_days < 0:
        raise ValidationError("--lead-days cannot be negative.")
    day = parse_day(args.date, _today(ctx))
    with ctx.database.reader() as session:
        items = mediation_deadlines.cases_needing_action(
            session, ctx.actor, day, lead_days=args.lead_days
        )
    lines = [
        f"{item.case_number}  {'OVERDUE' if item.overdue else 'due    '}  "
        f"{item.due.isoformat()}  {item.reason}  ({item.state})"
        + (f"  {item.detail}" if item.detail else "")
        for item in items
    ] or [f"No case needs action on {day.isoformat()}."]
    emit(
        {"date": day, "count": len(items), "actions": items}, "\n".join(lines), as_json=ctx.as_json
    )
    return 0


def _write_pdf(ctx: CommandContext, path: Path, data: bytes, what: str, number: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    emit(
        {"number": number, "file": str(path), "bytes": len(data)},
        f"Wrote {what} of {number} to {path}",
        as_json=ctx.as_json,
    )
    return 0


def _case_pdf_handler(what: str, maker: PdfMaker) -> Handler:
    def handler(ctx: CommandContext, args: argparse.Namespace) -> int:
        language = _language(ctx, args)
        with ctx.database.writer() as session:  # full-identity prints are audited
            info = _find(session, ctx.actor, args.number)
            data = maker(session, ctx.actor, info.id, language, ctx.settings.pdf_font or None)
        return _write_pdf(ctx, args.pdf, data, what, info.number)

    return handler


def print_receipt(ctx: CommandContext, args: argparse.Namespace) -> int:
    """The A4 acceptance receipt; reading its data is audited (it carries the ID number)."""
    language = _language(ctx, args)
    with ctx.database.writer() as session:
        request = get_request_by_number(session, ctx.actor, args.number)
        data = receipt_data(session, ctx.actor, request.id)
    pdf = receipt_pdf(data, language, ctx.settings.pdf_font or None)
    return _write_pdf(ctx, args.pdf, pdf, "the acceptance receipt", data.request_number)
