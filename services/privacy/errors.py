"""What can be wrong with the data key; each error says what to do about it."""

from __future__ import annotations

from services.core.errors import CivicDeskError


class DataKeyError(CivicDeskError):
    """The data key is missing, unreadable, or not the key of this database."""

    code = "data_key"


class DataKeyMissing(DataKeyError):
    code = "data_key_missing"


class DataKeyMismatch(DataKeyError):
    """The key works, but the database was encrypted with another one."""

    code = "data_key_mismatch"
