"""Running a short Python script in a fresh interpreter: for what must be decided at process
start (the Qt platform, what a start imports) and cannot be seen inside the test process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_json(script: str, *args: str, env: dict[str, str] | None = None) -> Any:
    """Run ``script`` from the project folder; return the JSON of its last line of output."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
