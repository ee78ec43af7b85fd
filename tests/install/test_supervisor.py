"""``--keep-running``: a station that dies starts again; one closed on purpose stays closed."""

from __future__ import annotations

import sys
from pathlib import Path

from station.install.supervisor import child_command, keep_running

# Each run appends a line to the log, then ends as the script's plan says for that run.
CHILD = """
import os, signal, sys
log, plan = sys.argv[1], sys.argv[2].split(",")
with open(log, "a") as handle:
    handle.write("run\\n")
runs = sum(1 for _ in open(log))
outcome = plan[min(runs, len(plan)) - 1]
if outcome == "kill":
    os.kill(os.getpid(), signal.SIGKILL)
sys.exit(int(outcome))
"""


def _supervise(tmp_path: Path, plan: str) -> tuple[int, int, list[str], list[float]]:
    log = tmp_path / "runs.log"
    said: list[str] = []
    pauses: list[float] = []
    code = keep_running(
        [sys.executable, "-c", CHILD, str(log), plan], sleep=pauses.append, say=said.append
    )
    return code, len(log.read_text().splitlines()), said, pauses


def test_a_crashed_or_killed_station_is_started_again(tmp_path: Path) -> None:
    code, runs, said, pauses = _supervise(tmp_path, "1,kill,0")
    assert (code, runs) == (0, 3)
    assert pauses == [2.0, 4.0]  # the pause grows while it keeps failing
    assert "exit status 1" in said[0]
    assert "exit status -9" in said[1]
    assert "重启" in said[0]


def test_a_station_closed_on_purpose_stays_closed(tmp_path: Path) -> None:
    assert _supervise(tmp_path, "0")[:2] == (0, 1)


def test_a_station_that_cannot_start_is_given_up_on(tmp_path: Path) -> None:
    code, runs, said, pauses = _supervise(tmp_path, "1")
    assert (code, runs) == (1, 5)
    assert len(pauses) == 4
    assert "not restarted again" in said[-1]


def test_the_child_is_the_same_command_without_the_flag() -> None:
    argv = ["/usr/bin/python3.11", "-I", "-B", "/opt/civicdesk/civicdesk.py", "kiosk",
            "--screen", "1", "--keep-running"]  # fmt: skip
    assert child_command(argv) == argv[:-1]
