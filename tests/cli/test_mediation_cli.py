"""``case list|show|actions`` and ``print referral|agreement|notice|receipt --pdf`` as real
subprocesses, on SQLite and PostgreSQL. Each run costs a Python start, so the runs of a test go
side by side."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from services.casework.requests import accept_request
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.clock import utc_now
from services.core.id_numbers import mask_id_number
from services.mediation import common as mediation_common
from services.storage.db import Database, open_database
from tests.cli.test_cli import Cli
from tests.services.mediation_helpers import ID_WANG, ID_ZHANG, Clock, new_case_in, register
from tests.strict import require_tool

PDFTOTEXT = "pdftotext"


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Cli:
    return Cli(db_url, tmp_path)


def earlier_today() -> datetime:
    """An hour ago, or just after the center's midnight if that is later: what a case did
    "today" must stay today (the center is at UTC+8; CI also runs after its midnight)."""
    now = utc_now()
    local = now.astimezone(ZoneInfo("Asia/Shanghai"))
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return max(now - timedelta(hours=1), midnight.astimezone(UTC) + timedelta(seconds=1))


def seed(database: Database) -> dict[str, mediation_common.CaseInfo]:
    """A referral overdue for feedback, an agreed case and a registered one."""
    with database.writer() as session:
        late = Clock(utc_now() - timedelta(days=20))
        referred = new_case_in(session, late, "referred")
        clock = Clock(earlier_today())
        agreed = new_case_in(session, clock, "agreed")
        registered = register(session, clock, dispute_type="labour")
    return {"referred": referred, "agreed": agreed, "registered": registered}


def pdf_text(path: Path) -> str:
    tool = require_tool(PDFTOTEXT)
    result = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return "".join(result.stdout.split())


def test_case_list_show_actions_and_mistakes(cli: Cli, database: Database) -> None:
    cases = seed(database)
    referred, agreed = cases["referred"], cases["agreed"]
    runs = cli.run_all(
        ["case", "list", "--json"],
        ["case", "list", "--overdue", "--json"],
        ["case", "list", "--state", "agreed"],
        ["case", "show", agreed.number.lower(), "--json"],
        ["case", "actions", "--date", "today", "--json"],
        ["case", "actions", "--date", (utc_now() + timedelta(days=60)).date().isoformat()],
        ["case", "list", "--state", "finished"],
        ["case", "actions", "--date", "2026-13-40"],
        ["case", "show", "M-2026-999999"],
    )
    listing, overdue, by_state, shown, actions, actions_text, bad_state, bad_date, missing = runs
    everything = listing.json()
    assert everything["count"] == 3
    assert [c["number"] for c in everything["cases"]][-1] == referred.number  # newest first
    assert ID_ZHANG not in listing.stdout
    assert ID_WANG not in listing.stdout
    parties = [p for c in everything["cases"] for p in c["parties"]]
    assert mask_id_number(ID_ZHANG) in {p["id_number_masked"] for p in parties}

    assert [c["number"] for c in overdue.json()["cases"]] == [referred.number]
    lines = by_state.text().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(agreed.number)
    assert "张秀兰 v 王建国、幸福物业服务有限公司" in lines[0]

    case = shown.json()["case"]
    assert case["case"]["state"] == "agreed"
    assert [e["to_state"] for e in case["timeline"]][-1] == "agreed"
    assert ID_ZHANG not in shown.stdout

    due_today = actions.json()
    assert due_today["count"] >= 1
    first = due_today["actions"][0]
    assert (first["case_number"], first["reason"], first["overdue"]) == (
        referred.number,
        "feedback_due",
        True,
    )
    # two months on, the agreed case's terms are overdue too
    text = actions_text.text()
    assert f"{agreed.number}  OVERDUE" in text
    assert "performance_due" in text

    # mistakes: one clear line each, exit status 1
    assert "Unknown case state 'finished'" in bad_state.error()
    assert "Invalid date '2026-13-40'" in bad_date.error()
    assert "There is no mediation case M-2026-999999" in missing.error()


def test_print_documents_as_pdf(cli: Cli, database: Database, tmp_path: Path) -> None:
    cases = seed(database)
    with database.writer() as session:
        resident = find_or_create_resident(session, SYSTEM, ID_ZHANG, "张秀兰")
        request = accept_request(
            session, SYSTEM, resident_id=resident.id, service_code="A", description="不动产登记"
        )
    referral, agreement, notice, receipt = (
        tmp_path / name for name in ("referral.pdf", "agreement.pdf", "notice.pdf", "receipt.pdf")
    )
    runs = cli.run_all(
        ["print", "referral", cases["referred"].number, "--pdf", str(referral), "--json"],
        ["print", "agreement", cases["agreed"].number, "--pdf", str(agreement)],
        ["print", "notice", cases["agreed"].number, "--pdf", str(notice), "--lang", "en"],
        ["print", "receipt", request.number, "--pdf", str(receipt), "--json"],
        ["print", "agreement", cases["registered"].number, "--pdf", str(tmp_path / "no.pdf")],
        ["print", "referral", "M-2026-999999", "--pdf", str(tmp_path / "none.pdf")],
    )
    slip, written, noticed, received, no_agreement, no_case = runs
    assert slip.json() == {
        "number": cases["referred"].number,
        "file": str(referral),
        "bytes": referral.stat().st_size,
    }
    assert written.text().startswith(f"Wrote the mediation agreement of {cases['agreed'].number}")
    assert noticed.returncode == 0
    assert received.json()["number"] == request.number
    assert "has no agreement to print" in no_agreement.error()
    assert "There is no mediation case" in no_case.error()
    assert not (tmp_path / "no.pdf").exists()

    texts = {path.name: pdf_text(path) for path in (referral, agreement, notice, receipt)}
    assert "矛盾纠纷转介单" in texts["referral.pdf"]
    assert "调解协议书" in texts["agreement.pdf"]
    assert "Noticeoftheparties'rightsandduties" in texts["notice.pdf"]
    assert "受理回执" in texts["receipt.pdf"]
    assert request.number in texts["receipt.pdf"]
    # the agreement the parties sign states their identity; every other document masks it
    assert ID_ZHANG in texts.pop("agreement.pdf")
    for name, text in texts.items():
        assert mask_id_number(ID_ZHANG) in text, name
        for full in (ID_ZHANG, ID_WANG):
            assert full not in text, name
            assert full.encode() not in (tmp_path / name).read_bytes(), name
