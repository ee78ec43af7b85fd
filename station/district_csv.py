"""The district report as a CSV file, with headers in the reader's language."""

from __future__ import annotations

import csv
from pathlib import Path

from services.district.report import CenterFigures, DistrictReport

_HEADERS = {
    "zh_CN": (
        "排名",
        "代码",
        "中心",
        "取号数",
        "已办结",
        "过号",
        "等候中位数(分)",
        "等候P90(分)",
        "办理中位数(分)",
        "好评率",
        "按时办结率",
        "调解案件",
        "数据",
    ),
    "en": (
        "Rank",
        "Code",
        "Center",
        "Tickets",
        "Served",
        "No-shows",
        "Median wait (min)",
        "P90 wait (min)",
        "Median service (min)",
        "Good ratings",
        "Requests on time",
        "Mediation cases",
        "Data",
    ),
}


def _minutes(seconds: float | None) -> str:
    return "" if seconds is None else f"{seconds / 60:.1f}"


def _percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.1f}%"


def _row(figures: CenterFigures, language: str) -> list[str]:
    english = language.startswith("en")
    total = not figures.code
    name = figures.name_en if english else figures.name_zh
    state = (
        ("stale" if english else "过期") if figures.stale else ("current" if english else "最新")
    )
    return [
        "" if figures.rank is None else str(figures.rank),
        figures.code,
        name,
        str(figures.issued),
        str(figures.served),
        str(figures.no_show),
        _minutes(figures.wait_median),
        _minutes(figures.wait_p90),
        _minutes(figures.service_median),
        _percent(figures.good_rate),
        _percent(figures.on_time_rate),
        str(figures.mediation_registered),
        "" if total else state,
    ]


def write_district_csv(report: DistrictReport, folder: Path, language: str) -> Path:
    """``folder/district_FROM_TO.csv`` (UTF-8 with BOM, so spreadsheet programs read the
    Chinese), every center and then the district's total."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"district_{report.start}_{report.end}.csv"
    headers = _HEADERS["en" if language.startswith("en") else "zh_CN"]
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        for figures in (*report.centers, report.total):
            writer.writerow(_row(figures, language))
    return path
