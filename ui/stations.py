"""Builds each station's window; the launcher uses the same factory to open them side by side."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from services.accounts.staff import StaffInfo
from services.core.clock import is_training_clock
from services.core.settings import Settings
from services.storage.db import Database
from station.printers import printouts_dir
from ui.center_clock.training_banner import add_training_banner
from ui.common.login_dialog import LoginDialog
from ui.qt import QCoreApplication, QMainWindow, QTimer

# Each station imports its own window when it is built: a counter PC never loads the
# kiosk, the display's speech, the manager's charts or the administration panel.
if TYPE_CHECKING:
    from ui.counter.window import CounterWindow
    from ui.display.window import HallDisplayWindow
    from ui.district.window import DistrictWindow
    from ui.kiosk.window import KioskWindow
    from ui.launcher import LauncherWindow
    from ui.manager.window import ManagerWindow

SCREENSHOT_SETTLE_MS = 1200


class StationFactory:
    """Knows the settings and the database; makes a window for a station name.

    With ``demo`` (screenshots) the counter signs in as a demo clerk instead of asking.
    """

    def __init__(
        self, settings: Settings, database: Database, language: str, *, demo: bool = False
    ) -> None:
        self.settings = settings
        self.database = database
        self.language = language
        self.demo = demo
        self.training_url: str | None = None  # tests choose where practice data goes
        self.training_launcher: QMainWindow | None = None
        self.successors: list[QMainWindow] = []  # windows opened after a sign-out

    def __call__(self, station: str, counter: int = 1) -> QMainWindow | None:
        window = self._build(station, counter)
        if window is not None:
            add_training_banner(window)
            signed_out = getattr(window, "signed_out", None)
            if signed_out is not None:
                signed_out.connect(lambda: self._switch_user(window, station, counter))
        return window

    def _switch_user(self, window: QMainWindow, station: str, counter: int) -> None:
        """Sign-out: the window goes, and the station asks who works at it next."""
        window.hide()
        # The station's name goes with the window: the next clerk's window takes it.
        release = getattr(window, "release_station", None)
        if release is not None:
            release()
        successor = self(station, counter)
        window.close()
        if successor is not None:
            self.successors.append(successor)
            successor.show()

    def _build(self, station: str, counter: int) -> QMainWindow | None:
        if station == "kiosk":
            return self.kiosk()
        if station == "launcher":
            return self.launcher()
        if station == "counter":
            return self.counter(counter)
        if station == "display":
            return self.display()
        if station == "manager":
            return self.manager()
        if station == "district":
            return self.district()
        return None

    def _sign_in(self, title: str, username: str = "") -> StaffInfo | None:
        dialog = LoginDialog(self.database, title)
        if username:
            dialog.username.setText(username)
            dialog.password.setFocus()
        if not dialog.exec() or dialog.staff is None:
            return None
        return dialog.staff

    def _counter_staff(self, title: str) -> StaffInfo | None:
        """Someone who may serve residents, or None when the person gives up signing in."""
        from services.core.actors import Permission
        from ui.sign_in.cannot_serve import CannotServeDialog, NextStep

        username = ""
        while True:
            staff = self._sign_in(title, username)
            if staff is None or staff.actor().may(Permission.SERVE):
                return staff
            explained = CannotServeDialog(self.database, staff)
            if explained.next_step() is NextStep.CANCEL:
                return None
            username = explained.added.username if explained.added else ""

    def manager(self) -> ManagerWindow | None:
        from services.core.actors import SYSTEM
        from services.demo.hall import demo_manager
        from services.demo.history import seed_demo_history
        from ui.admin.panel import AdministrationPanel
        from ui.manager.window import ManagerWindow
        from ui.mediation.listing import MediationPanel

        if self.demo:
            with self.database.writer() as session:
                staff = demo_manager(session)
                seed_demo_history(session, SYSTEM, days=7, seed=7)
        else:
            signed_in = self._sign_in(
                QCoreApplication.translate("Stations", "Sign in to the manager station")
            )
            if signed_in is None:
                return None
            staff = signed_in
        actor = staff.actor()
        window = ManagerWindow(
            self.database,
            staff,
            language=self.language,
            pdf_font=self.settings.pdf_font,
            mediation=MediationPanel(
                self.database, actor, self.language, pdf_font=self.settings.pdf_font
            ),
            administration=AdministrationPanel(
                self.database,
                actor,
                self.language,
                self.settings.source,
                self.settings,
                printouts_dir=printouts_dir(self.settings.station_name or "manager"),
            ),
        )
        window.start()  # on today, like a manager who signs in
        return window

    def district(self) -> DistrictWindow | None:
        from ui.district.window import DistrictWindow

        if self.demo:
            from services.demo.district import stage_demo_district
            from services.demo.hall import demo_manager

            with self.database.writer() as session:
                staff = demo_manager(session)
                stage_demo_district(session)
        else:
            signed_in = self._sign_in(
                QCoreApplication.translate("Stations", "Sign in to the district station")
            )
            if signed_in is None:
                return None
            staff = signed_in
        window = DistrictWindow(self.database, staff.actor(), self.language)
        window.start()
        return window

    def display(self) -> HallDisplayWindow:
        from ui.display.window import HallDisplayWindow

        if self.demo:
            window = HallDisplayWindow(self.database, self.language)
            # Demo calls are older than the highlight lasts; show them as if just called.
            QTimer.singleShot(SCREENSHOT_SETTLE_MS, window.highlight_newest)
            return window
        from ui.display.announcer import Announcer

        return HallDisplayWindow(self.database, self.language, announcer=Announcer())

    def counter(self, number: int) -> CounterWindow | None:
        from ui.common.idcard_source import IdCardSource
        from ui.common.print_station import PrintStation
        from ui.counter.window import CounterWindow

        if self.demo:
            from services.demo.hall import demo_clerk

            with self.database.writer() as session:
                staff = demo_clerk(session)
        else:
            signed_in = self._counter_staff(
                QCoreApplication.translate("Stations", "Sign in to counter %1").replace(
                    "%1", str(number)
                )
            )
            if signed_in is None:
                return None
            staff = signed_in
        from services.stations.registry import take_station_name

        # Counter N prints on its own queue and serves its own tickets: one PC at a time.
        name = f"counter-{number}"
        lease = None if self.demo else take_station_name(self.database, name, "counter")
        printing = PrintStation(self.database, self.settings.printer, name, lease=lease)
        window = CounterWindow(
            self.database,
            number,
            staff,
            language=self.language,
            print_station=printing,
            scanner=self.settings.scanner,
            pdf_font=self.settings.pdf_font,
            id_cards=IdCardSource(self.settings.idcard),
        )
        window.start()
        return window

    def kiosk(self) -> KioskWindow:
        from services.stations.registry import default_station_name, take_station_name
        from ui.common.idcard_source import IdCardSource
        from ui.common.print_station import PrintStation
        from ui.kiosk.window import KioskWindow

        # A kiosk's name keys its print queue: two kiosks under one name would both print
        # every ticket, so a name still held by a live kiosk is refused.
        name = self.settings.station_name or default_station_name("kiosk")
        lease = None if self.demo else take_station_name(self.database, name, "kiosk")
        printing = PrintStation(self.database, self.settings.printer, name, lease=lease)
        window = KioskWindow(
            self.database,
            printing,
            language=self.language,
            staff_pin=self.settings.kiosk_pin,
            station=name,
            # Without a port: the virtual reader (the all-in-one station, training).
            id_cards=IdCardSource(self.settings.idcard),
        )
        window.start()
        return window

    def launcher(self) -> LauncherWindow:
        from ui.launcher import LauncherWindow, WindowFactory

        opener: WindowFactory = self
        virtual = self.settings.printer.kind == "virtual"
        return LauncherWindow(
            self.database,
            self.language,
            open_window=opener,
            printouts=printouts_dir("x").parent if virtual else None,
            start_training=None if is_training_clock() else self.start_training_demo,
        )

    def start_training_demo(self, at: datetime) -> None:
        """Run on from here on the training clock, with a practice database of its own."""
        from services.core.center_config import load_center_config
        from services.sandbox.training import start_training_clock, training_database_url
        from services.storage.bootstrap import prepare_database
        from services.storage.db import open_database

        start_training_clock(at)
        database = open_database(self.training_url or training_database_url())
        prepare_database(database)
        with database.reader() as session:
            load_center_config(session)
        self.database = database
        launcher = self("launcher")
        assert launcher is not None
        self.training_launcher = launcher
        launcher.show()
