"""The district on the command line: a center's days as a file, imported at the district
(twice: nothing changes), the district report as JSON and CSV, and clear one-line errors."""

from __future__ import annotations

from pathlib import Path

from cli.routing import is_command
from tests.cli.test_cli import Cli


def test_a_center_file_reaches_the_district_report(sqlite_url: str, tmp_path: Path) -> None:
    center = Cli(sqlite_url, tmp_path / "center")
    assert center("seed-demo", "--days", "3", "--per-day", "25").returncode == 0
    assert (
        "district code"
        in center(
            "report",
            "export-days",
            "--from",
            "2026-01-01",
            "--to",
            "today",
            str(tmp_path / "x.json"),
        ).error()
    )
    assert center("district", "code", "hd-07", "--json").json() == {"code": "HD-07"}
    exported = center(
        "report",
        "export-days",
        "--from",
        "2026-01-01",
        "--to",
        "today",
        str(tmp_path / "hd07.json"),
        "--json",
    ).json()
    assert exported["days"] == 3

    district = Cli(f"sqlite:///{tmp_path / 'district.sqlite3'}", tmp_path / "district")
    assert district("db", "upgrade").returncode == 0
    first = district("district", "import", str(tmp_path / "hd07.json"), "--json").json()
    again = district("district", "import", str(tmp_path / "hd07.json"), "--json").json()
    assert (first["changed"], again["changed"]) == (3, 0)
    report = district(
        "report",
        "district",
        "--from",
        "2026-01-01",
        "--to",
        "today",
        "--csv",
        str(tmp_path / "csv"),
        "--json",
    ).json()
    assert [c["code"] for c in report["centers"]] == ["HD-07"]
    own = center("report", "range", "--from", "2026-01-01", "--to", "yesterday", "--json").json()
    assert report["total"]["issued"] == report["centers"][0]["issued"] == own["queue"]["issued"]
    table = next(Path(name) for name in report["csv"] if name.endswith("district.csv"))
    assert table.read_text(encoding="utf-8-sig").count("\n") == 3  # header, HD-07, total

    (tmp_path / "notes.json").write_text('{"format": "something else"}', encoding="utf-8")
    refused = district("district", "import", str(tmp_path / "notes.json")).error()
    assert "not a district file" in refused
    assert "Cannot read" in district("district", "import", str(tmp_path / "missing.json")).error()
    assert "SQLite" in center("district", "publish").error()


def test_district_is_a_station_and_a_group_of_commands() -> None:
    assert not is_command(["district"])
    assert not is_command(["district", "--screenshot", "x.png"])
    assert is_command(["district", "subscribe", "--center", "A", "--url", "postgresql://x/y"])
    assert is_command(["report", "district", "--from", "2026-01-01", "--to", "today"])
