"""What decoded ESC/POS operations put on paper: lines of text runs, barcodes, images, cuts.

The preview draws these; tests measure them (columns per line, sizes honoured).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

from printing import decoder as d
from printing.textcodec import printed_columns

DEFAULT_BARCODE_HEIGHT: Final = 162  # Epson's power-on GS h
DEFAULT_MODULE_WIDTH: Final = 3  # Epson's power-on GS w


@dataclass(frozen=True)
class TextRun:
    text: str
    width: int = 1
    height: int = 1
    bold: bool = False
    chinese: bool = False

    @property
    def columns(self) -> int:
        """Font A columns the run takes, width multiplier included."""
        return printed_columns(self.text, chinese=self.chinese) * self.width


@dataclass(frozen=True)
class TextLine:
    runs: tuple[TextRun, ...]
    alignment: d.Alignment = "left"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def columns(self) -> int:
        return sum(run.columns for run in self.runs)

    @property
    def height(self) -> int:
        """The tallest height multiplier on the line (1 for an empty line)."""
        return max((run.height for run in self.runs), default=1)


@dataclass(frozen=True)
class BarcodeBlock:
    kind: str
    payload: str
    height_dots: int
    module_dots: int
    hri: d.HriPosition
    alignment: d.Alignment


@dataclass(frozen=True)
class QRBlock:
    payload: str
    module_size: int
    error_level: str
    alignment: d.Alignment


@dataclass(frozen=True)
class ImageBlock:
    width_dots: int
    height: int
    bits: bytes
    scale_mode: int
    alignment: d.Alignment


@dataclass(frozen=True)
class FeedBlock:
    lines: int


@dataclass(frozen=True)
class CutMark:
    partial: bool


PaperItem = TextLine | BarcodeBlock | QRBlock | ImageBlock | FeedBlock | CutMark


@dataclass
class _PrinterState:
    alignment: d.Alignment = "left"
    bold: bool = False
    width: int = 1
    height: int = 1
    chinese: bool = False
    barcode_height: int = DEFAULT_BARCODE_HEIGHT
    module_width: int = DEFAULT_MODULE_WIDTH
    hri: d.HriPosition = "none"


@dataclass
class _Paper:
    chinese_at_init: bool
    items: list[PaperItem] = field(default_factory=list)
    runs: list[TextRun] = field(default_factory=list)
    line_alignment: d.Alignment = "left"
    state: _PrinterState = field(default_factory=_PrinterState)
    mid_line: bool = False

    def end_line(self) -> None:
        self.items.append(TextLine(tuple(self.runs), self.line_alignment))
        self.runs = []
        self.mid_line = False

    def end_unfinished_line(self) -> None:
        if self.mid_line:
            self.end_line()

    def add_text(self, text: str) -> None:
        state = self.state
        for index, piece in enumerate(text.split("\n")):
            if index:
                self.end_line()
            if not piece:
                continue
            if not self.mid_line:
                self.line_alignment = state.alignment
                self.mid_line = True
            run = TextRun(piece, state.width, state.height, state.bold, state.chinese)
            self.runs.append(run)

    def apply(self, op: d.Op) -> None:
        state = self.state
        if isinstance(op, d.Text):
            self.add_text(op.text)
        elif isinstance(op, d.Init):
            self.end_unfinished_line()
            self.state = _PrinterState(chinese=self.chinese_at_init)
        elif isinstance(op, d.ChineseMode):
            state.chinese = op.on
        elif isinstance(op, d.Align):
            state.alignment = op.alignment
        elif isinstance(op, d.Bold):
            state.bold = op.on
        elif isinstance(op, d.Size):
            state.width, state.height = op.width, op.height
        elif isinstance(op, d.BarcodeHeight):
            state.barcode_height = op.dots
        elif isinstance(op, d.BarcodeModuleWidth):
            state.module_width = op.dots
        elif isinstance(op, d.BarcodeHri):
            state.hri = op.position
        elif isinstance(op, d.Feed):
            self.end_unfinished_line()
            self.items.append(FeedBlock(op.lines))
        elif isinstance(op, d.Barcode):
            self.end_unfinished_line()
            self.items.append(
                BarcodeBlock(
                    op.kind,
                    op.payload,
                    state.barcode_height,
                    state.module_width,
                    state.hri,
                    state.alignment,
                )
            )
        elif isinstance(op, d.QRCode):
            self.end_unfinished_line()
            self.items.append(QRBlock(op.payload, op.module_size, op.error_level, state.alignment))
        elif isinstance(op, d.RasterImage):
            self.end_unfinished_line()
            self.items.append(
                ImageBlock(op.width_dots, op.height, op.bits, op.scale_mode, state.alignment)
            )
        elif isinstance(op, d.Cut):
            self.end_unfinished_line()
            self.items.append(CutMark(op.partial))


def lay_out(ops: Iterable[d.Op], *, chinese: bool = False) -> list[PaperItem]:
    """Follow the printer's state through ``ops`` and list what ends up on paper.

    ``chinese`` is the printer's Chinese mode at power-on, as for :func:`decoder.decode`.
    """
    paper = _Paper(chinese_at_init=chinese, state=_PrinterState(chinese=chinese))
    for op in ops:
        paper.apply(op)
    paper.end_unfinished_line()
    return paper.items


def text_lines(items: Iterable[PaperItem]) -> list[TextLine]:
    return [item for item in items if isinstance(item, TextLine)]
