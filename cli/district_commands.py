"""The district's view over many centers, on the command line.

At a center: ``district code CODE`` (once), ``district publish`` (PostgreSQL: create the
publication), ``report export-days --from D --to D FILE`` (SQLite: the days as a file).
At the district: ``district subscribe --center CODE --url URL``, ``district import FILE``,
``district center add|list``, ``report district --from D --to D [--csv DIR] [--json]``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from cli.context import CommandContext
from cli.output import emit, to_plain
from cli.report_commands import parse_day
from printing.report_pdf import render_report_pdf
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import ValidationError
from services.core.settings import LANGUAGES
from services.district.centers import add_center, list_centers
from services.district.days import export_days, import_days, publish_days, set_center_code
from services.district.month_cache import cache_months
from services.district.replication import publish, subscribe
from services.district.report import CenterFigures, DistrictReport, district_report
from station.district_document import district_document
from station.report_csv import write_report_csv


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    district = sub.add_parser("district", help="the district's view over many centers")
    actions = district.add_subparsers(dest="action", required=True)
    code = actions.add_parser("code", parents=[common], help="set this center's district code")
    code.add_argument("code", help="such as HD-01")
    code.set_defaults(handler=district_code)
    actions.add_parser(
        "publish", parents=[common], help="publish this center's days (PostgreSQL)"
    ).set_defaults(handler=district_publish)
    subscribe_parser = actions.add_parser(
        "subscribe", parents=[common], help="subscribe the district to a center (PostgreSQL)"
    )
    subscribe_parser.add_argument("--center", required=True, help="the center's code")
    subscribe_parser.add_argument("--url", required=True, help="the center's database URL")
    subscribe_parser.set_defaults(handler=district_subscribe)
    importer = actions.add_parser("import", parents=[common], help="import a center's days file")
    importer.add_argument("file", type=Path)
    importer.set_defaults(handler=district_import)
    center = actions.add_parser("center", help="the district's centers").add_subparsers(
        dest="center_action", required=True
    )
    adder = center.add_parser("add", parents=[common], help="add or rename a center")
    adder.add_argument("code")
    adder.add_argument("--name", required=True, help="Chinese name")
    adder.add_argument("--name-en", default="", help="English name")
    adder.set_defaults(handler=district_center_add)
    center.add_parser("list", parents=[common], help="list the centers").set_defaults(
        handler=district_center_list
    )


def register_reports(
    report: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``report export-days`` and ``report district``, beside the other reports."""
    export = report.add_parser(
        "export-days", parents=[common], help="this center's closed days as a file for the district"
    )
    export.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    export.add_argument("file", type=Path)
    export.set_defaults(handler=report_export_days)
    district = report.add_parser(
        "district", parents=[common], help="every center of the district side by side"
    )
    district.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    district.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    district.add_argument("--pdf", type=Path, help="write the report as an A4 PDF to this file")
    district.add_argument("--csv", type=Path, help="write the tables as CSV into this folder")
    district.add_argument("--lang", choices=LANGUAGES, help="language of the PDF and CSV")
    district.set_defaults(handler=report_district)


def _period(ctx: CommandContext, args: argparse.Namespace) -> tuple[date, date]:
    with ctx.database.reader() as session:
        today = service_day(utc_now(), load_center_config(session).timezone)
    start = parse_day(args.start, "--from", today)
    end = parse_day(args.end, "--to", today)
    if end < start:
        raise ValidationError(f"--to {end} is before --from {start}.")
    return start, end


def district_code(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        code = set_center_code(session, ctx.actor, args.code)
    emit({"code": code}, f"This center's district code is {code}.", as_json=ctx.as_json)
    return 0


def district_publish(ctx: CommandContext, _args: argparse.Namespace) -> int:
    name = publish(ctx.database, ctx.actor)
    emit({"publication": name}, f"Published as {name}.", as_json=ctx.as_json)
    return 0


def district_subscribe(ctx: CommandContext, args: argparse.Namespace) -> int:
    info = subscribe(ctx.database, ctx.actor, args.center, args.url)
    emit(to_plain(info), f"Subscribed to center {info.code} ({info.name_zh}).", as_json=ctx.as_json)
    return 0


def district_import(ctx: CommandContext, args: argparse.Namespace) -> int:
    try:
        document = json.loads(Path(args.file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(f"Cannot read {args.file}: {error}") from None
    if not isinstance(document, dict):
        raise ValidationError(f"{args.file} is not a district file of CivicDesk.")
    with ctx.database.writer() as session:
        result = import_days(session, ctx.actor, document)
    emit(
        to_plain(result),
        f"Center {result.center_code}: {result.days} days read, {result.changed} new or changed.",
        as_json=ctx.as_json,
    )
    return 0


def district_center_add(ctx: CommandContext, args: argparse.Namespace) -> int:
    with ctx.database.writer() as session:
        info = add_center(session, ctx.actor, args.code, args.name, args.name_en)
    emit(to_plain(info), f"Center {info.code}: {info.name_zh}.", as_json=ctx.as_json)
    return 0


def district_center_list(ctx: CommandContext, _args: argparse.Namespace) -> int:
    with ctx.database.reader() as session:
        centers = list_centers(session, ctx.actor)
    lines = [f"{c.code:<16} {c.name_zh}  {c.name_en}" for c in centers] or ["No centers yet."]
    emit({"centers": to_plain(centers)}, "\n".join(lines), as_json=ctx.as_json)
    return 0


def report_export_days(ctx: CommandContext, args: argparse.Namespace) -> int:
    start, end = _period(ctx, args)
    with ctx.database.writer() as session:
        published = publish_days(session, ctx.actor, start, end)
        document = export_days(session, ctx.actor, start, end)
    path: Path = args.file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        raise ValidationError(f"Cannot write {path}: {error.strerror or error}") from None
    emit(
        {"center": published.center_code, "days": len(document["days"]), "file": str(path)},
        f"Center {published.center_code}: {len(document['days'])} days written to {path}.",
        as_json=ctx.as_json,
    )
    return 0


def report_district(ctx: CommandContext, args: argparse.Namespace) -> int:
    start, end = _period(ctx, args)
    with ctx.database.writer() as session:
        cache_months(session, ctx.actor, start, end)  # whole months summed once
    with ctx.database.reader() as session:
        report = district_report(session, ctx.actor, start, end)
        zone = load_center_config(session).timezone
    language = args.lang or ("en" if ctx.settings.language.startswith("en") else "zh_CN")
    document = district_document(report, language, zone)
    files: list[str] = []
    try:
        if args.pdf is not None:
            args.pdf.parent.mkdir(parents=True, exist_ok=True)
            args.pdf.write_bytes(render_report_pdf(document, ctx.settings.pdf_font or None))
        if args.csv is not None:
            files = [str(path) for path in write_report_csv(document, args.csv)]
    except OSError as error:
        raise ValidationError(f"Cannot write the report: {error.strerror or error}") from None
    payload = {**to_plain(report), "pdf": str(args.pdf) if args.pdf else None, "csv": files}
    emit(payload, _table(report), as_json=ctx.as_json)
    return 0


_COLUMNS = (
    ("rank", "Rank"),
    ("code", "Center"),
    ("issued", "Tickets"),
    ("served", "Served"),
    ("no_show", "No-shows"),
    ("wait_median", "Wait median (min)"),
    ("wait_p90", "Wait p90 (min)"),
    ("service_median", "Service median (min)"),
    ("good_rate", "Good ratings"),
    ("on_time_rate", "Requests on time"),
    ("mediation_registered", "Mediation cases"),
    ("petitions_received", "Petitions"),
    ("stale", "Stale"),
)


def _cell(figures: CenterFigures, name: str) -> str:
    value = getattr(figures, name)
    if value is None:
        return "—"
    if name in ("wait_median", "wait_p90", "service_median"):
        return f"{value / 60:.1f}"
    if name in ("good_rate", "on_time_rate"):
        return f"{value * 100:.1f}%"
    if name == "stale":
        return "STALE" if value else ""
    if name == "code":
        return figures.code or "TOTAL"
    return str(value)


def _table(report: DistrictReport) -> str:
    rows = [[title for _, title in _COLUMNS]]
    for figures in (*report.centers, report.total):
        rows.append([_cell(figures, name) for name, _ in _COLUMNS])
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    lines = [f"District report {report.start} to {report.end}"]
    lines += [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines)
