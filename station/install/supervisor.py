"""Keeping a station running: start it again when it dies, stop when it is closed on purpose.

The autostart entry runs ``civicdesk kiosk --keep-running``. A station that crashes, is
killed or loses its display is started again after a pause that grows (2 s up to a
minute) while it keeps failing and resets once it has run a while. A station closed on
purpose (exit status 0) stays closed. One that cannot even start (five failures in a row,
each within seconds) is given up on with a message, rather than restarted forever.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType

FIRST_DELAY = 2.0
LONGEST_DELAY = 60.0
RAN_WELL_SECONDS = 300.0  # after running this long, a failure counts as the first again
QUICK_FAILURE_SECONDS = 10.0
QUICK_FAILURES_ALLOWED = 5
KEEP_RUNNING_FLAG = "--keep-running"


def child_command(orig_argv: Sequence[str]) -> list[str]:
    """The interpreter command line that started us, without ``--keep-running``."""
    return [arg for arg in orig_argv if arg != KEEP_RUNNING_FLAG]


def keep_running(
    command: Sequence[str],
    *,
    sleep: Callable[[float], None] = time.sleep,
    say: Callable[[str], None] | None = None,
) -> int:
    """Run ``command`` until it exits with status 0; the status of the last run."""
    say = say or _to_stderr
    child: subprocess.Popen[bytes] | None = None

    def stop(signum: int, _frame: FrameType | None) -> None:
        # The session is ending (logout, shutdown): end the station with us.
        if child is not None and child.poll() is None:
            child.terminate()
        raise SystemExit(128 + signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGHUP)}
    delay, quick_failures = FIRST_DELAY, 0
    try:
        while True:
            started = time.monotonic()
            child = subprocess.Popen(list(command))
            code = child.wait()
            ran = time.monotonic() - started
            if code == 0:
                return 0
            if ran >= RAN_WELL_SECONDS:
                delay, quick_failures = FIRST_DELAY, 0
            quick_failures = quick_failures + 1 if ran < QUICK_FAILURE_SECONDS else 0
            if quick_failures >= QUICK_FAILURES_ALLOWED:
                say(
                    f"CivicDesk: 工作站连续 {quick_failures} 次启动失败，不再重启。"
                    f"The station failed to start {quick_failures} times in a row "
                    f"(last exit status {code}); it is not restarted again."
                )
                return code if code > 0 else 1
            say(
                f"CivicDesk: 工作站已退出（状态 {code}），{delay:.0f} 秒后重启。"
                f"The station stopped (exit status {code}); restarting in {delay:.0f} s."
            )
            sleep(delay)
            delay = min(delay * 2, LONGEST_DELAY)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _to_stderr(text: str) -> None:
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
