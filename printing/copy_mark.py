"""Marks a reprinted thermal document as a copy, so nobody takes it for a second original."""

from __future__ import annotations

_INIT = b"\x1b@"
# Centered, double height and width, bold, in Chinese mode; then back to defaults.
_BANNER = (
    b"\x1ba\x01"
    b"\x1c&"
    b"\x1d!\x11"
    b"\x1bE\x01" + "** 副本 COPY **".encode("gb18030") + b"\n"
    b"\x1bE\x00"
    b"\x1d!\x00"
    b"\x1ba\x00"
)


def mark_as_copy(data: bytes) -> bytes:
    """Return ``data`` with a bilingual COPY banner right after its leading ``ESC @``."""
    if data.startswith(_INIT):
        return _INIT + _BANNER + data[len(_INIT) :]
    return _INIT + _BANNER + data
