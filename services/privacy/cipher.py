"""Column values sealed with AES-GCM, and keyed hashes for exact look-up.

A sealed value reads ``v1:KEYID:BASE64`` where BASE64 holds a random 96-bit nonce, the
ciphertext and the 128-bit tag. The plaintext is padded to a fixed block first, so a stored
value does not betray the length of a phone number either. The column's name is bound in as
associated data: a value copied into another column does not open. A wrong key or a changed
byte raises ``DataKeyError``; a garbled value never comes out.

The look-up hash is HMAC-SHA256 under a key derived from the data key: equal values give
equal hashes, so ``WHERE id_number_hash = ?`` finds a resident, but without the key a hash
cannot be tested against the few billion possible ID numbers.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
from functools import lru_cache
from typing import TYPE_CHECKING

from services.privacy.errors import DataKeyError, DataKeyMismatch
from services.privacy.keyring import current_key, key_source
from services.privacy.keys import DataKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = "v1"
NONCE_BYTES = 12
PAD_BLOCK = 48  # longer than any ID or phone number stored: every value seals to one size
SEALED_LENGTH = 128  # the column width for sealed values


@lru_cache(maxsize=4)
def _aead(key: DataKey) -> AESGCM:
    # Imported on first use: a kiosk or a hall display never opens a resident, and their
    # start-up stays as quick as before.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key.derive(b"column encryption"))


@lru_cache(maxsize=4)
def _mac_key(key: DataKey) -> bytes:
    return key.derive(b"lookup hash")


def _pad(data: bytes) -> bytes:
    # ISO/IEC 7816-4: a 0x80 byte, then zeros up to the block.
    padded = data + b"\x80"
    return padded + b"\0" * (-len(padded) % PAD_BLOCK)


def _unpad(data: bytes) -> bytes:
    end = data.rstrip(b"\0")
    if not end.endswith(b"\x80"):
        raise ValueError("bad padding")
    return end[:-1]


def seal(value: str, column: str, key: DataKey | None = None) -> str:
    key = key or current_key()
    nonce = os.urandom(NONCE_BYTES)
    sealed = _aead(key).encrypt(nonce, _pad(value.encode("utf-8")), column.encode("ascii"))
    encoded = base64.urlsafe_b64encode(nonce + sealed).decode("ascii").rstrip("=")
    return f"{VERSION}:{key.key_id}:{encoded}"


def is_sealed(stored: str) -> bool:
    return stored.startswith(VERSION + ":")


def key_id_of(stored: str) -> str | None:
    parts = stored.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == VERSION else None


def unseal(stored: str, column: str, key: DataKey | None = None) -> str:
    key = key or current_key()
    version, _, rest = stored.partition(":")
    key_id, _, encoded = rest.partition(":")
    if version != VERSION or not encoded:
        raise DataKeyError(
            f"A stored {column} is not in CivicDesk's encrypted form: the database was "
            "changed by another program, or its upgrade did not finish (run db upgrade)."
        )
    if key_id != key.key_id:
        raise DataKeyMismatch(
            f"The residents' data in this database was encrypted with data key {key_id}, but "
            f"{key_source()} holds key {key.key_id}. Use the key file of this database."
        )
    from cryptography.exceptions import InvalidTag

    try:
        raw = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        plain = _aead(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], column.encode("ascii"))
        return _unpad(plain).decode("utf-8")
    except (InvalidTag, binascii.Error, ValueError):
        raise DataKeyError(
            f"A stored {column} fails its integrity check: it was changed outside CivicDesk "
            "or the database is damaged (restore it from a backup)."
        ) from None


def lookup_hash(value: str, kind: str, key: DataKey | None = None) -> str:
    """The keyed hash of ``value`` (``kind`` is "id_number", "id_tail" or "phone")."""
    key = key or current_key()
    message = kind.encode("ascii") + b"\0" + value.encode("utf-8")
    return hmac.new(_mac_key(key), message, "sha256").hexdigest()
