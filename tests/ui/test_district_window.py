"""The district station shows every center of the district side by side, ranked, with the
total and the centers whose figures are behind named, and saves the table as CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from services.core.actors import SYSTEM
from services.demo.district import stage_demo_district
from services.storage.db import open_database
from tests.conftest import MORNING
from tests.databases import SqliteFactory
from tests.printing.tools import pdf_text
from ui.district.window import DistrictWindow


def open_district(qtbot: QtBot, sqlite_factory: SqliteFactory, language: str) -> DistrictWindow:
    """The demo district's window, shown, once its first figures are in."""
    database = open_database(sqlite_factory.new_url())
    with database.writer() as session:
        stage_demo_district(session, now=MORNING)
    window = DistrictWindow(database, SYSTEM, language)
    qtbot.addWidget(window)
    window.start(today=MORNING.date())
    window.show()
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    return window


def test_the_district_window_ranks_the_centers_and_saves_csv(
    qtbot: QtBot, sqlite_factory: SqliteFactory, tmp_path: Path
) -> None:
    window = open_district(qtbot, sqlite_factory, "zh_CN")
    assert window.report is not None
    codes = [row.code for row in window.model.rows]
    assert sorted(codes) == ["DEMO-1", "DEMO-2", "DEMO-3"]
    ranks = {row.code: row.rank for row in window.model.rows}
    assert sorted(ranks.values()) == [1, 2, 3]
    assert ranks["DEMO-1"] < ranks["DEMO-3"]  # DEMO-3 waits longer
    assert str(window.report.total.issued) in window.total.text()
    # Figures of a week ago: every center is named as behind (stale).
    assert all(code in window.message.text() for code in codes)

    path = window.save_csv(tmp_path)
    assert path is not None
    with path.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["排名 Rank", "代码 Code", "中心 Center"]
    assert [row[1] for row in rows[1:]] == [*sorted(codes), "全区"]  # the total last

    pdf = tmp_path / "district.pdf"
    assert window.save_pdf(pdf)
    text = pdf_text(pdf.read_bytes(), tmp_path)
    assert "全区政务服务统计报表" in text
    assert all(code in text for code in codes)

    window.close()


def test_the_district_window_opens_with_the_table_focused_not_the_period(
    qtbot: QtBot, sqlite_factory: SqliteFactory
) -> None:
    window = open_district(qtbot, sqlite_factory, "en")
    assert window.focusWidget() is window.table
    start = window.date_from.date()
    qtbot.keyClicks(window.focusWidget(), "1")  # a stray key press
    assert window.date_from.date() == start
    window.close()
