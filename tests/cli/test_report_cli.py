"""``report day`` and ``report range`` as real subprocesses, on SQLite and PostgreSQL.

Each run costs a Python start, so independent runs go side by side.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
TIMEOUT = 90


@dataclass
class Run:
    args: list[str]
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        assert self.returncode == 0, (self.args, self.stderr)
        lines = self.stdout.splitlines()
        assert len(lines) == 1, self.stdout
        value = json.loads(lines[0])
        assert isinstance(value, dict)
        return value

    def error(self) -> str:
        """The one clear line of a failed command."""
        assert self.returncode == 1, (self.args, self.returncode, self.stdout, self.stderr)
        assert "Traceback" not in self.stderr
        assert self.stdout == ""
        lines = self.stderr.splitlines()
        assert len(lines) == 1, self.stderr
        return lines[0]


class Cli:
    def __init__(self, url: str, home: Path) -> None:
        self.env = dict(os.environ)
        self.env["CIVICDESK_DB"] = url
        self.env["XDG_CONFIG_HOME"] = str(home / "config")
        self.env["XDG_DATA_HOME"] = str(home / "data")
        self.env["PYTHONIOENCODING"] = "utf-8"

    def all(self, *commands: list[str]) -> list[Run]:
        running = [
            (
                command,
                subprocess.Popen(
                    [sys.executable, str(MAIN), *command],
                    cwd=ROOT,
                    env=self.env,
                    text=True,
                    encoding="utf-8",
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                ),
            )
            for command in commands
        ]
        runs = []
        for command, process in running:
            out, err = process.communicate(timeout=TIMEOUT)
            runs.append(Run(command, process.returncode, out, err))
        return runs

    def __call__(self, *args: str) -> Run:
        return self.all(list(args))[0]


def today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def adds_up(queue: dict[str, Any]) -> bool:
    parts = ("served", "no_show", "cancelled", "expired", "open")
    return bool(queue["issued"] == sum(queue[part] for part in parts))


def test_report_day_of_a_seeded_day_adds_up(db_url: str, tmp_path: Path) -> None:
    cli = Cli(db_url, tmp_path)
    seeded = cli("seed-demo", "--days", "3", "--per-day", "40", "--json").json()["summary"]
    assert seeded["tickets"] > 0
    yesterday, first = today() - timedelta(days=1), today() - timedelta(days=3)
    pdf, folder = tmp_path / "out" / "day.pdf", tmp_path / "csv"
    day, span, text = cli.all(
        ["report", "day", "--date", "yesterday", "--json", "--pdf", str(pdf), "--csv", str(folder)],
        ["report", "range", "--from", first.isoformat(), "--to", yesterday.isoformat(), "--json"],
        ["report", "day", "--date", yesterday.isoformat(), "--lang", "en"],
    )
    report = day.json()
    queue = report["queue"]
    assert report["period"]["start"] == report["period"]["end"] == yesterday.isoformat()
    assert queue["issued"] > 0
    assert adds_up(queue)  # issued = served + no-show + cancelled + expired + still open
    assert queue["open"] == 0  # the demo history is closed
    assert all(adds_up(row["queue"]) for row in report["by_service"])
    assert sum(row["queue"]["issued"] for row in report["by_service"]) == queue["issued"]
    assert sum(row["arrivals"] for row in report["by_hour"]) == queue["issued"]
    assert sum(b["count"] for b in report["wait_distribution"]) == queue["waiting"]["count"]
    waits = queue["waiting"]
    assert 0 < waits["median"] <= waits["p90"] <= waits["max"]
    assert report["current"] is None
    assert pdf.read_bytes().startswith(b"%PDF")
    assert report["pdf"] == str(pdf)
    assert Path(report["csv"][0]).name == "summary.csv"
    with (folder / "services.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["服务事项 Service", "取号 Issued", "办结 Served"]
    assert sum(int(row[1]) for row in rows[1:]) == queue["issued"]

    whole = span.json()
    assert whole["period"]["start"] == first.isoformat()
    assert adds_up(whole["queue"])
    assert whole["queue"]["issued"] == seeded["tickets"]

    summary = text.stdout
    assert text.returncode == 0, text.stderr
    assert summary.startswith(f"Report {yesterday.isoformat()} (Asia/Shanghai)")
    assert f"Tickets: {queue['issued']} issued = {queue['served']} served" in summary
    assert "Petitions: 0 received, 0 accepted, 0 replied (0 on time)" in summary
    assert "Ledger: 0 found (0 general, 0 major, 0 grave), 0 resolved" in summary


def test_bad_dates_get_one_clear_line(sqlite_url: str, tmp_path: Path) -> None:
    cli = Cli(sqlite_url, tmp_path)
    runs = cli.all(
        ["report", "day", "--date", "2026-02-30"],
        ["report", "day", "--date", "30.11.2026", "--json"],
        ["report", "range", "--from", "2026-11-30", "--to", "2026-11-01"],
        ["report", "range", "--from", "someday", "--to", "2026-11-01"],
        ["report", "range", "--from", "2000-01-01", "--to", "2026-11-30"],
    )
    messages = [run.error() for run in runs]
    assert messages[0] == (
        "Invalid date '2026-02-30' for --date: use YYYY-MM-DD, today or yesterday."
    )
    assert messages[1].startswith("Invalid date '30.11.2026' for --date")
    assert messages[2] == "--to 2026-11-01 is before --from 2026-11-30."
    assert messages[3].startswith("Invalid date 'someday' for --from")
    assert messages[4] == "A report covers at most 3660 days."


def test_an_empty_day_and_today(sqlite_url: str, tmp_path: Path) -> None:
    cli = Cli(sqlite_url, tmp_path)
    cli("ticket", "issue", "--service", "A")
    empty, now = cli.all(
        ["report", "day", "--date", "2020-01-01", "--json"],
        ["report", "day", "--date", "today", "--json"],
    )
    quiet = empty.json()
    assert quiet["queue"]["issued"] == 0
    assert quiet["queue"]["waiting"]["mean"] is None
    current = now.json()
    assert (current["queue"]["issued"], current["queue"]["open"]) == (1, 1)
    assert current["current"]["services"][0]["waiting"] == 1


@pytest.mark.parametrize("command", [["report"], ["report", "day"]])
def test_incomplete_commands_are_usage_errors(
    sqlite_url: str, tmp_path: Path, command: list[str]
) -> None:
    run = Cli(sqlite_url, tmp_path)(*command)
    assert run.returncode == 2
    assert "usage:" in run.stderr
