"""The data key and the phone masks on the real command line (issue 14.11 and 14.12)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from services.core.actors import SYSTEM
from services.mediation import queries as mediation_queries
from services.privacy.keys import KEY_ENV_VAR, new_key
from services.storage.db import open_database
from services.storage.models import AuditLog
from tests.cli.test_cli import Cli
from tests.databases import PostgresFactory
from tests.privacy.keys import TEST_DATA_KEY
from tests.privacy.test_encryption import fill
from tests.services.mediation_helpers import ID_WANG, ID_ZHANG


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_db_upgrade_makes_the_key_and_a_missing_or_wrong_key_is_one_clear_line(
    tmp_path: Path,
) -> None:
    cli = Cli(f"sqlite:///{tmp_path / 'data' / 'hall.sqlite3'}", tmp_path)
    del cli.env[KEY_ENV_VAR]
    key = tmp_path / "config" / "CivicDesk" / "civicdesk.key"

    made = cli("db", "upgrade").text()
    assert f"Made the data key {key}" in made
    assert mode(key) == 0o600
    assert mode(key.parent) == 0o700

    saved = key.read_text()
    key.write_text(new_key().text())
    wrong = cli("queue", "status").error()
    assert "encrypted with data key" in wrong
    assert str(key) in wrong

    key.unlink()
    missing = cli("ticket", "issue", "--service", "A").error()
    assert "There is no data key" in missing
    assert not key.exists(), "an encrypted database never gets a new key by itself"

    key.write_text(saved)
    rotated = cli("db", "rotate-key", "--json").json()
    assert rotated["residents"] == rotated["parties"] == 0
    assert key.read_text() != saved
    assert Path(rotated["retired_key_file"]).read_text() == saved
    cli("queue", "status").text()  # the new key opens it


@pytest.mark.postgres
def test_a_postgresql_hall_takes_the_key_from_the_environment(
    postgres_factory: PostgresFactory, tmp_path: Path
) -> None:
    cli = Cli(postgres_factory.new_url(), tmp_path)
    cli.env[KEY_ENV_VAR] = new_key().text()
    for wrong in cli.run_all(["case", "list"], ["queue", "status"]):
        message = wrong.error()
        assert "encrypted with data key f0549eb21bf8950a" in message
        assert f"{KEY_ENV_VAR} holds key" in message
    cli.env[KEY_ENV_VAR] = TEST_DATA_KEY
    assert cli("case", "list").text().strip() == "No cases."


def test_case_show_and_list_mask_phones_unless_revealed_with_a_reason(
    sqlite_url: str, tmp_path: Path
) -> None:
    # On SQLite only: each run is a Python start; the reveal itself is tested on both
    # databases in test_encryption.py.
    db_url = sqlite_url
    database = open_database(db_url)
    try:
        _, case_id = fill(database)
        cli = Cli(db_url, tmp_path)
        with database.reader() as session:
            number = mediation_queries.case_detail(session, SYSTEM, case_id).case.number
        shown, listed, show_text, revealed, no_reason = cli.run_all(
            ["case", "show", number, "--json"],
            ["case", "list", "--json"],
            ["case", "show", number],
            ["case", "show", number, "--json", "--reveal", "--reason", "回访当事人"],
            ["case", "list", "--reveal"],
        )
        for run in (shown, listed, show_text):
            out = run.text()
            for phone in ("13812345678", "13987654321", "13700000000", "010-12345678"):
                assert phone not in out
            assert ID_ZHANG not in out
            assert ID_WANG not in out
        parties = shown.json()["case"]["case"]["parties"]
        phones = {p["name"]: (p["phone"], p["agent_phone"]) for p in parties}
        assert phones["张秀兰"] == ("138****5678", None)
        assert phones["王建国"] == ("139****4321", "137****0000")
        assert phones["幸福物业服务有限公司"] == ("010*****5678", None)
        assert "138****5678" in show_text.text()
        listed_phones = {p["phone"] for c in listed.json()["cases"] for p in c["parties"]}
        assert listed_phones == {"138****5678", "139****4321", "010*****5678"}

        full = revealed.json()["case"]["case"]["parties"]
        assert {p["phone"] for p in full} == {"13812345678", "13987654321", "010-12345678"}
        assert ID_ZHANG not in revealed.stdout, "--reveal shows phones; ID numbers stay masked"
        assert "--reveal needs --reason" in no_reason.error()
        with database.reader() as session:
            audits = session.scalars(
                select(AuditLog).where(AuditLog.action == "mediation.reveal_phones")
            ).all()
        assert [(a.actor, a.target_id) for a in audits] == [("system", number)]
        assert json.dumps(audits[0].details, ensure_ascii=False) == '{"reason": "回访当事人"}'
    finally:
        database.dispose()


def test_a_station_with_the_wrong_key_stops_at_start_with_a_translated_message(
    sqlite_url: str, tmp_path: Path
) -> None:
    cli = Cli(sqlite_url, tmp_path)
    cli.env[KEY_ENV_VAR] = new_key().text()
    shot = tmp_path / "kiosk.png"
    process, _ = cli.start("kiosk", "--screenshot", str(shot), "--lang", "zh_CN")
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    assert "Traceback" not in err
    assert "无法打开居民数据：数据密钥缺失，或属于另一个数据库。" in err
    assert "encrypted with data key f0549eb21bf8950a" in err
    assert not shot.exists()
