"""A child process for the live-update benchmark: report when each call reaches it.

``display URL``: the hall display window (offscreen, silent) with its live feed; a call has
arrived when its ticket enters the window's recent-calls model.
``raw URL``: the least a process can do to learn of a call: on PostgreSQL one ``LISTEN``
connection and one query per notification; on SQLite a poll of the newest event id at the
same interval as ours, then one query. Plain psycopg / sqlite3, no SQLAlchemy, no Qt.

Prints ``READY`` once listening, then ``ARRIVED <ticket code> <time.time()>`` per call.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CALLS_SQL = (
    "SELECT e.id, t.code FROM queue_event e JOIN ticket t ON t.id = e.ticket_id "
    "WHERE e.id > {p} AND e.kind = 'called' ORDER BY e.id"
)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def display(url: str) -> int:
    from services.storage.db import open_database
    from ui.display.window import HallDisplayWindow
    from ui.qt import QApplication, QTimer

    app = QApplication(sys.argv[:1])
    database = open_database(url)
    window = HallDisplayWindow(database, "zh_CN")
    model = window.recent_model
    seen: set[str] = set()

    def arrived() -> None:
        now = time.time()
        for call in model.calls():
            if call.ticket_code not in seen:
                seen.add(call.ticket_code)
                _say(f"ARRIVED {call.ticket_code} {now:.6f}")

    model.modelReset.connect(arrived)
    window.resize(1280, 720)
    window.show()

    def ready() -> None:
        if window.is_live:
            _say("READY")
        else:
            QTimer.singleShot(50, ready)

    QTimer.singleShot(50, ready)
    stdin_watch = QTimer()
    stdin_watch.setInterval(200)
    stdin_watch.timeout.connect(lambda: _quit_if_orphaned(app))
    stdin_watch.start()
    code = app.exec()
    window.shutdown()
    database.dispose()
    return int(code)


def _quit_if_orphaned(app: object) -> None:
    import os

    if os.getppid() == 1:  # the benchmark is gone
        app.quit()  # type: ignore[attr-defined]


def raw(url: str) -> int:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _raw_sqlite(str(parsed.database))
    return _raw_postgres(parsed.set(drivername="postgresql").render_as_string(False))


def _raw_postgres(conninfo: str) -> int:
    import os

    import psycopg

    from services.core.journal import NOTIFY_CHANNEL

    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
        last = connection.execute("SELECT coalesce(max(id), 0) FROM queue_event").fetchone()[0]
        _say("READY")
        while os.getppid() != 1:
            notified = False
            for _ in connection.notifies(timeout=1.0, stop_after=1):
                notified = True
            if not notified:
                continue
            rows = connection.execute(CALLS_SQL.format(p="%s"), (last,)).fetchall()
            now = time.time()
            for event_id, code in rows:
                last = max(last, event_id)
                _say(f"ARRIVED {code} {now:.6f}")
    return 0


def _raw_sqlite(path: str) -> int:
    import os
    import sqlite3

    from services.core.event_feed import SQLITE_POLL_SECONDS

    connection = sqlite3.connect(path, isolation_level=None)
    last = connection.execute("SELECT coalesce(max(id), 0) FROM queue_event").fetchone()[0]
    _say("READY")
    while os.getppid() != 1:
        newest = connection.execute("SELECT coalesce(max(id), 0) FROM queue_event").fetchone()[0]
        if newest > last:
            rows = connection.execute(CALLS_SQL.format(p="?"), (last,)).fetchall()
            now = time.time()
            for _event_id, code in rows:
                _say(f"ARRIVED {code} {now:.6f}")
            last = newest
        time.sleep(SQLITE_POLL_SECONDS)
    return 0


if __name__ == "__main__":
    mode, url = sys.argv[1], sys.argv[2]
    sys.exit(display(url) if mode == "display" else raw(url))
