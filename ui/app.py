"""Starting a station: settings, translations, the database, the window, or a screenshot."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from services.bootstrap import prepare_database
from services.db import Database, open_database
from services.errors import CivicDeskError
from services.settings import Settings, SettingsError, load_settings
from ui.launcher import LauncherWindow
from ui.messages import user_message
from ui.qt import QApplication, QLibraryInfo, QLocale, QMainWindow, QMessageBox, QTranslator
from ui.station_args import StationArgs, parse_station_args

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
log = logging.getLogger(__name__)


def run_station(argv: Sequence[str]) -> int:
    args = parse_station_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        settings = load_settings(args.config, db_override=args.db)
    except SettingsError as exc:
        return _fatal(str(exc), args)
    language = args.lang or settings.language
    install_translations(app, language)  # type: ignore[arg-type]
    try:
        database = open_database(settings.database_url)
        prepare_database(database)
    except CivicDeskError as exc:
        return _fatal(user_message(exc), args)
    window = build_window(args, settings, database, language)
    if args.screenshot is not None:
        return save_screenshot(app, window, args)  # type: ignore[arg-type]
    window.show()
    code = app.exec()
    database.dispose()
    return int(code)


def build_window(
    args: StationArgs, settings: Settings, database: Database, language: str
) -> QMainWindow:
    if args.station != "launcher":
        log.warning("the %s station is not built yet; opening the launcher", args.station)
    return LauncherWindow(database, language)


def install_translations(app: QApplication, language: str) -> None:
    QLocale.setDefault(QLocale(language))
    for directory, name in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
        (str(TRANSLATIONS_DIR), f"civicdesk_{language}"),
    ):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)


def save_screenshot(app: QApplication, window: QMainWindow, args: StationArgs) -> int:
    width, height = args.size or (1280, 800)
    window.resize(width, height)
    window.show()
    settle(app)
    assert args.screenshot is not None
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.screenshot)):
        sys.stderr.write(f"Could not write the screenshot {args.screenshot}\n")
        return 1
    window.close()
    return 0


def settle(app: QApplication, seconds: float = 1.5) -> None:
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
