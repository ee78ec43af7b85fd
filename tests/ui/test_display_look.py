"""The hall display at 1920x1080 with a morning's calls, in both languages.

Writes ``display_en.png`` and ``display_zh.png`` (to ``CIVICDESK_LOOK_DIR``, else the test's
temporary directory) just after a live call, highlighted, and checks the texts a resident
reads from across the hall: nothing clipped, the call line not shrunk, nothing off screen.
``python -m tests.ui.test_display_look [DIR]`` writes them (and the calm look) to
/tmp/display-look by default.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from services.core.actors import SYSTEM
from services.queue import ops as queue_ops
from services.queue.display_notice import set_display_notice
from services.queue.reads import queue_status
from services.storage.db import Database, open_database
from ui.display.text import call_line
from ui.display.window import HallDisplayWindow
from ui.qt import QApplication, QFontMetrics, QLabel

SIZE = (1920, 1080)
COUNTERS = (1, 6, 2, 5, 7, 3, 8, 4)  # the morning's calls, in order
LIVE_COUNTER = 3  # called while the display is watching
TICKETS = {"A": 16, "B": 8, "C": 12, "D": 3, "E": 6, "F": 3, "G": 7, "H": 5}
NOTICE = (
    "今天 14:00–15:00 系统维护，社保业务暂停办理，敬请谅解。"
    " Social security services pause from 14:00 to 15:00 today for maintenance."
)


def seed_morning(database: Database) -> None:
    """Tickets and calls at several counters, through the real queue operations."""
    with database.writer() as session:
        for service, count in TICKETS.items():
            for _ in range(count):
                queue_ops.issue_ticket(session, SYSTEM, service)
        for counter in COUNTERS:
            queue_ops.call_next(session, SYSTEM, counter, open_if_closed=True)
        set_display_notice(session, SYSTEM, NOTICE)


def call_live(database: Database) -> str:
    """The next call at the live counter, after it finished its current resident."""
    with database.writer() as session:
        queue_ops.start_service(session, SYSTEM, LIVE_COUNTER)
        queue_ops.finish_service(session, SYSTEM, LIVE_COUNTER)
        return queue_ops.call_next(session, SYSTEM, LIVE_COUNTER).code


def wait(app: QApplication, condition: object, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)
    assert condition(), "the display did not get there in time"  # type: ignore[operator]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def open_display(database: Database, language: str, app: QApplication) -> HallDisplayWindow:
    window = HallDisplayWindow(database, language)
    window.resize(*SIZE)
    window.show()
    wait(app, lambda: window.is_live and window.recent_model.rowCount() == len(COUNTERS))
    return window


def show_live_call(window: HallDisplayWindow, database: Database, app: QApplication) -> str:
    code = call_live(database)
    wait(app, lambda: window.is_highlighted and window.call_lines()[1].startswith(code))
    settle(app)
    return code


def save(window: HallDisplayWindow, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    assert (image.width(), image.height()) == SIZE
    assert image.save(str(target))


def clipped(label: QLabel) -> bool:
    needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
    return needed > label.contentsRect().width()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_display_reads_at_a_glance(
    qapp: QApplication, qtbot: QtBot, sqlite_url: str, tmp_path: Path, language: str
) -> None:
    database = open_database(sqlite_url)
    seed_morning(database)
    window = open_display(database, language, qapp)
    qtbot.addWidget(window)
    try:
        code = show_live_call(window, database, qapp)
        folder = Path(os.environ.get("CIVICDESK_LOOK_DIR", tmp_path))
        save(window, folder / ("display_en.png" if language == "en" else "display_zh.png"))

        assert window.call_lines() == call_line(code, LIVE_COUNTER)
        assert window.recent_slots()[0][0] == code
        big = window.findChildren(QLabel)
        assert not [label.text() for label in big if label.isVisible() and clipped(label)]
        assert window._call_zh.font().pixelSize() >= 140  # the call line was not shrunk
        with database.reader() as session:
            expected = {s.code: s.waiting for s in queue_status(session).services}
        wait(qapp, lambda: window.waiting_counts() == expected)
        assert window.notice_text() == NOTICE
        for child in big:  # everything inside the screen
            if child.isVisible():
                bottom_right = child.mapTo(window, child.rect().bottomRight())
                assert window.rect().contains(bottom_right), child.text()
    finally:
        window.close()
        database.dispose()


def main(out: Path) -> None:
    import tempfile

    from services.storage.bootstrap import prepare_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    for language, name in (("en", "display_en"), ("zh_CN", "display_zh")):
        with tempfile.TemporaryDirectory() as tmp:
            database = open_database(f"sqlite:///{tmp}/look.sqlite3")
            prepare_database(database)
            seed_morning(database)
            window = open_display(database, language, app)  # type: ignore[arg-type]
            show_live_call(window, database, app)  # type: ignore[arg-type]
            save(window, out / f"{name}.png")
            window._calm_down()
            settle(app, 0.2)  # type: ignore[arg-type]
            save(window, out / f"{name}_calm.png")
            window._on_online(False)
            settle(app, 0.2)  # type: ignore[arg-type]
            save(window, out / f"{name}_offline.png")
            window.close()
            database.dispose()
    sys.stdout.write(f"wrote the display screenshots to {out}\n")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/display-look"))
