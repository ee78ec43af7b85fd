"""A service tile's title, "F  矛盾纠纷调解", broken where an elderly reader expects it.

Left to itself a narrow tile breaks after the letter ("G" above "Consultation") or before a
name's last character ("矛盾纠纷调" above "解"). The letter is tied to the name's first word
with no-break spaces and a Chinese name's last two characters with a word joiner; when the
tied words are wider than the tile even with a narrower gap, the title breaks as it may
rather than be cut.
"""

from __future__ import annotations

import unicodedata

from ui.qt import QFont, QTextLayout, QTextOption

NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"  # no line break on either side, and no width


def tile_title(code: str, name: str, font: QFont, width: int) -> str:
    """The title that wraps best in ``width`` pixels of ``font``."""
    name = _last_two_together(name)
    for gap in (NO_BREAK_SPACE * 2, NO_BREAK_SPACE, "  "):
        title = f"{code}{gap}{name}"
        if widest_line(title, font, width) <= width:
            return title
    return title


def widest_line(text: str, font: QFont, width: int) -> float:
    """The widest line of ``text`` word-wrapped in ``width``, as a label lays it out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    widest = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest


def _last_two_together(name: str) -> str:
    if len(name) >= 2 and _ideograph(name[-2]) and _ideograph(name[-1]):
        return name[:-1] + WORD_JOINER + name[-1]
    return name


def _ideograph(char: str) -> bool:
    return unicodedata.name(char, "").startswith("CJK UNIFIED IDEOGRAPH")
