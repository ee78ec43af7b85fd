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

from services.core.errors import CivicDeskError
from services.core.settings import Settings, SettingsError, default_database_url, load_settings
from services.privacy.keyring import key_file_for, use_key_file
from station.install.qt_platform import platform_problem
from station.install.station_settings import counter_of_station
from ui.common import theme
from ui.common.i18n import translations
from ui.common.messages import user_message
from ui.common.screens import full_screen_on
from ui.common.station_args import StationArgs, parse_station_args
from ui.common.tab_keys import UnknownTab, show_tab
from ui.qt import QApplication, QCoreApplication, QMainWindow, QMessageBox
from ui.startup.frame import StationFrame

if TYPE_CHECKING:
    from services.storage.db import Database

log = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def run_station(argv: Sequence[str]) -> int:
    args = parse_station_args(argv)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt Multimedia reports missing optional audio back-ends (pipewire, VA-API) as warnings.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver.warning=false")
    # Qt aborts without a word about packages when its platform plugin cannot load.
    problem = platform_problem(os.environ)
    if problem is not None:
        sys.stderr.write(problem)
        return 1
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    # A first start upgrades the schema: Alembic's step-by-step INFO lines are not for staff.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if args.db is not None and not args.db.strip():
        _fatal(
            "--db needs a database URL: sqlite:///FILE or postgresql://USER@HOST/DATABASE.", args
        )
        return 2
    theme.use_staff_font(app)
    try:
        settings = load_settings(args.config, db_override=args.db)
    except SettingsError as exc:
        return _fatal(str(exc), args)
    use_key_file(key_file_for(settings))
    language = args.lang or settings.language
    translations(app).switch(language)
    frame = _frame_first(app, args)
    if args.screenshot is not None:
        from services.sandbox.screenshot_database import screenshot_database

        try:
            with screenshot_database(settings.database_url) as copy:
                return _run_window(app, args, settings, copy, language, frame, sandbox=True)
        except CivicDeskError as exc:
            if frame is not None:
                frame.close()
            return _fatal(user_message(exc), args)
    try:
        from services.storage.db import open_database

        database = open_database(settings.database_url)
    except CivicDeskError as exc:
        if frame is not None:
            frame.close()
        return _fatal(user_message(exc), args)
    try:
        return _run_window(app, args, settings, database, language, frame)
    finally:
        database.dispose()


def _run_window(
    app: QApplication,
    args: StationArgs,
    settings: Settings,
    database: Database,
    language: str,
    frame: StationFrame | None,
    *,
    sandbox: bool = False,
) -> int:
    """Run the station's window (in the counter's frame, painted already); ``sandbox``: a
    screenshot's throwaway copy, made current here."""
    from services.core.center_config import load_center_config
    from services.core.clock import utc_now

    try:
        if sandbox:
            from services.storage.creation import create_or_upgrade

            create_or_upgrade(database)
        else:
            ready_for_station(database, settings)
        with database.reader() as session:
            load_center_config(session)  # the center's zone, for its clocks
        if args.screenshot is not None:
            from services.demo.hall import stage_demo_hall

            with database.writer() as session:
                stage_demo_hall(session)
        utc_now()  # a training clock that cannot be read stops here, with its reason
    except CivicDeskError as exc:
        if frame is not None:
            frame.close()
        return _fatal(user_message(exc), args)
    try:
        window = build_window(args, settings, database, language)
    except CivicDeskError as exc:  # e.g. a kiosk under the name of one still running
        if frame is not None:
            frame.close()
        return _fatal(user_message(exc), args)
    if frame is not None:
        window = frame.adopt(window)
    if args.screenshot is not None:
        return save_screenshot(app, window, args)
    if args.station in ("kiosk", "display") or args.full_screen:
        full_screen_on(window, args.screen)
    window.show()
    return int(app.exec())


def ready_for_station(database: Database, settings: Settings) -> None:
    """The embedded default database is made on a station's first start (a new install just
    works); any other must already be a current CivicDesk database (``db upgrade``)."""
    if settings.database_url == default_database_url():
        from services.storage.creation import create_or_upgrade

        create_or_upgrade(database)
        return
    from services.storage.checks import require_current

    require_current(database)


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
    from ui.center_clock.training_banner import add_training_banner
    from ui.stations import StationFactory

    factory = StationFactory(settings, database, language, demo=args.screenshot is not None)
    counter = args.counter if args.counter_given else counter_of_station(settings.station_name)
    window = factory(args.station, counter or args.counter)
    if window is None:
        log.warning("the %s station is not built yet; opening the launcher", args.station)
        window = factory.launcher()
        add_training_banner(window)
    return window


def save_screenshot(app: QApplication, window: QMainWindow, args: StationArgs) -> int:
    width, height = args.size or (1280, 800)
    window.resize(width, height)
    if args.tab is not None:
        try:
            show_tab(window, args.tab)
        except UnknownTab as unknown:
            window.close()
            sys.stderr.write(unknown_tab_message(args.station, unknown) + "\n")
            return 2
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


def unknown_tab_message(station: str, unknown: UnknownTab) -> str:
    if not unknown.known:
        return f"--tab {unknown.name}: the {station} window has no tabs."
    return (
        f"--tab {unknown.name}: the {station} window has no such tab; "
        f"its tabs are {', '.join(unknown.known)}."
    )


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
