"""``python main.py idcard read`` as a real process against the fake reader on a pty."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.app import run_command
from tests.devices.idcards import EXPIRED, LI
from tests.devices.rig import IdCardRig

pytestmark = pytest.mark.serial

ROOT = Path(__file__).resolve().parents[2]


def idcard_read(rig: IdCardRig, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "idcard", "read", "--port", str(rig.pty.ours)]
        + list(extra),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_card_is_read_as_json(idcard_rig: IdCardRig, tmp_path: Path) -> None:
    idcard_rig.reader.card = LI
    done = idcard_read(idcard_rig, tmp_path, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "id_number": LI.id_number,
        "name": "李明",
        "sex": "男",
        "nation": "壮",
        "birth_date": "1990-01-01",
        "address": "广东省深圳市福田区福华路1号",
        "issuer": "深圳市公安局福田分局",
        "valid_from": "2020-06-01",
        "valid_to": "2040-06-01",
    }


def test_exit_statuses_for_no_card_and_no_reader(
    idcard_rig: IdCardRig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In this process (a start of Python each would cost seconds); the port is as real.
    def read(*extra: str) -> tuple[int, str]:
        config = tmp_path / "none.toml"
        config.write_text("")
        status = run_command(
            ["--config", str(config), "idcard", "read", "--port", str(idcard_rig.pty.ours)]
            + list(extra)
        )
        return status, capsys.readouterr().err

    assert read("--wait", "0.4") == (1, "No ID card was placed on the reader within 0.4 s.\n")
    idcard_rig.reader.card = EXPIRED
    assert read() == (1, "This ID card expired on 2026-05-01: please use a valid ID card.\n")
    idcard_rig.reader.fault = "silent"
    status, said = read("--wait", "0.5")
    assert status == 4
    assert "did not answer" in said
    idcard_rig.unplug()
    status, said = read()
    assert status == 4
    assert "unavailable" in said
    assert len(said.splitlines()) == 1
