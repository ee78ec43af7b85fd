"""No widget of a station shows as a window of its own while the station starts or a tab is
first opened: a button made visible before it is in a layout has no parent yet, so it flashes
on the desktop as a window and takes the focus from the station (the appointments tab's print
button did, and the clerk's next key went nowhere)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.layout_tour import demo_hall, factory
from ui.common.tab_keys import tab_paths
from ui.qt import QApplication, QEvent, QObject, Qt, QWidget


class _WindowsShown(QObject):
    """Every plain window (not a dialog, menu, popup or tooltip) shown while it listens."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() == Qt.WindowType.Window
        ):
            self.shown.append(watched)
        return False


@pytest.mark.parametrize("station", ["counter", "manager", "kiosk", "display", "launcher"])
def test_a_station_and_its_tabs_show_no_window_but_their_own(
    qtbot: QtBot, tmp_path: Path, station: str
) -> None:
    database, _cases = demo_hall(tmp_path)
    app = QApplication.instance()
    assert app is not None
    watch = _WindowsShown()
    app.installEventFilter(watch)
    try:
        window = factory(database, "zh_CN", tmp_path)(station)
        assert window is not None
        qtbot.addWidget(window)
        window.show()
        tab_paths(window)  # builds the tabs that are built when first shown
        for _ in range(3):
            app.processEvents()
        assert [w for w in watch.shown if w is not window] == []
        window.close()
    finally:
        app.removeEventFilter(watch)
        database.dispose()
