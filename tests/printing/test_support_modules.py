"""Fonts, the report hook, the COPY banner, and the purity of the package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import printing
from printing import decoder as d
from printing import fonts
from printing.copy_mark import mark_as_copy
from printing.labels import label, people_ahead

from .tools import require_cjk_font


def test_find_cjk_font_prefers_the_explicit_path(tmp_path: Path) -> None:
    font = tmp_path / "mine.ttf"
    font.write_bytes(b"not really a font")
    assert fonts.find_cjk_font(str(font)) == font


def test_find_cjk_font_falls_back_to_candidates(monkeypatch: pytest.MonkeyPatch) -> None:
    installed = require_cjk_font()
    assert fonts.find_cjk_font("/nonexistent.ttc") == installed
    monkeypatch.setattr(fonts, "CANDIDATES", ())
    assert fonts.find_cjk_font(None) is None


def test_register_pdf_font_embeds_the_truetype_font() -> None:
    require_cjk_font()
    name = fonts.register_pdf_font(None)
    assert name.startswith("CivicDeskCJK-")
    assert fonts.register_pdf_font(None) == name  # registered once


def test_register_pdf_font_skips_unusable_files(tmp_path: Path) -> None:
    require_cjk_font()
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"\x00" * 100)
    assert fonts.register_pdf_font(str(broken)).startswith("CivicDeskCJK-")


def test_mark_as_copy_puts_a_banner_after_init() -> None:
    original = b"\x1b@\x1c&" + "受理回执".encode("gb18030") + b"\n"
    ops = d.decode(mark_as_copy(original))
    assert ops[0] == d.Init()
    assert d.decoded_text(ops).startswith("** 补打 REPRINT **\n")
    assert d.Size(2, 2) in ops
    assert d.Bold(True) in ops
    # the document itself starts again from a fresh ESC @ and keeps its text
    assert ops[ops.index(d.Init(), 1) :][:2] == [d.Init(), d.ChineseMode(True)]
    assert d.decoded_text(ops).endswith("受理回执\n")


def test_mark_as_copy_without_init() -> None:
    ops = d.decode(mark_as_copy(b"plain"))
    assert ops[0] == d.Init()
    assert d.decoded_text(ops).endswith("plain")


def test_labels() -> None:
    assert label("receipt_title", "zh_CN") == "受理回执"
    assert label("receipt_title", "en") == "Acceptance receipt"
    assert people_ahead(0, "zh_CN") == "前面没有人等候"
    assert people_ahead(5, "en") == "5 people ahead"
    with pytest.raises(ValueError, match="language"):
        label("receipt_title", "de")
    with pytest.raises(KeyError):
        label("no_such_label", "en")


FORBIDDEN = {"PySide6", "shiboken6", "services", "devices", "ui", "cli", "serial"}


def test_printing_imports_no_qt_devices_or_services() -> None:
    package = Path(printing.__file__).parent
    for module in package.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{module.name} imports {name}"


def test_require_tool_skips_or_fails_by_strictness(monkeypatch: pytest.MonkeyPatch) -> None:
    from .tools import require_tool

    monkeypatch.setenv("CIVICDESK_STRICT", "0")
    with pytest.raises(pytest.skip.Exception):
        require_tool("civicdesk-no-such-tool")
    monkeypatch.setenv("CIVICDESK_STRICT", "1")
    with pytest.raises(pytest.fail.Exception, match="CIVICDESK_STRICT"):
        require_tool("civicdesk-no-such-tool")
