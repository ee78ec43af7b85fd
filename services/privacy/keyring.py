"""Which data key this process uses, and where it comes from.

``CIVICDESK_DATA_KEY`` wins when set (a PostgreSQL hall gives every station the same key that
way); otherwise the key file, by default ``civicdesk.key`` beside the settings file. The key
is read once and kept; ``use_key_file`` (at start, from the settings) and ``forget_key`` (after
a rotation, and in tests) reset it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from services.core.settings import Settings, default_config_path
from services.privacy.errors import DataKeyError, DataKeyMissing
from services.privacy.keys import (
    KEY_ENV_VAR,
    KEY_FILE_NAME,
    DataKey,
    new_key,
    parse_key,
    read_key_file,
    write_key_file,
)

_lock = threading.Lock()
_key_file: Path | None = None
_loaded: tuple[str, DataKey] | None = None  # (where it came from, the key)


def key_file_for(settings: Settings) -> Path:
    """The key file a station with these settings uses."""
    if settings.data_key_file:
        return Path(settings.data_key_file).expanduser()
    config = settings.source or default_config_path()
    return config.parent / KEY_FILE_NAME


def use_key_file(path: Path | None) -> None:
    """Take the key from ``path`` from now on (unless ``CIVICDESK_DATA_KEY`` is set)."""
    global _key_file, _loaded
    with _lock:
        _key_file = path
        _loaded = None


def forget_key() -> None:
    global _loaded
    with _lock:
        _loaded = None


def key_file() -> Path:
    return _key_file or default_config_path().parent / KEY_FILE_NAME


def key_source() -> str:
    """Where the key comes from, in words, for messages."""
    if os.environ.get(KEY_ENV_VAR):
        return KEY_ENV_VAR
    return f"the key file {key_file()}"


def current_key() -> DataKey:
    """This process's data key; ``DataKeyMissing`` or ``DataKeyError`` saying what to do."""
    global _loaded
    env_text = os.environ.get(KEY_ENV_VAR)
    source = f"env:{env_text}" if env_text else f"file:{key_file()}"
    loaded = _loaded
    if loaded is not None and loaded[0] == source:
        return loaded[1]
    with _lock:
        if env_text:
            key = parse_key(env_text, KEY_ENV_VAR)
        else:
            path = key_file()
            if not path.exists():
                raise DataKeyMissing(
                    f"There is no data key: {path} does not exist and {KEY_ENV_VAR} is not set. "
                    "Copy the key file from the station that made the database (or from your "
                    "key backup) to that place, or set the variable."
                )
            key = read_key_file(path)
        _loaded = (source, key)
        return key


def ensure_key() -> Path | None:
    """Make a key file if there is no key at all; returns the new file, else None."""
    if os.environ.get(KEY_ENV_VAR):
        return None
    path = key_file()
    if path.exists():
        return None
    try:
        write_key_file(path, new_key())
    except DataKeyError:
        if path.exists():
            return None  # another station made it a moment ago
        raise
    forget_key()
    return path
