"""The ledger and the district map on the command line.

``grid list|add|rename|members|remove``,
``ledger add|list|show|resolve|refer|zero-report|report``; each with ``--json``.
``ledger report --month YYYY-MM [--pdf F] [--lang en]`` gives the monthly round.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from cli.context import CommandContext
from cli.mediation_commands import _language, _today
from cli.output import emit
from services.core.errors import ValidationError
from services.grid import edits
from services.grid.map import MemberInfo, add_grid, find_grid, grid_info, list_grids
from services.ledger import entries, rounds
from services.ledger.states import (
    DISPUTE_KINDS,
    EntryState,
    ReferralTarget,
    RiskLevel,
    Source,
    label,
)
from station.ledger_report import ledger_report_pdf


def _values(
    enum: type[Source] | type[RiskLevel] | type[ReferralTarget] | type[EntryState],
) -> list[str]:
    return [member.value for member in enum]


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    grid = sub.add_parser("grid", help="the district map").add_subparsers(
        dest="action", required=True
    )
    grid.add_parser("list", parents=[common], help="every grid").set_defaults(handler=grid_list)
    add = grid.add_parser("add", parents=[common], help="put a grid on the map")
    add.add_argument("--street", required=True)
    add.add_argument("--community", required=True)
    add.add_argument("--name", required=True, help="the grid's name")
    add.add_argument("--member", action="append", default=[], metavar="NAME[,PHONE]")
    add.set_defaults(handler=grid_add)
    which = argparse.ArgumentParser(add_help=False)
    which.add_argument("--community", required=True)
    which.add_argument("--grid", required=True)
    rename = grid.add_parser("rename", parents=[common, which], help="rename a grid")
    rename.add_argument("--to", required=True, help="the grid's new name")
    rename.set_defaults(handler=grid_rename)
    members = grid.add_parser("members", parents=[common, which], help="replace a grid's members")
    members.add_argument("--member", action="append", default=[], metavar="NAME[,PHONE]")
    members.set_defaults(handler=grid_members)
    remove = grid.add_parser(
        "remove", parents=[common, which], help="remove a grid no ledger entry or report names"
    )
    remove.set_defaults(handler=grid_remove)

    ledger = sub.add_parser("ledger", help="the dispute-investigation ledger").add_subparsers(
        dest="action", required=True
    )
    place = argparse.ArgumentParser(add_help=False)
    place.add_argument("--community", required=True)
    place.add_argument("--grid", required=True)
    entry = ledger.add_parser("add", parents=[common, place], help="enter a dispute")
    entry.add_argument("--source", required=True, choices=_values(Source))
    entry.add_argument("--kind", required=True, choices=DISPUTE_KINDS)
    entry.add_argument("--party", action="append", required=True, help="a party's name (repeat)")
    entry.add_argument("--summary", required=True)
    entry.add_argument("--people", type=int, default=1, help="how many people are involved")
    entry.add_argument("--risk", default="general", choices=_values(RiskLevel))
    entry.add_argument(
        "--flag",
        action="append",
        default=[],
        choices=["violence_threat", "criminal_risk", "minors"],
    )
    entry.add_argument("--petition", help="the petition it came from, X-…")
    entry.add_argument("--found", type=date.fromisoformat, help="the day found, YYYY-MM-DD")
    entry.set_defaults(handler=ledger_add)
    listing = ledger.add_parser("list", parents=[common], help="entries, newest first")
    listing.add_argument("--state", choices=_values(EntryState))
    listing.add_argument("--risk", choices=_values(RiskLevel))
    listing.add_argument("--open", action="store_true")
    listing.add_argument("--limit", type=int, default=500)
    listing.set_defaults(handler=ledger_list)

    def one(name: str, text: str) -> argparse.ArgumentParser:
        parser = ledger.add_parser(name, parents=[common], help=text)
        parser.add_argument("number", help="entry number, L-2026-000001")
        return parser

    one("show", "one entry").set_defaults(handler=ledger_show)
    resolve = one("resolve", "resolved: say how")
    resolve.add_argument("--note", required=True)
    resolve.set_defaults(handler=ledger_resolve)
    refer = one("refer", "referred to mediation, the petitions desk or a department")
    refer.add_argument("--to", required=True, choices=_values(ReferralTarget))
    refer.add_argument("--detail", required=True, help="M-… case, X-… petition or department")
    refer.add_argument("--note", default="")
    refer.set_defaults(handler=ledger_refer)
    zero = ledger.add_parser("zero-report", parents=[common, place], help="a grid's zero report")
    zero.add_argument("--month", required=True, help="YYYY-MM")
    zero.set_defaults(handler=ledger_zero)
    report = ledger.add_parser("report", parents=[common], help="the monthly round")
    report.add_argument("--month", required=True, help="YYYY-MM")
    report.add_argument("--pdf", type=Path, help="also write the A4 PDF")
    report.add_argument("--lang", choices=["zh_CN", "en"])
    report.set_defaults(handler=ledger_report)


def grid_list(ctx: CommandContext, _args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        grids = list_grids(session, ctx.actor)
    lines = [
        g.path + ("  " + "、".join(m.name for m in g.members) if g.members else "") for g in grids
    ] or ["No grids: add them with grid add."]
    emit({"count": len(grids), "grids": grids}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def _members(texts: list[str]) -> list[MemberInfo]:
    members = []
    for text in texts:
        name, _, phone = text.replace("，", ",").partition(",")
        members.append(MemberInfo(name.strip(), phone.strip()))
    return members


def grid_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    members = _members(args.member)
    with ctx.database.writer() as session:
        info = add_grid(
            session,
            ctx.actor,
            street=args.street,
            community=args.community,
            name=args.name,
            members=members,
        )
    emit({"grid": info}, f"Added {info.path}", as_json=ctx.as_json)
    return 0


def grid_rename(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        found = find_grid(session, ctx.actor, args.community, args.grid)
        edits.rename(session, ctx.actor, "grid", found.id, args.to)
        info = grid_info(session, found.id)
    emit({"grid": info}, f"Renamed {found.path} to {info.name}", as_json=ctx.as_json)
    return 0


def grid_members(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        found = find_grid(session, ctx.actor, args.community, args.grid)
        info = edits.set_members(session, ctx.actor, found.id, _members(args.member))
    names = "、".join(m.name for m in info.members) or "no members"
    emit({"grid": info}, f"{info.path}: {names}", as_json=ctx.as_json)
    return 0


def grid_remove(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        found = find_grid(session, ctx.actor, args.community, args.grid)
        edits.remove(session, ctx.actor, "grid", found.id)
    emit({"removed": found}, f"Removed {found.path}", as_json=ctx.as_json)
    return 0


def _line(e: entries.EntryInfo) -> str:
    parts = [e.number, f"{e.state:<11}", f"{e.risk:<8}", e.grid.path, "、".join(e.parties)]
    if e.next_follow_up:
        parts.append(f"follow up {e.next_follow_up.isoformat()}")
    if e.flags:
        # In words, as the desk shows them; English like the rest of the line.
        parts.append("; ".join(label("flag", flag, "en") for flag in e.flags))
    return "  ".join(parts)


def _answer(ctx: CommandContext, info: entries.EntryInfo) -> int:
    emit(
        {"code": info.number, "state": info.state, "entry": info}, _line(info), as_json=ctx.as_json
    )
    return 0


def ledger_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        grid = find_grid(session, ctx.actor, args.community, args.grid)
        info = entries.add_entry(
            session,
            ctx.actor,
            source=args.source,
            kind=args.kind,
            grid_id=grid.id,
            parties=args.party,
            summary=args.summary,
            people=args.people,
            risk=args.risk,
            flags=args.flag,
            petition_number=args.petition,
            found_on=args.found,
        )
    return _answer(ctx, info)


def ledger_list(ctx: CommandContext, args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise ValidationError("--limit must be at least 1.")
    today = _today(ctx)
    with ctx.database.reader() as session:
        found = entries.list_entries(
            session,
            ctx.actor,
            today,
            state=args.state,
            risk=args.risk,
            open_only=args.open,
            limit=args.limit,
        )
    lines = [_line(e) for e in found] or ["No entries."]
    emit({"count": len(found), "entries": found}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def ledger_show(ctx: CommandContext, args: argparse.Namespace) -> int:
    today = _today(ctx)
    with ctx.database.reader() as session:
        info = entries.find_entry(session, ctx.actor, args.number, today)
    return _answer(ctx, info)


def ledger_resolve(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = entries.resolve(
            session, ctx.actor, entries.entry_id_by_number(session, args.number), note=args.note
        )
    return _answer(ctx, info)


def ledger_refer(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = entries.refer(
            session,
            ctx.actor,
            entries.entry_id_by_number(session, args.number),
            to=args.to,
            detail=args.detail,
            note=args.note,
        )
    return _answer(ctx, info)


def ledger_zero(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        grid = find_grid(session, ctx.actor, args.community, args.grid)
        rounds.file_zero_report(session, ctx.actor, grid.id, args.month)
    emit(
        {"grid": grid, "month": args.month, "zero": True},
        f"Zero report of {grid.path} for {args.month}",
        as_json=ctx.as_json,
    )
    return 0


def ledger_report(ctx: CommandContext, args: argparse.Namespace) -> int:
    language = _language(ctx, args)
    with ctx.database.reader() as session:
        if args.pdf is None:
            report = rounds.monthly_report(session, ctx.actor, args.month)
            data = None
        else:
            report, data = ledger_report_pdf(
                session, ctx.actor, args.month, language, ctx.settings.pdf_font or None
            )
    lines = [
        f"{report.month}: {report.total} found, {report.resolved} resolved "
        f"({report.resolution_rate:.1%}); "
        f"{report.reported}/{report.grids} grids reported, {report.zero_reports} zero reports",
        *(f"  {c.key}: {c.count}" for c in report.by_community),
        *(f"  missing: {g.street} / {g.community} / {g.grid}" for g in report.missing),
    ]
    if data is not None:
        args.pdf.parent.mkdir(parents=True, exist_ok=True)
        args.pdf.write_bytes(data)
        lines.append(f"Wrote the monthly report to {args.pdf}")
    emit(
        {"report": report, "pdf": str(args.pdf) if args.pdf else None},
        "\n".join(lines),
        as_json=ctx.as_json,
    )
    return 0
