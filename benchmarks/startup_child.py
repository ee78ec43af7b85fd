"""A child process for the start-up benchmark: start a window, report its first paint, exit.

``counter DB_URL``: the real entry point, ``main.main(["counter", "--counter", "1",
"--screenshot", …])``, with the screenshot step replaced by "show, wait for the first paint".
The counter's window paints its frame before the domain is loaded (``ui.startup.frame``), and
then its content: both times are reported.
``bare``: a bare PySide6 window (a QMainWindow with a label) started the same way.
``stack``: the bare window, after importing SQLAlchemy's ORM and our models.

Prints ``FIRST_PAINT <time.time()>`` (the window's first paint) and ``READY <time.time()>
<VmRSS kB>`` (the window painted with its content; the same moment for the bare window).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PAINT_TIMEOUT = 60.0


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _wait_for_first_paint(app: object, window: object) -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(app, QApplication)
    assert isinstance(window, QWidget)
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watch = PaintWatch()
    content = getattr(window, "content", None)  # a frame's content paints on its own
    (content if isinstance(content, QWidget) else window).installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + PAINT_TIMEOUT
    while not painted and time.monotonic() < deadline:
        app.processEvents()
        if not painted:
            time.sleep(0.001)
    if not painted:
        sys.stderr.write("no paint event within the timeout\n")
        return 1
    # The paint event has been handled once processEvents returns: the window is on screen.
    ready = time.time()
    first = getattr(window, "first_painted_at", None) or ready  # a frame painted earlier
    sys.stdout.write(f"FIRST_PAINT {first:.6f}\nREADY {ready:.6f} {_rss_kb()}\n")
    sys.stdout.flush()
    window.close()  # stops the window's threads, as the screenshot path does
    return 0


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("CivicDesk"))
    return _wait_for_first_paint(app, window)


def stack() -> int:
    import sqlalchemy.orm  # noqa: F401

    import services.storage.casework_models
    import services.storage.models  # noqa: F401

    return bare()


def counter(url: str) -> int:
    import main
    from ui import app as ui_app

    def first_paint(app: object, window: object, _args: object) -> int:
        return _wait_for_first_paint(app, window)

    ui_app.save_screenshot = first_paint  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as directory:
        shot = Path(directory) / "unused.png"
        argv = ["counter", "--counter", "1", "--screenshot", str(shot), "--db", url]
        return main.main(argv)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        sys.exit(bare())
    if sys.argv[1] == "stack":
        sys.exit(stack())
    sys.exit(counter(sys.argv[2]))
