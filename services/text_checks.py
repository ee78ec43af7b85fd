"""The characters typed text may hold, checked before it is stored.

Control characters can steer a thermal printer or a terminal and never belong in a name or a
note; a lone surrogate (from a broken clipboard or a bad client) cannot be stored at all.
Both are refused with a ``ValidationError`` instead of failing in the database driver.
"""

from __future__ import annotations

import unicodedata

from services.errors import ValidationError

REFUSED_CATEGORIES = frozenset({"Cc", "Cs"})  # control characters, lone surrogates
LINE_BREAKS = "\n\r\t"


def refuse_control_characters(text: str, what: str, *, multiline: bool = False) -> str:
    """Return ``text`` unchanged, or raise ``ValidationError`` naming ``what``.

    ``multiline`` allows line breaks and tabs.
    """
    allowed = LINE_BREAKS if multiline else ""
    for char in text:
        if char not in allowed and unicodedata.category(char) in REFUSED_CATEGORIES:
            raise ValidationError(
                f"The {what} contains a character that is not allowed (U+{ord(char):04X})."
            )
    return text
