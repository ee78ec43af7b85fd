"""Shows what the virtual printers printed: the all-in-one station's paper tray."""

from __future__ import annotations

from pathlib import Path

from ui.common import theme
from ui.qt import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

POLL_MS = 1000


class PrintoutViewer(QWidget):
    """Lists the preview PNGs under a folder, newest first, and shows the chosen one."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._known: list[Path] = []
        self.setWindowTitle(self.tr("Printouts of the virtual printers"))
        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        title = QLabel(self.tr("Printed"))
        title.setFont(theme.font(16, bold=True))
        side.addWidget(title)
        self._list = QListWidget()
        self._list.setMinimumWidth(260)
        self._list.currentItemChanged.connect(self._show)
        side.addWidget(self._list, 1)
        layout.addLayout(side)
        self._image = QLabel(self.tr("Nothing printed yet."))
        self._image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._image)
        layout.addWidget(scroll, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    @property
    def count(self) -> int:
        return self._list.count()

    def refresh(self) -> None:
        found = sorted(self._folder.glob("*/*.png"), key=lambda p: p.stat().st_mtime, reverse=True)
        if found == self._known:
            return
        newest_is_new = bool(found) and (not self._known or found[0] != self._known[0])
        self._known = found
        self._list.clear()
        for path in found:
            item = QListWidgetItem(f"{path.parent.name} · {path.stem}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self._list.addItem(item)
        if newest_is_new:
            self._list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        pixmap = QPixmap(str(item.data(Qt.ItemDataRole.UserRole)))
        if not pixmap.isNull():
            self._image.setPixmap(pixmap)
