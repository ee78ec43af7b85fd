"""A fake ESC/POS printer on the far end of a pty: answers DLE EOT, records what it prints.

Its mode can change while it runs, as a real printer's paper runs out or its cover opens.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Literal

import serial

Mode = Literal[
    "ok", "paper_near_end", "paper_end", "cover_open", "offline", "silent", "garbage", "stalled"
]

_BASE = 0x12  # bits 1 and 4 are always set in a DLE EOT answer
_OFFLINE = 0x08
# Answers to DLE EOT 1, 2 and 4, as an Epson TM printer gives them in each state.
ANSWERS: dict[str, tuple[int, int, int]] = {
    "ok": (_BASE, _BASE, _BASE),
    "paper_near_end": (_BASE, _BASE, _BASE | 0x0C),
    # Out of paper the printer also goes offline and its near-end sensor sees no paper.
    "paper_end": (_BASE | _OFFLINE, _BASE | 0x20, _BASE | 0x0C | 0x60),
    "cover_open": (_BASE | _OFFLINE, _BASE | 0x04, _BASE),
    "offline": (_BASE | _OFFLINE, _BASE, _BASE),
}
_QUERY_INDEX = {1: 0, 2: 1, 4: 2}
PRINTING_MODES = frozenset({"ok", "paper_near_end"})


class FakePrinter:
    def __init__(self) -> None:
        self.mode: Mode = "ok"
        self.queries: list[int] = []
        self._printed = bytearray()
        self._printed_in_fault = bytearray()
        self._pending = b""
        self._lock = threading.Lock()
        # Held by the reader around each read and answer: closing a port under a read
        # in another thread breaks pyserial.
        self._io_lock = threading.Lock()
        self._serial: serial.Serial | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-printer", daemon=True)

    def attach(self, port: Path) -> None:
        """Plug into the far end (opened now, so nothing sent after this is lost)."""
        opened = serial.Serial(str(port), timeout=0.02)
        with self._io_lock:
            self._serial = opened
            self._pending = b""

    def detach(self) -> None:
        with self._io_lock:
            port, self._serial = self._serial, None
            if port is not None:
                _close_quietly(port)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.detach()

    @property
    def printed(self) -> bytes:
        with self._lock:
            return bytes(self._printed)

    @property
    def printed_in_fault(self) -> bytes:
        """Bytes that arrived while the printer said it couldn't print: must stay empty."""
        with self._lock:
            return bytes(self._printed_in_fault)

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._io_lock:
                port = self._serial
                if port is not None and self.mode != "stalled":
                    self._serve(port)
                    continue
            time.sleep(0.01)

    def _serve(self, port: serial.Serial) -> None:
        try:
            data = port.read(max(1, port.in_waiting))
        except (OSError, serial.SerialException):
            # The cable was pulled (socat killed): wait to be attached again.
            self._serial = None
            _close_quietly(port)
            return
        if data:
            self._receive(port, data)

    def _receive(self, port: serial.Serial, data: bytes) -> None:
        buffer = self._pending + data
        self._pending = b""
        printed = bytearray()
        i = 0
        while i < len(buffer):
            if buffer[i] == 0x10 and buffer[i + 1 : i + 2] in (b"\x04", b""):
                if i + 2 >= len(buffer):  # a query cut between two reads
                    self._pending = buffer[i:]
                    break
                self._answer(port, buffer[i + 2])
                i += 3
                continue
            printed.append(buffer[i])
            i += 1
        with self._lock:
            self._printed += printed
            if self.mode not in PRINTING_MODES:
                self._printed_in_fault += printed

    def _answer(self, port: serial.Serial, n: int) -> None:
        self.queries.append(n)
        mode = self.mode
        if mode == "silent" or n not in _QUERY_INDEX:
            return
        answer = 0xFF if mode == "garbage" else ANSWERS[mode][_QUERY_INDEX[n]]
        with contextlib.suppress(OSError, serial.SerialException):
            port.write(bytes([answer]))


def _close_quietly(port: serial.Serial) -> None:
    with contextlib.suppress(OSError, serial.SerialException):
        port.close()
