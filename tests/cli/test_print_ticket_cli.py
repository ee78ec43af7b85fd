"""``print ticket`` reprints a queue ticket as it stands now (in this process: the command's
parsing and output; the counting is the queue's own): the people ahead and the wait counted
again, no such line once the ticket is called, and every name in the language asked for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli.app import run_command
from printing import decoder as d
from printing.preview import render_preview_png
from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.storage.db import open_database
from tests.printing.tools import scan_barcodes

CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def test_a_reprint_counts_the_people_ahead_now_and_speaks_one_language(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(db_url)
    with database.writer() as session:
        first = queue_ops.issue_ticket(session, SYSTEM, "A")
        plain = queue_ops.issue_ticket(session, SYSTEM, "A")
        elder = queue_ops.issue_ticket(session, SYSTEM, "A", priority="elderly")
    database.dispose()
    assert (first.code, plain.code, elder.code) == ("A001", "A002", "A003")
    config = tmp_path / "civicdesk.toml"
    config.write_text("")

    def reprint(code: str, *options: str) -> str:
        out = tmp_path / f"{code}{''.join(options)}.bin"
        status = run_command(
            ["--db", db_url, "--config", str(config), "print", "ticket", code, "--to", str(out)]
            + list(options)
        )
        _, err = capsys.readouterr()
        assert status == 0, err
        data = out.read_bytes()
        if code == plain.barcode:  # once: the printed paper's barcode scans back
            png = tmp_path / "reprint.png"
            png.write_bytes(render_preview_png(data))
            assert scan_barcodes(png) == [plain.barcode]
        return d.decoded_text(d.decode(data, chinese=True))

    # The elder joined after A002 but is served first (green channel): two ahead of A002 now.
    assert "前面还有 2 人" in reprint(plain.barcode)
    assert "预计等候" in reprint(plain.code)

    with database.writer() as session:
        called = queue_ops.call_next(session, SYSTEM, 1, open_if_closed=True)
    database.dispose()
    assert called.code == "A003"
    english = reprint("A002", "--lang", "en")
    assert "1 person ahead" in english
    assert "District Public Service Center" in english
    assert "Social security" in english
    assert not CJK.findall(english), english

    # Called: nobody to count ahead of it, so no such line (not "no one ahead").
    chinese = reprint("A003")
    assert "前面" not in chinese
    assert "预计等候" not in chinese
    assert "优先：老年人" in chinese
    english = reprint("A003", "--lang", "en")
    assert "ahead" not in english
    assert "Priority: Elderly" in english
    assert not CJK.findall(english), english
