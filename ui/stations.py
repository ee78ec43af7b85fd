"""Builds each station's window; the launcher uses the same factory to open them side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.db import Database
from services.settings import Settings
from services.staff import StaffInfo
from station.printers import printouts_dir
from ui.login_dialog import LoginDialog
from ui.qt import QCoreApplication, QMainWindow, QTimer

# Each station imports its own window when it is built: a counter PC never loads the
# kiosk, the display's speech, the manager's charts or the administration panel.
if TYPE_CHECKING:
    from ui.counter_window import CounterWindow
    from ui.display import HallDisplayWindow
    from ui.kiosk import KioskWindow
    from ui.launcher import LauncherWindow
    from ui.manager_window import ManagerWindow

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

    def __call__(self, station: str, counter: int = 1) -> QMainWindow | None:
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
        return None

    def _sign_in(self, title: str) -> StaffInfo | None:
        dialog = LoginDialog(self.database, title)
        if not dialog.exec() or dialog.staff is None:
            return None
        return dialog.staff

    def manager(self) -> ManagerWindow | None:
        from services.actors import SYSTEM
        from services.demo_hall import demo_manager
        from services.demo_history import seed_demo_history
        from ui.admin_panel import AdministrationPanel
        from ui.case_list import MediationPanel
        from ui.manager_window import ManagerWindow

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

    def display(self) -> HallDisplayWindow:
        from ui.display import HallDisplayWindow

        if self.demo:
            window = HallDisplayWindow(self.database, self.language)
            # Demo calls are older than the highlight lasts; show them as if just called.
            QTimer.singleShot(SCREENSHOT_SETTLE_MS, window.highlight_newest)
            return window
        from ui.announcer import Announcer

        return HallDisplayWindow(self.database, self.language, announcer=Announcer())

    def counter(self, number: int) -> CounterWindow | None:
        from ui.counter_window import CounterWindow
        from ui.print_station import PrintStation

        if self.demo:
            from services.demo_hall import demo_clerk

            with self.database.writer() as session:
                staff = demo_clerk(session)
        else:
            signed_in = self._sign_in(
                QCoreApplication.translate("Stations", "Sign in to counter %1").replace(
                    "%1", str(number)
                )
            )
            if signed_in is None:
                return None
            staff = signed_in
        printing = PrintStation(self.database, self.settings.printer, f"counter-{number}")
        window = CounterWindow(
            self.database,
            number,
            staff,
            language=self.language,
            print_station=printing,
            scanner=self.settings.scanner,
            pdf_font=self.settings.pdf_font,
        )
        window.start()
        return window

    def kiosk(self) -> KioskWindow:
        from ui.kiosk import KioskWindow
        from ui.print_station import PrintStation

        name = self.settings.station_name or "kiosk"
        printing = PrintStation(self.database, self.settings.printer, name)
        window = KioskWindow(
            self.database,
            printing,
            language=self.language,
            staff_pin=self.settings.kiosk_pin,
            station=name,
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
        )
