from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from printing import decoder as d
from printing.documents import QueueTicket
from printing.escpos import EscPosBuilder
from printing.profiles import PrinterProfile
from printing.thermal import render_ticket


def test_round_trip_of_a_whole_ticket(ticket: QueueTicket) -> None:
    ops = d.decode(render_ticket(ticket, PrinterProfile()))
    assert ops[0] == d.Init()
    assert d.ChineseMode(True) in ops
    text = d.decoded_text(ops)
    assert "北京市朝阳区政务服务中心" in text
    assert "A023" in text
    assert "前面还有 12 人" in text
    assert "Please watch the screen." in text
    assert d.Size(6, 6) in ops  # the big ticket code
    assert d.Barcode("CODE128", "T-20261130-A023") in ops
    assert isinstance(ops[-1], d.Cut)


def test_round_trip_of_chinese_english_barcode_qr_and_cut() -> None:
    data = (
        EscPosBuilder()
        .init()
        .chinese_mode(True)
        .align("center")
        .bold(True)
        .size(4, 4)
        .line("A023")
        .size(1, 1)
        .bold(False)
        .line("前面还有 3 人，请稍候。")
        .chinese_mode(False)
        .line("3 people ahead")
        .barcode_code128("T-20261130-A023", module_width=2)
        .qr("https://example.org/查询", module_size=5)
        .feed(2)
        .status_request(1)
        .cut(partial=True)
        .build()
    )
    assert d.decode(data) == [
        d.Init(),
        d.ChineseMode(True),
        d.Align("center"),
        d.Bold(True),
        d.Size(4, 4),
        d.Text("A023\n"),
        d.Size(1, 1),
        d.Bold(False),
        d.Text("前面还有 3 人，请稍候。\n"),
        d.ChineseMode(False),
        d.Text("3 people ahead\n"),
        d.BarcodeHeight(80),
        d.BarcodeModuleWidth(2),
        d.BarcodeHri("below"),
        d.Barcode("CODE128", "T-20261130-A023"),
        d.Unknown(b"\x1d(k\x04\x001A2\x00"),  # QR model 2
        d.Unknown(b"\x1d(k\x03\x001C\x05"),  # module size
        d.Unknown(b"\x1d(k\x03\x001E1"),  # error level M
        d.Unknown(
            b"\x1d(k"
            + bytes((len("https://example.org/查询".encode()) + 3, 0))
            + b"1P0"
            + "https://example.org/查询".encode()
        ),
        d.QRCode("https://example.org/查询", 5, "M"),
        d.Feed(2),
        d.StatusRequest(1),
        d.Cut(partial=True),
    ]


def test_text_outside_chinese_mode_decodes_with_the_codepage() -> None:
    data = EscPosBuilder(PrinterProfile(codepage="cp858")).init().codepage().text("café €").build()
    assert d.decoded_text(d.decode(data, codepage="cp858")) == "café €"
    # ESC t switches the decoder's code page too
    assert d.decoded_text(d.decode(data)) == "café €"


def test_full_width_punctuation_round_trip() -> None:
    punctuation = "，。：；！？（）「」『』《》、"
    data = EscPosBuilder().chinese_mode(True).text(punctuation).build()
    assert d.decoded_text(d.decode(data)) == punctuation


def test_emoji_round_trips_as_question_mark() -> None:
    data = EscPosBuilder().chinese_mode(True).text("张三😀").build()
    assert d.decoded_text(d.decode(data)) == "张三?"


def test_raster_image_round_trip() -> None:
    data = b"\x1dv0\x00\x02\x00\x01\x00\xff\x80"
    assert d.decode(data) == [d.RasterImage(16, 1, b"\xff\x80")]


def test_code128_with_code_set_c_and_escapes() -> None:
    data = b"\x1dkI\x0c{BA{{{C\x0c\x22{B}"
    assert d.decode(data) == [d.Barcode("CODE128", "A{1234}")]


def test_format_a_barcode_runs_to_nul() -> None:
    assert d.decode(b"\x1dk\x04ABC\x00") == [d.Barcode("CODE39", "ABC")]


def test_unknown_commands_keep_their_parameters() -> None:
    assert d.decode(b"\x1b-\x01x") == [d.Unknown(b"\x1b-\x01"), d.Text("x")]
    assert d.decode(b"\x1d(L\x02\x00ab") == [d.Unknown(b"\x1d(L\x02\x00ab")]
    assert d.decode(b"\x07") == [d.Unknown(b"\x07")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x1b", "truncated"),
        (b"\x1ba", "truncated"),
        (b"\x1ba\x07", "alignment"),
        (b"\x1d!\x88", "size"),
        (b"\x1dkI\x10{BT-2026", "truncated"),
        (b"\x1dkI\x03AB\x00", "code set"),
        (b"\x1dkI\x04{C\x64\x01", "above 99"),
        (b"\x1dk\x04ABC", "NUL"),
        (b"\x1dk\x99", "barcode type"),
        (b"\x1d(k\x05\x001P0", "truncated"),
        (b"\x1d(k\x03\x001Q0", "no stored data"),
        (b"\x1dv0\x00\x02\x00\x02\x00\xff", "truncated"),
        (b"\x1dv1", "function"),
        (b"\x1dV\x07", "cut mode"),
        (b"\x1dVA", "truncated"),
        (b"\x10\x04\x09", "status"),
    ],
)
def test_malformed_data_raises_decode_error(data: bytes, message: str) -> None:
    with pytest.raises(d.DecodeError, match=message):
        d.decode(data)


def test_decode_error_is_a_value_error_with_the_offset() -> None:
    with pytest.raises(ValueError, match="offset 3"):
        d.decode(b"abc\x1bd")


COMMAND_PREFIXES = [
    b"\x1b@",
    b"\x1ba",
    b"\x1bE",
    b"\x1bd",
    b"\x1bt",
    b"\x1b*",
    b"\x1c&",
    b"\x1c.",
    b"\x1d!",
    b"\x1dh",
    b"\x1dw",
    b"\x1dH",
    b"\x1dkI",
    b"\x1dk\x04",
    b"\x1dV",
    b"\x1dv0",
    b"\x1d(k",
    b"\x10\x04",
    b"\n",
    "政务".encode("gb18030"),
]
chunks = st.one_of(st.sampled_from(COMMAND_PREFIXES), st.binary(max_size=6))
command_soup = st.lists(chunks, max_size=30).map(b"".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), command_soup), st.booleans())
def test_decode_of_random_bytes_returns_ops_or_raises_decode_error(
    data: bytes, chinese: bool
) -> None:
    try:
        ops = d.decode(data, chinese=chinese)
    except d.DecodeError:
        return
    assert all(isinstance(op, d.Op.__args__) for op in ops)  # type: ignore[attr-defined]
    d.decoded_text(ops)
