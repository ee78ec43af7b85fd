"""The headless command line, run as real subprocesses against both databases.

Each call costs a Python start (about a second), so related steps share one test and
independent calls run side by side.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from services.accounts.staff import login
from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.storage.db import Database, open_database
from services.storage.migrate import head_revision, upgrade
from services.storage.models import AuditLog, Counter, QueueEvent, Staff, Ticket
from tests.databases import PostgresFactory

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
TIMEOUT = 60
UNREACHABLE_PG = "postgresql://nobody@127.0.0.1:1/x"


def today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


@dataclass
class Result:
    args: Sequence[str]
    returncode: int
    stdout: str
    stderr: str
    seconds: float

    def json(self) -> dict[str, Any]:
        """The one JSON object a successful ``--json`` command prints."""
        assert self.returncode == 0, (self.args, self.stderr)
        assert "Traceback" not in self.stderr, self.stderr
        lines = self.stdout.splitlines()
        assert len(lines) == 1, (self.args, self.stdout)
        value = json.loads(lines[0])
        assert isinstance(value, dict)
        return value

    def text(self) -> str:
        assert self.returncode == 0, (self.args, self.stderr)
        assert "Traceback" not in self.stderr, self.stderr
        return self.stdout

    def error(self, status: int = 1) -> str:
        """The one clear line a failing command prints on stderr."""
        assert self.returncode == status, (self.args, self.returncode, self.stdout, self.stderr)
        assert "Traceback" not in self.stderr, self.stderr
        assert self.stdout == ""
        lines = self.stderr.splitlines()
        assert len(lines) == 1, (self.args, self.stderr)
        assert lines[0].strip()
        return lines[0]


class Cli:
    """``python main.py …`` with CIVICDESK_DB set and a private config directory."""

    def __init__(self, url: str | None, home: Path) -> None:
        self.env = dict(os.environ)
        self.env.pop("CIVICDESK_DB", None)
        if url is not None:
            self.env["CIVICDESK_DB"] = url
        self.env["XDG_CONFIG_HOME"] = str(home / "config")
        self.env["XDG_DATA_HOME"] = str(home / "data")
        self.env["PYTHONIOENCODING"] = "utf-8"

    def start(
        self, *args: str, stdin: str | None = None
    ) -> tuple[subprocess.Popen[str], str | None]:
        process = subprocess.Popen(
            [sys.executable, str(MAIN), *args],
            cwd=ROOT,
            env=self.env,
            text=True,
            encoding="utf-8",
            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        return process, stdin

    def run_all(self, *commands: list[str] | tuple[list[str], str]) -> list[Result]:
        """Run commands side by side; an ``(args, stdin)`` tuple feeds stdin."""
        started = time.monotonic()
        running = []
        for command in commands:
            if isinstance(command, tuple):
                args, stdin = command
            else:
                args, stdin = command, None
            running.append((list(args), *self.start(*args, stdin=stdin)))
        results = []
        for args, process, stdin in running:
            try:
                out, err = process.communicate(stdin, timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()
                raise
            results.append(Result(args, process.returncode, out, err, time.monotonic() - started))
        return results

    def __call__(self, *args: str, stdin: str | None = None) -> Result:
        command = list(args)
        return self.run_all(command if stdin is None else (command, stdin))[0]


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Cli:
    return Cli(db_url, tmp_path)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


def counter_states(database: Database) -> dict[int, str]:
    with database.reader() as session:
        return {c.number: c.state for c in session.scalars(select(Counter))}


def ticket_statuses(database: Database) -> dict[str, str]:
    with database.reader() as session:
        return {t.code: t.status for t in session.scalars(select(Ticket).order_by(Ticket.id))}


def event_kinds(database: Database, code: str) -> list[str]:
    with database.reader() as session:
        return list(
            session.scalars(
                select(QueueEvent.kind)
                .join(Ticket, Ticket.id == QueueEvent.ticket_id)
                .where(Ticket.code == code)
                .order_by(QueueEvent.id)
            )
        )


# --- db upgrade ---------------------------------------------------------------------------


def test_db_upgrade_on_a_current_database_changes_nothing(cli: Cli, db: Database) -> None:
    before = ticket_statuses(db), counter_states(db)
    result = cli("db", "upgrade", "--json").json()
    assert result["revision"] == head_revision(db)
    assert result["revision"]
    assert result["seeded"] is False
    assert (ticket_statuses(db), counter_states(db)) == before


def test_db_upgrade_creates_and_seeds_a_new_sqlite_database(tmp_path: Path) -> None:
    target = tmp_path / "new" / "dir" / "civicdesk.sqlite3"
    blank = tmp_path / "blank.sqlite3"
    cli = Cli(f"sqlite:///{target}", tmp_path)
    first, refused = cli.run_all(
        ["--json", "db", "upgrade"],
        # Only `db upgrade` creates a database: a typo must not look like an empty hall.
        ["ticket", "issue", "--service", "C", "--json", "--db", f"sqlite:///{blank}"],
    )
    assert first.json()["seeded"] is True
    assert first.json()["revision"]
    assert target.exists()
    assert f"No database at {blank}" in refused.error()
    assert not blank.exists()
    issued = cli("ticket", "issue", "--service", "C", "--json").json()
    assert (issued["code"], issued["ahead"]) == ("C001", 0)

    again = cli("db", "upgrade").text()
    assert again.strip() == f"Database at revision {first.json()['revision']}."
    database = open_database(f"sqlite:///{target}")
    try:
        assert len(counter_states(database)) == 8
        with database.reader() as session:
            assert list(session.scalars(select(Staff.username))) == ["admin"]
    finally:
        database.dispose()


# --- the queue ----------------------------------------------------------------------------


def test_the_issue_line_counts_the_people_ahead_in_words(cli: Cli) -> None:
    assert ", nobody ahead" in cli("ticket", "issue", "--service", "B").text()  # not "0 min"
    cli("ticket", "issue", "--service", "B")
    assert ", 2 people ahead, about " in cli("ticket", "issue", "--service", "B").text()


def test_issue_call_next_and_empty_queue(cli: Cli, db: Database) -> None:
    first = cli("--json", "ticket", "issue", "--service", "A").json()
    assert first["code"] == "A001"
    assert first["service"] == "A"
    assert first["ahead"] == 0
    assert first["status"] == "waiting"
    assert isinstance(first["id"], int)
    assert not isinstance(first["id"], bool)
    assert first["service_day"] == today().isoformat()
    assert first["barcode"] == f"T-{today():%Y%m%d}-A001"

    second = cli("ticket", "issue", "--service", "A", "--json").json()
    assert (second["code"], second["ahead"]) == ("A002", 1)
    assert second["id"] != first["id"]

    assert counter_states(db)[4] == "closed"
    called = cli("ticket", "call-next", "--counter", "4", "--json").json()
    assert (called["code"], called["id"], called["counter"]) == ("A001", first["id"], 4)
    assert called["status"] == "called"
    assert counter_states(db)[4] == "open"  # call-next opened the closed counter

    plain = cli("ticket", "call-next", "--counter", "1").text()
    assert plain.count("\n") == 1
    assert "A002" in plain

    line = cli("ticket", "call-next", "--counter", "2", "--json").error(status=3)
    assert "counter 2" in line
    assert counter_states(db)[2] == "open"  # stays open for the next resident

    status = cli("queue", "status", "--json").json()
    assert status["total_waiting"] == 0
    assert status["status"]["service_day"] == today().isoformat()
    counters = {c["number"]: c for c in status["status"]["counters"]}
    assert (counters[4]["ticket_code"], counters[1]["ticket_code"]) == ("A001", "A002")
    assert [counters[n]["state"] for n in (1, 2, 3, 4)] == ["open", "open", "closed", "open"]
    services = {s["code"]: s for s in status["status"]["services"]}
    assert services["A"]["open_counters"] == 3

    closed = cli("day", "close", "--force", "--json").json()
    assert closed["expired"] == 2
    assert closed["service_day"] == today().isoformat()
    assert closed["result"]["counters_closed"] == 3
    assert ticket_statuses(db) == {"A001": "expired", "A002": "expired"}
    assert set(counter_states(db).values()) == {"closed"}


def test_serving_flow(cli: Cli, db: Database) -> None:
    """Two counters at once: 5 serves A and G, 6 serves C and H."""
    for service in ("A", "A", "C"):
        with db.writer() as session:
            queue_ops.issue_ticket(session, SYSTEM, service)

    def step(*commands: list[str]) -> list[dict[str, Any]]:
        return [result.json() for result in cli.run_all(*commands)]

    a, c = step(
        ["ticket", "call-next", "--counter", "5", "--json"],
        ["ticket", "call-next", "--counter", "6", "--json"],
    )
    assert (a["code"], a["counter"], c["code"], c["counter"]) == ("A001", 5, "C001", 6)

    a, c = step(
        ["ticket", "recall", "--counter", "5", "--json"],
        ["ticket", "no-show", "--counter", "6", "--json"],
    )
    assert (a["code"], a["status"], a["call_count"]) == ("A001", "called", 2)
    assert (c["code"], c["status"]) == ("C001", "no_show")

    a, c = step(
        ["ticket", "start", "--counter", "5", "--json"], ["ticket", "reinstate", "c001", "--json"]
    )
    assert (a["status"], c["status"], c["ahead"]) == ("serving", "waiting", 0)

    a, c = step(
        [
            "ticket",
            "transfer",
            "--counter",
            "5",
            "--service",
            "G",
            "--note",
            "政策咨询 / policy question",
            "--json",
        ],
        ["ticket", "call", "C001", "--counter", "6", "--json"],
    )
    assert (a["code"], a["service"], a["status"], a["ahead"]) == ("A001", "G", "waiting", 0)
    assert (c["status"], c["counter"], c["call_count"]) == ("called", 6, 2)

    # The transferred ticket goes before A002, which has waited longer.
    a, c = step(
        ["ticket", "call-next", "--counter", "5", "--json"],
        ["ticket", "hold", "--counter", "6", "--minutes", "5", "--json"],
    )
    assert (a["code"], a["service"], a["counter"]) == ("A001", "G", 5)
    assert (c["code"], c["status"]) == ("C001", "held")

    a, c = step(
        ["ticket", "start", "--counter", "5", "--json"], ["ticket", "cancel", "C001", "--json"]
    )
    assert a["status"] == "serving"
    assert (c["code"], c["status"]) == ("C001", "cancelled")
    done = cli("ticket", "finish", "--counter", "5", "--json").json()
    assert (done["code"], done["status"]) == ("A001", "done")

    assert ticket_statuses(db) == {"A001": "done", "A002": "waiting", "C001": "cancelled"}
    assert event_kinds(db, "A001") == [
        "issued",
        "called",
        "recalled",
        "started",
        "transferred",
        "called",
        "started",
        "finished",
    ]
    assert event_kinds(db, "C001") == [
        "issued",
        "called",
        "no_show",
        "reinstated",
        "called",
        "held",
        "cancelled",
    ]
    with db.reader() as session:
        actors = set(session.scalars(select(AuditLog.actor).where(AuditLog.action.like("queue.%"))))
        note = session.scalar(select(Ticket.transfer_note).where(Ticket.code == "A001"))
    assert actors == {"system"}
    assert note == "政策咨询 / policy question"


def test_queue_mistakes_are_one_line_errors(cli: Cli, db: Database) -> None:
    results = cli.run_all(
        ["ticket", "issue", "--service", "Z", "--json"],
        ["ticket", "issue", "--service", "A", "--priority", "vip"],
        ["ticket", "finish", "--counter", "1"],
        ["counter", "pause", "--counter", "6"],
    )
    lines = [r.error() for r in results]
    assert "'Z'" in lines[0]
    assert "vip" in lines[1]
    assert "counter 1" in lines[2].lower()
    assert "closed" in lines[3]
    assert ticket_statuses(db) == {}
    assert set(counter_states(db).values()) == {"closed"}


# --- catalog and counters -----------------------------------------------------------------


def test_service_and_counter_lists_and_counter_states(cli: Cli, db: Database) -> None:
    services, counters, opened, opened_too = cli.run_all(
        ["service", "list", "--json"],
        ["--json", "counter", "list"],
        ["counter", "open", "--counter", "7", "--json"],
        ["counter", "open", "--counter", "8"],
    )
    listed = services.json()["services"]
    assert [s["code"] for s in listed] == list("ABCDEFGH")
    assert all(s["name_zh"] and s["name_en"] for s in listed)
    assert [s["code"] for s in listed if s["is_dispute"]] == ["F"]

    rows = counters.json()["counters"]
    assert len(rows) == 8
    general = [c for c in rows if sorted(c["service_codes"]) == list("ABCDEFGH")]
    assert len(general) >= 4
    assert opened.json() == {"counter": 7, "state": "open"}
    assert opened_too.text().strip() == "Counter 8 is open."

    paused, closed = cli.run_all(
        ["counter", "pause", "--counter", "7"], ["counter", "close", "--counter", "8", "--json"]
    )
    assert paused.text().strip() == "Counter 7 is paused."
    assert closed.json() == {"counter": 8, "state": "closed"}
    states = counter_states(db)
    assert (states[7], states[8]) == ("paused", "closed")
    with db.reader() as session:
        kinds = sorted(session.scalars(select(QueueEvent.kind)))
    assert kinds == ["counter_closed", "counter_opened", "counter_opened", "counter_paused"]


# --- accounts -----------------------------------------------------------------------------


def test_user_add_reads_the_password_from_stdin(cli: Cli, db: Database) -> None:
    added, short = cli.run_all(
        (
            ["user", "add", "li.na", "--role", "counter", "--full-name", "李娜", "--json"],
            "a-long-secret\n",
        ),
        (["user", "add", "wang.fang", "--role", "manager"], "short\n"),
    )
    info = added.json()
    assert (info["username"], info["role"]) == ("li.na", "counter")
    assert isinstance(info["id"], int)
    assert "8 characters" in short.error()
    with db.writer() as session:
        me = login(session, "li.na", "a-long-secret")
        assert (me.full_name, me.role) == ("李娜", "counter")
        assert session.scalar(select(Staff).where(Staff.username == "wang.fang")) is None


# --- demo data ----------------------------------------------------------------------------


@pytest.fixture
def second_url(request: pytest.FixtureRequest, db_url: str) -> str:
    kind = "sqlite_factory" if db_url.startswith("sqlite") else "postgres_factory"
    return request.getfixturevalue(kind).new_url()  # type: ignore[no-any-return]


def test_seed_demo_is_deterministic(cli: Cli, second_url: str, tmp_path: Path) -> None:
    other = Cli(second_url, tmp_path)
    args = ["seed-demo", "--days", "3", "--seed", "1", "--per-day", "40", "--json"]
    first, second = cli.run_all(args)[0], other.run_all(args)[0]
    one, two = first.json(), second.json()
    assert one == two
    summary = one["summary"]
    assert summary["days"] == [(today() - timedelta(days=n)).isoformat() for n in (3, 2, 1)]
    assert summary["tickets"] == sum(summary["by_status"].values()) > 0

    again = cli(*args).json()["summary"]
    assert (again["tickets"], again["days"], again["skipped_days"]) == (0, [], summary["days"])


# --- backup -------------------------------------------------------------------------------


def test_db_backup_of_sqlite(sqlite_url: str, tmp_path: Path) -> None:
    database = open_database(sqlite_url)
    try:
        with database.writer() as session:
            queue_ops.issue_ticket(session, SYSTEM, "G")
    finally:
        database.dispose()
    cli = Cli(sqlite_url, tmp_path)
    target = tmp_path / "backup" / "hall.sqlite3"
    result = cli("db", "backup", str(target), "--json").json()
    assert Path(result["backup"]) == target
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT code FROM ticket").fetchall() == [("G001",)]
    finally:
        copy.close()
    line = cli("db", "backup", str(target)).error()
    assert "already exists" in line


def test_db_backup_copies_the_database_as_it_is(tmp_path: Path) -> None:
    """A backup taken before an upgrade must be of the old schema: the command changes nothing."""
    source = tmp_path / "old.sqlite3"
    database = open_database(f"sqlite:///{source}")
    try:
        upgrade(database, "0001")
        assert head_revision(database) != "0001"
    finally:
        database.dispose()
    target = tmp_path / "before-upgrade.sqlite3"
    Cli(f"sqlite:///{source}", tmp_path)("db", "backup", str(target)).text()
    for path in (source, target):
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("0001",)
            ], path
        finally:
            connection.close()


@pytest.mark.postgres
def test_db_backup_on_postgresql_points_to_pg_dump(
    postgres_factory: PostgresFactory, tmp_path: Path
) -> None:
    target = tmp_path / "hall.dump"
    line = Cli(postgres_factory.new_url(), tmp_path)("db", "backup", str(target)).error()
    assert "pg_dump" in line
    assert not target.exists()


# --- bad databases and settings -----------------------------------------------------------


def test_unusable_database_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a directory")
    results = Cli(None, tmp_path).run_all(
        ["--db", UNREACHABLE_PG, "queue", "status"],
        ["db", "upgrade", "--db", UNREACHABLE_PG, "--json"],
        [
            "--db",
            f"sqlite:///{tmp_path / 'a-file' / 'x.sqlite3'}",
            "ticket",
            "issue",
            "--service",
            "A",
        ],
    )
    for result in results:
        result.error()
        assert result.seconds < 10
    assert "not available" in results[0].stderr
    assert "not available" in results[1].stderr


def test_malformed_database_url_is_one_line(tmp_path: Path) -> None:
    result = Cli(None, tmp_path)("--db", "not a url", "queue", "status")
    assert "not a url" in result.error()


def test_corrupt_settings_file_names_file_and_line(tmp_path: Path) -> None:
    config = tmp_path / "site.toml"
    config.write_text('language = "en"\n[printer]\nbaudrate = 9600 9600\n', encoding="utf-8")
    default = tmp_path / "config" / "CivicDesk" / "civicdesk.toml"
    default.parent.mkdir(parents=True)
    default.write_text("[scanner\n", encoding="utf-8")
    missing = tmp_path / "missing.toml"
    cli = Cli(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path)

    explicit, after, implicit, absent = cli.run_all(
        ["--config", str(config), "queue", "status"],
        ["service", "list", "--json", "--config", str(config)],
        ["service", "list"],
        ["--config", str(missing), "service", "list"],
    )
    for result in (explicit, after):
        line = result.error()
        assert str(config) in line
        assert "line 3" in line
    line = implicit.error()
    assert str(default) in line
    assert "line 1" in line
    assert str(missing) in absent.error()
    assert not (tmp_path / "x.sqlite3").exists()


# --- stations starting together -----------------------------------------------------------


@pytest.mark.postgres
def test_stations_starting_together_on_a_new_postgresql_database(
    empty_pg_url: str, tmp_path: Path
) -> None:
    """Several `db upgrade`s on a new database (an installer on each PC) must not trip over
    each other.

    The test holds the stations at their first look at the schema version until all of them
    are there, then lets them go at once, as after a power cut in the hall.
    """
    conninfo = make_url(empty_pg_url).render_as_string(hide_password=False)
    commands = [["db", "upgrade", "--json"]] * 3
    cli = Cli(empty_pg_url, tmp_path)
    with psycopg.connect(conninfo, autocommit=True) as gate:
        gate.execute(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        gate.execute("BEGIN")
        gate.execute("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE")
        running = [(command, *cli.start(*command)) for command in commands]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            row = gate.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                "'alembic_version'::regclass"
            ).fetchone()
            if row is not None and row[0] >= len(commands):
                break
            time.sleep(0.05)
        gate.execute("ROLLBACK")
    results = []
    for command, process, _ in running:
        out, err = process.communicate(timeout=TIMEOUT)
        results.append(Result(command, process.returncode, out, err, 0.0))
    assert sorted(result.json()["seeded"] for result in results) == [False, False, True]
    assert cli("ticket", "issue", "--service", "A", "--json").json()["code"] == "A001"
    database = open_database(empty_pg_url)
    try:
        with database.reader() as session:
            assert list(session.scalars(select(Staff.username))) == ["admin"]
        assert len(counter_states(database)) == 8
        assert ticket_statuses(database) == {"A001": "waiting"}
    finally:
        database.dispose()
