"""A tour of every window of the demo hall, each view judged at each screen size.

``run_tour`` builds each station's window once per language (through the same factory as
``main.py --screenshot``), then for every view (a page, a tab, an open case, a dialog) and
every screen size resizes it, lets the layout settle and collects what a reader would
notice: a clipped text, a window larger than its screen, a text smaller than its role.

``python -m tests.ui.layout_tour [DIR]`` writes every judged view to DIR (default
/tmp/layout-tour) and prints the problems; the layout test does the same when
``CIVICDESK_LAYOUT_SHOTS`` names a folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import time as slot_time
from pathlib import Path

from services.appointments.booking import book_appointment
from services.calendar.opening_hours import Availability
from services.core.actors import SYSTEM
from services.core.clock import center_today
from services.core.settings import PrinterSettings, Settings
from services.demo.hall import stage_demo_hall
from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from tests.services.appointment_helpers import take_appointments
from tests.services.casework_helpers import id_number
from tests.ui.layout_checks import clipped_texts, outside_window, too_small
from tests.ui.mediation_look import seed_cases
from ui.center_clock.dates import center_qdate
from ui.common import theme
from ui.common.i18n import translations
from ui.common.login_dialog import LoginDialog
from ui.counter.window import CounterWindow
from ui.display.window import HallDisplayWindow
from ui.kiosk.pages import ServiceButton
from ui.kiosk.window import KioskWindow
from ui.launcher import LauncherWindow
from ui.manager.window import ManagerWindow
from ui.mediation.dialogs import TransitionDialog
from ui.mediation.intake import CaseIntakeDialog
from ui.qt import QApplication, QCoreApplication, QLocale, QWidget
from ui.stations import StationFactory

SCREENS = ((1080, 1920), (1280, 1024), (1366, 768), (1920, 1080))
LANGUAGES = ("zh_CN", "en")
KIOSK_BODY_PX = 24
KIOSK_TILE_TITLE_PX = 40
DISPLAY_CALL_PX = 120  # at 1080 screen lines and more
STAFF_BODY_PX = 14

# The README's screenshots: view, language, screen -> file name in docs/screenshots.
README_SHOTS = {
    ("kiosk", "zh_CN", (1080, 1920)): "kiosk_zh_CN.png",
    ("kiosk", "en", (1080, 1920)): "kiosk_en.png",
    ("kiosk_ticket", "zh_CN", (1080, 1920)): "kiosk_ticket_zh_CN.png",
    ("display", "zh_CN", (1920, 1080)): "display_zh_CN.png",
    ("display", "en", (1920, 1080)): "display_en.png",
    ("counter_requests", "zh_CN", (1366, 768)): "counter_zh_CN.png",
    ("counter_requests", "en", (1366, 768)): "counter_en.png",
    ("manager_overview", "zh_CN", (1366, 768)): "manager_zh_CN.png",
    ("manager_overview", "en", (1366, 768)): "manager_en.png",
    ("counter_case", "zh_CN", (1366, 768)): "case_detail_zh.png",
    ("counter_case", "en", (1366, 768)): "case_detail_en.png",
    ("manager_mediation", "zh_CN", (1366, 768)): "case_list_zh.png",
    ("manager_mediation", "en", (1366, 768)): "case_list_en.png",
    ("launcher", "zh_CN", (1366, 768)): "launcher_zh_CN.png",
}


@dataclass
class View:
    """One thing to look at: ``enter`` brings it forward and says when it is ready."""

    name: str
    window: QWidget
    enter: Callable[[], Callable[[], bool]]
    minimum: Callable[[QWidget], int | None]
    screen_sized: bool = True  # a station window takes the screen; a dialog its own size


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    judged: int = 0
    shots: list[Path] = field(default_factory=list)


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert condition(), "the window did not get there in time"


def settle(app: QApplication, seconds: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    app.sendPostedEvents()  # a clock that ticked just now has its layout done too


@contextmanager
def staff_font_and_translations(app: QApplication) -> Iterator[None]:
    """The stations' font and translations for the tour; what the app had, afterwards."""
    state = translations(app)
    installed, language, locale, font = (
        list(state._installed),
        state.language,
        QLocale(),
        app.font(),
    )
    theme.use_staff_font(app)
    try:
        yield
    finally:
        for translator in state._installed:
            app.removeTranslator(translator)
        for translator in installed:
            app.installTranslator(translator)
        state._installed, state.language = installed, language
        QLocale.setDefault(locale)
        app.setFont(font)


# --- the hall --------------------------------------------------------------------------------


def demo_hall(folder: Path) -> tuple[Database, dict[str, int]]:
    """The demo hall of ``--screenshot`` with mediation cases in several states."""
    database = open_database(f"sqlite:///{folder}/layout.sqlite3")
    prepare_database(database)
    with database.writer() as session:
        stage_demo_hall(session)
    book_demo_appointments(database)
    return database, seed_cases(database)


def book_demo_appointments(database: Database) -> None:
    """Tomorrow's bookings of the demo hall, so the appointment views have rows to judge."""
    tomorrow = center_today() + timedelta(days=1)
    people = [("110105", "19800101", "011", "李明"), ("440304", "19900101", "123", "王芳")]
    with database.writer() as session:
        take_appointments(session, "A", 4)
        for (area, birth, serial, name), hour in zip(people, (9, 10), strict=True):
            book_appointment(
                session, SYSTEM, "A", tomorrow, slot_time(hour), id_number(area, birth, serial),
                name=name, phone="13800138000", source="phone",
            )  # fmt: skip


def factory(database: Database, language: str, folder: Path) -> StationFactory:
    settings = Settings(printer=PrinterSettings(kind="virtual"), source=folder / "civicdesk.toml")
    return StationFactory(settings, database, language, demo=True)


# --- text roles --------------------------------------------------------------------------------


def kiosk_minimum(widget: QWidget) -> int:
    if widget.objectName() == "tileTitle":
        return KIOSK_TILE_TITLE_PX
    return KIOSK_BODY_PX


def staff_minimum(widget: QWidget) -> int:
    return STAFF_BODY_PX


def display_minimum(screen: tuple[int, int]) -> Callable[[QWidget], int | None]:
    def minimum(widget: QWidget) -> int | None:
        if widget.objectName() == "callLine" and screen[1] >= 1080 > 0 and screen[0] > screen[1]:
            return DISPLAY_CALL_PX
        return None

    return minimum


# --- the views of each window ----------------------------------------------------------------


def kiosk_views(kiosk: KioskWindow) -> Iterator[View]:
    def home() -> Callable[[], bool]:
        kiosk.go_home()
        return lambda: kiosk.home.isVisible() and bool(kiosk.home.findChildren(ServiceButton))

    yield View("kiosk", kiosk, home, kiosk_minimum)

    def ticket() -> Callable[[], bool]:
        if not kiosk.ticket_page.isVisible():
            kiosk.issue("C", None)
        return lambda: kiosk.ticket_page.isVisible() and bool(kiosk.ticket_page.code_text)

    yield View("kiosk_ticket", kiosk, ticket, kiosk_minimum)

    def closed() -> Callable[[], bool]:
        # The kiosk's own refresh would bring the open hall's tiles back.
        kiosk._refresh_timer.stop()
        kiosk._feed.stop()
        kiosk._issued = None
        tomorrow = datetime.now().replace(hour=8, minute=30) + timedelta(days=1)
        kiosk._show_closed(Availability(False, tomorrow, frozenset()))
        return kiosk.message_page.isVisible

    yield View("kiosk_closed", kiosk, closed, kiosk_minimum)
    kiosk.go_home()


def counter_views(counter: CounterWindow, case_id: int) -> Iterator[View]:
    def tab(page: QWidget) -> Callable[[], Callable[[], bool]]:
        def enter() -> Callable[[], bool]:
            counter.mediation.close_case()
            counter.show_page(page)
            return lambda: counter.view is not None and page.isVisible()

        return enter

    yield View("counter_requests", counter, tab(counter.request_page), staff_minimum)
    yield View("counter_list", counter, tab(counter.request_list), staff_minimum)
    yield View("counter_waiting", counter, tab(counter.waiting_view), staff_minimum)
    yield View("counter_mediation", counter, tab(counter.mediation), staff_minimum)
    yield View("counter_desk", counter, tab(counter.desk), staff_minimum)

    def appointments() -> Callable[[], bool]:
        counter.mediation.close_case()
        counter.show_appointments()
        counter.appointments.date_edit.setDate(center_qdate(1))
        form = counter.appointments.form
        rows = counter.appointments.model
        return lambda: counter.view is not None and form.slot_list.count() and rows.rowCount()

    yield View("counter_appointments", counter, appointments, staff_minimum)

    def case() -> Callable[[], bool]:
        counter.show_page(counter.mediation)
        panel = counter.mediation
        if panel.current is None or panel.current.case.id != case_id:
            panel.list.select_case(case_id)
            panel.open_case(case_id)
        return lambda: panel.current is not None and panel.detail.isVisible()

    yield View("counter_case", counter, case, staff_minimum)


def manager_views(manager: ManagerWindow) -> Iterator[View]:
    for index, name in enumerate(("overview", "tables", "now", "todo", "mediation")):

        def enter(index: int = index) -> Callable[[], bool]:
            manager.tabs.setCurrentIndex(index)
            return lambda: manager.report is not None

        yield View(f"manager_{name}", manager, enter, staff_minimum)

    def appointments() -> Callable[[], bool]:
        manager.tabs.setCurrentWidget(manager.appointments)
        manager.appointments.date_edit.setDate(center_qdate(1))
        form = manager.appointments.form
        rows = manager.appointments.model
        return lambda: manager.report is not None and form.slot_list.count() and rows.rowCount()

    yield View("manager_appointments", manager, appointments, staff_minimum)
    admin = manager.administration
    assert admin is not None
    for key in admin.pages:

        def enter_admin(key: str = key) -> Callable[[], bool]:
            manager.tabs.setCurrentWidget(admin)
            page = admin.show_tab(key)
            return lambda: page.loaded and not admin.busy

        yield View(f"admin_{key}", manager, enter_admin, staff_minimum)


def launcher_shown(launcher: LauncherWindow) -> Callable[[], Callable[[], bool]]:
    return lambda: launcher.isVisible


def dialog_views(database: Database, counter: CounterWindow, language: str) -> Iterator[View]:
    title = QCoreApplication.translate("Stations", "Sign in to counter %1").replace("%1", "3")
    login = LoginDialog(database, title)
    yield View("login", login, lambda: login.isVisible, staff_minimum, screen_sized=False)
    intake = CaseIntakeDialog(language)
    yield View("case_intake", intake, lambda: intake.isVisible, staff_minimum, False)
    detail = counter.mediation.detail
    step = TransitionDialog(detail.dialog_context())
    yield View("case_step", step, lambda: step.isVisible, staff_minimum, False)


# --- judging ---------------------------------------------------------------------------------


def judge(
    view: View,
    screen: tuple[int, int],
    language: str,
    app: QApplication,
    verdict: Verdict,
    shots: Path | None,
) -> None:
    window = view.window
    ready = view.enter()
    if view.screen_sized:
        window.resize(*screen)
    else:
        window.adjustSize()
    window.show()
    wait(app, lambda: ready())
    settle(app)
    where = f"{view.name} {language} {screen[0]}x{screen[1]}"
    width, height = window.width(), window.height()
    if width > screen[0] or height > screen[1]:
        verdict.problems.append(f"{where}: the window is {width}x{height}")
    minimum = view.minimum
    if view.name == "display":
        minimum = display_minimum(screen)
    found = clipped_texts(window) + outside_window(window) + too_small(window, minimum)
    verdict.problems += [f"{where}: {text}" for text in found]
    verdict.judged += 1
    if shots is not None:
        target = shots / f"{view.name}_{language}_{screen[0]}x{screen[1]}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target))
        verdict.shots.append(target)
    docs = README_SHOTS.get((view.name, language, screen))
    if docs is not None and os.environ.get("CIVICDESK_UPDATE_DOCS"):
        folder = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        window.grab().save(str(folder / docs))


def judge_all(
    views: list[View],
    language: str,
    app: QApplication,
    verdict: Verdict,
    shots: Path | None,
) -> None:
    for view in views:
        screens = SCREENS if view.screen_sized else (SCREENS[0],)
        for screen in screens:
            judge(view, screen, language, app, verdict, shots)
            if not view.screen_sized:  # a dialog has one size: it must fit every screen
                size = view.window.size()
                narrowest = min(s[0] for s in SCREENS), min(s[1] for s in SCREENS)
                if size.width() > narrowest[0] or size.height() > narrowest[1]:
                    verdict.problems.append(
                        f"{view.name} {language}: the dialog is {size.width()}x{size.height()}"
                    )


def run_tour(
    database: Database,
    case_id: int,
    folder: Path,
    app: QApplication,
    *,
    shots: Path | None = None,
    languages: tuple[str, ...] = LANGUAGES,
) -> Verdict:
    verdict = Verdict()
    with staff_font_and_translations(app):
        tour_languages(database, case_id, folder, app, verdict, shots, languages)
    return verdict


def tour_languages(
    database: Database,
    case_id: int,
    folder: Path,
    app: QApplication,
    verdict: Verdict,
    shots: Path | None,
    languages: tuple[str, ...],
) -> None:
    for language in languages:
        translations(app).switch(language)
        make = factory(database, language, folder)
        windows: list[QWidget] = []
        try:
            kiosk = make.kiosk()
            display = make.display()
            counter = make.counter(1)
            manager = make.manager()
            launcher = make.launcher()
            assert isinstance(counter, CounterWindow)
            assert isinstance(manager, ManagerWindow)
            assert isinstance(display, HallDisplayWindow)
            assert isinstance(launcher, LauncherWindow)
            windows += [kiosk, display, counter, manager, launcher]

            def shown_display(display: HallDisplayWindow = display) -> Callable[[], bool]:
                display.highlight_newest()
                return lambda: display.is_live and display.recent_model.rowCount() > 0

            views = [
                *kiosk_views(kiosk),
                View("display", display, shown_display, lambda _w: None),
                *counter_views(counter, case_id),
                *manager_views(manager),
                View("launcher", launcher, launcher_shown(launcher), staff_minimum),
            ]
            for view in views:
                judge_all([view], language, app, verdict, shots)
                if view.name == "display":
                    display.hide()
                if view.name == "kiosk_closed":
                    kiosk.hide()
            counter.hide()
            manager.hide()
            dialogs = list(dialog_views(database, counter, language))
            windows += [view.window for view in dialogs]
            judge_all(dialogs, language, app, verdict, shots)
        finally:
            for window in windows:
                window.close()
                window.deleteLater()
            settle(app, 0.1)


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        database, cases = demo_hall(Path(tmp))
        try:
            verdict = run_tour(database, cases["agreed"], Path(tmp), app, shots=out)
        finally:
            database.dispose()
    took = time.monotonic() - started
    sys.stdout.write("\n".join(verdict.problems) + "\n")
    sys.stdout.write(
        f"{verdict.judged} views judged in {took:.1f} s, {len(verdict.problems)} problems; "
        f"screenshots in {out}\n"
    )
    return 1 if verdict.problems else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/layout-tour")))
