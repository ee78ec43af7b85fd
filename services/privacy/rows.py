"""Re-sealing every stored ID and phone number: when the encryption is first switched on
(migration 0006, from plain text, with the layout of that day), when the key is rotated (every
``SealedString`` column the models declare), and on a downgrade (to plain text). One pass per
table, through Core, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, bindparam, column, select, table, update

from services.privacy.cipher import lookup_hash, seal, unseal
from services.privacy.columns import LOOKUP_HASHES, LookupHash, SealedString
from services.privacy.keys import DataKey


@dataclass(frozen=True)
class SealedTable:
    """Where one table keeps sealed values: (column, the name sealed into it) pairs, and the
    hashes computed from them."""

    name: str
    sealed: tuple[tuple[str, str], ...]
    hashes: tuple[LookupHash, ...]


def live_layout(metadata: MetaData) -> list[SealedTable]:
    """Every ``SealedString`` column of the models, with the hashes kept beside them."""
    layout = []
    for model_table in metadata.sorted_tables:
        sealed = tuple(
            (c.name, c.type.column) for c in model_table.columns if isinstance(c.type, SealedString)
        )
        if sealed:
            hashes = tuple(h for h in LOOKUP_HASHES if h.table == model_table.name)
            layout.append(SealedTable(model_table.name, sealed, hashes))
    return layout


_BATCH = 1000


def reseal_rows(
    connection: Connection,
    layout: Sequence[SealedTable],
    old: DataKey | None,
    new: DataKey | None,
) -> dict[str, int]:
    """Re-encrypt from ``old`` to ``new`` (None: plain text) and recompute the hashes.

    Returns the number of rows per table. A value that does not open under ``old`` raises
    ``DataKeyError`` and, the transaction being the caller's, nothing is changed.
    """
    counts: dict[str, int] = {}
    for layout_table in layout:
        name = layout_table.name
        sealed = tuple(c for c, _ in layout_table.sealed)
        sealed_as = dict(layout_table.sealed)
        hashes = layout_table.hashes if new is not None else ()
        written = (*sealed, *(h.hash_column for h in hashes))
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
                c: value if value is None or old is None else unseal(value, sealed_as[c], old)
                for c, value in zip(sealed, row[1:], strict=True)
            }
            values: dict[str, object] = {"row_id": row[0]}
            for c, value in plain.items():
                values[f"new_{c}"] = (
                    seal(value, sealed_as[c], new)
                    if new is not None and value is not None
                    else value
                )
            for h in hashes:
                value = plain[h.source]
                values[f"new_{h.hash_column}"] = (
                    lookup_hash(h.part(value), h.kind, new) if value else None
                )
            batch.append(values)
            if len(batch) == _BATCH:
                connection.execute(statement, batch)
                batch = []
        if batch:
            connection.execute(statement, batch)
        counts[name] = len(rows)
    return counts
