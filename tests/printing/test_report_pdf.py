"""The statistics report PDF: real Chinese and English text, the figures, charts, pages.

Text is read back with pdftotext and pages rendered with pdftoppm (tests.strict.require_tool:
skipped on a laptop without poppler, a failure in CI).
"""

from __future__ import annotations

import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from printing.report_data import (
    BarChart,
    Column,
    Kpi,
    ReportDocument,
    Section,
    Series,
    Table,
    Text,
)
from printing.report_pdf import format_cell, render_report_pdf
from tests.printing.tools import require_cjk_font
from tests.strict import require_tool


@pytest.fixture(autouse=True)
def _cjk_font() -> None:
    require_cjk_font()


def pdf_text(pdf: bytes, directory: Path) -> str:
    source = directory / "report.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [require_tool("pdftotext"), "-enc", "UTF-8", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return "".join(result.stdout.split())


def pdf_pages(pdf: bytes, directory: Path, dpi: int = 60) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    source = directory / "pages.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [require_tool("pdftoppm"), "-r", str(dpi), "-png", str(source), str(directory / "page")],
        check=True,
        timeout=60,
    )
    return sorted(directory.glob("page-*.png"))


def document(language: str = "zh_CN", *, rows: int = 8) -> ReportDocument:
    services = tuple(
        (f"{chr(65 + i)} 服务事项{i + 1}", 100 + i, 90 + i, 0.5 + i / 10, 0.125)
        for i in range(rows)
    )
    return ReportDocument(
        center_name="北京市朝阳区政务服务中心",
        service_day=date(2026, 11, 30),
        end_day=date(2026, 11, 30),
        timezone="Asia/Shanghai",
        generated_at=datetime(2026, 12, 1, 8, 15),
        language=language,
        sections=(
            Section(
                Text("一、排队概况", "1. Queue overview"),
                kpis=(
                    Kpi(Text("取号", "Issued"), 12345),
                    Kpi(Text("平均等候（分钟）", "Mean wait (min)"), 17.25, "minutes"),
                    Kpi(Text("好评率", "Good rate"), 0.857, "percent"),
                    Kpi(Text("平均评分", "Mean score"), None, "score"),
                    Kpi(Text("超时等候", "Over target"), 7, detail=Text("占 3.5%", "3.5%")),
                ),
                charts=(
                    BarChart(
                        "by_hour",
                        Text("分时段取号与办结", "Arrivals and services per hour"),
                        tuple(f"{h}:00" for h in range(8, 18)),
                        (
                            Series(
                                Text("取号", "Arrivals"), tuple(float(h * 3) for h in range(10))
                            ),
                            Series(Text("办结", "Served"), tuple(float(h * 2) for h in range(10))),
                        ),
                        Text("人次", "tickets"),
                    ),
                    BarChart(
                        "wait",
                        Text("等候时间分布", "Waiting-time distribution"),
                        ("0–5", "5–10", "10+"),
                        (Series(Text("人次", "Tickets"), (3.0, 0.0, 5.0)),),
                        Text("人次", "tickets"),
                        category_colors=("#3C8D40", "#9E9E9E", "#C0392B"),
                    ),
                ),
            ),
            Section(
                Text("二、按服务事项", "2. By service"),
                charts=(
                    BarChart(
                        "by_service",
                        Text("各服务事项取号", "Tickets per service"),
                        tuple(row[0] for row in services),
                        (Series(Text("取号", "Issued"), tuple(float(r[1]) for r in services)),),
                        Text("人次", "tickets"),
                        horizontal=True,
                    ),
                ),
                tables=(
                    Table(
                        "services",
                        Text("按服务事项", "By service"),
                        (
                            Column("service", Text("服务事项", "Service"), "text"),
                            Column("issued", Text("取号", "Issued")),
                            Column("served", Text("办结", "Served")),
                            Column("mean_wait", Text("平均等候", "Mean wait"), "minutes"),
                            Column("rate", Text("好评率", "Good rate"), "percent"),
                            Column("hidden", Text("仅CSV", "CSV only"), in_pdf=False),
                        ),
                        tuple((*row, 999) for row in services),
                    ),
                    Table(
                        "empty",
                        Text("差评原因", "Reasons of bad ratings"),
                        (Column("reason", Text("原因", "Reason"), "text"),),
                        (),
                    ),
                ),
                notes=(Text("等候时间 = 首次叫号 − 取号。", "Waiting time = first call − issue."),),
            ),
        ),
    )


def test_cells_are_formatted_by_kind() -> None:
    assert format_cell(12345, "count") == "12,345"
    assert format_cell(17.25, "minutes") == "17.2"
    assert format_cell(0.857, "percent") == "85.7%"
    assert format_cell(4.256, "score") == "4.26"
    assert format_cell(None, "count") == "—"
    assert format_cell("A 社会保障", "text") == "A 社会保障"


def test_chinese_report_text(tmp_path: Path) -> None:
    pdf = render_report_pdf(document())
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    for part in (
        "北京市朝阳区政务服务中心",
        "统计日报",
        "Dailystatisticsreport",
        "2026年11月30日",
        "一、排队概况",
        "Queueoverview",
        "取号",
        "12,345",
        "17.2",
        "85.7%",
        "分时段取号与办结",
        "Arrivalsandservicesperhour",
        "等候时间分布",
        "A服务事项1",
        "H服务事项8",
        "12.5%",
        "无数据",
        "等候时间=首次叫号−取号。",
    ):
        assert part in text, part
    assert "999" not in text  # a CSV-only column
    assert "仅CSV" not in text


def test_english_report_has_chinese_subtitles(tmp_path: Path) -> None:
    text = pdf_text(render_report_pdf(document("en")), tmp_path)
    assert text.index("Dailystatisticsreport") < text.index("统计日报")
    assert text.index("Queueoverview") < text.index("排队概况")
    assert "2026-11-30" in text


def test_pages_render(tmp_path: Path) -> None:
    short = pdf_pages(render_report_pdf(document()), tmp_path / "short")
    assert len(short) == 2
    assert all(page.stat().st_size > 5_000 for page in short)
    # A long table goes on over the next pages, its header repeated.
    long = render_report_pdf(document(rows=120))
    assert len(pdf_pages(long, tmp_path / "long")) >= 4
    assert pdf_text(long, tmp_path).count("Service") >= 3  # the header on every page


# --- from the statistics of a database ----------------------------------------------------


def test_a_report_of_real_figures(tmp_path: Path) -> None:
    from services.stats.report import range_report
    from services.storage.bootstrap import prepare_database
    from services.storage.db import open_database
    from station.report_document import report_document
    from tests.services.stats_casework_rows import D, d, seed_rich_database
    from tests.services.stats_helpers import MANAGER, at

    url = f"sqlite:///{tmp_path / 'rich.sqlite3'}"
    database = open_database(url)
    prepare_database(database)
    database.dispose()
    seed_rich_database(url)
    database = open_database(url)
    try:
        with database.reader() as session:
            report = range_report(session, MANAGER, d(-4), D, now=at(10, 30))
    finally:
        database.dispose()
    pdf = render_report_pdf(report_document(report, "zh_CN"))
    pages = pdf_pages(pdf, tmp_path / "pages", dpi=40)
    assert 4 <= len(pages) <= 8
    text = pdf_text(pdf, tmp_path)
    kpis = f"{report.queue.issued:,}{report.queue.served:,}{report.queue.no_show:,}"
    for part in (
        "统计报表",
        "2026年11月26日至2026年11月30日",
        kpis + f"{report.queue.cancelled:,}取号办结过号取消",  # the first row of cards
        "二、按服务事项",
        "A社会保障",
        "三、窗口与工作人员",
        "综合窗口1",
        "四、办件",
        "33.3%",  # on time: 1 of 3 completed
        "五、好差评",
        f"{(report.ratings.good_rate or 0) * 100:.1f}%",  # the good rate
        "非常不满意",
        "服务态度不好",
        "六、矛盾纠纷调解",
        "劳动争议",
        "公安机关移送",
        "七、信访与矛盾纠纷排查",
        "八、当前排队",
        "说明",
        "过号票的等候时间计至最后一次叫号",
    ):
        assert part in text, part
