"""Two linked kernel pseudo-terminals from socat: a serial cable that can be pulled out.

Killing socat is unplugging the cable: both ends get EIO. Starting a new socat on the same
link names is plugging it back in (the links then point at new /dev/pts numbers).
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.devices.waiting import wait_until


class PtyPair:
    def __init__(self, directory: Path, socat: str = "socat") -> None:
        self.directory = directory
        self.ours = directory / "printer"
        self.peer = directory / "peer"
        self._socat = socat
        self._log = directory / "socat.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def plugged(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        self._remove_links()
        self._log.write_text("")
        with self._log.open("ab") as log:
            self._process = subprocess.Popen(
                [
                    self._socat,
                    "-d",
                    "-d",
                    f"pty,raw,echo=0,link={self.ours}",
                    f"pty,raw,echo=0,link={self.peer}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        wait_until(self._ready, timeout=10, what=f"socat links in {self.directory}")

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        self._remove_links()

    def _ready(self) -> bool:
        if self._process is None or self._process.poll() is not None:
            raise AssertionError(f"socat ended early: {self._log.read_text()}")
        return (
            self.ours.exists()
            and self.peer.exists()
            and "starting data transfer loop" in self._log.read_text()
        )

    def _remove_links(self) -> None:
        for link in (self.ours, self.peer):
            if os.path.lexists(link):
                link.unlink()
