"""Fields the desk's dialogs share: a text box that Tab leaves (the dialogs are driven by the
keyboard), and a combo of stored codes shown by their labels."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ui.qt import QComboBox, QPlainTextEdit


def text_box(height: int = 80) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def code_combo(codes: Iterable[str], text_of: Callable[[str], str]) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(text_of(code), code)
    return combo
