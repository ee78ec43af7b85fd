"""QR code module matrices (ReportLab's pure-Python encoder) and their images.

ReportLab is imported on the first QR code, not with this module: most station start-ups
never draw one, and the import costs a tenth of a second.
"""

from __future__ import annotations

from typing import Final, Literal

from PIL import Image

ErrorLevel = Literal["L", "M", "Q", "H"]
QUIET_MODULES: Final = 4
# Byte-mode capacity of a version 40 symbol at each error correction level.
MAX_BYTES: Final[dict[str, int]] = {"L": 2953, "M": 2331, "Q": 1663, "H": 1273}


def qr_matrix(data: bytes, error_level: ErrorLevel = "M") -> list[list[bool]]:
    """The dark (``True``) and light modules of a QR code holding ``data`` as bytes."""
    if not data:
        raise ValueError("a QR code needs at least one byte of data")
    if len(data) > MAX_BYTES[error_level]:
        raise ValueError(
            f"QR payload too long: {len(data)} bytes, at most {MAX_BYTES[error_level]} "
            f"at error level {error_level}"
        )
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, error_level))
    code.addData(qrencoder.QR8bitByte(data))
    code.make()
    size: int = code.getModuleCount()
    return [[bool(code.isDark(row, col)) for col in range(size)] for row in range(size)]


def qr_image(
    matrix: list[list[bool]], *, module_dots: int, quiet_modules: int = QUIET_MODULES
) -> Image.Image:
    """Draw ``matrix`` as a mode ``"1"`` image with a white quiet zone."""
    if module_dots < 1:
        raise ValueError("QR module size must be at least one dot")
    side = (len(matrix) + 2 * quiet_modules) * module_dots
    image = Image.new("1", (side, side), 1)
    for row, cells in enumerate(matrix):
        for col, dark in enumerate(cells):
            if dark:
                left = (col + quiet_modules) * module_dots
                top = (row + quiet_modules) * module_dots
                image.paste(0, (left, top, left + module_dots, top + module_dots))
    return image
