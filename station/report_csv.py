"""The statistics report as CSV files: one per table, plus ``summary.csv`` of the key figures.

UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. Headers carry
both languages (``取号 Issued``); counts and minutes are plain numbers, rates percentages
(``85.7%``, which Excel reads as a number), and an empty cell means "nothing to measure".
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from printing.report_data import Cell, ColumnKind, ReportDocument, Text
from printing.report_pdf import format_cell

ENCODING = "utf-8-sig"
SUMMARY = "summary"


def header(title: Text) -> str:
    return f"{title.zh} {title.en}"


def csv_value(value: Cell, kind: ColumnKind) -> str | int | float:
    if value is None:
        return ""
    if kind == "percent":
        return format_cell(value, kind)
    if kind == "minutes":
        return round(float(value), 1)
    if kind == "score":
        return round(float(value), 2)
    return value


def _write(path: Path, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    with path.open("w", encoding=ENCODING, newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_report_csv(document: ReportDocument, directory: Path) -> list[Path]:
    """Write every table of ``document`` into ``directory`` (created if needed).

    Returns the files written, ``summary.csv`` first.
    """
    directory.mkdir(parents=True, exist_ok=True)
    summary_rows = [
        (
            header(section.title),
            header(kpi.title),
            csv_value(kpi.value, kpi.kind),
        )
        for section in document.sections
        for kpi in section.kpis
    ]
    period = f"{document.service_day.isoformat()}..{document.end_day.isoformat()}"
    summary_rows.insert(0, ("", header(Text("统计期间", "Period")), period))
    written = [
        _write(
            directory / f"{SUMMARY}.csv",
            [
                header(Text("部分", "Section")),
                header(Text("指标", "Indicator")),
                header(Text("数值", "Value")),
            ],
            summary_rows,
        )
    ]
    for table in document.tables():
        rows = [
            [csv_value(cell, column.kind) for cell, column in zip(row, table.columns, strict=True)]
            for row in table.rows
        ]
        written.append(
            _write(
                directory / f"{table.key}.csv",
                [header(column.title) for column in table.columns],
                rows,
            )
        )
    return written
