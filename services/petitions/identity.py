"""The one place where a petitioner's ID number and phone are written and read.

Column encryption of personal numbers (issue 14) switches these two functions to the
encrypted columns; nothing else touches ``Petitioner.id_number`` or ``Petitioner.phone``.
``identity_key`` is what repeat petitions are matched on, so it must not need the clear
number: a digest of the normalised ID number (or of name and phone when there is none).
"""

from __future__ import annotations

import hashlib

from services.petitions.models import Petitioner


def identity_key(name: str, id_number: str | None, phone: str) -> str:
    """Who a petitioner is, for matching: the same person gives the same key."""
    basis = f"id:{id_number}" if id_number else f"name:{name}|phone:{''.join(phone.split())}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def store_identity(row: Petitioner, id_number: str | None, phone: str) -> None:
    row.id_number = id_number
    row.phone = phone
    row.identity_key = identity_key(row.name, id_number, phone)


def read_identity(row: Petitioner) -> tuple[str | None, str]:
    """The clear ID number and phone; callers mask them before anyone else sees them."""
    return row.id_number, row.phone
