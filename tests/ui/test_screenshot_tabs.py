"""Every tab of the counter and the manager has a name for ``--tab``, the same in every
language, documented in the README and the man page, and brings its tab to the front."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from services.core.settings import PrinterSettings, Settings
from services.storage.db import open_database
from ui.common.i18n import translations
from ui.common.tab_keys import show_tab, tab_paths
from ui.qt import QApplication, QTabWidget, QWidget
from ui.stations import StationFactory

ROOT = Path(__file__).resolve().parents[2]


def readme_tabs() -> dict[str, list[str]]:
    """The README's table of tab names after its ``screenshot-tabs`` marker."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("<!-- screenshot-tabs -->", 1)[1].split("\n\n", 1)[0]
    rows = [line.split("|") for line in table.splitlines() if line.startswith("| ")]
    return {cells[1].strip(): re.findall(r"`([^`]+)`", cells[2]) for cells in rows[1:]}


def man_page_text() -> str:
    roff = (ROOT / "packaging" / "civicdesk.1").read_text(encoding="utf-8")
    return " ".join(re.sub(r"\\f[BIRP]", "", roff).split())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("station", ["counter", "manager"])
def test_every_tab_is_named_documented_and_brought_to_the_front(
    qtbot: QtBot, qapp: QApplication, sqlite_url: str, tmp_path: Path, station: str, language: str
) -> None:
    translations(qapp).switch(language)
    database = open_database(sqlite_url)
    settings = Settings(printer=PrinterSettings(kind="none"), source=tmp_path / "civicdesk.toml")
    window = StationFactory(settings, database, language, demo=True)(station)
    assert window is not None
    qtbot.addWidget(window)
    try:
        names = list(tab_paths(window))
        assert names == readme_tabs()[station]
        assert f"The {station}'s tabs: {' '.join(names)}." in man_page_text()
        first_tabs = [tabs.widget(0) for tabs in window.findChildren(QTabWidget)]
        for name, pages in tab_paths(window).items():
            show_tab(window, name)
            assert all(page.isVisibleTo(window) for page in pages), name
            # The first tab beside a named one went behind it.
            behind = [page for page in first_tabs if page not in pages and page.isVisibleTo(window)]
            assert not [page for page in behind if _sibling_of_any(page, pages)], name
    finally:
        window.close()
        database.dispose()
        translations(qapp).switch("en")


def _sibling_of_any(page: QWidget, pages: list[QWidget]) -> bool:
    return any(page.parentWidget() is other.parentWidget() for other in pages)
