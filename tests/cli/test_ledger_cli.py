"""``grid add|list`` and ``ledger add|list|show|resolve|refer|zero-report|report`` as real
subprocesses; the monthly report's PDF read back with pdftotext in Chinese and English."""

from __future__ import annotations

from pathlib import Path

import pytest

from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.storage.db import open_database
from tests.cli.test_cli import Cli
from tests.printing.tools import pdf_text, require_cjk_font


@pytest.fixture
def cli(sqlite_url: str, tmp_path: Path) -> Cli:
    return Cli(sqlite_url, tmp_path)


def _month(url: str) -> str:
    database = open_database(url)
    try:
        with database.reader() as session:
            today = service_day(utc_now(), load_center_config(session).timezone)
    finally:
        database.dispose()
    return f"{today.year:04d}-{today.month:02d}"


def _grid(community: str, name: str) -> list[str]:
    return ["grid", "add", "--street", "城关街道", "--community", community, "--name", name]


def _add(community: str, *extra: str) -> list[str]:
    return [
        "ledger", "add", "--community", community, "--grid", "第一网格", "--source", "grid_round",
        "--kind", "neighbour", "--summary", "楼上漏水", "--json", *extra,
    ]  # fmt: skip


def test_the_map_the_ledger_and_the_monthly_report(
    cli: Cli, sqlite_url: str, tmp_path: Path
) -> None:
    require_cjk_font()
    month = _month(sqlite_url)
    first, second, third = cli.run_all(
        [*_grid("幸福社区", "第一网格"), "--member", "王五,13700137000", "--json"],
        _grid("和平社区", "第一网格"),
        _grid("东湖村", "第一网格"),
    )
    assert first.json()["grid"]["members"] == [{"name": "王五", "phone": "13700137000"}]
    assert second.returncode == third.returncode == 0
    grave = cli(*_add("幸福社区", "--party", "赵大", "--people", "6", "--risk", "grave")).json()
    assert (grave["code"][:7], grave["state"]) == ("L-" + month[:4] + "-", "registered")
    assert grave["entry"]["flags"] == ["five_or_more"]
    code = grave["code"]
    resolved, zero, wrong, listed = cli.run_all(
        ["ledger", "resolve", code, "--note", "已和解", "--json"],
        [
            "ledger",
            "zero-report",
            "--community",
            "和平社区",
            "--grid",
            "第一网格",
            "--month",
            month,
        ],
        ["ledger", "refer", "L-1999-000001", "--to", "department", "--detail", "区住建局"],
        ["grid", "list", "--json"],
    )
    assert resolved.json()["state"] == "resolved"
    assert zero.returncode == 0
    assert wrong.returncode == 1
    assert wrong.stderr.strip().startswith("There is no ledger entry 'L-1999-000001'")
    assert listed.json()["count"] == 3
    report, pdf_zh, pdf_en = cli.run_all(
        ["ledger", "report", "--month", month, "--json"],
        ["ledger", "report", "--month", month, "--pdf", str(tmp_path / "zh.pdf")],
        ["ledger", "report", "--month", month, "--pdf", str(tmp_path / "en.pdf"), "--lang", "en"],
    )
    figures = report.json()["report"]
    assert (figures["total"], figures["resolved"], figures["resolution_rate"]) == (1, 1, 1.0)
    assert (figures["grids"], figures["reported"], figures["zero_reports"]) == (3, 2, 1)
    assert [g["community"] for g in figures["missing"]] == ["东湖村"]
    assert pdf_zh.returncode == pdf_en.returncode == 0
    zh = "".join(pdf_text((tmp_path / "zh.pdf").read_bytes(), tmp_path).split())
    for phrase in ["矛盾纠纷排查月报", month, "化解率", "100.0%", "幸福社区", "邻里纠纷", "重大"]:
        assert phrase in zh
    assert "城关街道/东湖村/第一网格" in zh
    en = "".join(pdf_text((tmp_path / "en.pdf").read_bytes(), tmp_path).split())
    for phrase in [
        "Monthlydisputeinvestigation",
        "Neighbours",
        "Grave",
        "Gridsthathavenotreported",
    ]:
        assert phrase in en


def test_renaming_a_grid_its_members_and_removing_it(cli: Cli) -> None:
    which = ["--community", "幸福社区", "--grid"]
    cli.run_all(_grid("幸福社区", "第一网格"), _grid("幸福社区", "第二网格"))
    # each batch runs side by side: its commands touch different grids
    plain = [arg for arg in _add("幸福社区", "--party", "赵大") if arg != "--json"]
    entry, renamed, members = cli.run_all(
        [*plain, "--people", "7", "--flag", "minors", "--flag", "violence_threat"],
        ["grid", "rename", *which, "第二网格", "--to", "二号网格", "--json"],
        ["grid", "members", *which, "第一网格", "--member", "李网格,0731-88888888", "--json"],
    )
    # The flags in words, as the desk shows them, never as codes.
    assert "Five or more people; Minors involved; Threat of violence" in entry.text()
    codes = {"five_or_more", "minors", "violence_threat"}
    assert not (codes | {code.upper() for code in codes}) & set(entry.text().split())
    assert renamed.json()["grid"]["name"] == "二号网格"
    assert members.json()["grid"]["members"] == [{"name": "李网格", "phone": "0731-88888888"}]
    kept, removed = cli.run_all(
        ["grid", "remove", *which, "第一网格"], ["grid", "remove", *which, "二号网格", "--json"]
    )
    assert kept.error().startswith("The grid 第一网格 is named by 2 ledger entries")
    assert removed.json()["removed"]["name"] == "二号网格"
