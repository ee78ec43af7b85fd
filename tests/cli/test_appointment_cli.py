"""``appointment book|list|cancel|import|check-in`` (in this process: the parsing, the output
and the exit statuses; the rules are the services' tests). The command line has the real
clock, so the center is open around the clock in 5-minute slots here."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cli.app import run_command
from services.core.center_config import set_center_settings
from services.storage.db import open_database
from tests.services.appointment_helpers import take_appointments
from tests.services.casework_helpers import id_number

YOUNG = id_number("440304", "19900101", "123")
ELDER = id_number("110105", "19491231", "002")


def test_appointments_from_the_command_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(sqlite_url)
    with database.writer() as session:
        set_center_settings(
            session,
            {
                "opening_hours": "00:00-24:00",
                "open_on_non_working_days": True,
                "appointment_slot_minutes": 5,
            },
        )
        session.commit()
        take_appointments(session, "A", 1)
    database.dispose()
    config = tmp_path / "civicdesk.toml"
    config.write_text("")

    def run(*args: str) -> tuple[int, str, str]:
        status = run_command(["--db", sqlite_url, "--config", str(config), *args])
        out, err = capsys.readouterr()
        return status, out, err

    local = datetime.now(UTC).astimezone(ZoneInfo("Asia/Shanghai"))
    slot = local.replace(second=0, microsecond=0) + timedelta(minutes=5 - local.minute % 5)
    when = ["--date", slot.date().isoformat(), "--time", f"{slot:%H:%M}"]
    status, out, err = run(
        "appointment", "book", "--service", "A", *when, "--id-number", YOUNG, "--name", "李明",
        "--json",
    )  # fmt: skip
    assert status == 0, err
    booked = json.loads(out)
    code = booked["code"]
    assert code == f"Y-{slot:%Y%m%d}-0001"
    assert {k: booked[k] for k in ("service", "date", "time")} == {
        "service": "A", "date": slot.date().isoformat(), "time": f"{slot:%H:%M}",
    }  # fmt: skip

    status, _, err = run(
        "appointment", "book", "--service", "A", *when, "--id-number", ELDER, "--name", "张秀英"
    )
    assert status == 1
    assert "is full" in err
    status, _, err = run("appointment", "book", "--service", "Q", *when, "--id-number", ELDER)
    assert status == 1
    assert "Q" in err

    slip = tmp_path / "slip.bin"
    status, out, err = run("print", "slip", code.lower(), "--to", str(slip), "--json")
    assert status == 0, err
    assert code.encode() in slip.read_bytes()
    status, out, _ = run("appointment", "list", "--date", slot.date().isoformat(), "--json")
    listed = json.loads(out)["appointments"]
    assert [(a["code"], a["status"], a["no_show"]) for a in listed] == [(code, "booked", False)]

    status, out, err = run("appointment", "check-in", "--id-number", YOUNG, "--json")
    assert status == 0, err
    ticket = json.loads(out)
    assert (ticket["appointment"], ticket["service"], ticket["real_name"]) == (code, "A", True)
    assert ticket["code"] == "A001"
    status, _, err = run("appointment", "cancel", code)
    assert status == 1
    assert "checked_in" in err

    export = tmp_path / "export.csv"
    later = slot + timedelta(minutes=30)
    export.write_text(
        "service,date,time,id_number,name,phone,reference\n"
        f"A,{later.date().isoformat()},{later:%H:%M},{ELDER},张秀英,,ZW-9\n"
        f"A,{later.date().isoformat()},{later:%H:%M},123,王五,,ZW-10\n",
        encoding="utf-8",
    )
    status, out, _ = run("appointment", "import", str(export), "--json")
    report = json.loads(out)
    assert (status, len(report["imported"]), report["problems"][0]["line"]) == (0, 1, 3)
    status, out, _ = run("appointment", "import", str(export), "--json")
    assert (json.loads(out)["imported"], json.loads(out)["already"]) == ([], 1)
    assert run("appointment", "cancel", report["imported"][0])[0] == 0
