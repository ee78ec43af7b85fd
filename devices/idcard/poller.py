"""An ID-card reader watched from a background thread: each card placed is read once.

Every ~300 ms the poller asks for a card (find -> select -> read). A card read, refused or
unreadable is done with until it is lifted, so a card left on the reader is not taken for a
stream of residents. Faults come out as states with a plain message; the thread never ends
by itself: an unplugged or silent reader is tried again with a growing delay.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from devices.background import BackgroundLoop
from devices.errors import DeviceError, DeviceUnavailable
from devices.idcard.card_text import IdCardRecord, check_card
from devices.idcard.errors import (
    CardRefused,
    FrameRejected,
    GarbledAnswer,
    ReaderSilent,
    UnreadableCard,
)
from devices.idcard.sam_reader import READ_ATTEMPTS, Attempt, SamReader, try_read_card
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport

_log = logging.getLogger(__name__)

# Two "no card" answers in a row end a placement: a card half-lifted and laid back down
# flickers for one poll and must not be read twice.
_LIFT_CONFIRMATIONS = 2
_MAX_SILENT_DELAY = 5.0


class ReaderState(Enum):
    NO_READER = "no_reader"
    READY = "ready"
    READING = "reading"
    CARD_READ = "card_read"
    REMOVED_TOO_EARLY = "removed_too_early"
    UNREADABLE = "unreadable"
    REFUSED = "refused"


@dataclass(frozen=True)
class ReaderStatus:
    """The reader's state, with a message for people when something is wrong, and the
    error itself so that a window can say it in the resident's language."""

    state: ReaderState
    message: str = ""
    error: Exception | None = field(default=None, compare=False)


CardCallback = Callable[[IdCardRecord], None]
StatusCallback = Callable[[ReaderStatus], None]


class IdCardPoller:
    """Reads each card placed on a serial SAM reader once and hands it to ``on_card``.

    Callbacks run on the poller's thread (the UI forwards them with a signal).
    ``today`` gives the center's date, against which an expired card is refused.
    """

    def __init__(
        self,
        settings: SerialSettings,
        on_card: CardCallback,
        on_status: StatusCallback | None = None,
        *,
        transport: SerialTransport | None = None,
        today: Callable[[], date] = date.today,
        poll_interval: float = 0.3,
        answer_timeout: float = 0.5,
        read_timeout: float = 2.5,
    ) -> None:
        self._settings = settings
        self._on_card = on_card
        self._on_status = on_status
        self._transport = transport or SerialTransport(settings)
        self._reader = SamReader(
            self._transport, answer_timeout=answer_timeout, read_timeout=read_timeout
        )
        self._today = today
        self.poll_interval = poll_interval
        self._status = ReaderStatus(ReaderState.NO_READER, "not started")
        self._loop = BackgroundLoop(self._run, f"idcard-{settings.port}")
        # The card on the reader has been dealt with; wait for it to be lifted.
        self._placement_done = False
        self._lift_seen = 0
        self._failures = 0
        self._silent_delay = poll_interval

    @property
    def status(self) -> ReaderStatus:
        return self._status

    @property
    def is_running(self) -> bool:
        return self._loop.is_running

    def start(self) -> None:
        self._loop.start()

    def stop(self, timeout: float | None = 5.0) -> bool:
        """Stop polling and close the port; return whether the thread has ended."""
        if not self._loop.stop(timeout):
            return False
        self._transport.close()
        return True

    def poll(self) -> float:
        """One poll of the reader; the seconds to wait before the next one."""
        try:
            delay = self._poll()
        except DeviceUnavailable as exc:
            self._lost(exc)
            return max(self._transport.retry_in(), self.poll_interval)
        except ReaderSilent as exc:
            self._lost(exc)
            delay, self._silent_delay = (
                self._silent_delay,
                min(self._silent_delay * 2, _MAX_SILENT_DELAY),
            )
            return delay
        except (GarbledAnswer, FrameRejected) as exc:
            # Noise on the line: this poll is lost, the next one starts clean.
            _log.info("ID-card reader %s: %s", self._transport.label, exc)
            return self.poll_interval
        except DeviceError as exc:  # a reader fault such as a failed self-test
            self._lost(exc)
            return _MAX_SILENT_DELAY
        self._silent_delay = self.poll_interval
        return delay

    def _poll(self) -> float:
        if self._placement_done:
            if self._reader.find_card():
                self._lift_seen = 0
                if self._status.state == ReaderState.NO_READER:  # back after an outage
                    self._set(ReaderStatus(ReaderState.CARD_READ))
            else:
                self._lift_seen += 1
                if self._lift_seen >= _LIFT_CONFIRMATIONS:
                    self._placement_done = False
                    self._set(ReaderStatus(ReaderState.READY))
            return self.poll_interval
        if self._status.state == ReaderState.NO_READER:
            self._set(ReaderStatus(ReaderState.READY))
        attempt = try_read_card(self._reader)
        return self._handle(attempt)

    def _handle(self, attempt: Attempt) -> float:
        if attempt.kind == "no_card":
            self._failures = 0
            if self._status.state != ReaderState.READY:
                self._set(ReaderStatus(ReaderState.READY))
            return self.poll_interval
        if attempt.kind == "removed":
            self._failures = 0
            self._set(
                ReaderStatus(ReaderState.REMOVED_TOO_EARLY, str(attempt.error), attempt.error)
            )
            return self.poll_interval
        if attempt.kind == "failed":
            self._failures += 1
            if self._failures < READ_ATTEMPTS:
                self._set(ReaderStatus(ReaderState.READING))
                return 0.0  # try again at once: the resident is waiting
            reason = attempt.error.reason if isinstance(attempt.error, UnreadableCard) else None
            error = UnreadableCard(reason or str(attempt.error).rstrip("."))
            self._done(ReaderStatus(ReaderState.UNREADABLE, str(error), error))
            return self.poll_interval
        assert attempt.record is not None
        try:
            record = check_card(attempt.record, self._today())
        except CardRefused as exc:
            self._done(ReaderStatus(ReaderState.REFUSED, str(exc), exc))
            return self.poll_interval
        self._done(ReaderStatus(ReaderState.CARD_READ))
        try:
            self._on_card(record)
        except Exception:
            _log.exception("on_card failed for a card read on %s", self._transport.label)
        return self.poll_interval

    def _done(self, status: ReaderStatus) -> None:
        self._failures = 0
        self._placement_done = True
        self._lift_seen = 0
        self._set(status)

    def _lost(self, exc: Exception) -> None:
        self._failures = 0
        self._set(ReaderStatus(ReaderState.NO_READER, str(exc), exc))

    def _set(self, status: ReaderStatus) -> None:
        if status == self._status:
            return
        if status.state == ReaderState.NO_READER and self._status.state != status.state:
            _log.warning("ID-card reader %s: %s", self._transport.label, status.message)
        self._status = status
        if self._on_status is None:
            return
        try:
            self._on_status(status)
        except Exception:
            _log.exception("on_status failed for %s", status)

    def _run(self) -> None:
        while not self._loop.stopping.is_set():
            try:
                delay = self.poll()
            except Exception:  # a bug must not silently end reading for the day
                _log.exception("ID-card reader %s: unexpected failure", self._settings.port)
                delay = _MAX_SILENT_DELAY
            if delay:
                self._loop.stopping.wait(delay)
