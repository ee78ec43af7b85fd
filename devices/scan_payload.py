"""What a scanned code means: a queue ticket, a service request, a mediation case, a petition,
a ledger entry, an appointment, or an ID number typed by an ID-card reader in keyboard mode."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from standards.gb11643 import LENGTH, IdNumberError, check_id_number, mask_id_number

ScanKind = Literal["ticket", "request", "case", "petition", "ledger", "id_number", "appointment"]

# [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
_TICKET = re.compile(r"T-([0-9]{8})-([A-Z][0-9]{3,4})")
_NUMBERED = re.compile(r"([RMXL])-([0-9]{4})-([0-9]{6})")
_APPOINTMENT = re.compile(r"Y-([0-9]{8})-([0-9]{4})")
_KINDS: dict[str, ScanKind] = {"R": "request", "M": "case", "X": "petition", "L": "ledger"}
# What an ID-card reader in keyboard mode types: 18 characters, digits with perhaps an X
# (anywhere, when a digit was mistyped), or 17 digits and a wrong last character.
_ID_LIKE = re.compile(r"[0-9X]{18}|[0-9]{17}.")
_EXPECTED = (
    "expected a ticket (T-YYYYMMDD-A023), a service request (R-YYYY-NNNNNN), "
    "a mediation case (M-YYYY-NNNNNN), a petition (X-YYYY-NNNNNN), "
    "a ledger entry (L-YYYY-NNNNNN) or an appointment (Y-YYYYMMDD-NNNN)"
)
_SHOWN = 40


class InvalidScan(ValueError):
    """A scan that isn't one of our codes; ``str()`` is a message for staff in English, and
    ``message_id`` with ``params`` let a window say it in its language (as the domain's
    typed errors do)."""

    kind: ScanKind | None = None

    def __init__(self, reason: str, text: str = "", *, key: str = "", **params: object) -> None:
        self.reason = reason
        self.text = text
        self.message_id = f"invalid_scan.{key}" if key else "invalid_scan"
        self.params: dict[str, object] = params
        super().__init__(reason)


class InvalidIdNumberScan(InvalidScan):
    """An ID-card reader typed an ID number that breaks GB 11643; ``reason`` says how."""

    kind: ScanKind | None = "id_number"


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


def _id_number(normalised: str, text: str, today: date | None) -> ScanPayload:
    try:
        number = check_id_number(normalised, today=today)
    except IdNumberError as exc:
        # Masked: the message may reach a log or a screen others see.
        raise InvalidIdNumberScan(
            f"The ID card gave an invalid ID number {mask_id_number(normalised)}: {exc}.", text
        ) from None
    return ScanPayload(kind="id_number", text=number, code=number)


def parse_payload(text: str, *, today: date | None = None) -> ScanPayload:
    """Recognise a scan; lower case is accepted (some scanners send it) and upper-cased.

    ``today`` bounds the birth date of an ID number (the computer's date by default).

    Raises:
        InvalidScan: the text is none of our codes, or names an impossible day;
            ``InvalidIdNumberScan`` when it is an ID number that breaks GB 11643.
    """
    normalised = text.strip().upper()
    if not normalised:
        raise InvalidScan("The scan was empty.", text, key="empty")
    if len(normalised) == LENGTH and _ID_LIKE.fullmatch(normalised):
        return _id_number(normalised, text, today)
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
    if appointment := _APPOINTMENT.fullmatch(normalised):
        digits = appointment.group(1)
        try:
            day = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            raise InvalidScan(
                f"Appointment {normalised} names an impossible day {digits}.", text
            ) from None
        return ScanPayload(kind="appointment", text=normalised, code=normalised, service_day=day)
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
