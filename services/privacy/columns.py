"""Encrypted columns and the look-up hashes kept beside them.

``SealedString`` encrypts on the way into the database and decrypts on the way out, so the
services read and write plain text. ``keep_lookup_hash`` makes an ORM attribute keep its hash
column in step whenever it is set. Only the casework tables use them; the queue's tables do
not, so issuing and calling tickets never encrypt anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.types import TypeDecorator

from services.privacy.cipher import SEALED_LENGTH, lookup_hash, seal, unseal

HASH_LENGTH = 64  # hex of SHA-256


class SealedString(TypeDecorator[str]):
    """Text stored sealed with the data key (``services.privacy.cipher``)."""

    impl = String
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__(SEALED_LENGTH)
        self.column = column

    def process_bind_param(self, value: str | None, _dialect: Dialect) -> str | None:
        return None if value is None else seal(value, self.column)

    def process_result_value(self, value: Any, _dialect: Dialect) -> str | None:
        return None if value is None else unseal(str(value), self.column)


@dataclass(frozen=True)
class LookupHash:
    """``hash_column`` of ``table`` holds the ``kind`` hash of ``part`` of ``source``."""

    table: str
    hash_column: str
    source: str
    kind: str
    part: Callable[[str], str]


# Every hash kept by keep_lookup_hash: db rotate-key recomputes them all.
LOOKUP_HASHES: list[LookupHash] = []


def whole(value: str) -> str:
    return value


def id_tail(id_number: str) -> str:
    """What the counter's search box matches on: the last 4 characters."""
    return id_number[-4:]


def hash_or_none(value: str | None, kind: str) -> str | None:
    return lookup_hash(value, kind) if value else None


def keep_lookup_hash(
    attribute: InstrumentedAttribute[Any],
    hash_column: str,
    kind: str,
    part: Callable[[str], str] = whole,
) -> None:
    """Whenever ``attribute`` is set, set ``hash_column`` to the hash of (part of) it.

    ``kind`` names what is hashed ("id_number", "id_tail", "phone"): equal values of one
    kind hash alike in every table, so a person's ID number finds them everywhere.
    """
    table_name = attribute.class_.__tablename__
    LOOKUP_HASHES.append(LookupHash(table_name, hash_column, attribute.key, kind, part))

    @event.listens_for(attribute, "set")
    def _rehash(target: Any, value: str | None, _old: Any, _initiator: Any) -> None:
        setattr(target, hash_column, hash_or_none(part(value) if value else None, kind))
