"""``ticket issue --id-number``: real-name tickets from the command line (in this process:
the parsing and the exit statuses are what is tested; the rules are the services' tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli.app import run_command
from tests.services.casework_helpers import id_number

ELDER = id_number("110105", "19491231", "002")


def test_real_name_tickets_from_the_command_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "civicdesk.toml"
    config.write_text("")

    def issue(*extra: str) -> tuple[int, str, str]:
        status = run_command(
            ["--db", sqlite_url, "--config", str(config), "ticket", "issue", "--json", *extra]
        )
        out, err = capsys.readouterr()
        return status, out, err

    status, out, err = issue("--service", "A", "--id-number", ELDER, "--name", "张秀英")
    assert status == 0, err
    ticket = json.loads(out)
    assert ticket["real_name"] is True
    assert ticket["priority"] == "elderly"
    assert ticket["code"] == "A001"
    status, out, _ = issue("--service", "A")
    assert json.loads(out)["real_name"] is False
    # Known now: no name needed. Two more reach the daily limit of 3, the next is refused.
    assert issue("--service", "A", "--id-number", ELDER)[0] == 0
    assert issue("--service", "A", "--id-number", ELDER.lower())[0] == 0
    status, out, err = issue("--service", "A", "--id-number", ELDER)
    assert (status, out) == (1, "")
    assert "limit is 3" in err
    status, _, err = issue("--service", "A", "--id-number", ELDER[:17] + "0")
    assert status == 1
    assert "bad check digit" in err
