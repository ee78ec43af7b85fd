"""Cuts a serial scanner's byte stream into scans.

Scanners end each scan with CR, LF or CR LF and may put an AIM symbology identifier
(``]C0``, ``]Q1``) in front. Plugging a scanner in, or a bad cable, adds line noise: it is
dropped with a logged reason, and the scans around it are still read.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

_log = logging.getLogger(__name__)

MAX_FRAME = 256
_TERMINATOR = re.compile(rb"[\r\n]")
_AIM_PREFIX = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_EDGE_BLANKS = " \t"  # some scanners are set up to add a TAB or spaces

RejectCallback = Callable[[str, bytes], None]


_MIN_RUN_IN_NOISE = 4


def _split_at_noise(text: str) -> list[str]:
    """The runs of printable characters; U+FFFD stands for bytes that didn't decode."""
    runs: list[str] = []
    current: list[str] = []
    for char in text:
        if char != "\ufffd" and char.isprintable():
            current.append(char)
        else:
            runs.append("".join(current))
            current = []
    runs.append("".join(current))
    return runs


class ScanFramer:
    """Feed it bytes as they come; it returns the complete scans.

    Args:
        on_reject: told ``(reason, raw bytes)`` of every frame or part dropped as noise.
        max_frame: longest frame in bytes; a longer run without terminator is dropped
            up to the next terminator.
    """

    def __init__(self, on_reject: RejectCallback | None = None, max_frame: int = MAX_FRAME) -> None:
        self.on_reject = on_reject
        self._max_frame = max_frame
        self._buffer = bytearray()
        self._overlong = False

    def reset(self) -> None:
        """Forget a partial frame (after the port was lost it can't be completed)."""
        self._buffer.clear()
        self._overlong = False

    def feed(self, data: bytes) -> list[str]:
        scans: list[str] = []
        pieces = _TERMINATOR.split(data)
        for index, piece in enumerate(pieces):
            self._append(piece)
            if index < len(pieces) - 1:  # every piece but the last ended at a terminator
                scans.extend(self._end_frame())
        return scans

    def _append(self, piece: bytes) -> None:
        if self._overlong:
            return
        self._buffer += piece
        if len(self._buffer) > self._max_frame:
            self._reject(
                f"no end of line within {self._max_frame} bytes; dropped until the next one",
                bytes(self._buffer),
            )
            self._buffer.clear()
            self._overlong = True

    def _end_frame(self) -> list[str]:
        raw = bytes(self._buffer)
        self._buffer.clear()
        if self._overlong:
            self._overlong = False
            return []
        if not raw:  # the LF of a CR LF, or a blank line
            return []
        return self._decode(raw)

    def _decode(self, raw: bytes) -> list[str]:
        text = raw.decode("utf-8", errors="replace").strip(_EDGE_BLANKS)
        runs = [run.strip(_EDGE_BLANKS) for run in _split_at_noise(text)]
        if len(runs) > 1:
            # Noise next to a scan with no end of line between is typical of a scanner
            # being plugged in: the noise separates like an end of line, and short
            # printable bits inside it count as noise too.
            runs = [run for run in runs if len(run) >= _MIN_RUN_IN_NOISE]
            self._reject(f"undecodable or control bytes; kept {len(runs)} part(s)", raw)
        scans: list[str] = []
        for run in runs:
            if _AIM_PREFIX.match(run):
                run = run[3:]
                if not run:
                    self._reject("a symbology prefix with nothing after it", raw)
            if run:
                scans.append(run)
        return scans

    def _reject(self, reason: str, raw: bytes) -> None:
        _log.warning("scanner noise dropped: %s: %r", reason, raw[:64])
        if self.on_reject is not None:
            self.on_reject(reason, raw)
