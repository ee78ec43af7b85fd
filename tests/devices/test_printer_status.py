"""Decoding DLE EOT answers, and the query's behaviour on silence and garbage."""

from __future__ import annotations

import pytest

from devices.printer_status import (
    READY,
    UNKNOWN,
    PrinterStatus,
    decode_status,
    query_status,
    valid_status_byte,
)
from tests.devices.fake_printer import ANSWERS


class ScriptedChannel:
    """Answers each DLE EOT from a script; ``None`` means silence."""

    def __init__(self, answers: list[int | None]) -> None:
        self.answers = answers
        self.written: list[bytes] = []
        self.resets = 0
        self.timeouts: list[float | None] = []

    def reset_input_buffer(self) -> None:
        self.resets += 1

    def write(self, data: bytes) -> None:
        self.written.append(data)

    def read(self, n: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        answer = self.answers.pop(0)
        return b"" if answer is None else bytes([answer])


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("ok", READY),
        ("paper_near_end", PrinterStatus(known=True, online=True, paper_near_end=True)),
        (
            "paper_end",
            PrinterStatus(known=True, online=False, paper_near_end=True, paper_end=True),
        ),
        ("cover_open", PrinterStatus(known=True, online=False, cover_open=True)),
        ("offline", PrinterStatus(known=True, online=False)),
    ],
)
def test_decode_each_printer_state(mode: str, expected: PrinterStatus) -> None:
    assert decode_status(*ANSWERS[mode]) == expected


def test_single_bits() -> None:
    assert decode_status(0x12, 0x12 | 0x40, 0x12).problem == "error"
    assert decode_status(0x12, 0x12, 0x12 | 0x04).paper_near_end
    assert decode_status(0x12, 0x12, 0x12 | 0x08).paper_near_end
    assert decode_status(0x12, 0x12, 0x12 | 0x20).paper_end
    assert decode_status(0x12, 0x12, 0x12 | 0x40).paper_end
    assert decode_status(0x12, 0x12 | 0x20, 0x12).paper_end
    # The drawer pin (n=1 bit 2) is no problem of the printer's.
    assert decode_status(0x12 | 0x04, 0x12, 0x12).ok


@pytest.mark.parametrize("garbage", [0x00, 0xFF, 0x13, 0x11, 0x02, 0x10, 0x92, 0x93])
def test_bytes_breaking_the_fixed_bits_are_garbage(garbage: int) -> None:
    assert not valid_status_byte(garbage)
    assert decode_status(garbage, 0x12, 0x12) == UNKNOWN
    assert decode_status(0x12, 0x12, garbage) == UNKNOWN


def test_every_valid_byte_has_the_fixed_bits() -> None:
    valid = [b for b in range(256) if valid_status_byte(b)]
    assert len(valid) == 16
    assert all(b & 0x12 == 0x12 and not b & 0x81 for b in valid)


def test_problem_order_and_messages() -> None:
    assert UNKNOWN.problem == "unknown"
    assert not UNKNOWN.ok
    both = PrinterStatus(known=True, online=False, cover_open=True, paper_end=True)
    assert both.problem == "cover_open"  # close the cover before loading paper
    assert READY.ok
    assert READY.problem is None
    assert READY.describe() == "The printer is ready."
    near = PrinterStatus(known=True, online=True, paper_near_end=True)
    assert near.ok
    assert "nearly used up" in near.describe()
    assert "out of paper" in PrinterStatus(True, False, paper_end=True).describe()
    assert "offline" in PrinterStatus(True, False).describe()


def test_query_sends_each_question_after_clearing_input() -> None:
    channel = ScriptedChannel([0x12, 0x12, 0x12])
    assert query_status(channel, timeout=0.25) == READY
    assert channel.written == [b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x04"]
    assert channel.resets == 3
    assert channel.timeouts == [0.25, 0.25, 0.25]


def test_no_answer_is_unknown_and_stops_asking() -> None:
    channel = ScriptedChannel([None])
    assert query_status(channel) == UNKNOWN
    assert channel.written == [b"\x10\x04\x01"]


def test_a_missing_later_answer_is_unknown() -> None:
    assert query_status(ScriptedChannel([0x12, 0x12, None])) == UNKNOWN


def test_a_garbage_answer_is_unknown() -> None:
    channel = ScriptedChannel([0x12, 0xFF])
    assert query_status(channel) == UNKNOWN
    assert len(channel.written) == 2
