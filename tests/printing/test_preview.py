from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from printing.decoder import DecodeError
from printing.documents import QueueTicket
from printing.escpos import EscPosBuilder
from printing.preview import render_preview_png
from printing.profiles import PrinterProfile
from printing.thermal import render_ticket


def open_png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize(("paper_width_mm", "paper_dots"), [(58, 464), (80, 640)])
def test_preview_is_as_wide_as_the_paper(
    ticket: QueueTicket, paper_width_mm: int, paper_dots: int
) -> None:
    data = render_ticket(ticket, PrinterProfile(paper_width_mm))
    image = open_png(render_preview_png(data, paper_width_mm))
    assert image.width == paper_dots + 2 * 24  # the paper on a grey table
    assert image.height > 400


def test_size_multipliers_make_taller_lines() -> None:
    small = open_png(render_preview_png(EscPosBuilder().line("A").build()))
    big = open_png(render_preview_png(EscPosBuilder().size(4, 4).line("A").build()))
    assert big.height - small.height == 3 * 24


def test_preview_draws_raster_images() -> None:
    square = Image.new("1", (64, 64), 0)
    image = open_png(render_preview_png(EscPosBuilder().raster_image(square).build()))
    dark = sum(1 for pixel in image.convert("L").tobytes() if pixel < 64)
    assert dark >= 64 * 64


def test_preview_of_empty_data() -> None:
    assert open_png(render_preview_png(b"")).width == 640 + 48


def test_preview_rejects_malformed_data_and_odd_widths() -> None:
    with pytest.raises(DecodeError):
        render_preview_png(b"\x1dv0\x00\x10\x00\x10\x00")
    with pytest.raises(ValueError, match="paper width"):
        render_preview_png(b"", 76)


def test_preview_survives_barcodes_it_cannot_draw() -> None:
    data = (
        EscPosBuilder()
        .raw(b"\x1dk\x02ABC\x00")  # EAN13 with letters
        .raw(b"\x1dw\x06")
        .barcode_code128("X" * 60, module_width=6)  # far too wide
        .build()
    )
    assert open_png(render_preview_png(data)).height > 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    b"\x1d!\x77",
                    b"\x1dkI\x05{BABC",
                    b"\x1dv0\x00\x01\x00\x02\x00\xff",
                    b"\x1bd\x05",
                    b"\x1dVA\x00",
                    "中".encode("gb18030"),
                    b"\n",
                ]
            ),
            st.binary(max_size=8),
        ),
        max_size=20,
    ).map(b"".join)
)
def test_preview_of_random_bytes_is_a_png_or_a_decode_error(data: bytes) -> None:
    try:
        png = render_preview_png(data, 58)
    except DecodeError:
        return
    open_png(png)
