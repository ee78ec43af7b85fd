"""The SAM frames of GA 467 spoken by second-generation ID-card readers on a serial port.

Request: ``AA AA AA 96 69 | LEN (2, big-endian) | CMD PARA [data] | CHK``.
Answer:  ``AA AA AA 96 69 | LEN | SW1 SW2 SW3 [data] | CHK``.
``LEN`` counts everything after itself, the checksum included; ``CHK`` is the XOR of every
byte after the preamble (``LEN`` included) up to the checksum.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
_HEADER = len(PREAMBLE) + 2
# CMD PARA and the checksum; a longer LEN than the largest answer (text, photo and
# fingerprints: 2321 bytes in all) is noise that happens to follow a preamble.
MIN_FRAME_LENGTH = 3
MAX_FRAME_LENGTH = 4096


class Command(Enum):
    """The commands a counter needs: (CMD, PARA)."""

    SAM_STATUS = (0x11, 0xFF)
    FIND_CARD = (0x20, 0x01)
    SELECT_CARD = (0x20, 0x02)
    READ_TEXT_AND_PHOTO = (0x30, 0x01)


# SW3, the reader's own status word.
SW_OK = 0x90
SW_CARD_FOUND = 0x9F
SW_NO_CARD = 0x80
SW_SELECT_FAILED = 0x81


def xor_checksum(data: bytes) -> int:
    total = 0
    for byte in data:
        total ^= byte
    return total


def encode_frame(body: bytes) -> bytes:
    """A whole frame around ``body`` (CMD PARA data, or SW1 SW2 SW3 data)."""
    length = (len(body) + 1).to_bytes(2, "big")
    return PREAMBLE + length + body + bytes([xor_checksum(length + body)])


def encode_request(command: Command, data: bytes = b"") -> bytes:
    cmd, para = command.value
    return encode_frame(bytes([cmd, para]) + data)


@dataclass(frozen=True)
class Answer:
    """One answer from the reader: its status words and data."""

    sw1: int
    sw2: int
    sw3: int
    data: bytes = b""

    @property
    def status(self) -> str:
        return f"{self.sw1:02X} {self.sw2:02X} {self.sw3:02X}"

    @classmethod
    def from_body(cls, body: bytes) -> Answer | None:
        """The answer in a frame's body; ``None`` when it is too short to be one."""
        if len(body) < 3:
            return None
        return cls(sw1=body[0], sw2=body[1], sw3=body[2], data=body[3:])


@dataclass(frozen=True)
class CorruptFrame:
    """A frame whose checksum did not add up (line noise, a loose cable)."""

    expected: int
    got: int


class FrameDecoder:
    """Turns a byte stream into frame bodies, resynchronising on the preamble after noise.

    Bytes before a preamble are noise and dropped (counted in ``noise_bytes``); a frame with
    a wrong checksum comes out as ``CorruptFrame`` and the search resumes one byte further
    on, so a real frame hidden behind a false preamble is not lost.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.noise_bytes = 0

    def reset(self) -> None:
        self._buffer.clear()

    def feed(self, chunk: bytes) -> Iterator[bytes | CorruptFrame]:
        """The body (between LEN and the checksum) of each whole frame in the stream."""
        self._buffer += chunk
        while True:
            start = self._buffer.find(PREAMBLE)
            if start < 0:
                # Keep a tail that may be the start of a preamble cut between two reads.
                keep = len(PREAMBLE) - 1
                self._drop(max(0, len(self._buffer) - keep))
                return
            self._drop(start)
            if len(self._buffer) < _HEADER:
                return
            length = int.from_bytes(self._buffer[len(PREAMBLE) : _HEADER], "big")
            if not MIN_FRAME_LENGTH <= length <= MAX_FRAME_LENGTH:
                self._drop(1)
                continue
            end = _HEADER + length
            if len(self._buffer) < end:
                return
            frame = bytes(self._buffer[:end])
            expected = xor_checksum(frame[len(PREAMBLE) : -1])
            if expected != frame[-1]:
                self._drop(1)
                yield CorruptFrame(expected=expected, got=frame[-1])
                continue
            del self._buffer[:end]
            yield frame[_HEADER:-1]

    @property
    def pending(self) -> bool:
        """Whether part of a frame is held, waiting for the rest."""
        return bool(self._buffer)

    def skip_partial(self) -> Iterator[bytes | CorruptFrame]:
        """Give up the partial frame held (the line went quiet) and look past its preamble.

        Noise may hold a false preamble with a plausible length; the real answer behind it
        would otherwise wait for bytes that never come. Without a second preamble in the
        buffer nothing is dropped: the frame may just be slow.
        """
        if self._buffer.find(PREAMBLE, 1) < 0:
            return iter(())
        self._drop(1)
        return self.feed(b"")

    def _drop(self, count: int) -> None:
        if count:
            self.noise_bytes += count
            del self._buffer[:count]
