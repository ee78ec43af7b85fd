"""Residents' ID and phone numbers encrypted at the column level (issue 14.11): nothing in a
copied database or backup reveals them, a missing or wrong key stops a station at start, the
look-ups, masks and audited reveals work as before, and the key can be rotated."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from services.casework.residents import (
    find_or_create_resident,
    find_resident_by_id_number,
    get_resident,
    reveal_id_number,
    search_residents,
)
from services.core.actors import SYSTEM
from services.core.errors import InvalidIdNumber, PermissionDenied, ValidationError
from services.mediation import queries as mediation_queries
from services.privacy.errors import DataKeyError, DataKeyMismatch, DataKeyMissing
from services.privacy.keyring import use_key_file
from services.privacy.keys import KEY_ENV_VAR, new_key, read_key_file
from services.privacy.rotation import rotate_data_key
from services.queue import ops as queue_ops
from services.storage.backup import backup_sqlite
from services.storage.bootstrap import prepare_database
from services.storage.creation import create_or_upgrade
from services.storage.db import Database, open_database
from services.storage.migrate import alembic_config, upgrade
from services.storage.models import AuditLog
from tests.conftest import MORNING
from tests.privacy.keys import TEST_DATA_KEY
from tests.services.mediation_helpers import (
    COUNTER,
    ID_WANG,
    ID_ZHANG,
    MEDIATOR,
    ORG_CODE,
    Clock,
    register,
)

PHONES = ("13812345678", "13987654321", "13700000000", "010-12345678", "13611112222")
SECRETS = (ID_ZHANG, ID_WANG, ORG_CODE, *PHONES)


def fill(database: Database) -> tuple[int, int]:
    """A resident and a mediation case with three parties; returns (resident id, case id)."""
    with database.writer() as session:
        resident = find_or_create_resident(
            session, SYSTEM, ID_ZHANG, "张秀兰", "13611112222", now=MORNING
        )
        case = register(session, Clock())
    return resident.id, case.id


def raw_values(database: Database) -> list[str]:
    """Every value of every table, read past the ORM as text."""
    values: list[str] = []
    with database.engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            for row in connection.execute(text(f"SELECT * FROM {name}")):
                values.extend(str(value) for value in row)
    return values


def test_no_table_holds_an_id_or_phone_number_in_clear(database: Database) -> None:
    fill(database)
    values = raw_values(database)
    assert [v for v in values if any(secret in v for secret in SECRETS)] == []
    with database.engine.connect() as connection:
        stored = connection.execute(text("SELECT id_number, phone FROM resident")).one()
        parties = connection.execute(text("SELECT id_number, phone FROM mediation_party")).all()
    assert all(value.startswith("v1:") for value in stored)
    assert all(value.startswith("v1:") for row in parties for value in row if value)
    # Padded to one size: the stored form does not tell a mobile from a landline.
    assert len({len(value) for row in parties for value in row if value}) == 1


def test_a_copied_file_or_backup_reveals_nothing(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    try:
        fill(database)
        backup = backup_sqlite(database, tmp_path / "copy.sqlite3")
        path = Path(sqlite_url.removeprefix("sqlite:///"))
        files = [path, path.with_name(path.name + "-wal"), backup]
        for file in files:
            data = file.read_bytes() if file.exists() else b""
            found = [s for s in SECRETS if s.encode() in data]
            assert found == [], file
        assert b"v1:" in backup.read_bytes()
    finally:
        database.dispose()


def test_look_ups_masks_and_the_audited_reveal_work_as_before(database: Database) -> None:
    resident_id, case_id = fill(database)
    with database.writer() as session:
        found = find_resident_by_id_number(session, SYSTEM, ID_ZHANG.lower())
        assert found is not None
        assert (found.id, found.id_number_masked) == (resident_id, "110105********002X")
        assert find_resident_by_id_number(session, SYSTEM, ID_WANG) is None
        with pytest.raises(InvalidIdNumber):
            find_resident_by_id_number(session, SYSTEM, "110105194912310021")
        for query in (ID_ZHANG, ID_ZHANG[-4:], "13611112222", "秀兰"):
            assert [r.id for r in search_residents(session, SYSTEM, query)] == [resident_id]
        assert search_residents(session, SYSTEM, "13611112223") == []
        assert get_resident(session, SYSTEM, resident_id).phone == "13611112222"
        assert reveal_id_number(session, SYSTEM, resident_id, "公证") == ID_ZHANG

        detail = mediation_queries.case_detail(session, SYSTEM, case_id)
        parties = {p.name: p for p in detail.case.parties}
        assert parties["张秀兰"].id_number_masked == "110105********002X"
        assert parties["王建国"].agent_phone == "13700000000"
        assert (
            mediation_queries.reveal_party_id(session, SYSTEM, parties["王建国"].id, "调解")
            == ID_WANG
        )


def test_a_wrong_key_stops_at_start_and_never_gives_garbled_data(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident_id, _ = fill(database)
    other = new_key()
    monkeypatch.setenv(KEY_ENV_VAR, other.text())
    with pytest.raises(DataKeyMismatch, match=r"encrypted with data key f0549eb21bf8950a"):
        prepare_database(database)
    # Past the start check, reading still refuses rather than returning noise.
    with database.reader() as session, pytest.raises(DataKeyMismatch):
        get_resident(session, SYSTEM, resident_id)

    monkeypatch.setenv(KEY_ENV_VAR, "civicdesk-data-key-1:short")
    with pytest.raises(DataKeyError, match="CIVICDESK_DATA_KEY holds a damaged data key"):
        prepare_database(database)


def test_a_missing_key_names_the_file_and_the_variable(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(KEY_ENV_VAR)
    use_key_file(tmp_path / "nowhere" / "civicdesk.key")
    database = open_database(sqlite_url)
    try:
        with pytest.raises(DataKeyMissing) as caught:
            prepare_database(database)
    finally:
        database.dispose()
        use_key_file(None)
    message = str(caught.value)
    assert "needs data key f0549eb21bf8950a" in message
    assert str(tmp_path / "nowhere" / "civicdesk.key") in message
    assert KEY_ENV_VAR in message
    assert not (tmp_path / "nowhere").exists(), "an encrypted database never gets a new key"


def test_a_changed_or_moved_value_fails_its_integrity_check(database: Database) -> None:
    resident_id, _ = fill(database)
    with database.engine.begin() as connection:
        sealed = connection.execute(text("SELECT id_number FROM resident")).scalar_one()
        flipped = sealed[:-3] + ("A" if sealed[-3] != "A" else "B") + sealed[-2:]
        connection.execute(text("UPDATE resident SET id_number = :v"), {"v": flipped})
    with database.reader() as session, pytest.raises(DataKeyError, match="integrity check"):
        get_resident(session, SYSTEM, resident_id)
    with database.engine.begin() as connection:
        # The ID number put in the phone column: sealed for another column, it does not open.
        connection.execute(text("UPDATE resident SET id_number = :v, phone = :v"), {"v": sealed})
    with database.reader() as session, pytest.raises(DataKeyError, match="integrity check"):
        get_resident(session, SYSTEM, resident_id)


def test_rotate_key_re_encrypts_everything_and_swaps_the_key_files(
    database: Database, key_file: Path
) -> None:
    resident_id, case_id = fill(database)
    before = raw_values(database)
    rotation = rotate_data_key(database)

    assert rotation.old_key_id == "f0549eb21bf8950a" != rotation.new_key_id
    assert (rotation.residents, rotation.parties) == (1, 3)
    assert rotation.rows == {"resident": 1, "mediation_party": 3, "petitioner": 0}
    assert rotation.key_file == key_file
    assert read_key_file(key_file).key_id == rotation.new_key_id
    assert rotation.retired_key_file is not None
    assert read_key_file(rotation.retired_key_file).text() == TEST_DATA_KEY
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert not key_file.with_name("civicdesk.key.new").exists()
    sealed_before = {v for v in before if v.startswith("v1:f0549eb21bf8950a:")}
    assert len(sealed_before) == 1 * 2 + 3 + 3 + 1  # resident 2, parties: ids, phones, agent
    after = raw_values(database)
    assert sealed_before.isdisjoint(after)
    assert not any(v.startswith("v1:f0549eb21bf8950a:") for v in after)

    prepare_database(database)  # the new key opens it
    with database.writer() as session:
        found = find_resident_by_id_number(session, SYSTEM, ID_ZHANG)
        assert found is not None
        assert found.id == resident_id
        assert [r.id for r in search_residents(session, SYSTEM, "13611112222")] == [resident_id]
        detail = mediation_queries.case_detail(session, SYSTEM, case_id)
        assert {p.phone for p in detail.case.parties} == {
            "13812345678",
            "13987654321",
            "010-12345678",
        }

    use_key_file(rotation.retired_key_file)  # a station that still has the old key
    with pytest.raises(DataKeyMismatch):
        prepare_database(database)


def test_rotate_key_with_the_key_in_the_environment(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident_id, _ = fill(database)
    use_key_file(tmp_path / "civicdesk.key")
    try:
        rotation = rotate_data_key(database)
        assert rotation.set_env_var
        assert rotation.key_file == tmp_path / "civicdesk.key.new"
        with pytest.raises(DataKeyMismatch):
            prepare_database(database)
        monkeypatch.setenv(KEY_ENV_VAR, rotation.key_file.read_text())
        prepare_database(database)
        with database.reader() as session:
            assert get_resident(session, SYSTEM, resident_id).phone == "13611112222"
    finally:
        use_key_file(None)


def test_an_interrupted_rotation_is_finished_at_the_next_start(
    database: Database, key_file: Path
) -> None:
    fill(database)
    rotation = rotate_data_key(database)
    # As if the process had died after the commit, before swapping the files.
    os.replace(key_file, key_file.with_name("civicdesk.key.new"))
    os.replace(rotation.retired_key_file or Path(), key_file)
    use_key_file(key_file)
    prepare_database(database)
    assert read_key_file(key_file).key_id == rotation.new_key_id


def test_the_migration_encrypts_existing_rows_and_the_downgrade_restores_them(
    database: Database,
) -> None:
    resident_id, _ = fill(database)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        # To the revision before the data-at-rest migration, undoing it and any later one.
        before = ScriptDirectory.from_config(config).get_revision("0006_privacy").down_revision
        command.downgrade(config, str(before))
    with database.engine.connect() as connection:
        clear = connection.execute(text("SELECT id_number, phone FROM resident")).one()
        parties = set(connection.execute(text("SELECT id_number FROM mediation_party")).scalars())
    assert tuple(clear) == (ID_ZHANG, "13611112222")
    assert parties == {ID_ZHANG, ID_WANG, ORG_CODE}

    upgrade(database)
    assert [v for v in raw_values(database) if any(s in v for s in SECRETS)] == []
    with database.writer() as session:
        found = find_resident_by_id_number(session, SYSTEM, ID_ZHANG)
        assert found is not None
        assert found.id == resident_id
        assert [r.id for r in search_residents(session, SYSTEM, ID_ZHANG[-4:])] == [resident_id]


def test_only_a_role_allowed_to_reveal_sees_the_parties_phones_and_it_is_audited(
    database: Database,
) -> None:
    _, case_id = fill(database)
    with database.writer() as session:
        with pytest.raises(PermissionDenied):
            mediation_queries.reveal_party_phones(session, COUNTER, [case_id], "看看")
        with pytest.raises(ValidationError):
            mediation_queries.reveal_party_phones(session, MEDIATOR, [case_id], " ")
        mediation_queries.reveal_party_phones(session, MEDIATOR, [case_id], "约调解时间")
        audits = session.scalars(
            select(AuditLog).where(AuditLog.action.like("mediation.reveal%"))
        ).all()
    assert [(a.actor, a.details) for a in audits] == [(MEDIATOR.name, {"reason": "约调解时间"})]


def test_a_case_is_found_by_a_party_s_full_id_number(database: Database) -> None:
    _, case_id = fill(database)
    with database.reader() as session:
        assert [c.id for c in mediation_queries.list_cases(session, SYSTEM, query=ID_WANG)] == [
            case_id
        ]
        assert [
            c.id for c in mediation_queries.list_cases(session, SYSTEM, query=ID_WANG.lower())
        ] == [case_id]
        assert mediation_queries.list_cases(session, SYSTEM, query=ID_WANG[:-1] + "0") == []


def test_the_queue_never_touches_the_data_key(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issuing and calling tickets stay off the encryption (the queue benchmarks' path)."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the queue used the data key")

    for name in ("seal", "unseal"):
        monkeypatch.setattr(f"services.privacy.columns.{name}", refuse)
    monkeypatch.setattr("services.privacy.cipher.current_key", refuse)
    with database.writer() as session:
        ticket = queue_ops.issue_ticket(session, SYSTEM, "A", now=MORNING)
    with database.writer() as session:
        called = queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True, now=MORNING)
    assert called.code == ticket.code


def test_a_station_s_first_start_makes_the_key_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv(KEY_ENV_VAR)
    key_path = tmp_path / "config" / "civicdesk.key"
    use_key_file(key_path)
    database = open_database(f"sqlite:///{tmp_path / 'data' / 'civicdesk.sqlite3'}")
    try:
        with caplog.at_level(logging.WARNING):
            assert create_or_upgrade(database) is True  # a station's first start
        assert [r.getMessage() for r in caplog.records] == [
            f"Made the data key {key_path}, which encrypts residents' ID and phone numbers: "
            "back it up apart from the database."
        ]
        assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
        made = read_key_file(key_path)
        resident_id, _ = fill(database)
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            assert prepare_database(database) is False
        assert caplog.records == []
        assert read_key_file(key_path) == made
        with database.reader() as session:
            assert get_resident(session, SYSTEM, resident_id).phone == "13611112222"
    finally:
        database.dispose()
        use_key_file(None)
