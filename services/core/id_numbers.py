"""Resident ID numbers (公民身份号码) of GB 11643-1999 for the domain.

The rules themselves live in ``standards.gb11643`` (the card readers use them too); here a
broken number becomes the domain's ``InvalidIdNumber``.
"""

from __future__ import annotations

from datetime import date

from services.core.errors import InvalidIdNumber
from standards.gb11643 import (
    CHECK_CHARS,
    EARLIEST_BIRTH_YEAR,
    LENGTH,
    PROVINCE_CODES,
    WEIGHTS,
    IdNumberError,
    birth_date_of,
    check_id_number,
    checksum_char,
    mask_id_number,
    normalise,
)

__all__ = [
    "CHECK_CHARS",
    "EARLIEST_BIRTH_YEAR",
    "LENGTH",
    "PROVINCE_CODES",
    "WEIGHTS",
    "birth_date",
    "checksum_char",
    "is_valid_id_number",
    "mask_id_number",
    "normalise",
    "validate_id_number",
]


def validate_id_number(text: str, *, today: date | None = None) -> str:
    """The normalised ID number, or ``InvalidIdNumber`` saying precisely what is wrong.

    ``today`` bounds the birth date (no one is born in the future); it defaults to the
    computer's date.
    """
    try:
        return check_id_number(text, today=today)
    except IdNumberError as exc:
        raise InvalidIdNumber(str(exc)) from None


def is_valid_id_number(text: str, *, today: date | None = None) -> bool:
    try:
        check_id_number(text, today=today)
    except IdNumberError:
        return False
    return True


def birth_date(id_number: str) -> date:
    """The birth date of a valid ID number."""
    return birth_date_of(validate_id_number(id_number))
