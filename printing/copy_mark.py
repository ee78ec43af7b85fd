"""Marks a reprinted thermal document 补打 / REPRINT, so nobody takes it for a second original."""

from __future__ import annotations

from printing.escpos import EscPosBuilder

_INIT = b"\x1b@"
# Centered, double height and width, bold, in Chinese mode; then a fresh ESC @ (kept
# from the original document) puts every mode back as the document expects it.
_BANNER = (
    EscPosBuilder()
    .align("center")
    .chinese_mode(True)
    .size(2, 2)
    .bold(True)
    .line("** 补打 REPRINT **")
    .bold(False)
    .size(1, 1)
    .align("left")
    .chinese_mode(False)
    .build()
)


def mark_as_copy(data: bytes) -> bytes:
    """Return ``data`` with a bilingual COPY banner right after its leading ``ESC @``."""
    if data.startswith(_INIT):
        return _INIT + _BANNER + data
    return _INIT + _BANNER + _INIT + data
