"""A virtual ID-card reader for the all-in-one station, training and tests.

It behaves as ``IdCardPoller`` does towards its owner (the same callbacks, states and
refusals) but its cards are laid on it by calling ``place``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from devices.idcard.card_text import IdCardRecord, check_card
from devices.idcard.errors import CardRefused
from devices.idcard.poller import CardCallback, ReaderState, ReaderStatus, StatusCallback


class VirtualIdCardReader:
    """Cards placed by ``place`` are read at once, on the caller's thread."""

    def __init__(
        self,
        on_card: CardCallback,
        on_status: StatusCallback | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._on_card = on_card
        self._on_status = on_status
        self._today = today
        self._lock = threading.Lock()
        self._card: IdCardRecord | None = None
        self._running = False
        self._status = ReaderStatus(ReaderState.NO_READER, "not started")

    @property
    def status(self) -> ReaderStatus:
        return self._status

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self._set(ReaderStatus(ReaderState.READY))

    def stop(self, timeout: float | None = 5.0) -> bool:  # noqa: ARG002 (nothing to wait for)
        self._running = False
        self._set(ReaderStatus(ReaderState.NO_READER, "stopped"))
        return True

    def place(self, record: IdCardRecord) -> None:
        """Lay a card on the reader; a card already there is lifted first."""
        with self._lock:
            if not self._running:
                return
            lifted, self._card = self._card, record
        if lifted is not None:
            self._set(ReaderStatus(ReaderState.READY))
        try:
            accepted = check_card(record, self._today())
        except CardRefused as exc:
            self._set(ReaderStatus(ReaderState.REFUSED, str(exc), exc))
            return
        self._set(ReaderStatus(ReaderState.CARD_READ))
        self._on_card(accepted)

    def lift(self) -> None:
        with self._lock:
            self._card = None
        if self._running:
            self._set(ReaderStatus(ReaderState.READY))

    def _set(self, status: ReaderStatus) -> None:
        if status == self._status:
            return
        self._status = status
        if self._on_status is not None:
            self._on_status(status)
