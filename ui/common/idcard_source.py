"""An ID-card reader's cards and states as Qt signals on the GUI thread.

A serial reader is polled on its own thread (``devices.idcard.IdCardPoller``); the virtual
reader of the all-in-one station and of tests calls back on the thread that places a card.
Either way the window gets ``card_read(IdCardRecord)`` and ``status_changed(ReaderStatus)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from devices.idcard.card_text import IdCardRecord
from devices.idcard.poller import IdCardPoller, ReaderStatus
from devices.idcard.virtual import VirtualIdCardReader
from devices.serial_settings import SerialSettings
from services.core.settings import IdCardReaderSettings
from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


def masked_name(name: str) -> str:
    """A name as a kiosk or a hall may show it: 张*英, 李*."""
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


class IdCardSource(QObject):
    card_read = Signal(object)  # IdCardRecord
    status_changed = Signal(object)  # ReaderStatus

    def __init__(
        self,
        settings: IdCardReaderSettings | None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        """A serial reader on ``settings.port``; the virtual one without settings."""
        super().__init__(parent)
        self.reader: IdCardPoller | VirtualIdCardReader
        if settings is not None and settings.port:
            self.reader = IdCardPoller(
                SerialSettings(port=settings.port, baudrate=settings.baudrate),
                self._on_card,
                self._on_status,
                today=today,
            )
        else:
            self.reader = VirtualIdCardReader(self._on_card, self._on_status, today=today)

    @property
    def virtual(self) -> VirtualIdCardReader | None:
        """The virtual reader, to lay cards on (training, tests); ``None`` for a real one."""
        return self.reader if isinstance(self.reader, VirtualIdCardReader) else None

    @property
    def status(self) -> ReaderStatus:
        return self.reader.status

    def start(self) -> None:
        self.reader.start()

    def stop(self) -> None:
        if not self.reader.stop(timeout=2):
            log.warning("the ID-card reader did not stop in time")

    def _on_card(self, record: IdCardRecord) -> None:  # the reader's thread
        self.card_read.emit(record)

    def _on_status(self, status: ReaderStatus) -> None:  # the reader's thread
        self.status_changed.emit(status)
