"""What a thermal printer can do: paper width, Chinese font, native barcodes."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Final

# Font A is 12 x 24 dots; a Chinese glyph takes two columns (24 dots).
_COLUMNS_BY_WIDTH: Final[dict[int, int]] = {58: 32, 80: 48}
_DOTS_BY_WIDTH: Final[dict[int, int]] = {58: 384, 80: 576}
COLUMN_DOTS: Final = 12
LINE_DOTS: Final = 24

# ESC t n numbers of the single-byte code pages Python can encode (Epson table).
CODEPAGE_NUMBERS: Final[dict[str, int]] = {
    "cp437": 0,
    "cp850": 2,
    "cp860": 3,
    "cp863": 4,
    "cp865": 5,
    "cp1252": 16,
    "cp866": 17,
    "cp852": 18,
    "cp858": 19,
}


def _check_paper_width(paper_width_mm: int) -> None:
    if paper_width_mm not in _COLUMNS_BY_WIDTH:
        raise ValueError(
            f"unsupported paper width {paper_width_mm} mm; use one of {sorted(_COLUMNS_BY_WIDTH)}"
        )


def columns_for(paper_width_mm: int) -> int:
    """Font A columns per line on ``paper_width_mm`` paper (58 -> 32, 80 -> 48)."""
    _check_paper_width(paper_width_mm)
    return _COLUMNS_BY_WIDTH[paper_width_mm]


def dots_for(paper_width_mm: int) -> int:
    """Printable dots per line on ``paper_width_mm`` paper (58 -> 384, 80 -> 576)."""
    _check_paper_width(paper_width_mm)
    return _DOTS_BY_WIDTH[paper_width_mm]


@dataclass(frozen=True)
class PrinterProfile:
    """A printer model's abilities.

    ``chinese``: has a GB18030 font and understands ``FS &``. ``native_barcode`` /
    ``native_qr``: understands ``GS k`` CODE128 / ``GS ( k`` QR; otherwise they are
    drawn and sent as raster images. ``codepage``: the Python codec of the
    single-byte code page used outside Chinese mode.
    """

    paper_width_mm: int = 80
    chinese: bool = True
    native_barcode: bool = True
    native_qr: bool = True
    codepage: str = "cp437"

    def __post_init__(self) -> None:
        # The paper width is checked where it is used (columns, dots_per_line).
        try:
            info = codecs.lookup(self.codepage)
        except LookupError:
            raise ValueError(f"unknown code page {self.codepage!r}") from None
        if info.name not in CODEPAGE_NUMBERS:
            raise ValueError(
                f"code page {self.codepage!r} is not a supported single-byte printer code page; "
                f"use one of {sorted(CODEPAGE_NUMBERS)}"
            )

    @property
    def columns(self) -> int:
        return columns_for(self.paper_width_mm)

    @property
    def dots_per_line(self) -> int:
        return dots_for(self.paper_width_mm)

    @property
    def codepage_number(self) -> int:
        """The ``ESC t n`` number of :attr:`codepage`."""
        return CODEPAGE_NUMBERS[codecs.lookup(self.codepage).name]
