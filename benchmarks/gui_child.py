"""A child process for the GUI-responsiveness benchmark.

Opens the counter window (offscreen) on a SQLite file and runs a 10 ms QTimer heartbeat. First
it watches the event loop idle for ``HOLD`` seconds (the baseline); then it starts another
process that takes the database's write lock (``BEGIN IMMEDIATE``) and holds it for ``HOLD``
seconds, and presses "call next" while the lock is held. It records the longest gap between
two heartbeats in each phase, whether the window showed its busy state while the call waited,
and when the call came back.

Prints one line: ``RESULT <json>``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEARTBEAT_MS = 10
LOCKER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE setting SET value = value WHERE key = 'timezone'")
print("LOCKED", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
print("RELEASED", flush=True)
"""


def main(path: str, hold: float) -> int:
    from services.core.actors import SYSTEM
    from services.demo.hall import demo_clerk
    from services.queue import ops as queue_ops
    from services.storage.db import open_database
    from ui.counter.window import CounterWindow
    from ui.qt import QApplication, QObject, QTimer, Signal

    app = QApplication(sys.argv[:1])
    database = open_database(f"sqlite:///{path}")
    with database.writer() as session:
        staff = demo_clerk(session)
        queue_ops.issue_ticket(session, SYSTEM, "A")
    window = CounterWindow(database, 1, staff, language="en")
    window.resize(1280, 800)
    window.show()
    window.start()

    beats: list[float] = []
    busy_seen: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)

    def beat() -> None:
        now = time.perf_counter()
        beats.append(now)
        if window.statusBar().currentMessage():
            busy_seen.append(now)

    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def pump(seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)

    def max_gap(start: float, end: float) -> float:
        inside = [t for t in beats if start <= t <= end]
        return max((b - a for a, b in zip(inside, inside[1:], strict=False)), default=end - start)

    # Wait for the window's first reads and the counter to open.
    deadline = time.perf_counter() + 60
    while (window.view is None or window.view.counter.state != "open") and (
        time.perf_counter() < deadline
    ):
        pump(0.05)
    pump(0.5)

    idle_start = time.perf_counter()
    pump(hold)
    idle_end = time.perf_counter()

    class Relay(QObject):
        locked = Signal()

    relay = Relay()
    marks: dict[str, float] = {}
    relay.locked.connect(window.call_next)  # queued to the GUI thread: the clerk presses F1
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, path, str(hold)],
        stdout=subprocess.PIPE,
        text=True,
    )

    def watch_locker() -> None:
        assert locker.stdout is not None
        for line in locker.stdout:
            marks[line.strip()] = time.perf_counter()
            if line.strip() == "LOCKED":
                relay.locked.emit()

    threading.Thread(target=watch_locker, daemon=True).start()
    deadline = time.perf_counter() + hold + 60
    while window.ticket_panel.code_text != "A001" and time.perf_counter() < deadline:
        pump(0.01)
    answered = time.perf_counter()
    pump(0.3)
    locker.wait(30)
    locked, released = marks.get("LOCKED"), marks.get("RELEASED")
    result = {
        "idle_max_gap": max_gap(idle_start, idle_end),
        "locked_max_gap": max_gap(locked, released) if locked and released else None,
        "hold": (released - locked) if locked and released else None,
        "busy_while_locked": bool(
            locked and released and any(locked <= t <= released for t in busy_seen)
        ),
        "answered_after_release": (answered - released) if released else None,
        "call_answered": window.ticket_panel.code_text == "A001",
        "heartbeats": len(beats),
    }
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2])))
