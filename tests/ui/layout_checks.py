"""What the layout test judges in a window: clipped text, size against a screen, text sizes.

Each check compares a widget's text metrics with the room its geometry gives it, the way a
reader would notice a cut word: a single line wider than its label, a wrapped text taller
than its label, a button or tab narrower than its caption, a table header narrower than its
title. Texts inside table cells may be elided on purpose (their tooltip has them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtGui import QFontInfo, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
)

from ui.qt import (
    QCheckBox,
    QFontMetrics,
    QGroupBox,
    QLabel,
    QPushButton,
    QRect,
    Qt,
    QTableView,
    QWidget,
)

# Slack for rounding between the metrics a check uses and the ones Qt paints with.
SLACK = 1


def shown(widget: QWidget, root: QWidget) -> bool:
    """Visible on the window and not scrolled into a hidden part of a scroll area."""
    return widget.isVisibleTo(root) and widget.isVisible() and widget.width() > 0


def _label_text(label: QLabel) -> str:
    return label.text().replace("&&", "&") if label.buddy() is None else label.text()


def _rich(label: QLabel) -> bool:
    if label.textFormat() == Qt.TextFormat.RichText:
        return True
    return label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    indent = max(0, label.indent()) + label.margin() * 2
    width, height = room.width() - indent, room.height() - label.margin() * 2
    if _rich(label):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(width)
        needed_w = int(document.idealWidth())
        needed_h = int(document.size().height())
    else:
        metrics = QFontMetrics(label.font())
        flags = int(Qt.TextFlag.TextExpandTabs.value)
        if label.wordWrap():
            flags |= int(Qt.TextFlag.TextWordWrap.value)
            box = metrics.boundingRect(QRect(0, 0, max(1, width), 100000), flags, text)
        else:
            box = metrics.boundingRect(QRect(0, 0, 100000, 100000), flags, text)
        needed_w, needed_h = box.width(), box.height()
    if needed_w > width + SLACK:
        return f"label {text!r}: needs {needed_w} px wide, has {width}"
    # A line's leading below the last line is not needed to read it.
    leading = max(0, QFontMetrics(label.font()).leading())
    if needed_h - leading > height + SLACK:
        return f"label {text!r}: needs {needed_h} px high, has {height}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    if not text:
        return None
    metrics = QFontMetrics(button.font())
    needed = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        width = room.width()
        if not button.icon().isNull():
            width -= button.iconSize().width() + 4
        lines_height = metrics.height() * len(text.split("\n"))
        if lines_height > room.height() + metrics.descent() + SLACK:
            return f"button {text!r}: needs {lines_height} px high, has {room.height()}"
    elif isinstance(button, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        width = button.style().subElementRect(element, option, button).width()
    else:
        return None
    if needed > width + SLACK:
        return f"button {text!r}: needs {needed} px, has {width}"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        wanted = bar.tabSizeHint(index).width()
        rect = bar.tabRect(index)
        if rect.width() + SLACK < wanted or not bar.rect().contains(rect):
            found.append(f"tab {bar.tabText(index)!r}: needs {wanted} px, has {rect.width()}")
    return found


def header_problems(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    if not header.isVisible():
        return []
    model = view.model()
    metrics = QFontMetrics(header.font())
    found = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        room = header.sectionSize(column) - 4  # the section's own margins
        if needed > room + SLACK:
            found.append(f"header {text!r}: needs {needed} px, has {room}")
    return found


def group_problem(box: QGroupBox) -> str | None:
    needed = QFontMetrics(box.font()).horizontalAdvance(box.title())
    if box.title() and needed > box.width() - 16:
        return f"group {box.title()!r}: needs {needed} px, has {box.width() - 16}"
    return None


def clipped_texts(root: QWidget) -> list[str]:
    """Every visible text of the window that does not fit the room it is given."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not shown(widget, root):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = button_problem(widget)
        elif isinstance(widget, QGroupBox):
            problem = group_problem(widget)
        elif isinstance(widget, QTabBar):
            found += tab_problems(widget)
        elif isinstance(widget, QTableView):
            found += header_problems(widget)
        if problem is not None:
            found.append(problem)
    return found


def outside_window(root: QWidget) -> list[str]:
    """Texts drawn (partly) outside the window: a layout that overflowed its screen."""
    found = []
    area = root.rect()
    for widget in root.findChildren(QLabel):
        if not shown(widget, root) or not widget.text() or _scrolled(widget, root):
            continue
        top_left = widget.mapTo(root, widget.rect().topLeft())
        box = QRect(top_left, widget.size())
        if not area.contains(box):
            found.append(f"label {widget.text()!r} at {box.getRect()} is outside the window")
    return found


def _scrolled(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area: out of sight is not out of the window."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def pixel_size(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def text_widgets(root: QWidget) -> Iterable[QWidget]:
    """The visible widgets that show a text of their own."""
    for widget in root.findChildren(QWidget):
        if not shown(widget, root):
            continue
        if (
            isinstance(widget, QLabel)
            and widget.text()
            or isinstance(widget, QAbstractButton)
            and widget.text()
        ):
            yield widget


def too_small(root: QWidget, minimum: Callable[[QWidget], int | None]) -> list[str]:
    """Texts smaller than the minimum of their role (``minimum`` returns None: no rule)."""
    found = []
    for widget in text_widgets(root):
        least = minimum(widget)
        if least is None:
            continue
        size = pixel_size(widget)
        if size < least:
            text = widget.text()  # type: ignore[attr-defined]
            found.append(f"{text!r} is {size} px, its role needs {least}")
    return found
