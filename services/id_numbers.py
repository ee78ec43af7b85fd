"""Resident ID numbers (公民身份号码) of GB 11643-1999: validation, check digit, masking.

An ID number has 18 characters: a 6-digit address code whose first two digits name the
province, an 8-digit birth date ``YYYYMMDD``, a 3-digit sequence number, and a check
character computed with ISO 7064 MOD 11-2 (a digit or ``X``).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from services.clock import center_today
from services.errors import InvalidIdNumber

LENGTH = 18
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"  # indexed by (weighted sum mod 11)
EARLIEST_BIRTH_YEAR = 1800

PROVINCE_CODES: frozenset[int] = frozenset(
    [*range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47)]
    + [*range(50, 55), *range(61, 66), 71, 81, 82, 83, 91]
)

_DIGITS = "0123456789"
_MASK = "*" * 8


def checksum_char(first17: str) -> str:
    """The check character (``0``–``9`` or ``X``) for the first 17 digits of an ID number."""
    if len(first17) != LENGTH - 1 or any(c not in _DIGITS for c in first17):
        raise ValueError(f"need exactly 17 digits, got {first17!r}")
    total = sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def normalise(text: str) -> str:
    """Full-width digits and letters to ASCII, surrounding blanks removed, ``x`` to ``X``."""
    return unicodedata.normalize("NFKC", text).strip().upper()


def validate_id_number(text: str, *, today: date | None = None) -> str:
    """The normalised ID number, or ``InvalidIdNumber`` saying precisely what is wrong.

    ``today`` bounds the birth date (no one is born in the future); it defaults to the
    computer's date.
    """
    value = normalise(text)
    if len(value) != LENGTH:
        raise InvalidIdNumber(
            f"wrong length: an ID number has {LENGTH} characters, this one has {len(value)}"
        )
    for position, char in enumerate(value[:17], start=1):
        if char not in _DIGITS:
            raise InvalidIdNumber(
                f"non-digit {char!r} at position {position}: the first 17 characters are digits"
            )
    check = value[17]
    if check not in _DIGITS and check != "X":
        raise InvalidIdNumber(f"bad check character {check!r}: the last one is a digit or X")
    province = int(value[:2])
    if province not in PROVINCE_CODES:
        raise InvalidIdNumber(f"no such province code: {value[:2]}")
    _check_birth_date(value[6:14], today or center_today())
    expected = checksum_char(value[:17])
    if check != expected:
        raise InvalidIdNumber(f"bad check digit: expected {expected}, got {check}")
    return value


def is_valid_id_number(text: str, *, today: date | None = None) -> bool:
    try:
        validate_id_number(text, today=today)
    except InvalidIdNumber:
        return False
    return True


def _check_birth_date(digits: str, today: date) -> date:
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    if not 1 <= month <= 12:
        raise InvalidIdNumber(f"no such birth date: month {month:02d} in {digits}")
    try:
        born = date(year, month, day)
    except ValueError:
        raise InvalidIdNumber(f"no such date: {year:04d}-{month:02d}-{day:02d}") from None
    if year < EARLIEST_BIRTH_YEAR:
        raise InvalidIdNumber(f"birth year {year} is before {EARLIEST_BIRTH_YEAR}")
    if born > today:
        raise InvalidIdNumber(f"birth date {born.isoformat()} is in the future")
    return born


def birth_date(id_number: str) -> date:
    """The birth date of a valid ID number."""
    value = validate_id_number(id_number)
    return date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def mask_id_number(id_number: str) -> str:
    """``110105199001011234`` -> ``110105********1234``: for every display and export."""
    value = id_number.strip()
    if len(value) == LENGTH:
        return value[:6] + _MASK + value[-4:]
    if len(value) <= 4:
        return "*" * len(value)
    return "*" * (len(value) - 4) + value[-4:]
