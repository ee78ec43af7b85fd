"""Re-sealing every stored ID and phone number: when the encryption is first switched on
(migration 0006, from plain text), when the key is rotated, and on a downgrade (to plain
text). One pass over the two casework tables that hold them, through Core, in the caller's
transaction."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, bindparam, column, select, table, update

from services.privacy.cipher import lookup_hash, seal, unseal
from services.privacy.columns import id_tail
from services.privacy.keys import DataKey


def _whole(value: str) -> str:
    return value


SEALED_COLUMNS: dict[str, tuple[str, ...]] = {
    "resident": ("id_number", "phone"),
    "mediation_party": ("id_number", "phone", "agent_phone"),
}
# table -> (hash column, the column it hashes, kind of hash, the part hashed)
HASH_COLUMNS: dict[str, tuple[tuple[str, str, str, Callable[[str], str]], ...]] = {
    "resident": (
        ("id_number_hash", "id_number", "id_number", _whole),
        ("id_tail_hash", "id_number", "id_tail", id_tail),
        ("phone_hash", "phone", "phone", _whole),
    ),
    "mediation_party": (
        ("id_number_hash", "id_number", "id_number", _whole),
        ("phone_hash", "phone", "phone", _whole),
    ),
}
_BATCH = 1000


def reseal_rows(connection: Connection, old: DataKey | None, new: DataKey | None) -> dict[str, int]:
    """Re-encrypt from ``old`` to ``new`` (None: plain text) and recompute the hashes.

    Returns the number of rows per table. A value that does not open under ``old`` raises
    ``DataKeyError`` and, the transaction being the caller's, nothing is changed.
    """
    counts: dict[str, int] = {}
    for name, sealed in SEALED_COLUMNS.items():
        hashes = HASH_COLUMNS[name] if new is not None else ()
        written = (*sealed, *(h[0] for h in hashes))
        rows_table = table(name, column("id"), *(column(c) for c in written))
        statement = (
            update(rows_table)
            .where(rows_table.c.id == bindparam("row_id"))
            .values({c: bindparam(f"new_{c}") for c in written})
        )
        rows = connection.execute(
            select(rows_table.c.id, *(rows_table.c[c] for c in sealed)).order_by(rows_table.c.id)
        ).all()
        batch: list[dict[str, object]] = []
        for row in rows:
            plain = {
                c: value if value is None or old is None else unseal(value, f"{name}.{c}", old)
                for c, value in zip(sealed, row[1:], strict=True)
            }
            values: dict[str, object] = {"row_id": row[0]}
            for c, value in plain.items():
                values[f"new_{c}"] = (
                    seal(value, f"{name}.{c}", new)
                    if new is not None and value is not None
                    else value
                )
            for hash_column, source, kind, part in hashes:
                value = plain[source]
                values[f"new_{hash_column}"] = (
                    lookup_hash(part(value), kind, new) if value else None
                )
            batch.append(values)
            if len(batch) == _BATCH:
                connection.execute(statement, batch)
                batch = []
        if batch:
            connection.execute(statement, batch)
        counts[name] = len(rows)
    return counts
