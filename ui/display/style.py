"""The hall display's look: dark, high contrast, sizes for reading from across the hall.

Sizes are pixel heights at 1080 screen lines; the window scales them to its own height.
"""

from __future__ import annotations

from functools import cache

from ui.qt import QFont, QFontDatabase, QFontInfo

FONT_FAMILIES = [
    "Microsoft YaHei",
    "PingFang SC",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "sans-serif",
]
BASE_HEIGHT = 1080

BACKGROUND = "#0A1020"
PANEL = "#16223A"
PANEL_EDGE = "#2A3A5C"
SLOT = "#22314F"
TEXT = "#FFFFFF"
MUTED = "#C5D0E3"
ACCENT = "#FFD23F"
HIGHLIGHT = "#FFC629"
HIGHLIGHT_TEXT = "#0A1020"
COUNT = "#7CF0B4"
ALERT = "#C62828"
NOTICE = "#1E3050"

SIZES = {
    "center_zh": 44,
    "center_en": 26,
    "time": 60,
    "date": 28,
    "banner": 34,
    "caption": 32,
    "section": 32,
    "call_zh": 150,
    "call_en": 86,
    "recent_code": 72,
    "recent_mark": 40,
    "recent_counter": 46,
    "service_code": 32,
    "service_name": 34,
    "service_count": 40,
    "marquee": 42,
    "next_up": 44,
}
# A portrait screen is scaled by its width, yet has height to spare: the section labels,
# read from 2 m like everything else, take some of it.
PORTRAIT_SIZES = {"section": 48}
BOLD = {
    "center_zh",
    "time",
    "banner",
    "call_zh",
    "call_en",
    "recent_code",
    "service_code",
    "service_count",
}


def display_font(role: str, scale: float, *, portrait: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    size = PORTRAIT_SIZES.get(role, SIZES[role]) if portrait else SIZES[role]
    font.setPixelSize(max(8, round(size * scale)))
    font.setBold(role in BOLD and has_real_bold(font))
    return font


@cache
def _bold_families() -> frozenset[str]:
    return frozenset(
        family
        for family in FONT_FAMILIES
        if any("bold" in style.lower() for style in QFontDatabase.styles(family))
    )


def has_real_bold(font: QFont) -> bool:
    """Whether the font found on this machine has a bold face of its own.

    Without one, Qt thickens the strokes itself, but only below 64 pixels: a bold call line
    would then change weight with the screen's size. Such a machine shows every text in one
    weight instead.
    """
    return QFontInfo(font).family() in _bold_families()


def stylesheet(scale: float) -> str:
    radius = max(4, round(18 * scale))
    pad = max(2, round(12 * scale))
    return f"""
#displayRoot {{ background: {BACKGROUND}; }}
#displayRoot QLabel {{ color: {TEXT}; background: transparent; }}
#displayRoot QLabel[muted="true"] {{ color: {MUTED}; }}
#displayRoot QLabel[accent="true"] {{ color: {ACCENT}; }}
#displayRoot QLabel[count="true"] {{ color: {COUNT}; }}
#callPanel {{ background: {PANEL}; border: {max(2, round(4 * scale))}px solid {PANEL_EDGE};
    border-radius: {radius}px; }}
#callPanel[highlighted="true"] {{ background: {HIGHLIGHT}; border-color: {TEXT}; }}
#callPanel[highlighted="true"] QLabel {{ color: {HIGHLIGHT_TEXT}; }}
#recentPanel, #waitingPanel {{ background: {PANEL}; border-radius: {radius}px; }}
#recentSlot {{ background: {SLOT}; border-radius: {pad}px; }}
#serviceRow[odd="true"] {{ background: {SLOT}; border-radius: {pad}px; }}
#displayRoot QLabel#serviceBadge {{ background: {ACCENT}; color: {HIGHLIGHT_TEXT};
    border-radius: {pad}px; }}
#displayRoot QLabel#offlineBanner {{ background: {ALERT}; color: {TEXT};
    border-radius: {radius}px; padding: {pad}px; }}
#marquee {{ background: {NOTICE}; border-radius: {radius}px; color: {TEXT}; }}
"""
