"""Decodes ESC/POS bytes into operations, for tests and on-screen previews.

It understands what :class:`printing.escpos.EscPosBuilder` emits, knows the
parameter lengths of other common commands (reported as :class:`Unknown`), and
tracks Chinese mode to decode text as GB18030 or the single-byte code page.
Truncated or malformed commands raise :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, Literal

from printing.profiles import CODEPAGE_NUMBERS

Alignment = Literal["left", "center", "right"]
HriPosition = Literal["none", "above", "below", "both"]


class DecodeError(ValueError):
    """The bytes are not well-formed ESC/POS."""


@dataclass(frozen=True)
class Init:
    pass


@dataclass(frozen=True)
class ChineseMode:
    on: bool


@dataclass(frozen=True)
class CodePage:
    number: int


@dataclass(frozen=True)
class Text:
    text: str  # may contain "\n" (LF)


@dataclass(frozen=True)
class Align:
    alignment: Alignment


@dataclass(frozen=True)
class Bold:
    on: bool


@dataclass(frozen=True)
class Size:
    width: int
    height: int


@dataclass(frozen=True)
class Feed:
    lines: int


@dataclass(frozen=True)
class BarcodeHeight:
    dots: int


@dataclass(frozen=True)
class BarcodeModuleWidth:
    dots: int


@dataclass(frozen=True)
class BarcodeHri:
    position: HriPosition


@dataclass(frozen=True)
class Barcode:
    kind: str  # "CODE128", "EAN13", ...
    payload: str


@dataclass(frozen=True)
class QRCode:
    payload: str
    module_size: int = 3
    error_level: str = "L"


@dataclass(frozen=True)
class RasterImage:
    width_dots: int
    height: int
    bits: bytes  # rows of width_dots / 8 bytes, MSB leftmost, 1 = burned
    scale_mode: int = 0


@dataclass(frozen=True)
class Cut:
    partial: bool
    feed_dots: int = 0


@dataclass(frozen=True)
class StatusRequest:
    n: int


@dataclass(frozen=True)
class Unknown:
    data: bytes


Op = (
    Init
    | ChineseMode
    | CodePage
    | Text
    | Align
    | Bold
    | Size
    | Feed
    | BarcodeHeight
    | BarcodeModuleWidth
    | BarcodeHri
    | Barcode
    | QRCode
    | RasterImage
    | Cut
    | StatusRequest
    | Unknown
)

ESC: Final = 0x1B
GS: Final = 0x1D
FS: Final = 0x1C
DLE: Final = 0x10
LF: Final = 0x0A

_ALIGNMENTS: Final[dict[int, Alignment]] = {
    0: "left",
    1: "center",
    2: "right",
    48: "left",
    49: "center",
    50: "right",
}
_HRI: Final[dict[int, HriPosition]] = {
    0: "none",
    1: "above",
    2: "below",
    3: "both",
    48: "none",
    49: "above",
    50: "below",
    51: "both",
}
_QR_ERROR_LEVELS: Final[dict[int, str]] = {48: "L", 49: "M", 50: "Q", 51: "H"}
_BARCODE_KINDS: Final[dict[int, str]] = {
    0: "UPC-A",
    1: "UPC-E",
    2: "EAN13",
    3: "EAN8",
    4: "CODE39",
    5: "ITF",
    6: "CODABAR",
    65: "UPC-A",
    66: "UPC-E",
    67: "EAN13",
    68: "EAN8",
    69: "CODE39",
    70: "ITF",
    71: "CODABAR",
    72: "CODE93",
    73: "CODE128",
}
_CODEPAGE_NAMES: Final[dict[int, str]] = {number: name for name, number in CODEPAGE_NUMBERS.items()}
# Fixed parameter byte counts of commands reported as Unknown.
_ESC_PARAMETERS: Final[dict[int, int]] = {
    ord(" "): 1,
    ord("!"): 1,
    ord("$"): 2,
    ord("%"): 1,
    ord("-"): 1,
    ord("2"): 0,
    ord("3"): 1,
    ord("="): 1,
    ord("?"): 1,
    ord("D"): -1,
    ord("G"): 1,
    ord("J"): 1,
    ord("K"): 1,
    ord("L"): 0,
    ord("M"): 1,
    ord("R"): 1,
    ord("S"): 0,
    ord("T"): 1,
    ord("U"): 1,
    ord("V"): 1,
    ord("\\"): 2,
    ord("c"): 2,
    ord("e"): 1,
    ord("p"): 3,
    ord("r"): 1,
    ord("u"): 1,
    ord("v"): 0,
    ord("{"): 1,
}
_GS_PARAMETERS: Final[dict[int, int]] = {
    ord("$"): 2,
    ord("*"): 2,
    ord("/"): 1,
    ord(":"): 0,
    ord("B"): 1,
    ord("I"): 1,
    ord("L"): 2,
    ord("P"): 2,
    ord("W"): 2,
    ord("\\"): 2,
    ord("^"): 3,
    ord("a"): 1,
    ord("b"): 1,
    ord("c"): 0,
    ord("f"): 1,
    ord("r"): 1,
    ord("x"): 1,
}
_FS_PARAMETERS: Final[dict[int, int]] = {
    ord("!"): 1,
    ord("-"): 1,
    ord("2"): 74,
    ord("C"): 1,
    ord("S"): 2,
    ord("W"): 1,
    ord("p"): 2,
}


def _describe(command: bytes) -> str:
    names = {ESC: "ESC", GS: "GS", FS: "FS", DLE: "DLE"}
    parts = [names.get(command[0], f"0x{command[0]:02X}")]
    parts += [chr(byte) if 0x21 <= byte <= 0x7E else f"0x{byte:02X}" for byte in command[1:]]
    return " ".join(parts)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.data)

    def peek(self) -> int:
        return self.data[self.pos]

    def take(self, count: int, what: str, start: int) -> bytes:
        if count < 0 or self.pos + count > len(self.data):
            command = _describe(self.data[start : start + 3])
            raise DecodeError(
                f"truncated {command} at offset {start}: needs {count} more byte(s) for {what}, "
                f"{len(self.data) - self.pos} left"
            )
        chunk = self.data[self.pos : self.pos + count]
        self.pos += count
        return chunk

    def byte(self, what: str, start: int) -> int:
        return self.take(1, what, start)[0]

    def until_nul(self, what: str, start: int) -> bytes:
        end = self.data.find(b"\x00", self.pos)
        if end < 0:
            raise DecodeError(f"unterminated {what} at offset {start}: no NUL before the end")
        chunk = self.data[self.pos : end]
        self.pos = end + 1
        return chunk


@dataclass
class _State:
    chinese: bool
    codepage: str
    default_chinese: bool
    default_codepage: str
    qr_data: bytes | None = None
    qr_module: int = 3
    qr_error: str = "L"

    def reset(self) -> None:
        self.chinese = self.default_chinese
        self.codepage = self.default_codepage
        self.qr_data = None
        self.qr_module = 3
        self.qr_error = "L"


def _decode_code128(data: bytes, start: int) -> str:
    """The payload of ``GS k 73`` data, code set selectors removed."""
    if len(data) < 2 or data[0] != ord("{") or data[1] not in b"ABC":
        raise DecodeError(
            f"CODE128 data at offset {start} must start with a code set selector {{A, {{B or {{C"
        )
    code_set = chr(data[1])
    payload: list[str] = []
    index = 2
    while index < len(data):
        byte = data[index]
        if byte == ord("{"):
            if index + 1 >= len(data):
                raise DecodeError(f"CODE128 data at offset {start} ends inside a '{{' escape")
            selector = chr(data[index + 1])
            index += 2
            if selector in "ABC":
                code_set = selector
            elif selector == "{" and code_set != "C":
                payload.append("{")
            elif selector == "S" and code_set != "C":
                if index >= len(data):
                    raise DecodeError(f"CODE128 shift at offset {start} has no character")
                payload.append(chr(data[index]))
                index += 1
            elif selector not in "1234" or (code_set == "C" and selector != "1"):
                raise DecodeError(f"CODE128 data at offset {start}: bad escape '{{{selector}'")
            continue
        if code_set == "C":
            if byte > 99:
                raise DecodeError(f"CODE128 code set C byte {byte} at offset {start} is above 99")
            payload.append(f"{byte:02d}")
        elif code_set == "A" and byte > 0x5F or code_set == "B" and not 0x20 <= byte <= 0x7F:
            raise DecodeError(
                f"CODE128 byte 0x{byte:02X} at offset {start} not in code set {code_set}"
            )
        else:
            payload.append(chr(byte))
        index += 1
    return "".join(payload)


def _decode_text(data: bytes, state: _State) -> str:
    if state.chinese:
        return data.decode("gb18030", errors="replace")
    return data.decode(state.codepage, errors="replace")


class _Decoder:
    def __init__(self, data: bytes, chinese: bool, codepage: str) -> None:
        self.reader = _Reader(data)
        self.state = _State(chinese, codepage, chinese, codepage)
        self.ops: list[Op] = []
        self.handlers: dict[int, Callable[[int], None]] = {
            ESC: self._esc,
            GS: self._gs,
            FS: self._fs,
            DLE: self._dle,
        }

    def run(self) -> list[Op]:
        reader = self.reader
        while not reader.at_end():
            start = reader.pos
            byte = reader.peek()
            handler = self.handlers.get(byte)
            if handler is not None:
                reader.pos += 1
                handler(start)
            elif byte >= 0x20 or byte == LF:
                self._text(start)
            else:
                reader.pos += 1
                self.ops.append(Unknown(bytes((byte,))))
        return self.ops

    def _emit(self, op: Op) -> None:
        self.ops.append(op)

    def _text(self, start: int) -> None:
        reader = self.reader
        data = reader.data
        end = start
        while end < len(data) and (data[end] >= 0x20 or data[end] == LF):
            end += 1
        reader.pos = end
        text = _decode_text(data[start:end], self.state)
        last = self.ops[-1] if self.ops else None
        if isinstance(last, Text):
            self.ops[-1] = Text(last.text + text)
        else:
            self._emit(Text(text))

    def _param(self, start: int, what: str) -> int:
        return self.reader.byte(what, start)

    # -- ESC ------------------------------------------------------------------

    def _esc(self, start: int) -> None:
        command = self._param(start, "the ESC command letter")
        letter = chr(command)
        if letter == "@":
            self.state.reset()
            self._emit(Init())
        elif letter == "a":
            value = self._param(start, "ESC a alignment")
            if value not in _ALIGNMENTS:
                raise DecodeError(f"ESC a at offset {start}: bad alignment {value}")
            self._emit(Align(_ALIGNMENTS[value]))
        elif letter == "E":
            self._emit(Bold(bool(self._param(start, "ESC E bold flag") & 1)))
        elif letter == "d":
            self._emit(Feed(self._param(start, "ESC d line count")))
        elif letter == "t":
            number = self._param(start, "ESC t code page")
            self.state.codepage = _CODEPAGE_NAMES.get(number, self.state.codepage)
            self._emit(CodePage(number))
        elif letter == "*":
            self._esc_bit_image(start)
        elif command in _ESC_PARAMETERS:
            count = _ESC_PARAMETERS[command]
            if count < 0:  # ESC D: tab stops up to NUL
                self.reader.until_nul("ESC D tab stops", start)
            else:
                self.reader.take(count, f"ESC {letter} parameters", start)
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))
        else:
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))

    def _esc_bit_image(self, start: int) -> None:
        mode = self._param(start, "ESC * mode")
        low, high = self.reader.take(2, "ESC * width", start)
        columns = low + 256 * high
        if mode in (0, 1):
            self.reader.take(columns, "ESC * image data", start)
        elif mode in (32, 33):
            self.reader.take(3 * columns, "ESC * image data", start)
        else:
            raise DecodeError(f"ESC * at offset {start}: bad mode {mode}")
        self._emit(Unknown(self.reader.data[start : self.reader.pos]))

    # -- FS -------------------------------------------------------------------

    def _fs(self, start: int) -> None:
        command = self._param(start, "the FS command letter")
        if command == ord("&"):
            self.state.chinese = True
            self._emit(ChineseMode(True))
        elif command == ord("."):
            self.state.chinese = False
            self._emit(ChineseMode(False))
        else:
            count = _FS_PARAMETERS.get(command, 0)
            self.reader.take(count, f"FS {chr(command)} parameters", start)
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))

    # -- DLE ------------------------------------------------------------------

    def _dle(self, start: int) -> None:
        command = self._param(start, "the DLE command")
        if command == 0x04:
            kind = self._param(start, "DLE EOT status kind")
            if not 1 <= kind <= 4:
                raise DecodeError(f"DLE EOT at offset {start}: bad status kind {kind}")
            self._emit(StatusRequest(kind))
            return
        if command == 0x05:
            self._param(start, "DLE ENQ parameter")
        elif command == 0x14:
            self.reader.take(3, "DLE DC4 parameters", start)
        self._emit(Unknown(self.reader.data[start : self.reader.pos]))

    # -- GS -------------------------------------------------------------------

    def _gs(self, start: int) -> None:
        command = self._param(start, "the GS command letter")
        letter = chr(command)
        if letter == "!":
            value = self._param(start, "GS ! size")
            width, height = (value >> 4) + 1, (value & 0x0F) + 1
            if width > 8 or height > 8:
                raise DecodeError(f"GS ! at offset {start}: bad size 0x{value:02X}")
            self._emit(Size(width, height))
        elif letter == "h":
            self._emit(BarcodeHeight(self._param(start, "GS h barcode height")))
        elif letter == "w":
            self._emit(BarcodeModuleWidth(self._param(start, "GS w module width")))
        elif letter == "H":
            value = self._param(start, "GS H HRI position")
            if value not in _HRI:
                raise DecodeError(f"GS H at offset {start}: bad HRI position {value}")
            self._emit(BarcodeHri(_HRI[value]))
        elif letter == "k":
            self._barcode(start)
        elif letter == "V":
            self._cut(start)
        elif letter == "v":
            self._raster(start)
        elif letter == "(":
            self._gs_paren(start)
        elif command in _GS_PARAMETERS:
            self.reader.take(_GS_PARAMETERS[command], f"GS {letter} parameters", start)
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))
        else:
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))

    def _barcode(self, start: int) -> None:
        kind_code = self._param(start, "GS k barcode type")
        if kind_code not in _BARCODE_KINDS:
            raise DecodeError(f"GS k at offset {start}: unknown barcode type {kind_code}")
        kind = _BARCODE_KINDS[kind_code]
        if kind_code <= 6:
            data = self.reader.until_nul(f"GS k {kind} data", start)
        else:
            length = self._param(start, "GS k data length")
            data = self.reader.take(length, f"GS k {kind} data", start)
        payload = _decode_code128(data, start) if kind == "CODE128" else data.decode("latin-1")
        self._emit(Barcode(kind, payload))

    def _cut(self, start: int) -> None:
        mode = self._param(start, "GS V cut mode")
        if mode in (0, 48):
            self._emit(Cut(partial=False))
        elif mode in (1, 49):
            self._emit(Cut(partial=True))
        elif mode in (65, 66):
            feed = self._param(start, "GS V feed amount")
            self._emit(Cut(partial=mode == 66, feed_dots=feed))
        else:
            raise DecodeError(f"GS V at offset {start}: unsupported cut mode {mode}")

    def _raster(self, start: int) -> None:
        function = self._param(start, "GS v function")
        if function != ord("0"):
            raise DecodeError(f"GS v at offset {start}: unsupported function 0x{function:02X}")
        mode = self._param(start, "GS v 0 mode")
        if mode not in (0, 1, 2, 3, 48, 49, 50, 51):
            raise DecodeError(f"GS v 0 at offset {start}: bad mode {mode}")
        x_low, x_high, y_low, y_high = self.reader.take(4, "GS v 0 size", start)
        width_bytes, height = x_low + 256 * x_high, y_low + 256 * y_high
        bits = self.reader.take(width_bytes * height, "GS v 0 image data", start)
        self._emit(RasterImage(width_bytes * 8, height, bits, mode % 48))

    def _gs_paren(self, start: int) -> None:
        function_letter = self._param(start, "GS ( function letter")
        low, high = self.reader.take(2, "GS ( length", start)
        body = self.reader.take(low + 256 * high, f"GS ( {chr(function_letter)} parameters", start)
        if function_letter != ord("k") or len(body) < 2 or body[0] != 49:
            self._emit(Unknown(self.reader.data[start : self.reader.pos]))
            return
        self._qr(body[1], body[2:], start)

    def _qr(self, function: int, parameters: bytes, start: int) -> None:
        state = self.state
        if function == 65:  # model
            if len(parameters) != 2 or parameters[0] not in (49, 50, 51):
                raise DecodeError(f"GS ( k QR model at offset {start}: bad parameters")
        elif function == 67:  # module size
            if len(parameters) != 1 or not 1 <= parameters[0] <= 16:
                raise DecodeError(f"GS ( k QR module size at offset {start}: bad parameters")
            state.qr_module = parameters[0]
        elif function == 69:  # error correction level
            if len(parameters) != 1 or parameters[0] not in _QR_ERROR_LEVELS:
                raise DecodeError(f"GS ( k QR error level at offset {start}: bad parameters")
            state.qr_error = _QR_ERROR_LEVELS[parameters[0]]
        elif function == 80:  # store
            if not parameters or parameters[0] != 48:
                raise DecodeError(f"GS ( k QR store at offset {start}: m must be 48")
            state.qr_data = parameters[1:]
        elif function == 81:  # print
            if state.qr_data is None:
                raise DecodeError(f"GS ( k QR print at offset {start} with no stored data")
            payload = state.qr_data.decode("utf-8", errors="replace")
            self._emit(QRCode(payload, state.qr_module, state.qr_error))
            return
        self._emit(Unknown(self.reader.data[start : self.reader.pos]))


def decode(data: bytes, *, chinese: bool = False, codepage: str = "cp437") -> list[Op]:
    """Decode ESC/POS ``data`` into operations.

    ``chinese`` and ``codepage`` give the printer's state at power-on (and after
    ``ESC @``). Adjacent text is merged into one :class:`Text`.

    Raises:
        DecodeError: a command is truncated or has invalid parameters.
    """
    try:
        codecs.lookup(codepage)
    except LookupError:
        raise ValueError(f"unknown code page {codepage!r}") from None
    return _Decoder(data, chinese, codepage).run()


def decoded_text(ops: Iterable[Op]) -> str:
    """The printed text of ``ops``, lines separated by ``\\n`` (barcodes and images left out)."""
    return "".join(op.text for op in ops if isinstance(op, Text))
