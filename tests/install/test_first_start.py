"""A station's first start on a new database says nothing about migrations (issue 13.7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_start_prints_no_alembic_lines(tmp_path: Path) -> None:
    database = tmp_path / "new.sqlite3"
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "display", "--db", f"sqlite:///{database}",
         "--screenshot", str(tmp_path / "display.png")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert database.exists()  # the schema was created on this start
    assert "alembic" not in done.stderr.lower()
    assert "Running upgrade" not in done.stderr
