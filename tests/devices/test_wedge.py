"""Keyboard-wedge scans told from typing by key timing."""

from __future__ import annotations

from devices.wedge import ENTER, KeyBurstDetector, ScanResult


def type_keys(
    detector: KeyBurstDetector, keys: list[str], start_ms: float, gap_ms: float
) -> list[ScanResult]:
    results = []
    for i, key in enumerate(keys):
        result = detector.feed(key, start_ms + i * gap_ms)
        if result is not None:
            results.append(result)
    return results


def passthrough(results: list[ScanResult]) -> str:
    return "".join(r.passthrough for r in results)


def test_a_fast_burst_ending_in_enter_is_a_scan() -> None:
    detector = KeyBurstDetector()
    results = type_keys(detector, [*"T-20261130-A023", ENTER], 1000, 8)
    assert results == [ScanResult(scan="T-20261130-A023")]
    assert detector.held == ""


def test_carriage_return_counts_as_enter() -> None:
    results = type_keys(KeyBurstDetector(), [*"R-2026-000123", "\r"], 0, 5)
    assert results == [ScanResult(scan="R-2026-000123")]


def test_slow_typing_passes_through_in_order() -> None:
    detector = KeyBurstDetector()
    results = type_keys(detector, [*"hello world", ENTER], 0, 150)
    assert passthrough(results) == "hello world" + ENTER
    assert all(r.scan is None for r in results)


def test_a_held_key_comes_out_on_poll_after_the_burst_went_quiet() -> None:
    detector = KeyBurstDetector(max_interval_ms=30)
    assert detector.feed("a", 0) is None
    assert detector.held == "a"
    assert detector.poll(20) is None
    assert detector.poll(31) == ScanResult(passthrough="a")
    assert detector.held == ""


def test_a_short_fast_burst_is_typing() -> None:
    results = type_keys(KeyBurstDetector(min_length=6), [*"ab", ENTER], 0, 5)
    assert results == [ScanResult(passthrough="ab" + ENTER)]


def test_a_pause_inside_the_burst_makes_it_typing() -> None:
    detector = KeyBurstDetector()
    results = type_keys(detector, list("T-2026"), 0, 5)
    results += type_keys(detector, [*"1130-A023", ENTER], 200, 5)
    assert results[0] == ScanResult(passthrough="T-2026")
    # The keys after the pause form a burst of their own, long enough to be a scan.
    assert results[-1] == ScanResult(scan="1130-A023")


def test_typing_then_a_scan() -> None:
    detector = KeyBurstDetector()
    results = type_keys(detector, list("ab"), 0, 200)
    results += type_keys(detector, [*"M-2026-000045", ENTER], 1000, 4)
    assert passthrough(results) == "ab"
    assert results[-1].scan == "M-2026-000045"


def test_an_enter_after_a_slow_gap_ends_typing() -> None:
    detector = KeyBurstDetector()
    results = type_keys(detector, list("ABCDEFGH"), 0, 5)
    result = detector.feed(ENTER, 500)
    assert results == []
    assert result == ScanResult(passthrough="ABCDEFGH" + ENTER)


def test_other_keys_flush_what_is_held() -> None:
    detector = KeyBurstDetector()
    type_keys(detector, list("abc"), 0, 5)
    assert detector.feed("\b", 12) == ScanResult(passthrough="abc\b")
    assert detector.feed("x", 14) is None
    assert detector.flush() == ScanResult(passthrough="x")
    assert detector.flush() is None
