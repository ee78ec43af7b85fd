"""A fake ID-card reader on the far end of a pty: answers GA 467 SAM frames like a real one.

A card is laid on it or lifted by setting ``card``; ``fault`` makes it misbehave as readers
and cables do. It counts the read commands it answered with a card's data.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Literal

import serial

from devices.idcard.card_text import IdCardRecord, encode_card_text
from devices.idcard.frames import FrameDecoder, encode_frame

Fault = Literal[
    "none",
    "lift_mid_read",  # the card goes away during the read: status 41, then no card
    "cut_mid_read",  # the answer stops half-way as the card goes away
    "unreadable",  # the read keeps failing with 41 while the card stays
    "noise",  # noise bytes (with a false preamble) before every answer
    "bad_checksum",  # every answer's checksum is wrong
    "silent",  # the reader is switched off: no answers
    "self_test_failed",  # every command answered with status 60
]

PHOTO = bytes(range(256)) * 4  # 1024 bytes of "photo" that must never be kept
NOISE = b"\x00\xff\x13\xaa\xaa\xaa\x96\x69\x07\x00\x55\xaa"


def answer(sw3: int, data: bytes = b"", sw1: int = 0, sw2: int = 0) -> bytes:
    return encode_frame(bytes([sw1, sw2, sw3]) + data)


def card_answer(record: IdCardRecord) -> bytes:
    text = encode_card_text(record)
    lengths = len(text).to_bytes(2, "big") + len(PHOTO).to_bytes(2, "big")
    return answer(0x90, lengths + text + PHOTO)


class FakeIdCardReader:
    def __init__(self) -> None:
        self.card: IdCardRecord | None = None
        self.fault: Fault = "none"
        self.delay = 0.0  # seconds before each answer: a slow reader
        self.reads_served = 0
        self.commands: list[tuple[int, int]] = []
        self._decoder = FrameDecoder()
        self._io_lock = threading.Lock()
        self._serial: serial.Serial | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-idcard", daemon=True)

    def attach(self, port: Path) -> None:
        opened = serial.Serial(str(port), timeout=0.02)
        with self._io_lock:
            self._serial = opened
            self._decoder.reset()

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

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._io_lock:
                port = self._serial
                if port is not None:
                    self._serve(port)
                    continue
            time.sleep(0.01)

    def _serve(self, port: serial.Serial) -> None:
        try:
            data = port.read(max(1, port.in_waiting))
        except (OSError, serial.SerialException):
            self._serial = None  # unplugged: wait to be attached again
            _close_quietly(port)
            return
        for frame in self._decoder.feed(data):
            if isinstance(frame, bytes) and len(frame) >= 2:
                self._answer(port, frame[0], frame[1])

    def _answer(self, port: serial.Serial, cmd: int, para: int) -> None:
        self.commands.append((cmd, para))
        if self.fault == "silent":
            return
        reply = self._reply(cmd, para)
        if self.fault == "bad_checksum":
            reply = reply[:-1] + bytes([reply[-1] ^ 0x5A])
        if self.fault == "noise":
            reply = NOISE + reply
        if self.delay:
            time.sleep(self.delay)
        with contextlib.suppress(OSError, serial.SerialException):
            port.write(reply)

    def _reply(self, cmd: int, para: int) -> bytes:
        if self.fault == "self_test_failed":
            return answer(0x60)
        if (cmd, para) == (0x11, 0xFF):
            return answer(0x90)
        if (cmd, para) == (0x20, 0x01):
            return answer(0x9F, b"\x00" * 4) if self.card else answer(0x80)
        if (cmd, para) == (0x20, 0x02):
            return answer(0x90, b"\x00" * 8) if self.card else answer(0x81)
        if (cmd, para) == (0x30, 0x01):
            return self._read()
        return answer(0x21)

    def _read(self) -> bytes:
        if self.card is None:
            return answer(0x41, sw1=0x6F)
        if self.fault == "lift_mid_read":
            self.card = None
            return answer(0x41, sw1=0x6F)
        if self.fault == "cut_mid_read":
            whole = card_answer(self.card)
            self.card = None
            return whole[: len(whole) // 2]
        if self.fault == "unreadable":
            return answer(0x41, sw1=0x6F)
        self.reads_served += 1
        return card_answer(self.card)


def _close_quietly(port: serial.Serial) -> None:
    with contextlib.suppress(OSError, serial.SerialException):
        port.close()
