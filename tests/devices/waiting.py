"""Polling instead of fixed sleeps: timing tests must hold on a loaded two-core machine."""

from __future__ import annotations

import time
from collections.abc import Callable

DEFAULT_TIMEOUT = 15.0


def wait_until(
    condition: Callable[[], object], timeout: float = DEFAULT_TIMEOUT, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.01)
