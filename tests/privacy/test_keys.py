"""The data key's text form, its file, and where a station looks for it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from services.core.settings import load_settings
from services.privacy.cipher import lookup_hash, seal, unseal
from services.privacy.errors import DataKeyError
from services.privacy.keyring import key_file_for
from services.privacy.keys import new_key, parse_key, read_key_file, write_key_file


def test_a_key_survives_its_text_form_and_other_text_is_refused() -> None:
    key = new_key()
    assert parse_key(key.text() + "\n", "here") == key
    assert key.key_id == parse_key(key.text(), "here").key_id
    assert key.text() not in repr(key)
    for text, says in (
        ("", "is not a CivicDesk data key"),
        ("hunter2", "is not a CivicDesk data key"),
        ("civicdesk-data-key-1:abc", "damaged data key"),
        ("civicdesk-data-key-1:" + "!" * 43, "damaged data key"),
    ):
        with pytest.raises(DataKeyError, match=says):
            parse_key(text, "CIVICDESK_DATA_KEY")


def test_the_key_file_is_private_and_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config" / "civicdesk.key"
    key = new_key()
    write_key_file(path, key)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert read_key_file(path) == key
    with pytest.raises(DataKeyError, match="already exists"):
        write_key_file(path, new_key())
    assert read_key_file(path) == key
    path.write_bytes(b"\xff\xfe")
    with pytest.raises(DataKeyError, match="is not a CivicDesk data key"):
        read_key_file(path)


def test_the_key_file_sits_beside_the_settings_unless_named(tmp_path: Path) -> None:
    settings_file = tmp_path / "hall" / "civicdesk.toml"
    settings_file.parent.mkdir()
    settings_file.write_text("")
    assert key_file_for(load_settings(settings_file)) == tmp_path / "hall" / "civicdesk.key"
    settings_file.write_text('data_key_file = "/media/usb/civicdesk.key"\n')
    assert key_file_for(load_settings(settings_file)) == Path("/media/usb/civicdesk.key")


def test_sealing_is_randomised_and_hashes_are_keyed() -> None:
    key, other = new_key(), new_key()
    first, second = (
        seal("13812345678", "resident.phone", key),
        seal("13812345678", "resident.phone", key),
    )
    assert first != second
    assert unseal(first, "resident.phone", key) == unseal(second, "resident.phone", key)
    assert lookup_hash("13812345678", "phone", key) == lookup_hash("13812345678", "phone", key)
    assert lookup_hash("13812345678", "phone", key) != lookup_hash("13812345678", "phone", other)
    assert lookup_hash("13812345678", "phone", key) != lookup_hash("13812345678", "id_number", key)


def test_a_key_file_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(DataKeyError, match="cannot be written: Not a directory"):
        write_key_file(blocker / "civicdesk.key", new_key())
