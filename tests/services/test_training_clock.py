"""The training clock (CIVICDESK_NOW) and the center's time zone in every command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.core import clock
from services.core.clock import TrainingClockError, restart_training_clock, utc_now

ROOT = Path(__file__).resolve().parents[2]
FAR_AWAY = "America/Los_Angeles"


@pytest.fixture
def training(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    def set_clock(text: str) -> None:
        monkeypatch.setenv("CIVICDESK_NOW", text)
        restart_training_clock()

    yield set_clock
    restart_training_clock()


def test_the_training_clock_starts_in_the_centers_zone_and_runs_on(training) -> None:  # type: ignore[no-untyped-def]
    training("2026-12-08T09:15")
    first = utc_now()
    assert abs(first - datetime(2026, 12, 8, 1, 15, tzinfo=UTC)) < timedelta(seconds=2)
    time.sleep(0.05)
    assert utc_now() - first >= timedelta(seconds=0.05)
    assert clock.center_now().strftime("%Y-%m-%d %H:%M") == "2026-12-08 09:15"


def test_an_offset_in_the_value_wins_over_the_centers_zone(training) -> None:  # type: ignore[no-untyped-def]
    training("2026-12-08T09:15+01:00")
    assert abs(utc_now() - datetime(2026, 12, 8, 8, 15, tzinfo=UTC)) < timedelta(seconds=2)


def test_an_unreadable_training_clock_is_a_clear_error(training) -> None:  # type: ignore[no-untyped-def]
    training("tomorrow morning")
    with pytest.raises(TrainingClockError, match="2026-12-08T09:15"):
        utc_now()


def test_without_the_variable_the_real_clock_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CIVICDESK_NOW", raising=False)
    assert abs(utc_now() - datetime.now(UTC)) < timedelta(seconds=1)


def cli(
    db_url: str, *args: str, now: str | None, tz: str = FAR_AWAY
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CIVICDESK_DB": db_url, "TZ": tz}
    env.pop("CIVICDESK_NOW", None)
    if now is not None:
        env["CIVICDESK_NOW"] = now
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_commands_run_on_the_training_clock_in_the_centers_zone(sqlite_url: str) -> None:
    # 01:12 in the center is the previous evening on a PC in Los Angeles.
    issued = cli(sqlite_url, "ticket", "issue", "--service", "A", "--json", now="2026-12-08T09:12")
    assert issued.returncode == 0, issued.stderr
    ticket = json.loads(issued.stdout)
    assert ticket["barcode"] == "T-20261208-A001"
    status = cli(sqlite_url, "queue", "status", "--json", now="2026-12-08T09:20")
    assert json.loads(status.stdout)["status"]["service_day"] == "2026-12-08"


def test_day_close_during_opening_hours_needs_force(sqlite_url: str) -> None:
    at_ten = "2026-12-08T10:00"  # a Tuesday morning in the center
    assert cli(sqlite_url, "ticket", "issue", "--service", "A", now=at_ten).returncode == 0
    refused = cli(sqlite_url, "day", "close", now=at_ten)
    assert refused.returncode == 1
    assert "1 open tickets" in refused.stderr
    assert "Traceback" not in refused.stderr
    forced = cli(sqlite_url, "day", "close", "--force", "--json", now=at_ten)
    assert forced.returncode == 0, forced.stderr
    assert json.loads(forced.stdout)["expired"] == 1
    evening = cli(sqlite_url, "day", "close", "--json", now="2026-12-08T18:00")
    assert evening.returncode == 0, evening.stderr
