"""``petition register|accept|decline|forward|extend|reply|review|list|show`` and
``print petition-slip|petition-notice`` as real subprocesses, with --json and clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.petitions import deadlines
from services.storage.db import open_database
from tests.cli.test_cli import Cli
from tests.printing.tools import pdf_text, pdf_to_pngs, require_cjk_font, scan_barcodes
from tests.services.mediation_helpers import ID_ZHANG


@pytest.fixture
def cli(sqlite_url: str, tmp_path: Path) -> Cli:
    return Cli(sqlite_url, tmp_path)


def _periods(url: str) -> tuple[date, date, date, date]:
    """Today, and the decision, handling and extended deadlines counted from it."""
    database = open_database(url)
    try:
        with database.reader() as session:
            today = service_day(utc_now(), load_center_config(session).timezone)
            return (
                today,
                deadlines.decide_by(session, today),
                deadlines.handle_by(session, today),
                deadlines.handle_by(session, today, 20),
            )
    finally:
        database.dispose()


REGISTER = [
    "petition",
    "register",
    "--channel",
    "visit",
    "--category",
    "urban_construction",
    "--body",
    "区住房和城乡建设局",
    "--matter",
    "加装电梯久拖不决",
    "--petitioner",
    f"张三,{ID_ZHANG},13800138000",
    "--petitioner",
    "李四",
    "--headcount",
    "9",
    "--json",
]


def test_a_petition_from_registration_to_review(cli: Cli, sqlite_url: str, tmp_path: Path) -> None:
    today, decide_by, handle_by, extended = _periods(sqlite_url)
    first = cli(*REGISTER).json()
    assert (first["code"], first["state"]) == (f"X-{today.year}-000001", "registered")
    assert first["decide_by"] == decide_by.isoformat()
    assert first["flags"] == ["collective"]
    code = first["code"]
    accepted = cli("petition", "accept", code, "--json").json()
    assert (accepted["state"], accepted["handle_by"]) == ("accepted", handle_by.isoformat())
    extend = ["petition", "extend", code, "--days", "20", "--reason", "需勘验", "--json"]
    too_long = cli(*extend[:4], "31", *extend[5:])
    extended_now = cli(*extend)
    assert too_long.returncode == 1
    assert too_long.stderr.strip() == "An extension lasts 1 to 30 days, not 31 (Art. 32)."
    assert extended_now.json()["handle_by"] == extended.isoformat()
    reply = ["petition", "reply", code, "--finding", "supported", "--opinion", "同意加装"]
    again, replied = cli.run_all(extend, [*reply, "--satisfaction", "satisfied", "--json"])
    assert again.returncode == 1
    assert "cannot move to extended" in again.stderr
    assert replied.json()["petition"]["satisfaction"] == "satisfied"
    review = cli("petition", "review", code, "--request", "--json").json()
    assert review["state"] == "review_requested"
    show_json, show_text, listing = cli.run_all(
        ["petition", "show", code, "--json"],
        ["petition", "show", code],
        ["petition", "list", "--flag", "collective", "--json"],
    )
    shown = show_json.json()
    assert set(shown["deadlines"]) == {
        "decide_by",
        "handle_by",
        "review_request_by",
        "review_decide_by",
        "re_review_request_by",
        "re_review_decide_by",
    }
    assert shown["deadlines"]["handle_by"] == extended.isoformat()
    assert [e["to_state"] for e in shown["timeline"]] == [
        "registered",
        "accepted",
        "extended",
        "replied",
        "review_requested",
    ]
    assert shown["petition"]["petitioners"][0]["id_number_masked"].startswith("110105****")
    assert "110105********" in show_text.stdout
    assert ID_ZHANG not in show_text.stdout
    assert [p["number"] for p in listing.json()["petitions"]] == [code]


def test_decline_forward_and_the_notices(cli: Cli, tmp_path: Path) -> None:
    require_cjk_font()
    one, other = (result.json() for result in cli.run_all(REGISTER, REGISTER))
    one, second = sorted([one, other], key=lambda answer: answer["code"])
    first = one["code"]
    assert (one["flags"], second["flags"]) == (["collective"], ["collective", "repeat"])
    declined, forwarded = cli.run_all(
        ["petition", "decline", first, "--route", "litigation", "--note", "民事纠纷", "--json"],
        ["petition", "forward", second["code"], "--to", "市住建委", "--json"],
    )
    assert declined.json()["routes"] == ["litigation"]
    assert forwarded.json()["forwarded_to"] == "市住建委"
    slip, notice, wrong = cli.run_all(
        ["print", "petition-slip", first, "--pdf", str(tmp_path / "slip.pdf")],
        ["print", "petition-notice", first, "--kind", "decline", "--pdf", str(tmp_path / "d.pdf")],
        ["print", "petition-notice", first, "--kind", "reply", "--pdf", str(tmp_path / "r.pdf")],
    )
    assert slip.returncode == notice.returncode == 0
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == f"{first} is declined and has no reply notice to print."
    assert not (tmp_path / "r.pdf").exists()
    text = "".join(pdf_text((tmp_path / "d.pdf").read_bytes(), tmp_path).split())
    assert "信访事项不予受理告知书" in text
    assert "向人民法院提起诉讼" in text
    pages = pdf_to_pngs((tmp_path / "slip.pdf").read_bytes(), tmp_path / "png")
    assert scan_barcodes(pages[0]) == [first]


def test_bad_input_is_one_clear_line(cli: Cli) -> None:
    unknown, bad_person, bad_id = cli.run_all(
        ["petition", "accept", "X-2026-999999"],
        [*REGISTER[:-5], "--petitioner", "a,b,c,d"],
        [*REGISTER[:-5], "--petitioner", "王五,110105194912310021"],
    )
    assert unknown.returncode == 1
    assert "There is no petition 'X-2026-999999'" in unknown.stderr
    assert bad_person.returncode == 1
    assert "give NAME, NAME,ID or NAME,ID,PHONE" in bad_person.stderr
    assert bad_id.returncode == 1
    for result in (unknown, bad_person, bad_id):
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
