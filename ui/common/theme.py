"""Fonts and colours shared by the windows: high contrast, CJK fonts first."""

from __future__ import annotations

from ui.qt import QApplication, QFont

CJK_FAMILIES = [
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "sans-serif",
]

NAVY = "#0b3d91"
GREEN = "#1b7f3b"
AMBER = "#b35c00"
RED = "#b00020"
INK = "#111111"
PAPER = "#ffffff"
MIST = "#eef2f8"


def font(point_size: int, *, bold: bool = False) -> QFont:
    result = QFont()
    result.setFamilies(CJK_FAMILIES)
    result.setPointSize(point_size)
    result.setBold(bold)
    return result


STAFF_POINT_SIZE = 11  # 15 px at 96 dpi: a clerk reads it for eight hours


def use_staff_font(app: QApplication) -> None:
    """The default text of staff windows (counter, manager, launcher, dialogs)."""
    app.setFont(font(STAFF_POINT_SIZE))
