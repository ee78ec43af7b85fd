"""Fixtures for the data key: the run's key by default, a key file, or none at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from services.privacy.keyring import use_key_file
from services.privacy.keys import KEY_ENV_VAR, parse_key, write_key_file
from tests.privacy.keys import TEST_DATA_KEY


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The run's key, in a key file instead of CIVICDESK_DATA_KEY."""
    path = tmp_path / "config" / "civicdesk.key"
    write_key_file(path, parse_key(TEST_DATA_KEY, "the test key"))
    monkeypatch.delenv(KEY_ENV_VAR)
    use_key_file(path)
    yield path
    use_key_file(None)
