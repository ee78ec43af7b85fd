"""The station window's frame, painted before the domain (SQLAlchemy, our models) is imported.

Importing the domain and opening the database take several times as long as showing a window,
so a station shows its frame at once, with a line saying it is opening, then loads the domain
and builds its window, which the frame adopts as its content: the same top-level window all
along, at the same place and size. Only Qt may be imported here.
"""

from __future__ import annotations

import time

from ui.qt import (
    QApplication,
    QCloseEvent,
    QCoreApplication,
    QLabel,
    QMainWindow,
    QPaintEvent,
    Qt,
    QWidget,
)

PAINT_WAIT_S = 2.0


class StationFrame(QMainWindow):
    """A top-level window that shows "opening" until it adopts the station's window."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("stationFrame")
        self.setWindowTitle(title)
        opening = QLabel(QCoreApplication.translate("StationFrame", "Opening…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening)
        self.first_painted_at: float | None = None  # time.time(), for the start-up benchmark
        self._content: QMainWindow | None = None

    @property
    def content(self) -> QMainWindow | None:
        return self._content

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.first_painted_at is None:
            self.first_painted_at = time.time()
        super().paintEvent(event)

    def show_now(self, app: QApplication) -> None:
        """Show the frame and return once it has been painted."""
        self.show()
        deadline = time.monotonic() + PAINT_WAIT_S
        while self.first_painted_at is None and time.monotonic() < deadline:
            app.processEvents()
            if self.first_painted_at is None:
                time.sleep(0.001)

    def adopt(self, content: QMainWindow) -> QMainWindow:
        """Show the station's window inside the frame, under its title."""
        self._content = content
        self.setWindowTitle(content.windowTitle())
        content.windowTitleChanged.connect(self.setWindowTitle)
        fonts = [(widget, widget.font()) for widget in content.findChildren(QWidget)]
        self.setCentralWidget(content)  # it becomes a child: one window on the screen
        # Re-polished under its style sheet as a child, a widget first polished before its
        # parent's font was set goes back to that first font (the request form: 9 pt, not 12).
        for widget, font in fonts:
            if widget.font() != font:
                widget.setFont(font)
        content.setFocus()
        return self

    def closeEvent(self, event: QCloseEvent) -> None:
        # The content stops its threads in its own closeEvent, and may refuse to close.
        if self._content is not None and not self._content.close():
            event.ignore()
            return
        super().closeEvent(event)
