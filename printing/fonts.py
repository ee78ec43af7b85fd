"""Finds a CJK TrueType font on this machine, for PDFs and previews."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

CID_FALLBACK_FONT: Final = "STSong-Light"
_WINDOWS_FONTS: Final = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
CANDIDATES: Final[tuple[Path, ...]] = (
    # Windows
    _WINDOWS_FONTS / "msyh.ttc",
    _WINDOWS_FONTS / "msyh.ttf",
    _WINDOWS_FONTS / "simsun.ttc",
    _WINDOWS_FONTS / "simhei.ttf",
    # Debian / Ubuntu
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
    Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    # macOS
    Path("/System/Library/Fonts/PingFang.ttc"),
    Path("/System/Library/Fonts/STHeiti Light.ttc"),
    Path("/System/Library/Fonts/Supplemental/Songti.ttc"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)

_registered: dict[Path, str] = {}


def _existing_fonts(explicit: str | None) -> Iterator[Path]:
    if explicit:
        path = Path(explicit).expanduser()
        if path.is_file():
            yield path
        else:
            log.warning("configured CJK font %s does not exist; looking for another", path)
    for candidate in CANDIDATES:
        if candidate.is_file():
            yield candidate


def find_cjk_font(explicit: str | None = None) -> Path | None:
    """The configured font if it exists, else the first CJK font found, else ``None``."""
    return next(_existing_fonts(explicit), None)


def _register_truetype(path: Path) -> str | None:
    if path in _registered:
        return _registered[path]
    name = f"CivicDeskCJK-{len(_registered) + 1}-{path.stem}"
    try:
        # Index 0 of a .ttc collection is the regular face of every candidate above.
        font = TTFont(name, str(path), subfontIndex=0)
    except (TTFError, OSError) as error:
        # Fonts with PostScript (CFF) outlines, like Noto CJK, cannot be embedded by ReportLab.
        log.info("cannot embed %s in PDFs: %s", path, error)
        return None
    pdfmetrics.registerFont(font)
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)
    _registered[path] = name
    return name


def register_pdf_font(explicit: str | None = None) -> str:
    """Register a CJK TrueType font with ReportLab and return its name.

    Falls back to the ``STSong-Light`` CID font (not embedded; PDF readers
    substitute a Song face) when no usable TrueType font is found.
    """
    for path in _existing_fonts(explicit):
        name = _register_truetype(path)
        if name is not None:
            return name
    log.warning("no CJK TrueType font found; PDFs use the %s CID font", CID_FALLBACK_FONT)
    if CID_FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK_FONT))
    return CID_FALLBACK_FONT
