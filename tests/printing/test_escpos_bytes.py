"""The exact bytes of every command the builder emits."""

from __future__ import annotations

import pytest
from PIL import Image

from printing.escpos import EscPosBuilder
from printing.profiles import PrinterProfile


def built(builder: EscPosBuilder) -> bytes:
    return builder.build()


def test_init_and_chinese_mode() -> None:
    assert EscPosBuilder().init().build() == b"\x1b@"
    assert EscPosBuilder().chinese_mode(True).build() == b"\x1c&"
    assert EscPosBuilder().chinese_mode(False).build() == b"\x1c."


def test_chinese_mode_needs_a_chinese_printer() -> None:
    with pytest.raises(ValueError, match="Chinese"):
        EscPosBuilder(PrinterProfile(chinese=False)).chinese_mode(True)


def test_codepage_selects_esc_t() -> None:
    assert EscPosBuilder(PrinterProfile(codepage="cp858")).codepage().build() == b"\x1bt\x13"


def test_bytes_is_build() -> None:
    builder = EscPosBuilder().init()
    assert builder.bytes() == builder.build() == b"\x1b@"


@pytest.mark.parametrize(
    ("alignment", "expected"),
    [("left", b"\x1ba\x00"), ("center", b"\x1ba\x01"), ("right", b"\x1ba\x02")],
)
def test_align(alignment: str, expected: bytes) -> None:
    assert EscPosBuilder().align(alignment).build() == expected  # type: ignore[arg-type]


def test_bold() -> None:
    assert EscPosBuilder().bold(True).bold(False).build() == b"\x1bE\x01\x1bE\x00"


@pytest.mark.parametrize(
    ("width", "height", "n"),
    [(1, 1, 0x00), (2, 2, 0x11), (4, 4, 0x33), (2, 1, 0x10), (1, 2, 0x01), (8, 8, 0x77)],
)
def test_size_uses_gs_exclamation(width: int, height: int, n: int) -> None:
    assert EscPosBuilder().size(width, height).build() == b"\x1d!" + bytes((n,))


@pytest.mark.parametrize(("width", "height"), [(0, 1), (1, 9), (9, 1)])
def test_size_out_of_range(width: int, height: int) -> None:
    with pytest.raises(ValueError, match="multiplier"):
        EscPosBuilder().size(width, height)


def test_feed_and_cut() -> None:
    assert EscPosBuilder().feed(3).build() == b"\x1bd\x03"
    assert EscPosBuilder().cut().build() == b"\x1dVA\x00"
    assert EscPosBuilder().cut(partial=True).build() == b"\x1dVB\x00"
    assert EscPosBuilder().cut(partial=True, feed_dots=24).build() == b"\x1dVB\x18"


def test_status_request() -> None:
    assert EscPosBuilder().status_request(4).build() == b"\x10\x04\x04"
    with pytest.raises(ValueError, match="status"):
        EscPosBuilder().status_request(5)


def test_text_in_chinese_mode_is_gb18030() -> None:
    data = EscPosBuilder().chinese_mode(True).line("前面还有 3 人").build()
    assert data == b"\x1c&" + "前面还有 3 人".encode("gb18030") + b"\n"


def test_full_width_punctuation_encodes_in_gb18030() -> None:
    data = EscPosBuilder().chinese_mode(True).text("，。：（）「」").build()
    assert data == b"\x1c&\xa3\xac\xa1\xa3\xa3\xba\xa3\xa8\xa3\xa9\xa1\xb8\xa1\xb9"


def test_emoji_and_four_byte_characters_become_question_marks() -> None:
    data = EscPosBuilder().chinese_mode(True).text("好😀㐀").build()
    assert data == b"\x1c&" + "好".encode("gb18030") + b"??"


def test_control_characters_become_question_marks() -> None:
    assert EscPosBuilder().text("a\x1bb\x07c").build() == b"a?b?c"


def test_invisible_characters_are_dropped_and_text_normalised() -> None:
    data = EscPosBuilder().chinese_mode(True).text("❤\ufe0fe\u0301\u200d").build()
    assert data == b"\x1c&?" + "é".encode("gb18030")


def test_text_outside_chinese_mode_uses_the_codepage() -> None:
    data = EscPosBuilder(PrinterProfile(codepage="cp858")).text("café 政务 €").build()
    assert data == "café ?? €".encode("cp858")
    assert EscPosBuilder().text("café").build() == "café".encode("cp437")


def test_code128_mixed_payload_uses_code_set_b_with_c_for_the_digit_run() -> None:
    data = EscPosBuilder().barcode_code128("T-20261130-A023", height=80, module_width=2).build()
    code_data = b"{BT-{C" + bytes((20, 26, 11, 30)) + b"{B-A023"
    assert data == (
        b"\x1dhP"  # GS h 80
        b"\x1dw\x02"  # GS w 2
        b"\x1dH\x02"  # GS H 2: HRI below
        b"\x1dkI" + bytes((len(code_data),)) + code_data  # GS k 73 n
    )


def test_code128_all_digits_uses_code_set_c() -> None:
    data = EscPosBuilder().barcode_code128("123456", module_width=2).build()
    assert data.endswith(b"\x1dkI\x05{C\x0c\x22\x38")


def test_code128_escapes_a_brace() -> None:
    data = EscPosBuilder().barcode_code128("A{B", module_width=2).build()
    assert data.endswith(b"\x1dkI\x06{BA{{B")


def test_code128_module_width_fits_the_paper() -> None:
    wide = EscPosBuilder(PrinterProfile(80)).barcode_code128("T-20261130-A023").build()
    narrow = EscPosBuilder(PrinterProfile(58)).barcode_code128("T-20261130-A023").build()
    assert b"\x1dw\x02" in wide  # 198 modules * 2 = 396 <= 576, * 3 = 594 > 576
    assert b"\x1dw\x01" in narrow  # 198 * 2 = 396 > 384


def test_code128_rejects_non_ascii_and_empty_payloads() -> None:
    with pytest.raises(ValueError, match="ASCII"):
        EscPosBuilder().barcode_code128("票号")
    with pytest.raises(ValueError, match="non-empty"):
        EscPosBuilder().barcode_code128("")


def test_barcode_starts_on_a_fresh_line() -> None:
    data = EscPosBuilder().text("abc").barcode_code128("1234", module_width=2).build()
    assert data.startswith(b"abc\n\x1dh")


def test_qr_sequence_with_lengths() -> None:
    data = EscPosBuilder().qr("T-20261130-A023", module_size=6).build()
    payload = b"T-20261130-A023"
    store_length = len(payload) + 3
    assert data == (
        b"\x1d(k\x04\x00\x31\x41\x32\x00"  # model 2
        b"\x1d(k\x03\x00\x31\x43\x06"  # module size 6
        b"\x1d(k\x03\x00\x31\x45\x31"  # error level M
        b"\x1d(k"
        + bytes((store_length & 0xFF, store_length >> 8))
        + b"\x31\x50\x30"
        + payload
        + b"\x1d(k\x03\x00\x31\x51\x30"  # print
    )


def test_qr_store_length_above_255_uses_ph() -> None:
    payload = "x" * 300
    data = EscPosBuilder().qr(payload, module_size=2).build()
    assert b"\x1d(k" + bytes((303 & 0xFF, 303 >> 8)) + b"\x31\x50\x30" + b"x" * 300 in data


def test_qr_payload_is_utf8() -> None:
    data = EscPosBuilder().qr("查询", module_size=4).build()
    assert "查询".encode() in data


def test_raster_image_header_and_bits() -> None:
    image = Image.new("1", (10, 2), 1)
    image.putpixel((0, 0), 0)
    image.putpixel((9, 1), 0)
    data = EscPosBuilder().raster_image(image).build()
    # GS v 0 m xL xH yL yH: 2 bytes per row (10 dots padded to 16), 2 rows
    assert data == b"\x1dv0\x00\x02\x00\x02\x00" + bytes((0x80, 0x00, 0x00, 0x40))


def test_raster_image_header_is_little_endian() -> None:
    image = Image.new("1", (576, 300), 1)
    data = EscPosBuilder().raster_image(image).build()
    assert data[:8] == b"\x1dv0\x00" + bytes((72, 0, 300 & 0xFF, 300 >> 8))
    assert len(data) == 8 + 72 * 300


def test_raster_image_wider_than_the_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="wide"):
        EscPosBuilder(PrinterProfile(58)).raster_image(Image.new("1", (385, 8), 1))


def test_tall_raster_images_are_sent_in_bands() -> None:
    data = EscPosBuilder().raster_image(Image.new("1", (8, 2400), 1)).build()
    assert data.count(b"\x1dv0") == 2


def test_raster_code128_fallback_fits_the_paper() -> None:
    data = (
        EscPosBuilder(PrinterProfile(58, native_barcode=False)).code128("T-20261130-A023").build()
    )
    assert data.startswith(b"\x1dv0\x00")
    width_bytes = data[4] + 256 * data[5]
    assert width_bytes * 8 <= 384
    assert data.endswith(b"T-20261130-A023\n")
    assert b"\x1dk" not in data


def test_profile_chooses_native_or_raster() -> None:
    assert b"\x1dkI" in EscPosBuilder(PrinterProfile()).code128("R-2026-000123").build()
    assert b"\x1d(k" in EscPosBuilder(PrinterProfile()).qr_code("hello").build()
    raster_qr = EscPosBuilder(PrinterProfile(native_qr=False)).qr_code("hello").build()
    assert raster_qr.startswith(b"\x1dv0")
    assert b"\x1d(k" not in raster_qr


@pytest.mark.parametrize(("width", "columns", "dots"), [(58, 32, 384), (80, 48, 576)])
def test_profile_columns_and_dots(width: int, columns: int, dots: int) -> None:
    profile = PrinterProfile(paper_width_mm=width)
    assert (profile.columns, profile.dots_per_line) == (columns, dots)


def test_profile_rejects_other_widths_and_codepages() -> None:
    with pytest.raises(ValueError, match="paper width"):
        _ = PrinterProfile(paper_width_mm=76).columns
    with pytest.raises(ValueError, match="code page"):
        PrinterProfile(codepage="utf-8")
