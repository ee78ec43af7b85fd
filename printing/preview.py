"""Draws ESC/POS bytes as a paper-like PNG, one pixel per printer dot.

Text uses a CJK TrueType font (see :mod:`printing.fonts`) in Font A cells of
12 x 24 dots, scaled by ``GS !``; barcodes are drawn with python-barcode so a
scanner (or ``zbarimg``) can read them off the picture.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Final

import barcode
from barcode.errors import BarcodeError
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

from printing import barcode_image, paper, qr_matrix
from printing.decoder import decode
from printing.fonts import find_cjk_font
from printing.profiles import COLUMN_DOTS, LINE_DOTS, dots_for
from printing.raster import RasterBits, unpack

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
DOTS_PER_MM: Final = 8
LINE_GAP_DOTS: Final = 6  # default line spacing is 30 dots for 24-dot text
FEED_LINE_DOTS: Final = LINE_DOTS + LINE_GAP_DOTS
TABLE_MARGIN: Final = 24  # grey table around the paper
PAPER_BOTTOM_DOTS: Final = 24
HRI_GAP_DOTS: Final = 4
MAX_PAPER_DOTS: Final = 40_000  # 5 m of paper: a preview of runaway data stops here
TABLE_COLOUR: Final = (208, 208, 208)
PAPER_COLOUR: Final = (255, 255, 255)
INK: Final = (20, 20, 20)
WARNING_INK: Final = (200, 0, 0)
CUT_COLOUR: Final = (150, 150, 150)
# python-barcode names of the native symbologies the preview can draw.
_PYTHON_BARCODE_NAMES: Final = {
    "CODE128": "code128",
    "EAN13": "ean13",
    "EAN8": "ean8",
    "UPC-A": "upca",
    "CODE39": "code39",
    "ITF": "itf",
    "CODABAR": "codabar",
}


@lru_cache(maxsize=8)
def _font(size: int, font_path: str | None) -> Font:
    path = find_cjk_font(font_path)
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(str(path), size, index=0)


@lru_cache(maxsize=64)
def _latin_font(size: int, font_path: str | None) -> tuple[Font, float]:
    """A font whose letters, descenders included, fit ``size`` dots, and its baseline."""
    font = _font(size, font_path)
    if not isinstance(font, ImageFont.FreeTypeFont):  # Pillow built without FreeType
        return font, size * 0.75
    top, bottom = font.getbbox("Hgjy|", anchor="ls")[1::2]
    span = max(1.0, float(bottom - top))
    if span <= size:
        return font, float(-top)
    fitted = _font(max(1, int(size * size / span)), font_path)
    return fitted, float(-fitted.getbbox("Hgjy|", anchor="ls")[1])


@lru_cache(maxsize=4096)
def _glyph(
    char: str, cells: int, width: int, height: int, bold: bool, font_path: str | None
) -> Image.Image:
    """One character in its cell: ``cells`` Font A columns, scaled by the multipliers."""
    size = LINE_DOTS * height
    cell_width = cells * COLUMN_DOTS * height
    if cells == 2:  # full-width glyph: centred in its square cell
        font = _font(size - 2 * height, font_path)
        anchor, origin_y = "mm", size / 2
    else:  # half-width: on a baseline that leaves room for descenders
        font, baseline = _latin_font(size, font_path)
        anchor, origin_y = "ls", baseline
    drawn_width = max(cell_width, int(font.getlength(char)) + 2)
    image = Image.new("L", (drawn_width, size), 255)
    draw = ImageDraw.Draw(image)
    strikes = (0, max(1, height // 2)) if bold else (0,)
    for offset in strikes:
        x = drawn_width / 2 + offset
        if anchor == "ls":  # centre the advance width in the cell
            x -= font.getlength(char) / 2
        draw.text((x, origin_y), char, font=font, fill=0, anchor=anchor)
    target = (cells * COLUMN_DOTS * width, size)
    if image.size == target:
        return image
    return image.resize(target, Image.Resampling.LANCZOS)


def _run_cells(char: str, chinese: bool) -> int:
    return 2 if chinese and ord(char) >= 0x80 else 1


def _aligned_x(alignment: str, width: int, print_width: int) -> int:
    if alignment == "center":
        return max(0, (print_width - width) // 2)
    if alignment == "right":
        return max(0, print_width - width)
    return 0


class _Canvas:
    """A tall strip of paper that items are drawn onto, top to bottom."""

    def __init__(self, print_width: int, font_path: str | None) -> None:
        self.print_width = print_width
        self.font_path = font_path
        self.image = Image.new("L", (print_width, 4096), 255)
        self.y = 0
        self.cuts: list[int] = []

    def _ensure(self, height: int) -> None:
        if self.y + height <= self.image.height:
            return
        grown = Image.new("L", (self.print_width, max(self.image.height * 2, self.y + height)), 255)
        grown.paste(self.image, (0, 0))
        self.image = grown

    def paste(self, picture: Image.Image, alignment: str) -> None:
        self._ensure(picture.height)
        x = _aligned_x(alignment, picture.width, self.print_width)
        self.image.paste(picture.convert("L"), (x, self.y))
        self.y += picture.height

    def text_line(self, line: paper.TextLine) -> None:
        height = LINE_DOTS * line.height + LINE_GAP_DOTS
        self._ensure(height)
        x = _aligned_x(line.alignment, line.columns * COLUMN_DOTS, self.print_width)
        baseline_top = self.y + LINE_DOTS * line.height  # runs share the bottom edge
        for run in line.runs:
            for char in run.text:
                cells = _run_cells(char, run.chinese)
                glyph = _glyph(char, cells, run.width, run.height, run.bold, self.font_path)
                if x + glyph.width > self.print_width:
                    break  # a real printer would wrap; our renderers never get here
                self.image.paste(glyph, (x, baseline_top - glyph.height))
                x += glyph.width
        self.y += height

    def note(self, text: str) -> None:
        self._ensure(FEED_LINE_DOTS)
        ImageDraw.Draw(self.image).text((0, self.y), text, font=_font(16, self.font_path), fill=128)
        self.y += FEED_LINE_DOTS

    def hri(self, payload: str) -> None:
        self._ensure(LINE_DOTS + HRI_GAP_DOTS)
        line = paper.TextLine((paper.TextRun(payload),), "center")
        self.y += HRI_GAP_DOTS
        self.text_line(line)

    def barcode(self, block: paper.BarcodeBlock) -> None:
        picture = _barcode_picture(block)
        if picture is None:
            self.note(f"[{block.kind} {block.payload!r}: cannot draw]")
            return
        if picture.width > self.print_width:
            self.note(f"[{block.kind} {block.payload!r}: wider than the paper, not printed]")
            return
        if block.hri in ("above", "both"):
            self.hri(block.payload)
        self.paste(picture, block.alignment)
        if block.hri in ("below", "both"):
            self.hri(block.payload)

    def qr(self, block: paper.QRBlock) -> None:
        level = block.error_level if block.error_level in ("L", "M", "Q", "H") else "M"
        try:
            matrix = qr_matrix.qr_matrix(block.payload.encode("utf-8"), level)  # type: ignore[arg-type]
        except ValueError as error:
            self.note(f"[QR: {error}]")
            return
        picture = qr_matrix.qr_image(matrix, module_dots=block.module_size)
        if picture.width > self.print_width:
            self.note("[QR code wider than the paper, not printed]")
            return
        self.paste(picture, block.alignment)

    def raster(self, block: paper.ImageBlock) -> None:
        picture = unpack(RasterBits(block.width_dots // 8, block.height, block.bits))
        if block.scale_mode & 1:
            picture = picture.resize((picture.width * 2, picture.height), Image.Resampling.NEAREST)
        if block.scale_mode & 2:
            picture = picture.resize((picture.width, picture.height * 2), Image.Resampling.NEAREST)
        if picture.width > self.print_width:
            picture = picture.crop((0, 0, self.print_width, picture.height))
        self.paste(picture, block.alignment)

    def draw(self, item: paper.PaperItem) -> None:
        if isinstance(item, paper.TextLine):
            self.text_line(item)
        elif isinstance(item, paper.BarcodeBlock):
            self.barcode(item)
        elif isinstance(item, paper.QRBlock):
            self.qr(item)
        elif isinstance(item, paper.ImageBlock):
            self.raster(item)
        elif isinstance(item, paper.FeedBlock):
            self._ensure(item.lines * FEED_LINE_DOTS)
            self.y += item.lines * FEED_LINE_DOTS
        elif isinstance(item, paper.CutMark):
            self.y += PAPER_BOTTOM_DOTS
            self.cuts.append(self.y)


def _barcode_picture(block: paper.BarcodeBlock) -> Image.Image | None:
    module = max(1, block.module_dots)
    height = max(1, block.height_dots)
    if block.kind == "CODE128":
        try:
            return barcode_image.code128_image(
                block.payload, module_dots=module, height_dots=height
            )
        except (ValueError, BarcodeError):
            return None
    name = _PYTHON_BARCODE_NAMES.get(block.kind)
    if name is None:
        return None
    try:
        drawn: Image.Image = barcode.get(name, block.payload, writer=ImageWriter(dpi=25.4)).render(
            {
                "module_width": module,
                "module_height": height,
                "quiet_zone": 10 * module,
                "margin_top": 0,
                "margin_bottom": 0,
                "write_text": False,
            }
        )
    except (ValueError, BarcodeError):
        return None
    return drawn


def _on_paper(strip: Image.Image, cuts: list[int], paper_width_mm: int) -> Image.Image:
    """Put the printed strip on white paper with side margins, on a grey table."""
    paper_width = paper_width_mm * DOTS_PER_MM
    margin = (paper_width - strip.width) // 2
    paper_height = strip.height + PAPER_BOTTOM_DOTS
    page = Image.new(
        "RGB", (paper_width + 2 * TABLE_MARGIN, paper_height + 2 * TABLE_MARGIN), TABLE_COLOUR
    )
    draw = ImageDraw.Draw(page)
    draw.rectangle(
        (TABLE_MARGIN, TABLE_MARGIN, TABLE_MARGIN + paper_width - 1, TABLE_MARGIN + paper_height),
        fill=PAPER_COLOUR,
    )
    ink = Image.new("RGB", strip.size, INK)
    page.paste(
        ink, (TABLE_MARGIN + margin, TABLE_MARGIN), mask=Image.eval(strip, lambda v: 255 - v)
    )
    for cut in cuts:
        y = TABLE_MARGIN + cut
        for x in range(TABLE_MARGIN, TABLE_MARGIN + paper_width, 12):
            draw.line((x, y, x + 6, y), fill=CUT_COLOUR, width=2)
    return page


def render_preview_png(
    data: bytes, paper_width_mm: int = 80, *, font_path: str | None = None
) -> bytes:
    """Decode ESC/POS ``data`` and draw it as a PNG of the printed paper.

    Raises:
        DecodeError: ``data`` is malformed ESC/POS.
        ValueError: ``paper_width_mm`` is not 58 or 80.
    """
    canvas = _Canvas(dots_for(paper_width_mm), font_path)
    for item in paper.lay_out(decode(data)):
        if canvas.y > MAX_PAPER_DOTS:
            canvas.note("[preview stops here: more than 5 m of paper]")
            break
        canvas.draw(item)
    strip = canvas.image.crop((0, 0, canvas.print_width, max(canvas.y, 1)))
    picture = _on_paper(strip, canvas.cuts, paper_width_mm)
    output = io.BytesIO()
    picture.save(output, format="PNG")
    return output.getvalue()
