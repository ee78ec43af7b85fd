"""Barcode scanners at the counter.

A keyboard-wedge scanner types its code as a fast burst of keys ending in Enter. The
application-wide event filter feeds every key typed into the counter window to
``devices.wedge.KeyBurstDetector``: keys are held back until the detector decides; a burst
is swallowed and emitted as ``scanned(str)``, anything slower is replayed to the widget it was
typed into, in order. A serial scanner reads on its own thread; ``SerialScanSource`` brings
its scans to the GUI thread as signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from devices.scan_payload import ScanPayload
from devices.scanner import SerialScanner
from devices.serial_settings import SerialSettings
from devices.wedge import ENTER, KeyBurstDetector, ScanResult
from services.core.settings import ScannerSettings
from ui.qt import (
    QApplication,
    QCoreApplication,
    QEvent,
    QKeyEvent,
    QObject,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

MAX_INTERVAL_MS = 40  # a scanner types a key every few ms; a fast typist needs ~80 ms
MIN_LENGTH = 6
POLL_MS = 15
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def monotonic_ms() -> float:
    return time.monotonic() * 1000.0


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    released: bool = False  # its release came while it was held: replayed after it


class WedgeScanFilter(QObject):
    """Installed on the application; watches the keys typed into ``window`` only."""

    scanned = Signal(str)

    def __init__(
        self,
        window: QWidget,
        *,
        max_interval_ms: float = MAX_INTERVAL_MS,
        min_length: int = MIN_LENGTH,
        clock: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self.detector = KeyBurstDetector(max_interval_ms=max_interval_ms, min_length=min_length)
        self._held: list[_HeldKey] = []
        self._target: QWidget | None = None
        self._replaying = False
        self._installed = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._focus_changed)
            self._installed = True

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None and self._installed:
            self.flush()
            app.removeEventFilter(self)
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_changed)
            self._installed = False
        self._timer.stop()

    # --- the filter -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or self._replaying:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        if kind == QEvent.Type.KeyRelease:
            return self._key_release(watched, event)
        if not self._is_ours(watched):
            return False
        return self._key_press(watched, event)

    def _key_release(self, widget: QWidget, event: QKeyEvent) -> bool:
        """A held key's release is held with it, so a button sees press, then release."""
        if widget is not self._target or event.isAutoRepeat():
            return False
        for held in self._held:
            if held.key == event.key() and not held.released:
                held.released = True
                return True
        return False

    def _is_ours(self, widget: QWidget) -> bool:
        """The first delivery of a key to the counter window (not its propagation)."""
        if widget.window() is not self._window:
            return False
        focus = QApplication.focusWidget()
        return widget is focus if focus is not None else widget is self._window

    def _key_press(self, widget: QWidget, event: QKeyEvent) -> bool:
        """True: the key is held back or consumed by a scan."""
        now = self._clock()
        text = event.text()
        modifiers = event.modifiers()
        if event.isAutoRepeat() or modifiers & _COMMAND_MODIFIERS:
            self.flush()
            return False
        if event.key() in _ENTER_KEYS:
            return self._enter(now)
        if len(text) != 1 or not text.isprintable():
            self.flush()  # a function or navigation key: the held keys go first, then it
            return False
        if self._target is not None and self._target is not widget:
            self.flush()
        self._target = widget
        self._held.append(_HeldKey(event.key(), modifiers, text))
        result = self.detector.feed(text, now)
        if result is not None:
            self._replay(result.passthrough)
        self._timer.start()
        return True

    def _enter(self, now: float) -> bool:
        result = self.detector.feed(ENTER, now)
        assert result is not None  # Enter always decides
        if result.scan is not None:
            self._replay(result.passthrough)
            self._held.clear()
            self._target = None
            self._timer.stop()
            self.scanned.emit(result.scan)
            return True
        self._replay(result.passthrough.removesuffix(ENTER))
        self._held.clear()
        self._timer.stop()
        return False  # the Enter itself goes on to the widget

    def poll(self) -> None:
        """Release keys that were typed by a person (no key followed them quickly)."""
        result = self.detector.poll(self._clock())
        if result is not None:
            self._replay(result.passthrough)
        if not self._held:
            self._timer.stop()

    def flush(self) -> None:
        result: ScanResult | None = self.detector.flush()
        if result is not None:
            self._replay(result.passthrough)
        self._held.clear()
        self._timer.stop()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._held:
            self.flush()

    def _replay(self, passthrough: str) -> None:
        """Give ``passthrough`` (the oldest held keys) to the widget they were typed into."""
        if not passthrough:
            return
        keys, self._held = self._held[: len(passthrough)], self._held[len(passthrough) :]
        target = self._target
        if not self._held:
            self._target = None
        if target is None:
            return
        self._replaying = True
        try:
            for held in keys:
                press = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
                QCoreApplication.sendEvent(target, press)
                if held.released:
                    release = QKeyEvent(QEvent.Type.KeyRelease, held.key, held.modifiers, held.text)
                    QCoreApplication.sendEvent(target, release)
        finally:
            self._replaying = False


class SerialScanSource(QObject):
    """A serial scanner's reads as Qt signals: ``scanned(ScanPayload)``, ``failed(str)``."""

    scanned = Signal(object)
    failed = Signal(object)  # the exception: InvalidScan or a DeviceError

    def __init__(self, settings: ScannerSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port = settings.port
        self._scanner = SerialScanner(
            SerialSettings(port=settings.port, baudrate=settings.baudrate),
            self._on_scan,
            self._on_error,
        )

    @property
    def connected(self) -> bool:
        """The port is open and was read from: scans from now on arrive."""
        return self._scanner.connected

    def start(self) -> None:
        self._scanner.start()

    def stop(self) -> None:
        if not self._scanner.stop(timeout=2):
            log.warning("the scanner on %s did not stop in time", self.port)

    def _on_scan(self, payload: ScanPayload) -> None:  # the reader thread
        self.scanned.emit(payload)

    def _on_error(self, error: Exception) -> None:  # the reader thread
        self.failed.emit(error)
