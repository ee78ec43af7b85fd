"""Turns the district report (``services.district.report``) into the printing layer's report
document: the district's key figures, the centers compared in charts, and the ranking table.
The same document gives the A4 PDF and the CSV files, as the manager's reports do."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from printing.labels import check_language
from printing.report_data import (
    BarChart,
    Cell,
    Column,
    Kpi,
    ReportDocument,
    Section,
    Series,
    Table,
    Text,
)
from services.district.report import CenterFigures, DistrictReport

T = Text
TITLE = T("全区政务服务统计报表", "District statistics report")
DISTRICT = T("全区", "District")


def _minutes(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 60


def _name(figures: CenterFigures, language: str) -> str:
    return figures.name_en if language.startswith("en") else figures.name_zh


COLUMNS = (
    Column("rank", T("排名", "Rank")),
    Column("code", T("代码", "Code"), "text"),
    Column("center", T("中心", "Center"), "text"),
    Column("issued", T("取号", "Tickets")),
    Column("served", T("办结", "Served")),
    Column("no_show_rate", T("过号率", "No-show rate"), "percent"),
    Column("wait_median", T("等候中位", "Median wait"), "minutes"),
    Column("wait_p90", T("九成等候", "90% waited at most"), "minutes"),
    Column("service_median", T("办理中位", "Median service"), "minutes"),
    Column("good_rate", T("好评率", "Good ratings"), "percent"),
    Column("on_time_rate", T("按时办结率", "Requests on time"), "percent"),
    Column("mediation", T("调解案件", "Mediation cases")),
    Column("petitions", T("信访件", "Petitions")),
    Column("petitions_on_time", T("信访按期办结率", "Petitions replied on time"), "percent"),
    Column("data", T("数据", "Data"), "text"),
)


def _row(figures: CenterFigures, language: str) -> tuple[Cell, ...]:
    english = language.startswith("en")
    if not figures.code:
        state = ""
    elif figures.stale:
        state = "stale" if english else "过期"
    else:
        state = "current" if english else "最新"
    return (
        figures.rank,
        figures.code or DISTRICT.pick(language),
        _name(figures, language),
        figures.issued,
        figures.served,
        figures.no_show_rate,
        _minutes(figures.wait_median),
        _minutes(figures.wait_p90),
        _minutes(figures.service_median),
        figures.good_rate,
        figures.on_time_rate,
        figures.mediation_registered,
        figures.petitions_received,
        figures.petitions_on_time_rate,
        state,
    )


def district_document(report: DistrictReport, language: str, timezone: ZoneInfo) -> ReportDocument:
    check_language(language)
    total = report.total
    ranked = sorted(report.centers, key=lambda c: (c.rank is None, c.rank or 0))
    names = tuple(c.code for c in ranked)
    summary = Section(
        T("全区合计", "District total"),
        kpis=(
            Kpi(T("中心数", "Centers"), len(report.centers)),
            Kpi(T("取号", "Tickets"), total.issued),
            Kpi(T("办结", "Served"), total.served),
            Kpi(T("等候中位", "Median wait"), _minutes(total.wait_median), "minutes"),
            Kpi(T("好评率", "Good ratings"), total.good_rate, "percent"),
            Kpi(T("按时办结率", "Requests on time"), total.on_time_rate, "percent"),
        ),
        charts=(
            BarChart(
                "wait_by_center",
                T("各中心等候中位数", "Median wait by center"),
                names,
                (
                    Series(
                        T("等候中位", "Median wait"),
                        tuple(_minutes(c.wait_median) or 0.0 for c in ranked),
                    ),
                ),
                T("分钟", "minutes"),
                horizontal=True,
            ),
            BarChart(
                "tickets_by_center",
                T("各中心取号数", "Tickets by center"),
                names,
                (Series(T("取号", "Tickets"), tuple(float(c.issued) for c in ranked)),),
                T("人次", "tickets"),
                horizontal=True,
            ),
        ),
    )
    stale = tuple(c.code for c in report.centers if c.stale)
    notes = (
        (
            T(
                "数据早于昨日的中心：" + "、".join(stale),
                "Centers with data older than yesterday: " + ", ".join(stale),
            ),
        )
        if stale
        else ()
    )
    ranking = Section(
        T("各中心排名（按等候中位数）", "Centers ranked by median wait"),
        tables=(
            Table(
                "district",
                T("各中心并列比较", "Every center side by side"),
                COLUMNS,
                tuple(_row(c, language) for c in (*ranked, total)),
            ),
        ),
        notes=notes,
    )
    return ReportDocument(
        center_name=DISTRICT.pick(language),
        service_day=report.start,
        end_day=report.end,
        timezone=timezone.key,
        generated_at=report.generated_at.astimezone(timezone),
        sections=(summary, ranking),
        language=language,
        title=TITLE,
    )
