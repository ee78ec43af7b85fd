"""The desk panel: petitions and the ledger side by side as two pages, sharing one worker."""

from __future__ import annotations

from services.core.actors import Actor
from services.storage.db import Database
from ui.common.op_runner import OpRunner
from ui.common.tab_keys import keyed
from ui.desk.ledger_page import LedgerPage
from ui.desk.petitions_page import PetitionsPage
from ui.qt import QEvent, QTabWidget, QVBoxLayout, QWidget


class DeskPanel(QWidget):
    """Call ``start()`` once shown and ``shutdown()`` when the window closes."""

    def __init__(self, database: Database, actor: Actor, language: str) -> None:
        super().__init__()
        self._runner = OpRunner(self)
        self.petitions = PetitionsPage(database, actor, language, self._runner)
        self.ledger = LedgerPage(database, actor, language, self._runner)
        self.pages = QTabWidget()
        self.pages.addTab(keyed(self.petitions, "petitions"), "")
        self.pages.addTab(keyed(self.ledger, "ledger"), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.retranslate()

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Petitions"))
        self.pages.setTabText(1, self.tr("Dispute ledger"))
        self.petitions.retranslate()
        self.ledger.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_number(self, number: str) -> None:
        """A scanned or typed X-… petition or L-… ledger entry: its page, with it selected."""
        if number.startswith("L-"):
            self.pages.setCurrentWidget(self.ledger)
            self.ledger.refresh(select=number)
        else:
            self.pages.setCurrentWidget(self.petitions)
            self.petitions.refresh(select=number)

    def start(self) -> None:
        self.petitions.refresh()
        self.ledger.refresh()

    def shutdown(self) -> None:
        self._runner.shutdown()
