"""Widgets of the hall display: labels that fit their width, the boards and the notice line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from services.queue.display_reads import NextTicket, RecentCall
from services.queue.reads import ServiceQueue
from ui.display.model import CALL_ROLE, RecentCallsModel, appointment_mark, marked_code
from ui.display.style import TEXT
from ui.qt import (
    QColor,
    QElapsedTimer,
    QFont,
    QFontMetrics,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPainter,
    QSize,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

ROLE_PROPERTY = "fontRole"


def role_label(role: str, text: str = "", **properties: bool) -> QLabel:
    """A label whose font the window sets from ``role`` (see ``display_style.SIZES``)."""
    label = QLabel(text)
    label.setProperty(ROLE_PROPERTY, role)
    for name, value in properties.items():
        label.setProperty(name, value)
    return label


class ScreenRoot(QWidget):
    """A wall screen has the size it has: its content never makes the window grow.

    The labels shrink their font instead; and a window whose minimum size never changes
    needs no size hints from the platform (the offscreen one warns when asked).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class FitLabel(QLabel):
    """One line of text that shrinks its font rather than clip when the text is too wide."""

    def __init__(self, role: str, **properties: bool) -> None:
        super().__init__()
        self.setProperty(ROLE_PROPERTY, role)
        for name, value in properties.items():
            self.setProperty(name, value)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(1)
        self._base = QFont(self.font())

    def set_base_font(self, font: QFont) -> None:
        self._base = QFont(font)
        self.setFixedHeight(QFontMetrics(font).height())
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        available = self.contentsRect().width()
        font = QFont(self._base)
        needed = QFontMetrics(font).horizontalAdvance(self.text())
        if available > 0 and needed > available:
            font.setPixelSize(max(8, int(font.pixelSize() * available / needed * 0.97)))
        if font != self.font():
            self.setFont(font)


class RecentCallsBoard(QFrame):
    """The last calls, code and counter, newest at the top."""

    COLUMNS = 1

    def __init__(self, model: RecentCallsModel, capacity: int = 4) -> None:
        super().__init__()
        self._model = model
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._grid = layout
        self._slots: list[tuple[FitLabel, FitLabel, FitLabel]] = []
        self._slot_layouts: list[QHBoxLayout] = []
        rows = (capacity + self.COLUMNS - 1) // self.COLUMNS
        for position in range(capacity):
            slot = QFrame()
            slot.setObjectName("recentSlot")
            row_layout = QHBoxLayout(slot)
            self._slot_layouts.append(row_layout)
            code = FitLabel("recent_code", accent=True)
            # An appointment's mark beside the code, in a smaller size of its own: written
            # into the code's text it made the code shrink to fit its column.
            mark = FitLabel("recent_mark", accent=True)
            counter = FitLabel("recent_counter")
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row_layout.addWidget(code, 5)
            row_layout.addWidget(mark, 2)
            row_layout.addWidget(counter, 5)
            layout.addWidget(slot, position % rows, position // rows)
            self._slots.append((code, mark, counter))
        for column in range(self.COLUMNS):
            layout.setColumnStretch(column, 1)
        for row in range(rows):
            layout.setRowStretch(row, 1)
        model.modelReset.connect(self._refresh)
        model.dataChanged.connect(self._refresh)
        self._refresh()

    def set_spacing(self, pixels: int) -> None:
        self._grid.setHorizontalSpacing(pixels * 2)  # the two columns never read as one line
        self._grid.setVerticalSpacing(pixels)
        for slot_layout in self._slot_layouts:
            slot_layout.setContentsMargins(pixels, 0, pixels, 0)

    def slot_texts(self) -> list[tuple[str, str]]:
        """Each row's code with its mark, and its counter, as a reader takes them in."""
        return [
            (" ".join(t for t in (code.text(), mark.text()) if t), counter.text())
            for code, mark, counter in self._slots
        ]

    def slot_code_sizes(self) -> list[int]:
        """The pixel size each row's code is shown at (a code keeps its size beside a mark)."""
        return [code.font().pixelSize() for code, _mark, _counter in self._slots]

    def _refresh(self, *_args: object) -> None:
        model = self._model
        for row, (code, mark, counter) in enumerate(self._slots):
            call = model.data(model.index(row, model.TICKET), CALL_ROLE)
            if isinstance(call, RecentCall):
                code.setText(call.ticket_code)
                mark.setText(appointment_mark() if call.appointment else "")
                mark.setHidden(not call.appointment)  # a walk-in's code keeps the room
                counter.setText(str(model.data(model.index(row, model.COUNTER))))
            else:
                for label in (code, mark, counter):
                    label.setText("")
                mark.hide()


class NextUpBoard(QFrame):
    """ "Please get ready": one line per busy service with its next tickets, in call order."""

    LINES = 4

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._lines = [FitLabel("next_up", accent=True) for _ in range(self.LINES)]
        for line in self._lines:
            layout.addWidget(line)
        layout.addStretch(1)
        self._next_up: tuple[tuple[NextTicket, ...], ...] = ()

    def set_next_up(self, lines: Sequence[Sequence[NextTicket]]) -> None:
        self._next_up = tuple(tuple(line) for line in lines)
        for index, label in enumerate(self._lines):
            tickets = self._next_up[index] if index < len(self._next_up) else ()
            label.setText("  ".join(marked_code(t.code, t.appointment) for t in tickets))

    def retranslate(self) -> None:
        """The marks are words: re-read them in the new language."""
        self.set_next_up(self._next_up)

    def texts(self) -> list[str]:
        return [label.text() for label in self._lines if label.text()]


class WaitingBoard(QFrame):
    """People waiting per service, one row each: letter, name in the interface language, count."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._english = language.startswith("en")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._rows: dict[str, tuple[QLabel, FitLabel, QLabel]] = {}
        self._codes: tuple[str, ...] = ()
        self._services: tuple[ServiceQueue, ...] = ()

    def counts(self) -> dict[str, int]:
        return {code: int(row[2].text() or 0) for code, row in self._rows.items()}

    def set_language(self, language: str) -> None:
        self._english = language.startswith("en")
        self.set_services(self._services)

    def set_services(self, services: Sequence[ServiceQueue]) -> None:
        self._services = tuple(services)
        codes = tuple(s.code for s in services)
        if codes != self._codes:
            self._rebuild(services)
        for service in services:
            _badge, name, count = self._rows[service.code]
            name.setText(service.name_en if self._english else service.name_zh)
            count.setText(str(service.waiting))

    def _rebuild(self, services: Sequence[ServiceQueue]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows.clear()
        self._codes = tuple(s.code for s in services)
        for position, service in enumerate(services):
            row = QFrame()
            row.setObjectName("serviceRow")
            row.setProperty("odd", position % 2 == 0)  # stripes lead the eye to the count
            line = QHBoxLayout(row)
            line.setContentsMargins(6, 2, 12, 2)
            line.setSpacing(14)
            badge = role_label("service_code", service.code)
            badge.setObjectName("serviceBadge")
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = FitLabel("service_name")
            count = role_label("service_count", count=True)
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            line.addWidget(badge)
            line.addWidget(name, 1)
            line.addWidget(count)
            self._layout.addWidget(row)
            self._rows[service.code] = (badge, name, count)
        window = self.window()
        apply_fonts = getattr(window, "apply_fonts", None)
        if callable(apply_fonts):
            apply_fonts()


class Marquee(QWidget):
    """The notice line: still when it fits, otherwise scrolling right to left in a loop."""

    SPEED = 140  # pixels per second at 1080 lines
    FRAME_MS = 30
    HOLD_MS = 2500  # each round starts still, so the first words can be read

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("marquee")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty(ROLE_PROPERTY, "marquee")
        self._text = ""
        self._scale = 1.0
        self._clock = QElapsedTimer()
        self._clock.start()
        self._timer = QTimer(self)
        self._timer.setInterval(self.FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._clock.restart()
            self._sync_timer()
            self.update()

    def set_base_font(self, font: QFont) -> None:
        self.setFont(font)
        self._scale = font.pixelSize() / 42
        self.setFixedHeight(int(QFontMetrics(font).height() * 1.6))
        self._sync_timer()

    def scrolls(self) -> bool:
        return QFontMetrics(self.font()).horizontalAdvance(self._text) > self._usable_width()

    def _usable_width(self) -> int:
        return self.width() - 2 * self._margin()

    def _margin(self) -> int:
        return int(24 * self._scale)

    def _sync_timer(self) -> None:
        if self.isVisible() and self.scrolls():
            self._timer.start()
        else:
            self._timer.stop()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._sync_timer()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._sync_timer()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(QColor(TEXT))
        metrics = QFontMetrics(self.font())
        baseline = (self.height() + metrics.ascent() - metrics.descent()) // 2
        width = metrics.horizontalAdvance(self._text)
        left = self._margin()
        painter.setClipRect(left, 0, self._usable_width(), self.height())
        if width <= self._usable_width():
            painter.drawText((self.width() - width) // 2, baseline, self._text)
        else:
            period = width + int(self.width() * 0.3)
            speed = self.SPEED * self._scale / 1000  # pixels per millisecond
            round_ms = self.HOLD_MS + period / speed
            moving_ms = max(0.0, self._clock.elapsed() % round_ms - self.HOLD_MS)
            x = left - int(moving_ms * speed)
            painter.drawText(x, baseline, self._text)
            painter.drawText(x + period, baseline, self._text)
        painter.end()
