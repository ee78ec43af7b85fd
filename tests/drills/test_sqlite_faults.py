"""Drill 4: the SQLite file locked by another process, and a read-only database.

- Another process holds the write lock (``BEGIN IMMEDIATE``): an operation waits out the busy
  timeout (shortened here) and then fails with ``DatabaseUnavailable`` saying the database is
  locked; the command line prints that as one line and exits 1; reading still works; after the
  lock is gone nothing is corrupt and the failed operations left no trace (no number used).
- The database file, or its whole folder, is read-only (a read-only bind mount in a private
  mount namespace when running as root, whom file modes do not stop; file modes otherwise):
  every command prints one clear line or works, never a traceback, and the file is intact.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import services.storage.db
from cli.app import run_command
from services.core.actors import SYSTEM
from services.core.errors import DatabaseUnavailable
from services.queue import ops as q
from services.queue.reads import queue_status
from services.storage.db import open_database, translate_outage
from services.storage.models import Ticket
from tests.strict import missing

pytestmark = pytest.mark.soak

ROOT = Path(__file__).resolve().parents[2]
BUSY_TIMEOUT_MS = 400
LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE setting SET value = value WHERE key = 'timezone'")
print("LOCKED", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
print("RELEASED", flush=True)
"""


def _integrity(path: Path) -> str:
    database = open_database(f"sqlite:///{path}")
    try:
        with database.reader() as session:
            return str(session.execute(text("PRAGMA integrity_check")).scalar_one())
    finally:
        database.dispose()


@pytest.fixture
def locker(sqlite_url: str) -> Iterator[subprocess.Popen[str]]:
    path = sqlite_url.removeprefix("sqlite:///")
    process = subprocess.Popen(
        [sys.executable, "-c", LOCKER, path],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "LOCKED"
    yield process
    if process.poll() is None:
        process.kill()
        process.wait(10)


def _release(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write("\n")
    process.stdin.flush()
    assert process.stdout.readline().strip() == "RELEASED"
    assert process.wait(10) == 0


def test_a_locked_database_gives_a_clear_error_and_stays_intact(
    sqlite_url: str,
    locker: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(services.storage.db, "SQLITE_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)
    database = open_database(sqlite_url)
    try:
        started = time.monotonic()
        with (
            pytest.raises(DatabaseUnavailable, match="locked") as raised,
            translate_outage(),
            database.writer() as session,
        ):
            q.issue_ticket(session, SYSTEM, "A")
        waited = time.monotonic() - started
        assert waited >= BUSY_TIMEOUT_MS / 1000 * 0.8  # it waited for the lock first
        assert "another program" in str(raised.value)
        with database.reader() as session:  # readers are not blocked by the writer
            assert queue_status(session).total_waiting == 0

        code = run_command(["--db", sqlite_url, "ticket", "issue", "--service", "A"])
        err = capsys.readouterr().err
        assert code == 1
        assert err.count("\n") == 1
        assert "locked" in err
        assert "Traceback" not in err

        _release(locker)
        with database.writer() as session:
            ticket = q.issue_ticket(session, SYSTEM, "A")
        assert ticket.code == "A001"  # the failed attempts used no number
        with database.reader() as session:
            assert session.scalar(select(func.count()).select_from(Ticket)) == 1
    finally:
        database.dispose()
    assert _integrity(Path(sqlite_url.removeprefix("sqlite:///"))) == "ok"


# --- read-only --------------------------------------------------------------------------


def _read_only_runner(target: Path) -> list[str]:
    """A command prefix under which ``target`` is read-only even for root."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        missing("unshare (a private read-only mount for a root user)")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(target), "true"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if probe.returncode != 0:
        missing(f"a private read-only mount ({probe.stderr.strip()})")
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, str(target)]


def _make_read_only(target: Path, what: str) -> None:
    if os.geteuid() == 0:
        return  # done by the mount
    target.chmod(0o555 if what == "folder" else 0o444)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_gives_one_clear_line_and_stays_intact(
    sqlite_url: str, tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    path = folder / "civicdesk.sqlite3"
    shutil.copyfile(sqlite_url.removeprefix("sqlite:///"), path)
    path.chmod(0o600)  # as CivicDesk creates its databases: private
    url = f"sqlite:///{path}"
    database = open_database(url)
    with database.writer() as session:
        q.issue_ticket(session, SYSTEM, "A")
    database.dispose()  # the last connection folds the WAL back into the file
    before = _sha256(path)

    target = folder if what == "folder" else path
    prefix = _read_only_runner(target)
    _make_read_only(target, what)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    outcomes = {}
    try:
        for command in (
            ["ticket", "issue", "--service", "A"],
            ["ticket", "call-next", "--counter", "1"],
            ["queue", "status"],
            ["day", "close", "--force"],  # at any hour: the write is what is tried
        ):
            result = subprocess.run(
                [*prefix, sys.executable, str(ROOT / "main.py"), "--db", url, *command],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
                cwd=ROOT,
                check=False,
            )
            outcomes[command[0] + " " + command[1]] = result
            assert "Traceback" not in result.stderr, result.stderr
            assert result.returncode in (0, 1), result.stderr
            if result.returncode == 1:
                assert result.stderr.count("\n") == 1, result.stderr
                assert "read-only" in result.stderr or "cannot be written" in result.stderr
    finally:
        target.chmod(0o755 if what == "folder" else 0o644)
    # Writing never worked; and the file is exactly what it was.
    assert outcomes["ticket issue"].returncode == 1
    assert outcomes["ticket call-next"].returncode == 1
    assert outcomes["day close"].returncode == 1
    assert _sha256(path) == before
    assert _integrity(path) == "ok"
