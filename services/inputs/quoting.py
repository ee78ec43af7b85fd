"""Quoting an input inside an error message: short, and with digit runs masked.

An error names what was wrong, but a 120 KB argument must not come back as 120 KB of error,
and a phone or ID number pasted into the wrong field must not be printed in full on a
terminal or in a log. At most ``QUOTE_LIMIT`` characters are shown, every run of seven or
more digits keeps only its first three and last two, and the true length is told.
"""

from __future__ import annotations

import re

QUOTE_LIMIT = 60
_LONG_DIGITS = re.compile(r"\d{7,}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _mask_digits(match: re.Match[str]) -> str:
    digits = match.group(0)
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as a short, masked, printable quotation for one line of a message."""
    text = value if isinstance(value, str) else str(value)
    shown = _LONG_DIGITS.sub(_mask_digits, text[: limit * 4])
    shown = _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", shown)
    if len(text) <= limit and len(shown) <= limit + 20:
        return repr(shown)
    return f"{shown[:limit]!r}… ({len(text)} characters)"


def mention(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as it is when short, printable and free of long digit runs; else ``quoted``."""
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit and text.isprintable() and not _LONG_DIGITS.search(text):
        return text
    return quoted(text, limit)
