"""Helpers for tests that use real tools: zbarimg, pdftotext, pdftoppm.

A missing tool skips the test on a laptop, but fails it when CIVICDESK_STRICT=1 (CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from printing.fonts import find_cjk_font


def _missing(what: str) -> None:
    if os.environ.get("CIVICDESK_STRICT") == "1":
        pytest.fail(f"{what} is required when CIVICDESK_STRICT=1 but is missing")
    pytest.skip(f"{what} is missing")


def require_tool(name: str) -> str:
    """The path of the command-line tool ``name``; skip (or fail in strict mode) without it."""
    path = shutil.which(name)
    if path is None:
        _missing(f"the tool {name!r}")
        raise AssertionError("unreachable")  # pragma: no cover
    return path


def require_cjk_font() -> Path:
    path = find_cjk_font(None)
    if path is None:
        _missing("a CJK TrueType font (fonts-wqy-microhei)")
        raise AssertionError("unreachable")  # pragma: no cover
    return path


def scan_barcodes(image: Path) -> list[str]:
    """Payloads zbarimg reads from ``image`` (empty when it finds none)."""
    zbarimg = require_tool("zbarimg")
    result = subprocess.run(
        [zbarimg, "-q", "--raw", str(image)], capture_output=True, text=True, timeout=60
    )
    return [line for line in result.stdout.splitlines() if line]


def pdf_to_pngs(pdf: bytes, directory: Path, dpi: int = 150) -> list[Path]:
    pdftoppm = require_tool("pdftoppm")
    directory.mkdir(parents=True, exist_ok=True)
    source = directory / "document.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [pdftoppm, "-r", str(dpi), "-png", str(source), str(directory / "page")],
        check=True,
        timeout=60,
    )
    return sorted(directory.glob("page-*.png"))


def pdf_text(pdf: bytes, directory: Path) -> str:
    pdftotext = require_tool("pdftotext")
    source = directory / "text.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout


def pdf_page_count(pdf: bytes, directory: Path) -> int:
    return len(pdf_to_pngs(pdf, directory, dpi=20))
