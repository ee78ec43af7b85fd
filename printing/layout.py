"""Fixed-width text layout for receipts: widths, wrapping, label/value lines.

Widths are in columns of the printer's Font A; a CJK or full-width character
takes two. Every function takes an optional ``measure`` so a renderer can use the
printer's own notion of width (see :func:`printing.textcodec.column_measure`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Final

Measure = Callable[[str], int]

_ZERO_WIDTH_CATEGORIES: Final = frozenset({"Mn", "Me", "Cf", "Cc"})
# A line may not start with these (Chinese line-breaking rules, simplified).
_NO_LINE_START: Final = frozenset("，。、；：？！）」』》〉】〕”’…—～·%,.;:?!)]}")
# ... and may not end with these.
_NO_LINE_END: Final = frozenset("（「『《〈【〔“‘([{")
MIN_COLUMNS: Final = 2


def char_width(char: str) -> int:
    """Columns of one character: 2 for East Asian wide/full-width, 0 for marks."""
    if char == "\n" or unicodedata.category(char) in _ZERO_WIDTH_CATEGORIES:
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on one line (CJK and full-width characters count 2)."""
    return sum(char_width(char) for char in text)


@dataclass
class _Token:
    text: str
    is_space: bool = False


def _tokens(paragraph: str, measure: Measure) -> list[_Token]:
    """Split into space runs, words of narrow characters, and single wide characters."""
    tokens: list[_Token] = []
    current_is_word = False
    for char in paragraph:
        if char == " ":
            if tokens and tokens[-1].is_space:
                tokens[-1].text += char
            else:
                tokens.append(_Token(char, is_space=True))
            current_is_word = False
        elif measure(char) == 0 and tokens and not tokens[-1].is_space:
            tokens[-1].text += char  # a combining mark stays with its base
        elif measure(char) >= 2:
            tokens.append(_Token(char))
            current_is_word = False
        elif current_is_word:
            tokens[-1].text += char
        else:
            tokens.append(_Token(char))
            current_is_word = True
    return tokens


def _hard_break(word: str, columns: int, measure: Measure) -> list[str]:
    """Cut a word wider than ``columns`` into pieces that fit."""
    pieces: list[str] = []
    piece = ""
    piece_width = 0
    for char in word:
        char_columns = measure(char)
        if piece and piece_width + char_columns > columns:
            pieces.append(piece)
            piece, piece_width = "", 0
        piece += char
        piece_width += char_columns
    if piece:
        pieces.append(piece)
    return pieces


@dataclass
class _Line:
    parts: list[str] = field(default_factory=list)
    width: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _wrap_paragraph(paragraph: str, columns: int, measure: Measure) -> list[str]:
    if measure(paragraph) <= columns:  # most lines of a ticket: nothing to break
        return [paragraph.rstrip(" ")]
    lines: list[_Line] = []
    line = _Line()
    pending_space = ""
    for token in _tokens(paragraph, measure):
        if token.is_space:
            pending_space = token.text
            continue
        width = measure(token.text)
        gap = measure(pending_space)
        pending_space = ""
        if line.width + gap + width <= columns:
            if gap:
                line.parts.append(" " * gap)
            line.parts.append(token.text)
            line.width += gap + width
            continue
        pieces = _hard_break(token.text, columns, measure) if width > columns else [token.text]
        if line.parts:
            lines.append(line)
        line = _Line()
        moved = _move_for_line_start(lines, pieces[0], columns, measure) if len(pieces) == 1 else []
        for piece in pieces[:-1]:
            lines.append(_Line([*moved, piece], measure(piece)))
            moved = []
        line = _Line([*moved, pieces[-1]], measure("".join([*moved, pieces[-1]])))
    if line.parts or not lines:
        lines.append(line)
    return [item.text for item in lines]


def _move_for_line_start(
    lines: list[_Line], first: str, columns: int, measure: Measure
) -> list[str]:
    """Pull the previous line's last part down when it may not end a line, or when
    ``first`` may not start one."""
    if not lines or not first or len(lines[-1].parts) < 2:
        return []
    previous = lines[-1]
    last = previous.parts[-1]
    if last[-1] not in _NO_LINE_END and first[0] not in _NO_LINE_START:
        return []
    if measure(last + first) > columns:
        return []
    previous.parts.pop()
    while previous.parts and previous.parts[-1].isspace():
        previous.parts.pop()
    previous.width = measure(previous.text)
    return [last]


def wrap(text: str, columns: int, *, measure: Measure = display_width) -> list[str]:
    """Wrap ``text`` into lines of at most ``columns`` columns.

    Breaks English at spaces where possible and between CJK characters
    anywhere, never inside a character; words wider than a line are cut.
    Line feeds start new lines; empty text gives no lines.
    """
    if columns < MIN_COLUMNS:
        raise ValueError(f"cannot wrap to {columns} columns; need at least {MIN_COLUMNS}")
    if not text:
        return []
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\t", " ").split("\n"):
        lines.extend(_wrap_paragraph(paragraph, columns, measure))
    return lines


def two_columns(
    left: str, right: str, columns: int, *, measure: Measure = display_width
) -> list[str]:
    """``left`` flush left and ``right`` flush right on one line, or wrapped when too long."""
    left_width, right_width = measure(left), measure(right)
    if left_width + 1 + right_width <= columns:
        return [left + " " * (columns - left_width - right_width) + right]
    lines = wrap(left, columns, measure=measure)
    for piece in wrap(right, columns, measure=measure):
        lines.append(" " * (columns - measure(piece)) + piece)
    return lines


def label_value(
    label: str, value: str, columns: int, *, measure: Measure = display_width
) -> list[str]:
    """``label`` followed by ``value`` with a hanging indent under the value.

    A label wider than half the line goes on its own lines and the value follows,
    indented by two columns.
    """
    indent = measure(label)
    if not value:
        return wrap(label, columns, measure=measure)
    if indent <= columns // 2 and columns - indent >= MIN_COLUMNS:
        pieces = wrap(value, columns - indent, measure=measure) or [""]
        return [label + pieces[0]] + [" " * indent + piece for piece in pieces[1:]]
    lines = wrap(label, columns, measure=measure)
    value_columns = columns - 2 if columns - 2 >= MIN_COLUMNS else columns
    prefix = " " * (columns - value_columns)
    return lines + [prefix + piece for piece in wrap(value, value_columns, measure=measure)]


def numbered(items: Iterable[str], columns: int, *, measure: Measure = display_width) -> list[str]:
    """``1. first item`` lines with hanging indents."""
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        lines.extend(label_value(f"{number}. ", item, columns, measure=measure))
    return lines


def rule(columns: int, char: str = "-") -> str:
    """A separator line across the paper."""
    return char * columns
