"""The benchmarks still run against today's code: a change to the domain once broke the
ledger benchmark's seeding unnoticed until the next full run. Only that they run to the end and
print their rows is checked here; their figures are for ``benchmarks/RESULTS.md``, never for a
test (a timed test flakes on a busy machine)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.python_process import ROOT


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    return done.stdout


def test_the_quick_benchmarks_run_to_the_end_and_print_their_rows() -> None:
    out = _run("-m", "benchmarks", "--quick", "--no-postgres", "--only", "ledger,idcard,printing")
    table = [line for line in out.splitlines() if line.startswith("| ")]
    for benchmark in ("ledger", "7 ID cards", "3 printing"):
        assert any(line.startswith(f"| {benchmark} |") for line in table), out[-3000:]


def test_the_district_benchmark_runs_quick() -> None:
    assert "ratio" in _run("benchmarks/bench_district.py", "--quick")
