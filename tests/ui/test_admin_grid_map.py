"""The District map tab of the administration panel under pytest-qt: the tree of streets,
communities and grids, adding a grid, renaming, editing its members, removing an unused grid,
and the clear refusal to remove a grid the ledger uses. Every change is in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.core.clock import utc_now
from services.grid.map import MemberInfo, list_grids
from services.storage.db import Database, open_database
from services.storage.models import AuditLog
from tests.services.ledger_helpers import add, district
from tests.services.mediation_helpers import Clock
from tests.services.petition_helpers import COUNTER
from tests.ui.test_admin_panel import TIMEOUT, idle, open_panel
from ui.admin.grid_map import GridMapTab


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _grids(database: Database) -> list[str]:
    with database.reader() as session:
        return [g.path for g in list_grids(session, COUNTER)]


def test_the_district_map_tab(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    with database.writer() as session:
        clock = Clock(utc_now())
        grids = district(session, clock)
        add(session, clock, grids[0])
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("map")
    assert isinstance(tab, GridMapTab)
    qtbot.waitUntil(lambda: tab.loaded, timeout=TIMEOUT)
    assert panel.tabs.tabText(panel.tabs.indexOf(tab)) == "District map"
    streets = [tab.tree.topLevelItem(i).text(0) for i in range(tab.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert streets == ["东湖镇", "城关街道"]
    # add a grid in a new community: selecting a place fills its street and community
    tab.select("grid", grids[3].id)
    assert (tab.street.text(), tab.community.text()) == ("东湖镇", "东湖村")
    tab.community.setText("西湖村")
    tab.grid_name.setText("第一网格")
    tab.add_button.click()
    qtbot.waitUntil(lambda: "东湖镇 / 西湖村 / 第一网格" in _grids(database), timeout=TIMEOUT)
    idle(qtbot, panel)
    place = tab.place()
    assert place is not None
    assert place.name == "第一网格"
    assert place.community == "西湖村"
    # its members
    tab.add_member_row("网格员孙", "13600136000")
    tab.save_members_button.click()
    idle(qtbot, panel)
    assert "are saved" in panel.message.text()
    with database.reader() as session:
        added = [g for g in list_grids(session, COUNTER) if g.community == "西湖村"][0]
    assert added.members == (MemberInfo("网格员孙", "13600136000"),)
    # rename it
    tab.new_name.setText("西湖一网格")
    tab.rename_button.click()
    qtbot.waitUntil(lambda: "东湖镇 / 西湖村 / 西湖一网格" in _grids(database), timeout=TIMEOUT)
    idle(qtbot, panel)
    # a grid the ledger uses is kept, with a clear message; an unused one goes
    tab.select("grid", grids[0].id)
    tab.remove_button.click()
    idle(qtbot, panel)
    assert panel.message.text() == (
        "The grid 第一网格 is named by 2 ledger entries or monthly reports and is kept; "
        "rename it instead."
    )
    assert len(_grids(database)) == 5
    tab.select("grid", added.id)
    tab.remove_button.click()
    qtbot.waitUntil(lambda: len(_grids(database)) == 4, timeout=TIMEOUT)
    idle(qtbot, panel)
    with database.reader() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.actor == "admin")))
    assert actions[-4:] == [
        "grid.added",
        "grid.members_changed",
        "grid.grid_renamed",
        "grid.grid_removed",
    ]
