"""Side by side on a landscape screen, one above the other on a portrait one."""

from __future__ import annotations

from typing import Any

from ui.qt import QBoxLayout, QSize, QVBoxLayout, QWidget


class DirectionBox(QWidget):
    """A box that lays its items out in a row, or in a column when it is taller than wide.

    Its minimum size is the smaller of the two arrangements, so that a window turned to a
    portrait screen is not first held at the width of its landscape arrangement.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)

    @property
    def portrait(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        items = [self.box.itemAt(i) for i in range(self.box.count())]
        sizes = [item.minimumSize() for item in items if item is not None and not item.isEmpty()]
        if not sizes:
            return QSize(0, 0)
        margins = self.box.contentsMargins()
        extra_w = margins.left() + margins.right()
        extra_h = margins.top() + margins.bottom()
        gaps = self.box.spacing() * (len(sizes) - 1)
        row = QSize(
            sum(s.width() for s in sizes) + gaps + extra_w,
            max(s.height() for s in sizes) + extra_h,
        )
        column = QSize(
            max(s.width() for s in sizes) + extra_w,
            sum(s.height() for s in sizes) + gaps + extra_h,
        )
        return row.boundedTo(column)

    def resizeEvent(self, event: Any) -> None:
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if self.height() > self.width()
            else QBoxLayout.Direction.LeftToRight
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
        super().resizeEvent(event)


def side_by_side(page: QWidget) -> QBoxLayout:
    """A page's list and form: beside each other, or the form below on a portrait screen."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    box = DirectionBox()
    outer.addWidget(box)
    return box.box
