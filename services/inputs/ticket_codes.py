"""A ticket as people and scanners give it: ``A002``, or the barcode ``T-20261207-A002``."""

from __future__ import annotations

import re
from datetime import date

# [0-9], not \d: \d also matches full-width and other digits.
_SCANNED = re.compile(r"T-([0-9]{4})([0-9]{2})([0-9]{2})-([A-Z][0-9]{3,4})")


def split_ticket_code(text: str) -> tuple[date | None, str]:
    """The service day a scanned code names (None for a bare code) and the display code."""
    normalised = text.strip().upper()
    scanned = _SCANNED.fullmatch(normalised)
    if scanned is None:
        return None, normalised
    year, month, day, code = scanned.groups()
    try:
        return date(int(year), int(month), int(day)), code
    except ValueError:
        return None, normalised  # an impossible day: no ticket has it; told as not found
