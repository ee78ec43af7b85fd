"""The data key: a 256-bit secret kept outside the database.

A key is written as one line of text, ``civicdesk-data-key-1:`` and 43 characters of
URL-safe base64. The same text is the content of the key file (0600, beside the settings
file, made by ``db upgrade``) and the value of ``CIVICDESK_DATA_KEY`` (for a PostgreSQL hall,
where every station needs the one key). Two working keys are derived from the secret, one to
encrypt and one for the look-up hashes, so neither use weakens the other.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from services.privacy.errors import DataKeyError
from services.privacy.files import write_private_file

KEY_ENV_VAR = "CIVICDESK_DATA_KEY"
KEY_FILE_NAME = "civicdesk.key"
PREFIX = "civicdesk-data-key-1:"
SECRET_BYTES = 32


@dataclass(frozen=True)
class DataKey:
    secret: bytes = field(repr=False)

    @property
    def key_id(self) -> str:
        """A short name of the key, stored in the database to tell a wrong key at start.

        A one-way digest: it names the key without revealing it.
        """
        return hashlib.sha256(b"civicdesk key id\0" + self.secret).hexdigest()[:16]

    def derive(self, purpose: bytes) -> bytes:
        return hmac.digest(self.secret, b"civicdesk\0" + purpose, "sha256")

    def text(self) -> str:
        return PREFIX + base64.urlsafe_b64encode(self.secret).decode("ascii").rstrip("=")


def new_key() -> DataKey:
    return DataKey(secrets.token_bytes(SECRET_BYTES))


def parse_key(text: str, where: str) -> DataKey:
    """The key written in ``text``; ``where`` names its origin for the error message."""
    value = text.strip()
    if not value.startswith(PREFIX):
        raise DataKeyError(
            f"{where} is not a CivicDesk data key (it should start with {PREFIX!r})."
        )
    encoded = value[len(PREFIX) :]
    try:
        secret = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
    except (binascii.Error, ValueError):
        secret = b""
    if len(secret) != SECRET_BYTES:
        raise DataKeyError(f"{where} holds a damaged data key (not {SECRET_BYTES} bytes).")
    return DataKey(secret)


def read_key_file(path: Path) -> DataKey:
    try:
        text = path.read_text(encoding="ascii")
    except UnicodeDecodeError:
        raise DataKeyError(f"The key file {path} is not a CivicDesk data key.") from None
    except OSError as exc:
        raise DataKeyError(f"The key file {path} cannot be read: {exc.strerror or exc}.") from None
    return parse_key(text, f"The key file {path}")


def write_key_file(path: Path, key: DataKey) -> None:
    """Write a new key file, 0600 in a 0700 folder; refuses to overwrite one."""
    try:
        write_private_file(path, (key.text() + "\n").encode("ascii"))
    except FileExistsError:
        raise DataKeyError(f"The key file {path} already exists; it is not replaced.") from None
    except OSError as exc:
        raise DataKeyError(
            f"The key file {path} cannot be written: {exc.strerror or exc}. Make its folder "
            f"writable, or name another place with data_key_file, or set {KEY_ENV_VAR}."
        ) from None
