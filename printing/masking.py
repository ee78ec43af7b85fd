"""Masks personal identifiers before they reach any printout, preview or export."""

from __future__ import annotations

_STAR = "*"
_SHORTEST_MASKABLE = 8


def _keep_ends(value: str, head: int, tail: int) -> str:
    return value[:head] + _STAR * (len(value) - head - tail) + value[len(value) - tail :]


def mask_id_number(id_number: str) -> str:
    """Mask a resident ID number, keeping only the region code and the last digits.

    18-character IDs keep the first 6 and the last 4 characters
    (``110105199001011234`` -> ``110105********1234``); 15-digit legacy IDs keep
    6 + 3. Anything shorter than 8 characters becomes all stars; other lengths
    keep 6 + 4 when that still hides something, else 2 + 2.
    """
    value = id_number.strip()
    if len(value) < _SHORTEST_MASKABLE:
        return _STAR * len(value)
    if len(value) == 15:
        return _keep_ends(value, 6, 3)
    if len(value) > 6 + 4 + 2:
        return _keep_ends(value, 6, 4)
    return _keep_ends(value, 2, 2)


def mask_phone(phone: str) -> str:
    """Mask a phone number: ``13812345678`` -> ``138****5678``.

    Numbers with fewer than 8 characters are fully starred; other lengths keep
    the first 3 and the last 4 characters.
    """
    value = phone.strip()
    if len(value) < _SHORTEST_MASKABLE:
        return _STAR * len(value)
    return _keep_ends(value, 3, 4)
