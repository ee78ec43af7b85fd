"""Starting a station: settings, translations, the database, the window, or a screenshot.

A counter shows its window's frame before the domain is imported (``ui.startup.frame``), so
this module imports no SQLAlchemy at its top; ``tests/ui/test_station_startup.py`` pins that.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from services.errors import CivicDeskError
from services.settings import Settings, SettingsError, load_settings
from ui.i18n import translations
from ui.messages import user_message
from ui.qt import QApplication, QCoreApplication, QMainWindow, QMessageBox
from ui.screens import full_screen_on
from ui.startup.frame import StationFrame
from ui.station_args import StationArgs, parse_station_args

if TYPE_CHECKING:
    from services.db import Database

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def run_station(argv: Sequence[str]) -> int:
    args = parse_station_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt Multimedia reports missing optional audio back-ends (pipewire, VA-API) as warnings.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    try:
        settings = load_settings(args.config, db_override=args.db)
    except SettingsError as exc:
        return _fatal(str(exc), args)
    language = args.lang or settings.language
    translations(app).switch(language)
    frame = _frame_first(app, args)
    try:
        from services.bootstrap import prepare_database
        from services.db import open_database

        database = open_database(settings.database_url)
        prepare_database(database)
        if args.screenshot is not None:
            from services.demo_hall import stage_demo_hall

            with database.writer() as session:
                stage_demo_hall(session)
    except CivicDeskError as exc:
        if frame is not None:
            frame.close()
        return _fatal(user_message(exc), args)
    window = build_window(args, settings, database, language)
    if frame is not None:
        window = frame.adopt(window)
    if args.screenshot is not None:
        return save_screenshot(app, window, args)
    if args.station in ("kiosk", "display"):
        full_screen_on(window, args.screen)
    window.show()
    code = app.exec()
    database.dispose()
    return int(code)


def _frame_first(app: QApplication, args: StationArgs) -> StationFrame | None:
    """A counter's frame, painted now; the other stations show their window when built."""
    if args.station != "counter":
        return None
    title = QCoreApplication.translate("StationFrame", "Counter %1")
    frame = StationFrame(title.replace("%1", str(args.counter)))
    frame.resize(*(args.size or (1280, 800)))
    frame.show_now(app)
    return frame


def build_window(
    args: StationArgs, settings: Settings, database: Database, language: str
) -> QMainWindow:
    from ui.stations import StationFactory

    factory = StationFactory(settings, database, language, demo=args.screenshot is not None)
    window = factory(args.station, args.counter)
    if window is None:
        log.warning("the %s station is not built yet; opening the launcher", args.station)
        return factory.launcher()
    return window


def save_screenshot(app: QApplication, window: QMainWindow, args: StationArgs) -> int:
    width, height = args.size or (1280, 800)
    window.resize(width, height)
    window.show()
    settle(app)
    assert args.screenshot is not None
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(args.screenshot))
    window.close()
    if not saved:
        sys.stderr.write(f"Could not write the screenshot {args.screenshot}\n")
        return 1
    return 0


def settle(app: QApplication, seconds: float = 2.0) -> None:
    """Let the window's first database reads arrive and paint before it is grabbed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _fatal(message: str, args: StationArgs) -> int:
    sys.stderr.write(message + "\n")
    if args.screenshot is None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        QMessageBox.critical(None, "CivicDesk", message)
    return 1
