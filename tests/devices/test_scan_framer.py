"""Cutting a scanner's byte stream into scans, noise included; fuzzed with hypothesis."""

from __future__ import annotations

import contextlib
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from devices.scan_framer import MAX_FRAME, ScanFramer
from devices.scan_payload import InvalidScan, parse_payload

TICKET = "T-20261130-A023"
REQUEST = "R-2026-000123"
CASE = "M-2026-000045"


def feed_all(framer: ScanFramer, chunks: list[bytes]) -> list[str]:
    scans: list[str] = []
    for chunk in chunks:
        scans.extend(framer.feed(chunk))
    return scans


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_each_line_ending(end: bytes) -> None:
    framer = ScanFramer()
    stream = TICKET.encode() + end + REQUEST.encode() + end
    assert framer.feed(stream) == [TICKET, REQUEST]


def test_byte_by_byte_and_crlf_split_across_feeds() -> None:
    framer = ScanFramer()
    stream = (TICKET + "\r\n" + CASE + "\r\n").encode()
    assert feed_all(framer, [bytes([b]) for b in stream]) == [TICKET, CASE]
    assert framer.feed(b"R-2026") == []
    assert framer.feed(b"-000123\r") == [REQUEST]
    assert framer.feed(b"\n") == []


@pytest.mark.parametrize("prefix", ["]C0", "]Q1", "]d2", "]E0"])
def test_aim_prefix_is_stripped(prefix: str) -> None:
    assert ScanFramer().feed(f"{prefix}{TICKET}\r".encode()) == [TICKET]


def test_blank_lines_and_edge_tabs_are_ignored() -> None:
    rejects: list[tuple[str, bytes]] = []
    framer = ScanFramer(on_reject=lambda reason, raw: rejects.append((reason, raw)))
    assert framer.feed(f"\r\n\r\n  {TICKET}\t\r\n".encode()) == [TICKET]
    assert rejects == []


def test_noise_is_reported_and_the_scan_next_to_it_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rejects: list[tuple[str, bytes]] = []
    framer = ScanFramer(on_reject=lambda reason, raw: rejects.append((reason, raw)))
    with caplog.at_level(logging.WARNING, logger="devices.scan_framer"):
        scans = framer.feed(b"\x00\xff\xfe" + TICKET.encode() + b"\x1b\r")
    assert scans == [TICKET]
    assert len(rejects) == 1
    assert "control bytes" in rejects[0][0]
    assert rejects[0][1].startswith(b"\x00\xff")
    assert "scanner noise dropped" in caplog.text


def test_pure_noise_gives_nothing() -> None:
    rejects: list[str] = []
    framer = ScanFramer(on_reject=lambda reason, raw: rejects.append(reason))
    assert framer.feed(b"\x00\x01a\x02\xff\r") == []
    assert rejects


def test_an_overlong_frame_is_dropped_until_the_next_line_end() -> None:
    rejects: list[str] = []
    framer = ScanFramer(on_reject=lambda reason, raw: rejects.append(reason))
    junk = b"9" * (MAX_FRAME + 50)
    assert framer.feed(junk[:200]) == []
    assert framer.feed(junk[200:] + b"still the same junk line") == []
    assert framer.feed(b" more\r" + TICKET.encode() + b"\r") == [TICKET]
    assert len(rejects) == 1
    assert f"within {MAX_FRAME} bytes" in rejects[0]


def test_a_frame_of_exactly_max_length_is_kept() -> None:
    frame = b"x" * MAX_FRAME
    assert ScanFramer().feed(frame + b"\n") == [frame.decode()]


def test_non_ascii_text_is_passed_on_for_the_payload_check() -> None:
    assert ScanFramer().feed("受理回执\r".encode()) == ["受理回执"]


def test_a_prefix_alone_is_rejected() -> None:
    rejects: list[str] = []
    assert ScanFramer(on_reject=lambda r, raw: rejects.append(r)).feed(b"]C0\r") == []
    assert rejects == ["a symbology prefix with nothing after it"]


# --- fuzzing ---------------------------------------------------------------------------

VALID = [TICKET, REQUEST, CASE, "t-20240229-z9999", "]Q1" + CASE]
chunkings = st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=30)


def chunked(stream: bytes, sizes: list[int]) -> list[bytes]:
    chunks, start, i = [], 0, 0
    while start < len(stream):
        size = sizes[i % len(sizes)]
        chunks.append(stream[start : start + size])
        start += size
        i += 1
    return chunks


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), sizes=chunkings)
def test_random_bytes_only_ever_raise_invalid_scan(data: bytes, sizes: list[int]) -> None:
    framer = ScanFramer(on_reject=lambda reason, raw: None)
    for scan in feed_all(framer, chunked(data, sizes)):
        assert scan
        assert scan.isprintable()
        assert len(scan.encode()) <= MAX_FRAME
        try:
            payload = parse_payload(scan)
        except InvalidScan as exc:
            message = str(exc)
            assert message
        else:
            assert payload.kind in ("ticket", "request", "case")


@settings(max_examples=200, deadline=None)
@given(
    frames=st.lists(
        st.tuples(
            st.sampled_from(VALID),
            st.binary(max_size=300),
            st.sampled_from([b"\r", b"\n", b"\r\n"]),
        ),
        min_size=1,
        max_size=8,
    ),
    sizes=chunkings,
)
def test_every_valid_scan_survives_garbage_lines_between(
    frames: list[tuple[str, bytes, bytes]], sizes: list[int]
) -> None:
    stream = b""
    for valid, garbage, end in frames:
        # Garbage on its own line(s) before each scan, as a noisy cable gives it.
        stream += garbage + end + valid.encode() + end
    framer = ScanFramer(on_reject=lambda reason, raw: None)
    kinds = []
    for scan in feed_all(framer, chunked(stream, sizes)):
        with contextlib.suppress(InvalidScan):
            kinds.append(parse_payload(scan).text)
    expected = [parse_payload(v.removeprefix("]Q1")).text for v, _, _ in frames]
    # Garbage may itself look like a code; the valid scans must all be there, in order.
    remaining = iter(kinds)
    assert all(any(got == want for got in remaining) for want in expected)
