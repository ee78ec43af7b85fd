"""Tells a keyboard-wedge scanner from a person typing, by the speed of the keys.

A scanner types its code as a fast burst of keys ending in Enter; a person is slower.
This is the logic only: a Qt event filter feeds it keys, swallows the ones it holds,
replays ``passthrough`` to the focused widget, and calls ``poll`` from a timer so a held
key comes out if nothing follows it.
"""

from __future__ import annotations

from dataclasses import dataclass

ENTER = "\n"
_ENTER_KEYS = frozenset({"\n", "\r"})


@dataclass(frozen=True)
class ScanResult:
    """Keys to give back to the widget (``passthrough``, first), and a scan if one ended."""

    scan: str | None = None
    passthrough: str = ""


class KeyBurstDetector:
    """Feed every key with its time; act on the result.

    Args:
        max_interval_ms: longest gap between two keys of one burst.
        min_length: fewest characters a scan has; a shorter burst is typing.
    """

    def __init__(self, max_interval_ms: float = 30, min_length: int = 6) -> None:
        self.max_interval_ms = max_interval_ms
        self.min_length = min_length
        self._held: list[str] = []
        self._last_ms = 0.0

    @property
    def held(self) -> str:
        """Keys swallowed so far, waiting for the burst to be decided."""
        return "".join(self._held)

    def feed(self, key: str, timestamp_ms: float) -> ScanResult | None:
        """Take one key (a character, or ``ENTER``); ``None`` means it is held for now.

        Any other non-printable key ends the burst: it comes back in ``passthrough``
        after the held keys.
        """
        released = self._release_if_quiet(timestamp_ms)
        self._last_ms = timestamp_ms
        if key in _ENTER_KEYS:
            burst = self.held
            self._held.clear()
            if len(burst) >= self.min_length:
                return ScanResult(scan=burst, passthrough=released)
            return ScanResult(passthrough=released + burst + ENTER)
        if len(key) != 1 or not key.isprintable():
            burst = self.held
            self._held.clear()
            return ScanResult(passthrough=released + burst + key)
        self._held.append(key)
        return ScanResult(passthrough=released) if released else None

    def poll(self, now_ms: float) -> ScanResult | None:
        """Release the held keys if the burst went quiet: they were typed by a person."""
        released = self._release_if_quiet(now_ms)
        return ScanResult(passthrough=released) if released else None

    def flush(self) -> ScanResult | None:
        """Release every held key now (focus moved, window closes)."""
        burst = self.held
        self._held.clear()
        return ScanResult(passthrough=burst) if burst else None

    def _release_if_quiet(self, now_ms: float) -> str:
        if self._held and now_ms - self._last_ms > self.max_interval_ms:
            burst = self.held
            self._held.clear()
            return burst
        return ""
