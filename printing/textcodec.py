"""Turns text into bytes a thermal printer can print, and measures it in columns.

In Chinese mode (``FS &``) text is GB18030. GB18030 encodes all of Unicode, but
printer fonts hold only its one- and two-byte part (roughly GBK): four-byte
sequences (emoji, rare CJK extensions, most combining marks) are printed as
``?``. Outside Chinese mode text uses the printer's single-byte code page, and
what it cannot encode becomes ``?``. Control characters become ``?`` too, except
line feeds; invisible format characters (zero-width joiners, variation
selectors, direction marks) are dropped.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Final

CHINESE_ENCODING: Final = "gb18030"
REPLACEMENT: Final = "?"
_IDEOGRAPHIC_SPACE: Final = "\u3000"
_DROPPED_CATEGORIES: Final = frozenset({"Cf"})
_REPLACED_CATEGORIES: Final = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})


def _is_variation_selector(char: str) -> bool:
    code = ord(char)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@functools.lru_cache(maxsize=8192)  # a ticket repeats the same few hundred characters
def _printable_char(char: str, chinese: bool, codepage: str) -> str:
    if char == "\n":
        return char
    if char == "\t":
        return " "
    category = unicodedata.category(char)
    if category in _DROPPED_CATEGORIES or _is_variation_selector(char):
        return ""
    if category in _REPLACED_CATEGORIES:
        return REPLACEMENT
    if category == "Zs" and char != _IDEOGRAPHIC_SPACE:
        return " "
    if chinese:
        return char if len(char.encode(CHINESE_ENCODING)) <= 2 else REPLACEMENT
    try:
        char.encode(codepage)
    except UnicodeEncodeError:
        return REPLACEMENT
    return char


def printable_text(text: str, *, chinese: bool, codepage: str = "cp437") -> str:
    """``text`` with every character the printer cannot print replaced or dropped."""
    normalized = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    return "".join(_printable_char(char, chinese, codepage) for char in normalized)


def encode_text(text: str, *, chinese: bool, codepage: str = "cp437") -> bytes:
    """Encode ``text`` for the printer; never raises on odd characters."""
    printable = printable_text(text, chinese=chinese, codepage=codepage)
    return printable.encode(CHINESE_ENCODING if chinese else codepage)


def printed_columns(text: str, *, chinese: bool) -> int:
    """Font A columns that already-printable ``text`` takes on one line.

    In Chinese mode every two-byte GB18030 character (all non-ASCII printable
    ones, including ``é`` and ``“``) is a full-width glyph of two columns.
    """
    newlines = text.count("\n")
    if not chinese or text.isascii():
        return len(text) - newlines
    # Counted in C, as the layout measures every word it wraps: ASCII 1, the rest 2, LF 0.
    ascii_chars = len(text.encode("ascii", "ignore"))
    return 2 * len(text) - ascii_chars - newlines


def column_measure(*, chinese: bool) -> Callable[[str], int]:
    """A width function for :mod:`printing.layout` matching the printer's font."""

    def measure(text: str) -> int:
        return printed_columns(text, chinese=chinese)

    return measure
