"""Turns the database's event feed into Qt signals on the GUI thread."""

from __future__ import annotations

from services.core.event_feed import EventWatcher, FeedEvent
from services.storage.db import Database
from ui.qt import QObject, Signal


class LiveFeed(QObject):
    """Emits ``events_arrived(list[FeedEvent])`` and ``online_changed(bool)``.

    The watcher thread emits the signals; Qt queues them to the receivers' (GUI) thread.
    """

    events_arrived = Signal(list)
    online_changed = Signal(bool)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = EventWatcher(database, self._forward_events, self._forward_online)
        self.online = True

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._watcher.stop()

    def _forward_events(self, batch: list[FeedEvent]) -> None:
        self.events_arrived.emit(batch)

    def _forward_online(self, online: bool) -> None:
        self.online = online
        self.online_changed.emit(online)
