"""What a scanned code means: a queue ticket, a service request, a mediation case, a petition
or a ledger entry."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

ScanKind = Literal["ticket", "request", "case", "petition", "ledger"]

# [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
_TICKET = re.compile(r"T-([0-9]{8})-([A-Z][0-9]{3,4})")
_NUMBERED = re.compile(r"([RMXL])-([0-9]{4})-([0-9]{6})")
_KINDS: dict[str, ScanKind] = {"R": "request", "M": "case", "X": "petition", "L": "ledger"}
_EXPECTED = (
    "expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN), "
    "a mediation case (M-YYYY-NNNNNN), a petition (X-YYYY-NNNNNN) "
    "or a ledger entry (L-YYYY-NNNNNN)"
)
_SHOWN = 40


class InvalidScan(ValueError):
    """A scan that isn't one of our codes; ``str()`` is a message for staff."""

    def __init__(self, reason: str, text: str = "") -> None:
        self.reason = reason
        self.text = text
        super().__init__(reason)


@dataclass(frozen=True)
class ScanPayload:
    """A recognised scan.

    ``code`` is what to look up: the ticket's display code (``A023``, with
    ``service_day``), or the whole request or case number (``R-2026-000123``).
    """

    kind: ScanKind
    text: str
    code: str
    service_day: date | None = None


def _shown(text: str) -> str:
    return repr(text if len(text) <= _SHOWN else text[:_SHOWN] + "…")


def parse_payload(text: str) -> ScanPayload:
    """Recognise a scan; lower case is accepted (some scanners send it) and upper-cased.

    Raises:
        InvalidScan: the text is none of our codes, or names an impossible day.
    """
    normalised = text.strip().upper()
    if not normalised:
        raise InvalidScan("The scan was empty.", text)
    if ticket := _TICKET.fullmatch(normalised):
        day_digits, code = ticket.groups()
        try:
            day = date(int(day_digits[:4]), int(day_digits[4:6]), int(day_digits[6:]))
        except ValueError:
            raise InvalidScan(
                f"Ticket {normalised} names an impossible day {day_digits}.", text
            ) from None
        return ScanPayload(kind="ticket", text=normalised, code=code, service_day=day)
    if numbered := _NUMBERED.fullmatch(normalised):
        letter, year, _ = numbered.groups()
        if int(year) < 2000:
            raise InvalidScan(f"{normalised} names an impossible year {year}.", text)
        return ScanPayload(kind=_KINDS[letter], text=normalised, code=normalised)
    raise InvalidScan(f"Not a CivicDesk code: {_shown(text.strip())}; {_EXPECTED}.", text)
