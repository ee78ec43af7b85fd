"""The one place where a petitioner's ID number and phone are written and read.

Both are sealed with the data key (``services.privacy``), like residents' and parties'.
Repeat petitions are matched on ``identity_key``, the keyed hash of ``identity_basis``: the
ID number, or name and phone when there is none. Without the data key neither can be read
or guessed; ``db rotate-key`` re-seals the basis and recomputes the key.
"""

from __future__ import annotations

from services.petitions.models import Petitioner


def identity_basis(name: str, id_number: str | None, phone: str) -> str:
    """Who a petitioner is, for matching: the same person gives the same basis."""
    return f"id:{id_number}" if id_number else f"name:{name}|phone:{''.join(phone.split())}"


def store_identity(row: Petitioner, id_number: str | None, phone: str) -> None:
    row.id_number = id_number
    row.phone = phone
    row.identity_basis = identity_basis(row.name, id_number, phone)  # sets identity_key too


def read_identity(row: Petitioner) -> tuple[str | None, str]:
    """The clear ID number and phone; callers mask them before anyone else sees them."""
    return row.id_number, row.phone
