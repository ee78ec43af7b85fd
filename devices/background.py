"""The one background thread of a device (a scanner's reader, an ID-card poller)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class BackgroundLoop:
    """Starts ``target`` on a daemon thread once; ``stopping`` tells it to end."""

    def __init__(self, target: Callable[[], None], name: str) -> None:
        self._target = target
        self._name = name
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def is_running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.is_running:
            return
        self.stopping.clear()
        self._thread = threading.Thread(target=self._target, name=self._name, daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None) -> bool:
        """Ask the loop to end and wait up to ``timeout``; whether the thread has ended."""
        self.stopping.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True
