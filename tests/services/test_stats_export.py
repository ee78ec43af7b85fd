"""The report as a document (station.report_document) and as CSV files (station.report_csv)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from printing.report_data import ReportDocument
from services.stats.figures import Report
from services.stats.report import range_report
from services.storage.db import Database, open_database
from station.report_csv import write_report_csv
from station.report_document import report_document
from tests.databases import SqliteFactory
from tests.services.stats_casework_rows import D, d, seed_rich_database
from tests.services.stats_helpers import MANAGER, at

SERVICE_HEADERS = [
    "服务事项 Service",
    "取号 Issued",
    "办结 Served",
    "过号 No-shows",
    "取消 Cancelled",
    "过期 Expired",
    "未完成 Open",
    "转办 Transferred",
    "平均等候 Mean wait",
    "等候中位数 Median wait",
    "等候P90 P90 wait",
    "最长等候 Max wait",
    "超时 Over target",
    "目标等候 Target wait",
    "平均办理 Mean service",
    "办理中位数 Median service",
    "办理P90 P90 service",
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    url = SqliteFactory(tmp_path_factory.mktemp("export")).new_url()
    seed_rich_database(url)
    database = open_database(url)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def report(seeded: Database) -> Report:
    with seeded.reader() as session:
        return range_report(session, MANAGER, d(-4), D, now=at(10, 30))


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def test_one_csv_per_table_with_a_byte_order_mark(report: Report, tmp_path: Path) -> None:
    document = report_document(report)
    files = write_report_csv(document, tmp_path / "csv")
    names = [path.name for path in files]
    assert names == [
        "summary.csv",
        "hours.csv",
        "wait_distribution.csv",
        "services.csv",
        "counters.csv",
        "staff.csv",
        "requests.csv",
        "ratings.csv",
        "bad_rating_reasons.csv",
        "mediation_cases.csv",
        "mediation_outcomes.csv",
        "petitions.csv",
        "current_services.csv",  # the range ends today: the live hall too
        "current_counters.csv",
    ]
    for path in files:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf"), path.name


def test_service_columns_and_figures(report: Report, tmp_path: Path) -> None:
    files = {p.name: p for p in write_report_csv(report_document(report), tmp_path)}
    header, *rows = read(files["services.csv"])
    assert header == SERVICE_HEADERS
    assert [row[0] for row in rows] == [
        "A 社会保障", "B 民政服务", "C 户籍办理", "D 住房保障",
        "E 企业与劳动", "F 矛盾纠纷调解", "G 咨询服务", "H 证明开具",
    ]  # fmt: skip
    assert sum(int(row[1]) for row in rows) == report.queue.issued > 100
    for row in rows:
        issued, served, no_show, cancelled, expired, still_open = map(int, row[1:7])
        assert issued == served + no_show + cancelled + expired + still_open
        assert float(row[8]) > 0  # mean wait, in minutes
    a = next(r for r in report.by_service if r.code == "A")
    assert rows[0][8] == str(round(a.queue.waiting.mean / 60, 1))  # type: ignore[operator]
    assert rows[0][13] == "20"  # the target of A, in minutes


def test_summary_ratings_and_mediation_files(report: Report, tmp_path: Path) -> None:
    files = {p.name: p for p in write_report_csv(report_document(report), tmp_path)}
    summary = {row[1]: row[2] for row in read(files["summary.csv"])[1:]}
    assert summary["统计期间 Period"] == f"{d(-4).isoformat()}..{D.isoformat()}"
    assert summary["取号 Issued"] == str(report.queue.issued)
    good_rate = report.ratings.good_rate
    assert good_rate is not None
    assert summary["好评率 Good rate (4–5)"] == f"{good_rate * 100:.1f}%"
    assert summary["调解成功率 Success rate"] == "33.3%"  # 1 of 3 conclusions
    ratings = read(files["ratings.csv"])
    assert ratings[0] == ["评分 Score", "评价 Rating", "数量 Count", "占比 Share"]
    five = report.ratings.by_score[0].count
    assert ratings[1] == ["5", "非常满意", str(five), f"{five / report.ratings.count:.1%}"]
    assert sum(int(row[2]) for row in ratings[1:]) == report.ratings.count
    cases = read(files["mediation_cases.csv"])
    assert cases[0] == ["分类 Category", "项目 Item", "件数 Cases"]
    assert ["纠纷类型", "劳动争议", "1"] in cases
    assert ["期末状态", "已转介", "1"] in cases
    reasons = dict(map(tuple, read(files["bad_rating_reasons.csv"])[1:]))
    counts = {t.code: t.count for t in report.ratings.bad_reasons}
    assert reasons["服务态度不好"] == str(counts["attitude"])
    assert reasons["等候时间太长"] == str(counts["long_wait"])


def test_english_document(report: Report) -> None:
    document = report_document(report, "en")
    assert isinstance(document, ReportDocument)
    assert document.center_name == "District Public Service Center"
    assert (document.service_day, document.end_day) == (d(-4), D)
    services = next(t for t in document.tables() if t.key == "services")
    assert services.rows[0][0] == "A Social security"
    titles = [section.title.en for section in document.sections]
    assert titles == [
        "1. Queue overview",
        "2. By service",
        "3. Counters and staff",
        "4. Service requests",
        "5. Ratings",
        "6. Dispute mediation",
        "7. Petitions and the dispute ledger",
        "8. The hall now",
        "Definitions",
    ]
    assert document.generated_at.utcoffset() is not None
    assert document.generated_at.hour == 10  # local time of the report, 10:30
