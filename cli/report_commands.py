"""Statistics reports: ``report day --date D`` and ``report range --from D --to D``.

Both print a short summary (or, with ``--json``, the whole report as one JSON object), and
can write the report as an A4 PDF (``--pdf FILE``) and as CSV files (``--csv DIR``).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from cli.context import CommandContext
from cli.output import emit, to_plain
from printing.report_pdf import render_report_pdf
from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.core.errors import ValidationError
from services.core.settings import LANGUAGES
from services.inputs.quoting import quoted
from services.stats.cache import backfill
from services.stats.figures import Durations, Report
from services.stats.report import range_report
from station.report_csv import write_report_csv
from station.report_document import report_document

DATE_WORDS = ("today", "yesterday")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    """Add ``report day`` and ``report range``; returns ``report``'s subcommands for more."""
    report = sub.add_parser("report", help="statistics reports").add_subparsers(
        dest="action", required=True
    )
    day = report.add_parser("day", parents=[common], help="the statistics of one service day")
    day.add_argument("--date", required=True, help="YYYY-MM-DD, today or yesterday")
    _outputs(day)
    day.set_defaults(handler=report_day)
    span = report.add_parser(
        "range", parents=[common], help="the statistics of a range of days (both included)"
    )
    span.add_argument("--from", dest="start", required=True, help="first day, YYYY-MM-DD")
    span.add_argument("--to", dest="end", required=True, help="last day, YYYY-MM-DD")
    _outputs(span)
    span.set_defaults(handler=report_range)
    return report


def _outputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", type=Path, help="write the report as an A4 PDF to this file")
    parser.add_argument("--csv", type=Path, help="write one CSV file per table into this folder")
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language of the PDF and CSV (default: settings)"
    )


def parse_day(text: str, option: str, today: date) -> date:
    """A date as given on the command line: ``YYYY-MM-DD``, ``today`` or ``yesterday``."""
    word = text.strip().lower()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise ValidationError(
            f"Invalid date {quoted(text)} for {option}: use YYYY-MM-DD, today or yesterday."
        ) from None


def report_day(ctx: CommandContext, args: argparse.Namespace) -> int:
    today = _today(ctx)
    day = parse_day(args.date, "--date", today)
    return _report(ctx, args, day, day)


def report_range(ctx: CommandContext, args: argparse.Namespace) -> int:
    today = _today(ctx)
    start = parse_day(args.start, "--from", today)
    end = parse_day(args.end, "--to", today)
    if end < start:
        raise ValidationError(f"--to {end} is before --from {start}.")
    return _report(ctx, args, start, end)


def _today(ctx: CommandContext) -> date:
    with ctx.database.reader() as session:
        return service_day(utc_now(), load_center_config(session).timezone)


def _report(ctx: CommandContext, args: argparse.Namespace, start: date, end: date) -> int:
    backfill(ctx.database, ctx.actor, start, end)  # closed days not yet in the cache
    with ctx.database.reader() as session:
        report = range_report(session, ctx.actor, start, end)
    language = args.lang or ("en" if ctx.settings.language.startswith("en") else "zh_CN")
    pdf: Path | None = args.pdf
    csv_files: list[Path] = []
    if pdf is not None or args.csv is not None:
        document = report_document(report, language)
        if pdf is not None:
            data = render_report_pdf(document, ctx.settings.pdf_font or None)
            pdf.parent.mkdir(parents=True, exist_ok=True)
            pdf.write_bytes(data)
        if args.csv is not None:
            csv_files = write_report_csv(document, args.csv)
    payload = {
        **to_plain(report),
        "pdf": str(pdf) if pdf is not None else None,
        "csv": [str(path) for path in csv_files],
    }
    emit(payload, _summary(report, pdf, args.csv, len(csv_files)), as_json=ctx.as_json)
    return 0


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _durations(name: str, d: Durations) -> str:
    return (
        f"{name}: mean {_minutes(d.mean)} min, median {_minutes(d.median)}, "
        f"p90 {_minutes(d.p90)}, max {_minutes(d.max)} ({d.count} tickets)"
    )


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _summary(report: Report, pdf: Path | None, csv: Path | None, csv_count: int) -> str:
    period = report.period
    when = (
        period.start.isoformat()
        if period.is_single_day
        else f"{period.start.isoformat()} to {period.end.isoformat()}"
    )
    q, r, ratings, m = report.queue, report.requests.total, report.ratings, report.mediation
    lines = [
        f"Report {when} ({period.timezone})",
        f"Tickets: {q.issued} issued = {q.served} served + {q.no_show} no-shows + "
        f"{q.cancelled} cancelled + {q.expired} expired + {q.open} open; "
        f"{q.transferred} transferred",
        _durations("Waiting", q.waiting) + f"; {q.over_target} over target",
        _durations("Service", q.service),
        f"Requests: {r.accepted} accepted, {r.completed} completed "
        f"({r.completed_on_time} on time), {r.overdue} overdue, {r.rejected} rejected, "
        f"{r.referred} referred",
        f"Ratings: {ratings.count}, good rate {_percent(ratings.good_rate)}, "
        f"{ratings.bad} bad ({ratings.follow_up.open} open, {ratings.follow_up.overdue} overdue "
        f"follow-ups)",
        f"Mediation: {m.registered} registered, {m.concluded} concluded, success rate "
        f"{_percent(m.success_rate)}, {m.overdue} overdue",
        f"Petitions: {report.petitions.received} received, {report.petitions.accepted} accepted, "
        f"{report.petitions.replied} replied ({report.petitions.on_time} on time), "
        f"{report.petitions.satisfied} satisfied, {report.petitions.overdue} overdue",
        f"Ledger: {report.ledger.found} found ("
        + ", ".join(f"{t.count} {t.code}" for t in report.ledger.by_risk)
        + f"), {report.ledger.resolved} resolved, {report.ledger.referred} referred",
    ]
    if pdf is not None:
        lines.append(f"PDF: {pdf}")
    if csv is not None:
        lines.append(f"CSV: {csv} ({csv_count} files)")
    return "\n".join(lines)
