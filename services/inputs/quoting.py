"""Quoting an input inside an error message: short, and with digit runs masked.

An error names what was wrong, but a 120 KB argument must not come back as 120 KB of error,
and a phone or ID number pasted into the wrong field must not be printed in full on a
terminal or in a log. At most ``QUOTE_LIMIT`` characters are shown, every run of nine or
more digits keeps only its first three and last two, and the true length is told.
"""

from __future__ import annotations

import re

QUOTE_LIMIT = 60
_LONG_DIGITS = re.compile(r"[0-9]{9,}")


def _mask_digits(match: re.Match[str]) -> str:
    digits = match.group(0)
    return digits[:3] + "*" * min(len(digits) - 5, 13) + digits[-2:]


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as a short, masked, printable quotation for one line of a message."""
    text = value if isinstance(value, str) else str(value)
    shown = _LONG_DIGITS.sub(_mask_digits, text[: limit * 4])
    if len(text) <= limit:
        return repr(shown)  # repr escapes control and invisible characters
    return f"{shown[:limit]!r}… ({len(text)} characters)"


def mention(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as it is when short, printable and free of long digit runs; else ``quoted``."""
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit and text.isprintable() and not _LONG_DIGITS.search(text):
        return text
    return quoted(text, limit)


def clipped_line(message: str, limit: int = 400) -> str:
    """The first line of an error message, at most ``limit`` characters, long digit runs
    masked: the last guard before a terminal or a log, whatever a message quoted."""
    lines = message.strip().splitlines()
    line = _LONG_DIGITS.sub(_mask_digits, lines[0][: limit * 4] if lines else "")
    return line if len(line) <= limit else line[: limit - 1] + "…"
