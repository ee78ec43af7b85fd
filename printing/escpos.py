"""A small ESC/POS command builder over plain bytes.

Every method appends one command and returns the builder, so calls chain::

    data = EscPosBuilder(profile).init().chinese_mode(True).line("你好").cut().build()

Cutting uses ``GS V 65`` / ``GS V 66`` with a feed amount ("feed to the cutter,
then cut"), so the last printed line is never left above the blade. Barcodes,
QR codes and raster images start on a fresh line: the builder ends an
unfinished text line first.
"""

from __future__ import annotations

import builtins
from typing import Final, Literal, Self

from PIL import Image

from printing import barcode_image, code128, qr_matrix
from printing.profiles import PrinterProfile
from printing.raster import pack
from printing.textcodec import encode_text

Alignment = Literal["left", "center", "right"]
HriPosition = Literal["none", "above", "below", "both"]

ESC: Final = b"\x1b"
GS: Final = b"\x1d"
FS: Final = b"\x1c"
DLE: Final = b"\x10"
LF: Final = b"\n"

ALIGNMENT_CODES: Final[dict[Alignment, int]] = {"left": 0, "center": 1, "right": 2}
HRI_CODES: Final[dict[HriPosition, int]] = {"none": 0, "above": 1, "below": 2, "both": 3}
QR_ERROR_CODES: Final[dict[qr_matrix.ErrorLevel, int]] = {"L": 48, "M": 49, "Q": 50, "H": 51}
BARCODE_CODE128: Final = 73
CUT_FULL_WITH_FEED: Final = 65
CUT_PARTIAL_WITH_FEED: Final = 66
QR_MODEL_2: Final = 50
MAX_MULTIPLIER: Final = 8
MAX_RASTER_ROWS: Final = 2303
DEFAULT_BARCODE_HEIGHT: Final = 80
MAX_NATIVE_MODULE: Final = 6
MAX_QR_MODULE: Final = 16


def _byte(value: int, name: str, low: int = 0, high: int = 255) -> bytes:
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    return bytes((value,))


def _little_endian_16(value: int, name: str) -> bytes:
    if not 0 <= value <= 0xFFFF:
        raise ValueError(f"{name} does not fit in two bytes: {value}")
    return bytes((value & 0xFF, value >> 8))


def _qr_function(function: int, parameters: bytes) -> bytes:
    """``GS ( k pL pH cn fn params`` with cn = 49 (QR code)."""
    body = bytes((49, function)) + parameters
    return GS + b"(k" + _little_endian_16(len(body), "QR command length") + body


class EscPosBuilder:
    def __init__(self, profile: PrinterProfile | None = None) -> None:
        self.profile = profile if profile is not None else PrinterProfile()
        self._data = bytearray()
        self._chinese = False
        self._mid_line = False

    # -- plumbing -------------------------------------------------------------

    def raw(self, data: builtins.bytes) -> Self:
        """Append bytes as they are (for commands this builder does not know)."""
        self._data += data
        return self

    def _command(self, data: builtins.bytes) -> Self:
        self._data += data
        return self

    def _start_line(self) -> None:
        if self._mid_line:
            self._data += LF
            self._mid_line = False

    def build(self) -> builtins.bytes:
        return bytes(self._data)

    def bytes(self) -> builtins.bytes:
        """The same as :meth:`build`."""
        return self.build()

    @property
    def chinese(self) -> bool:
        """Whether text is currently encoded as GB18030 (after ``chinese_mode(True)``)."""
        return self._chinese

    # -- modes ----------------------------------------------------------------

    def init(self) -> Self:
        """``ESC @``: reset the printer's modes (and leave Chinese mode)."""
        self._chinese = False
        self._mid_line = False
        return self._command(ESC + b"@")

    def chinese_mode(self, on: bool) -> Self:
        """``FS &`` (on) or ``FS .`` (off): GB18030 text or the single-byte code page."""
        if on and not self.profile.chinese:
            raise ValueError("this printer profile has no Chinese font")
        self._chinese = on
        return self._command(FS + (b"&" if on else b"."))

    def codepage(self) -> Self:
        """``ESC t n``: select the profile's single-byte code page."""
        return self._command(ESC + b"t" + _byte(self.profile.codepage_number, "code page"))

    def align(self, alignment: Alignment) -> Self:
        """``ESC a n``; takes effect at the start of a line."""
        if alignment not in ALIGNMENT_CODES:
            raise ValueError(f"alignment must be one of {list(ALIGNMENT_CODES)}, got {alignment!r}")
        return self._command(ESC + b"a" + bytes((ALIGNMENT_CODES[alignment],)))

    def bold(self, on: bool = True) -> Self:
        """``ESC E n``."""
        return self._command(ESC + b"E" + (b"\x01" if on else b"\x00"))

    def size(self, width: int = 1, height: int = 1) -> Self:
        """``GS ! n``: character width and height multipliers 1-8 (also for Chinese glyphs)."""
        _byte(width, "width multiplier", 1, MAX_MULTIPLIER)
        _byte(height, "height multiplier", 1, MAX_MULTIPLIER)
        return self._command(GS + b"!" + bytes((((width - 1) << 4) | (height - 1),)))

    # -- text and paper -------------------------------------------------------

    def text(self, text: str) -> Self:
        """Append text; ``\\n`` ends a line. Unprintable characters become ``?``."""
        if not text:
            return self
        self._data += encode_text(text, chinese=self._chinese, codepage=self.profile.codepage)
        self._mid_line = not text.endswith("\n")
        return self

    def line(self, text: str = "") -> Self:
        """Append ``text`` and end the line."""
        return self.text(text + "\n")

    def feed(self, lines: int = 1) -> Self:
        """``ESC d n``: print the buffer and feed ``lines`` lines."""
        self._mid_line = False
        return self._command(ESC + b"d" + _byte(lines, "feed lines"))

    def cut(self, partial: bool = False, feed_dots: int = 0) -> Self:
        """``GS V 65 n`` (full) or ``GS V 66 n`` (partial).

        The printer feeds to the cutter, plus ``feed_dots``, then cuts.
        """
        self._start_line()
        function = CUT_PARTIAL_WITH_FEED if partial else CUT_FULL_WITH_FEED
        return self._command(GS + b"V" + bytes((function,)) + _byte(feed_dots, "cut feed"))

    def status_request(self, kind: int = 1) -> Self:
        """``DLE EOT n``: real-time status (1 printer, 2 offline, 3 error, 4 paper)."""
        return self._command(DLE + b"\x04" + _byte(kind, "status kind", 1, 4))

    # -- barcodes -------------------------------------------------------------

    def barcode_height(self, dots: int) -> Self:
        """``GS h n``."""
        return self._command(GS + b"h" + _byte(dots, "barcode height", 1, 255))

    def barcode_module_width(self, dots: int) -> Self:
        """``GS w n``: width of the narrowest bar, 1-6 dots."""
        return self._command(GS + b"w" + _byte(dots, "barcode module width", 1, MAX_NATIVE_MODULE))

    def barcode_hri(self, position: HriPosition) -> Self:
        """``GS H n``: where the printer prints the human-readable payload."""
        if position not in HRI_CODES:
            raise ValueError(f"HRI position must be one of {list(HRI_CODES)}, got {position!r}")
        return self._command(GS + b"H" + bytes((HRI_CODES[position],)))

    def barcode_code128(
        self,
        payload: str,
        *,
        height: int = DEFAULT_BARCODE_HEIGHT,
        module_width: int | None = None,
        hri: HriPosition = "below",
    ) -> Self:
        """Native CODE128 (``GS h``, ``GS w``, ``GS H``, ``GS k 73 n data``).

        ``module_width`` defaults to the widest of 2-3 dots that fits the paper
        (1 when only that fits).
        """
        data = code128.escpos_data(payload)
        if module_width is None:
            module_width = self._fit_native_module(payload)
        self._start_line()
        self.barcode_height(height).barcode_module_width(module_width).barcode_hri(hri)
        return self._command(GS + b"k" + bytes((BARCODE_CODE128, len(data))) + data)

    def _fit_native_module(self, payload: str) -> int:
        modules = code128.module_count(payload)
        fitting = min(3, self.profile.dots_per_line // modules)
        if fitting < 1:
            raise ValueError(
                f"CODE128 for {payload!r} is {modules} modules wide; "
                f"the paper has {self.profile.dots_per_line} dots"
            )
        return fitting

    def barcode_raster_code128(
        self, payload: str, *, height: int = DEFAULT_BARCODE_HEIGHT, hri: bool = True
    ) -> Self:
        """CODE128 drawn with python-barcode and sent as a raster image (no native barcodes).

        With ``hri`` the payload follows as a text line, like the printer's own HRI.
        """
        module = barcode_image.fit_module_dots(payload, self.profile.dots_per_line)
        self.raster_image(
            barcode_image.code128_image(payload, module_dots=module, height_dots=height)
        )
        return self.line(payload) if hri else self

    def code128(self, payload: str, *, height: int = DEFAULT_BARCODE_HEIGHT) -> Self:
        """CODE128 the best way this printer can: native, else raster."""
        if self.profile.native_barcode:
            return self.barcode_code128(payload, height=height)
        return self.barcode_raster_code128(payload, height=height)

    # -- QR codes ---------------------------------------------------------------

    def qr(
        self,
        payload: str,
        *,
        module_size: int | None = None,
        error_level: qr_matrix.ErrorLevel = "M",
    ) -> Self:
        """Native QR code (``GS ( k``): model 2, module size, error level, store, print.

        The payload is sent as UTF-8. ``module_size`` defaults to the largest (up
        to 6 dots) that fits the paper.
        """
        if error_level not in QR_ERROR_CODES:
            raise ValueError(f"QR error level must be one of {list(QR_ERROR_CODES)}")
        data = payload.encode("utf-8")
        if module_size is None:
            module_size = self._fit_qr_module(data, error_level)
        _byte(module_size, "QR module size", 1, MAX_QR_MODULE)
        self._start_line()
        self._command(_qr_function(65, bytes((QR_MODEL_2, 0))))
        self._command(_qr_function(67, bytes((module_size,))))
        self._command(_qr_function(69, bytes((QR_ERROR_CODES[error_level],))))
        self._command(_qr_function(80, b"0" + data))
        return self._command(_qr_function(81, b"0"))

    def _fit_qr_module(self, data: builtins.bytes, error_level: qr_matrix.ErrorLevel) -> int:
        side = len(qr_matrix.qr_matrix(data, error_level)) + 2 * qr_matrix.QUIET_MODULES
        fitting = min(6, self.profile.dots_per_line // side)
        if fitting < 1:
            raise ValueError(f"QR code of {len(data)} bytes does not fit the paper")
        return fitting

    def qr_raster(self, payload: str, *, error_level: qr_matrix.ErrorLevel = "M") -> Self:
        """A QR code drawn here and sent as a raster image (no native QR)."""
        data = payload.encode("utf-8")
        matrix = qr_matrix.qr_matrix(data, error_level)
        side = len(matrix) + 2 * qr_matrix.QUIET_MODULES
        module = min(6, self.profile.dots_per_line // side)
        if module < 1:
            raise ValueError(f"QR code of {len(data)} bytes does not fit the paper")
        return self.raster_image(qr_matrix.qr_image(matrix, module_dots=module))

    def qr_code(self, payload: str) -> Self:
        """A QR code the best way this printer can: native, else raster."""
        return self.qr(payload) if self.profile.native_qr else self.qr_raster(payload)

    # -- images -----------------------------------------------------------------

    def raster_image(self, image: Image.Image) -> Self:
        """``GS v 0 m xL xH yL yH d...``: print a 1-bit image (black = burned dots).

        Tall images are sent in bands of at most 2303 rows.
        """
        if image.width > self.profile.dots_per_line:
            raise ValueError(
                f"image is {image.width} dots wide; the paper has {self.profile.dots_per_line}"
            )
        if image.width < 1 or image.height < 1:
            raise ValueError("cannot print an empty image")
        self._start_line()
        for top in range(0, image.height, MAX_RASTER_ROWS):
            band = image.crop((0, top, image.width, min(image.height, top + MAX_RASTER_ROWS)))
            bits = pack(band)
            self._command(
                GS
                + b"v0\x00"
                + _little_endian_16(bits.width_bytes, "raster width")
                + _little_endian_16(bits.height, "raster height")
                + bits.data
            )
        return self
