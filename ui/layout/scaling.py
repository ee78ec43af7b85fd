"""Texts that grow with a larger screen: a clerk at 1920x1080 reads what one at 1366x768 does."""

from __future__ import annotations

from ui.qt import QApplication, QFont, Qt, QWidget


def screen_scale(width: int, height: int, base: tuple[int, int], largest: float) -> float:
    """How much larger than at ``base`` the texts of a window this size should be."""
    factor = min(width / base[0], height / base[1])
    return max(1.0, min(largest, factor))


class FontScaler:
    """Remembers the fonts a window was built with and scales them all together.

    Widgets with a font of their own keep their proportions; the others follow the root's
    font, which starts from the application's staff font.
    """

    def __init__(self, root: QWidget) -> None:
        self._root = root
        self._factor = 1.0
        self._base: list[tuple[QWidget, QFont]] = [
            (widget, QFont(widget.font()))
            for widget in root.findChildren(QWidget)
            if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
        ]
        self._root_font = QFont(
            root.font()
            if root.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            else QApplication.font()
        )

    def apply(self, factor: float) -> None:
        if abs(factor - self._factor) < 0.02:
            return
        self._factor = factor
        self._root.setFont(_scaled(self._root_font, factor))
        for widget, font in self._base:
            widget.setFont(_scaled(font, factor))


def _scaled(font: QFont, factor: float) -> QFont:
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(round(font.pointSizeF() * factor * 2) / 2)
    elif font.pixelSize() > 0:
        result.setPixelSize(round(font.pixelSize() * factor))
    return result
