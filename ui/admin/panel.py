"""The administration panel: one self-contained widget, embedded as a tab of the manager
window (or shown alone).

Administrators see every tab; a manager sees only the audit log (the services refuse every
change to anyone else anyway). Database work runs on one worker thread, device work on
another; errors appear in the message line at the bottom, never as tracebacks.

The host calls ``shutdown()`` before it closes (closing the panel itself does it too).
"""

from __future__ import annotations

from pathlib import Path

from services.admin.audit_log import may_read_audit
from services.core.actors import Actor, Permission
from services.core.settings import Settings
from services.storage.db import Database
from ui.admin.audit import AuditTab
from ui.admin.calendar import HoursTab
from ui.admin.catalog import CountersTab, ServicesTab
from ui.admin.common import AdminContext, AdminTab, tint
from ui.admin.devices import DevicesTab
from ui.admin.grid_map import GridMapTab
from ui.admin.notice import NoticeTab
from ui.admin.staff import StaffTab
from ui.common import theme
from ui.common.messages import user_message
from ui.common.op_runner import OpRunner
from ui.common.tab_keys import keyed
from ui.qt import (
    QApplication,
    QCloseEvent,
    QEvent,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

FONT_SIZE = 11
TAB_KEYS = ("services", "counters", "staff", "hours", "devices", "notice", "map", "audit")


class AdministrationPanel(QWidget):
    def __init__(
        self,
        database: Database,
        actor: Actor,
        language: str,
        settings_path: Path | None,
        settings: Settings,
        *,
        printouts_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``settings_path`` is the station's settings file, where the Devices tab saves
        (``settings.source`` when None; read-only when both are None). ``printouts_dir`` is
        where a virtual printer's test pages go (the station's printouts folder by default).
        """
        super().__init__(parent)
        self.setObjectName("administrationPanel")
        self.setFont(theme.font(FONT_SIZE))
        self.actor = actor
        self.language = language
        self._runner = OpRunner(self)
        self._devices = OpRunner(self)
        self._closed = False
        self.context = AdminContext(
            database=database,
            runner=self._runner,
            devices=self._devices,
            actor=actor,
            language=language,
            say=self.say,
            failed=self.failed,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("adminMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(28)
        self.message.setFont(theme.font(FONT_SIZE, bold=True))
        layout.addWidget(self.message)
        self.pages: dict[str, AdminTab] = {}
        self._add_tabs(settings_path, settings, printouts_dir)
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.retranslate()
        self._load_current()

    def _add_tabs(
        self, settings_path: Path | None, settings: Settings, printouts_dir: Path | None
    ) -> None:
        context, actor = self.context, self.actor
        if actor.may(Permission.ADMINISTER):
            self.pages["services"] = ServicesTab(context)
            self.pages["counters"] = CountersTab(context)
        if actor.may(Permission.MANAGE_STAFF):
            self.pages["staff"] = StaffTab(context)
        if actor.may(Permission.ADMINISTER):
            self.pages["hours"] = HoursTab(context)
            self.pages["devices"] = DevicesTab(
                context, settings_path, settings, printouts_dir=printouts_dir
            )
            self.pages["notice"] = NoticeTab(context)
            self.pages["map"] = GridMapTab(context)
        if may_read_audit(actor):
            self.pages["audit"] = AuditTab(context)
        for key, page in self.pages.items():
            self.tabs.addTab(keyed(page, key), "")
        if not self.pages:
            self.say(self.tr("Your role has no administration tasks."), True)

    def _titles(self) -> dict[str, str]:
        return {
            "services": self.tr("Services"),
            "counters": self.tr("Counters"),
            "staff": self.tr("Staff"),
            "hours": self.tr("Opening hours && holidays"),
            "devices": self.tr("Devices"),
            "notice": self.tr("Display notice"),
            "map": self.tr("District map"),
            "audit": self.tr("Audit log"),
        }

    def retranslate(self) -> None:
        titles = self._titles()
        for key, page in self.pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), titles[key])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- tabs -----------------------------------------------------------------------------

    def show_tab(self, key: str) -> AdminTab:
        """Bring a tab forward (reading its data if due); returns it."""
        page = self.pages[key]
        if self.tabs.currentWidget() is page:
            self._load_current()
        else:
            self.tabs.setCurrentWidget(page)  # loads it through currentChanged
        return page

    def _load_current(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, AdminTab) and (page.refresh_on_show or not page.loaded):
            page.refresh()

    def refresh(self) -> None:
        """Read the current tab again (after changes made elsewhere)."""
        page = self.tabs.currentWidget()
        if isinstance(page, AdminTab):
            page.refresh()

    # --- messages -------------------------------------------------------------------------

    def say(self, text: str, warn: bool = False) -> None:
        tint(self.message, theme.RED if warn else theme.GREEN)
        self.message.setText(text)

    def failed(self, error: BaseException) -> None:
        self.say(user_message(error), True)

    @property
    def busy(self) -> bool:
        return self._runner.busy or self._devices.busy

    # --- the end --------------------------------------------------------------------------

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._runner.shutdown()
        self._devices.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
