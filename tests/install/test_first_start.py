"""A station's first start on a new database says nothing about migrations (issue 13.7).

A screenshot renders from a sandbox that is migrated from nothing, the same path as a first
start on the embedded default database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_start_prints_no_alembic_lines(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    env.pop("CIVICDESK_DB", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "display", "--screenshot",
         str(tmp_path / "display.png")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "display.png").stat().st_size > 0  # rendered from a fresh schema
    assert "alembic" not in done.stderr.lower()
    assert "Running upgrade" not in done.stderr
