"""Drill 7: wrong, foreign, damaged and half-made databases; bad URLs; outages as typed errors.

- A missing SQLite file is never created by an ordinary command; another program's database
  (SQLite or PostgreSQL) is refused untouched, even by ``db upgrade``; an empty one is
  created by ``db upgrade`` only.
- A damaged SQLite file (a broken header or broken pages) is one line naming the file and how
  to restore it, for every command.
- ``db upgrade`` on a full disk removes the file and folders it made.
- A MySQL URL, a control character in a path, ``--db ''``: one line; ``100%.db`` works.
- With PostgreSQL unreachable or its connection cut, the services API itself raises
  ``DatabaseUnavailable``.
"""

from __future__ import annotations

import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from cli.app import run_command
from services.core.actors import SYSTEM
from services.core.errors import DamagedDatabase, DatabaseUnavailable
from services.queue import ops as q
from services.storage.db import open_database
from tests.databases import SqliteFactory

pytestmark = pytest.mark.soak

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CIVICDESK_DB", raising=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run_command(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert "Traceback" not in err, err
    assert err.count("\n") == 1, err
    return err.strip()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a missing, foreign or empty database ----------------------------------------------------


def test_a_missing_file_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.db"
    for command in (["queue", "status"], ["ticket", "issue", "--service", "A"]):
        code, out, err = run(capsys, "--db", f"sqlite:///{target}", *command)
        assert code == 1
        assert out == ""
        line = one_line(err)
        assert f"No database at {target}" in line
        assert "python main.py db upgrade" in line
    assert not (tmp_path / "no").exists()
    # And without --db: the default embedded file is made by `db upgrade` or a station only.
    code, _, err = run(capsys, "queue", "status")
    assert code == 1
    assert "No database at" in one_line(err)
    assert not (tmp_path / "data").exists()


def test_an_empty_db_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "", "queue", "status")
    assert code == 2
    assert "--db needs a database URL" in one_line(err)


def test_a_foreign_sqlite_file_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "clinic.db"
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE patient (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO patient (name) VALUES ('someone')")
    connection.commit()
    connection.close()
    before = sha256(target)
    for command in (["ticket", "issue", "--service", "A"], ["db", "upgrade"], ["queue", "status"]):
        code, _, err = run(capsys, "--db", f"sqlite:///{target}", *command)
        assert code == 1, command
        line = one_line(err)
        assert "not a CivicDesk database" in line
        assert "patient" in line
    assert sha256(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("clinic")) == [
        "clinic.db"
    ]


def _pg_tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [str(name) for (name,) in rows]


@pytest.mark.postgres
def test_postgresql_foreign_is_refused_and_empty_is_created_by_upgrade_only(
    empty_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", empty_pg_url, "ticket", "issue", "--service", "A")
    assert code == 1
    assert "is empty" in one_line(err)
    assert _pg_tables(empty_pg_url) == []

    with psycopg.connect(empty_pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoice (id serial PRIMARY KEY, total numeric)")
    for command in (["db", "upgrade"], ["queue", "status"]):
        code, _, err = run(capsys, "--db", empty_pg_url, *command)
        assert code == 1
        assert "not a CivicDesk database" in one_line(err)
        assert "invoice" in err
    assert _pg_tables(empty_pg_url) == ["invoice"]

    with psycopg.connect(empty_pg_url, autocommit=True) as connection:
        connection.execute("DROP TABLE invoice")
    code, out, err = run(capsys, "--db", empty_pg_url, "db", "upgrade")
    assert code == 0, err
    assert "seeded" in out
    code, out, err = run(capsys, "--db", empty_pg_url, "ticket", "issue", "--service", "A")
    assert code == 0, err
    assert "A001" in out


# --- a damaged file ---------------------------------------------------------------------------


def _damaged_copies(factory: SqliteFactory, folder: Path) -> dict[str, Path]:
    folder.mkdir()
    header = folder / "header.sqlite3"
    pages = folder / "pages.sqlite3"
    for target in (header, pages):
        target.write_bytes(factory.template.read_bytes())
    with header.open("r+b") as file:
        file.write(b"this is no longer SQLite" * 4)
    with pages.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096 * 8)
    return {"header": header, "pages": pages}


def test_a_damaged_file_is_one_line_for_every_command(
    sqlite_factory: SqliteFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind, path in _damaged_copies(sqlite_factory, tmp_path / "damaged").items():
        for command in (
            ["queue", "status"],
            ["ticket", "issue", "--service", "A"],
            ["db", "upgrade"],
            ["service", "list"],
        ):
            code, _, err = run(capsys, "--db", f"sqlite:///{path}", *command)
            assert code == 1, (kind, command, err)
            line = one_line(err)
            assert f"The database file {path} is damaged" in line, (kind, command)
            assert "db restore" in line

        database = open_database(f"sqlite:///{path}")
        try:
            with pytest.raises(DamagedDatabase) as raised, database.writer() as session:
                q.issue_ticket(session, SYSTEM, "A")
            assert raised.value.path == str(path)
        finally:
            database.dispose()


# --- a creation that fails --------------------------------------------------------------------


def _limit_file_size() -> None:
    # A file may not grow past 16 KiB: the disk is "full" for the new database.
    resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, 16 * 1024))


def test_a_failed_creation_removes_what_it_made(tmp_path: Path) -> None:
    target = tmp_path / "new" / "hall" / "civicdesk.sqlite3"
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    command = [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        f"sqlite:///{target}",
        "db",
        "upgrade",
    ]
    full = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
        preexec_fn=_limit_file_size,
    )
    assert full.returncode == 1, full.stderr
    line = one_line(full.stderr)
    assert "full" in line or "disk" in line, line
    assert not (tmp_path / "new").exists()

    again = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr
    assert "seeded" in again.stdout


# --- URLs and paths ---------------------------------------------------------------------------


def test_urls_and_paths_are_one_line_and_a_percent_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for url, expected in (
        ("mysql://someone@somewhere/hall", "SQLite or PostgreSQL"),
        ("postgresql+psycopg2://someone@somewhere/hall", "psycopg 3"),
        (f"sqlite:///{tmp_path}/bad\x01name.db", "control character (U+0001)"),
        ("not a url", "Cannot use the database URL"),
    ):
        for command in (["queue", "status"], ["db", "upgrade"]):
            code, _, err = run(capsys, "--db", url, *command)
            assert code == 1, (url, err)
            assert expected in one_line(err), url
    assert list(tmp_path.iterdir()) == []

    percent = tmp_path / "100%.db"
    code, _, err = run(capsys, "--db", f"sqlite:///{percent}", "db", "upgrade")
    assert code == 0, err
    code, out, err = run(
        capsys, "--db", f"sqlite:///{percent}", "ticket", "issue", "--service", "B"
    )
    assert code == 0, err
    assert "B001" in out


# --- outages in the services API --------------------------------------------------------------


@pytest.mark.postgres
def test_the_services_api_raises_database_unavailable_on_postgresql(
    postgres_factory: object,
) -> None:
    unreachable = open_database("postgresql://nobody@127.0.0.1:1/hall")
    try:
        with pytest.raises(DatabaseUnavailable, match="not available"), unreachable.writer() as s:
            q.issue_ticket(s, SYSTEM, "A")
    finally:
        unreachable.dispose()

    url = postgres_factory.new_url()  # type: ignore[attr-defined]
    database = open_database(url)
    try:
        with database.writer() as session:
            q.issue_ticket(session, SYSTEM, "A")
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with psycopg.connect(make_url(url).render_as_string(hide_password=False)) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            with pytest.raises(DatabaseUnavailable):
                q.issue_ticket(session, SYSTEM, "A")
        with database.writer() as session:  # the pool recovers on its own
            assert q.issue_ticket(session, SYSTEM, "A").code == "A002"
    finally:
        database.dispose()


# --- checked backups, the check, restoring ----------------------------------------------------


def _no_leftovers(folder: Path, *allowed: str) -> None:
    assert sorted(p.name for p in folder.iterdir()) == sorted(allowed)


def test_backup_check_and_restore(
    sqlite_factory: SqliteFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = _damaged_copies(sqlite_factory, tmp_path / "damaged")["pages"]
    backups = tmp_path / "backups"
    backups.mkdir()
    bad_url = f"sqlite:///{damaged}"

    # A damaged database gives no backup, and says why.
    code, out, err = run(capsys, "--db", bad_url, "db", "backup", str(backups / "monday.sqlite3"))
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "damaged" in line
    assert "no backup was made" in line
    _no_leftovers(backups)
    code, _, err = run(capsys, "--db", bad_url, "db", "check")
    assert code == 1
    assert "malformed" in one_line(err)

    # A whole database: a checked backup, in one file.
    hall = tmp_path / "hall.sqlite3"
    hall.write_bytes(sqlite_factory.template.read_bytes())
    database = open_database(f"sqlite:///{hall}")
    with database.writer() as session:
        q.issue_ticket(session, SYSTEM, "C")
    database.dispose()
    good = backups / "sunday.sqlite3"
    code, out, err = run(capsys, "--db", f"sqlite:///{hall}", "db", "backup", str(good))
    assert code == 0, err
    assert "integrity checked" in out
    _no_leftovers(backups, "sunday.sqlite3")
    code, out, err = run(capsys, "--db", f"sqlite:///{hall}", "db", "check")
    assert code == 0, err
    assert "whole" in out

    # Not a backup, or a damaged one: refused, the database untouched.
    before = sha256(damaged)
    for wrong, expected in ((damaged, "is damaged"), (tmp_path / "none.sqlite3", "no backup file")):
        code, _, err = run(capsys, "--db", bad_url, "db", "restore", str(wrong))
        assert code == 1
        assert expected in one_line(err)
    assert sha256(damaged) == before

    # A station still running on the database: refused.
    from services.stations.registry import take_station_name

    database = open_database(f"sqlite:///{hall}")
    lease = take_station_name(database, "kiosk-east", "kiosk")
    code, _, err = run(capsys, "--db", f"sqlite:///{hall}", "db", "restore", str(good))
    assert code == 1
    assert "kiosk-east" in one_line(err)
    lease.release()
    database.dispose()

    # The damaged file is replaced, and kept beside it.
    code, out, err = run(capsys, "--db", bad_url, "db", "restore", str(good))
    assert code == 0, err
    kept = [
        p for p in damaged.parent.iterdir() if p.name.endswith(".before-restore-" + p.name[-15:])
    ]
    assert len(kept) == 1
    assert sha256(kept[0]) == before
    code, out, err = run(capsys, "--db", bad_url, "ticket", "issue", "--service", "C")
    assert code == 0, err
    assert "C002" in out  # the backup's C001 came back with it
    code, _, err = run(capsys, "--db", bad_url, "db", "check")
    assert code == 0, err


def test_backup_into_a_folder_without_write_permission_is_one_line(
    sqlite_url: str, tmp_path: Path
) -> None:
    from tests.drills.test_sqlite_faults import _make_read_only, _read_only_runner

    folder = tmp_path / "locked"
    folder.mkdir()
    prefix = _read_only_runner(folder)
    _make_read_only(folder, "folder")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    try:
        result = subprocess.run(
            [*prefix, sys.executable, str(ROOT / "main.py"), "--db", sqlite_url]
            + ["db", "backup", str(folder / "copy.sqlite3")],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1, result.stderr
    line = one_line(result.stderr)
    assert f"Cannot write the backup {folder / 'copy.sqlite3'}" in line
    assert list(folder.iterdir()) == []
