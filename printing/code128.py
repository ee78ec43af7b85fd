"""CODE128 data for ``GS k 73``: code set selectors and symbol counts.

Text goes in code set B (``{B``); runs of digits long enough to save space go
in code set C (``{C``, two digits per byte). A literal ``{`` is sent as ``{{``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

SET_B: Final = b"{B"
SET_C: Final = b"{C"
MAX_DATA_BYTES: Final = 255
MODULES_PER_SYMBOL: Final = 11
STOP_MODULES: Final = 13
QUIET_MODULES: Final = 10
# A digit run shorter than this stays in code set B: switching would not save symbols.
_MIN_DIGITS_AT_EDGE: Final = 4
_MIN_DIGITS_INSIDE: Final = 6


@dataclass(frozen=True)
class Segment:
    code_set: Literal["B", "C"]
    text: str


def check_payload(payload: str) -> None:
    if not payload:
        raise ValueError("a CODE128 barcode needs a non-empty payload")
    bad = sorted({char for char in payload if not " " <= char <= "~"})
    if bad:
        raise ValueError(f"CODE128 payload may hold printable ASCII only; got {bad!r}")


def _digit_runs(payload: str) -> list[str]:
    """Split into alternating runs of digits and non-digits."""
    runs: list[str] = []
    for char in payload:
        if runs and runs[-1][-1].isdigit() == char.isdigit():
            runs[-1] += char
        else:
            runs.append(char)
    return runs


def plan_segments(payload: str) -> list[Segment]:
    """Choose code sets for ``payload`` (printable ASCII), merging neighbours."""
    check_payload(payload)
    runs = _digit_runs(payload)
    segments: list[Segment] = []

    def add(code_set: Literal["B", "C"], text: str) -> None:
        if not text:
            return
        if segments and segments[-1].code_set == code_set:
            segments[-1] = Segment(code_set, segments[-1].text + text)
        else:
            segments.append(Segment(code_set, text))

    for index, run in enumerate(runs):
        at_edge = index in (0, len(runs) - 1)
        threshold = _MIN_DIGITS_AT_EDGE if at_edge else _MIN_DIGITS_INSIDE
        if len(runs) == 1 and len(run) % 2 == 0:
            threshold = 2  # an even number of digits alone: all code set C
        if run[0].isdigit() and len(run) >= threshold:
            odd = len(run) % 2
            add("B", run[:odd])  # an odd leading digit stays in code set B
            add("C", run[odd:])
        else:
            add("B", run)
    return segments


def escpos_data(payload: str) -> bytes:
    """The data bytes of ``GS k 73 n d1...dn`` for ``payload``."""
    data = bytearray()
    for segment in plan_segments(payload):
        if segment.code_set == "C":
            data += SET_C
            digits = segment.text
            data += bytes(int(digits[i : i + 2]) for i in range(0, len(digits), 2))
        else:
            data += SET_B
            data += segment.text.replace("{", "{{").encode("ascii")
    if len(data) > MAX_DATA_BYTES:
        raise ValueError(
            f"CODE128 payload too long: {len(data)} data bytes, at most {MAX_DATA_BYTES}"
        )
    return bytes(data)


def symbol_count(payload: str) -> int:
    """Symbols of the encoded barcode: start, data, code switches and check (not stop)."""
    count = 2  # start + check
    for index, segment in enumerate(plan_segments(payload)):
        if index:
            count += 1  # a code set switch
        count += len(segment.text) // 2 if segment.code_set == "C" else len(segment.text)
    return count


def module_count(payload: str, *, with_quiet_zones: bool = True) -> int:
    """Width of the barcode in modules (narrowest bar widths)."""
    modules = symbol_count(payload) * MODULES_PER_SYMBOL + STOP_MODULES
    return modules + (2 * QUIET_MODULES if with_quiet_zones else 0)
