"""What a scanned code means: a queue ticket, a service request or a mediation case."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

ScanKind = Literal["ticket", "request", "case"]

# [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
_TICKET = re.compile(r"T-([0-9]{8})-([A-Z][0-9]{3,4})")
_NUMBERED = re.compile(r"([RM])-([0-9]{4})-([0-9]{6})")
_KINDS: dict[str, ScanKind] = {"R": "request", "M": "case"}
_EXPECTED = (
    "expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN) "
    "or a mediation case (M-YYYY-NNNNNN)"
)
_SHOWN = 40


class InvalidScan(ValueError):
    """A scan that isn't one of our codes; ``str()`` is a message for staff in English, and
    ``message_id`` with ``params`` let a window say it in its language (as the domain's
    typed errors do)."""

    def __init__(self, reason: str, text: str = "", *, key: str = "", **params: object) -> None:
        self.reason = reason
        self.text = text
        self.message_id = f"invalid_scan.{key}" if key else "invalid_scan"
        self.params: dict[str, object] = params
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
        raise InvalidScan("The scan was empty.", text, key="empty")
    if ticket := _TICKET.fullmatch(normalised):
        day_digits, code = ticket.groups()
        try:
            day = date(int(day_digits[:4]), int(day_digits[4:6]), int(day_digits[6:]))
        except ValueError:
            raise InvalidScan(
                f"Ticket {normalised} names an impossible day {day_digits}.",
                text,
                key="impossible_day",
                code=normalised,
                day=day_digits,
            ) from None
        return ScanPayload(kind="ticket", text=normalised, code=code, service_day=day)
    if numbered := _NUMBERED.fullmatch(normalised):
        letter, year, _ = numbered.groups()
        if int(year) < 2000:
            raise InvalidScan(
                f"{normalised} names an impossible year {year}.",
                text,
                key="impossible_year",
                code=normalised,
                year=year,
            )
        return ScanPayload(kind=_KINDS[letter], text=normalised, code=normalised)
    raise InvalidScan(
        f"Not a CivicDesk code: {_shown(text.strip())}; {_EXPECTED}.",
        text,
        key="not_ours",
        scanned=_shown(text.strip()),
    )
