"""The hall display's voice on a thread of its own.

speech-dispatcher's engine can take seconds to construct, and hang for good when the
dispatcher is broken; a call to ``say`` can block too. On the display's thread that would
freeze the board the whole hall watches. Here the engine is created and driven on a worker
thread: the display only sends requests and receives state names, and a voice that is not
ready within ``CREATE_TIMEOUT_MS`` is reported unavailable so the announcer chimes instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ui.qt import QLocale, QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

CREATE_TIMEOUT_MS = 8000
STOP_WAIT_MS = 2000

EngineFactory = Callable[[], Any]


def choose_locale(engine: Any, language: str) -> None:
    """Switch ``engine`` to a voice for ``language`` (exact locale, else same language)."""
    available = getattr(engine, "availableLocales", None)
    if not callable(available):
        return
    wanted = QLocale(language)
    locales = list(available())
    exact = [loc for loc in locales if loc.name() == wanted.name()]
    same_language = [loc for loc in locales if loc.language() == wanted.language()]
    choice = (exact or same_language or [None])[0]
    if choice is not None and choice != engine.locale():
        engine.setLocale(choice)
    # Without a voice for the language the engine reads it as best it can.


def state_name(state: object) -> str:
    return str(getattr(state, "name", state)).lower()


class _VoiceWorker(QObject):
    """Lives on the voice thread: owns the engine, which is never touched from elsewhere."""

    ready = Signal()
    failed = Signal(str)
    state_changed = Signal(str)

    def __init__(self, factory: EngineFactory) -> None:
        super().__init__()
        self._factory = factory
        self._engine: Any = None

    @Slot()
    def create(self) -> None:
        try:
            engine = self._factory()
        except Exception as exc:  # a plug-in failing in any way means "no voice", never a crash
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        state = getattr(engine, "state", None)
        if engine is None or (callable(state) and state_name(state()) == "error"):
            error = engine.errorString() if engine is not None else "no engine"
            self.failed.emit(str(error))
            return
        self._engine = engine
        engine.stateChanged.connect(self._relay_state)
        self.ready.emit()

    def _relay_state(self, state: object) -> None:
        self.state_changed.emit(state_name(state))

    @Slot(str, str)
    def say(self, text: str, language: str) -> None:
        if self._engine is None:
            self.state_changed.emit("error")
            return
        choose_locale(self._engine, language)
        self._engine.say(text)

    @Slot()
    def stop(self) -> None:
        if self._engine is not None:
            self._engine.stop()

    @Slot()
    def finish(self) -> None:
        """Delete the engine on the thread that made it, then end that thread."""
        if self._engine is not None:
            self._engine.stop()
            self._engine = None
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def error_string(self) -> str:
        error_string = getattr(self._engine, "errorString", None)
        return str(error_string()) if callable(error_string) else "unknown error"


class ThreadedVoice(QObject):
    """A speech engine behind a thread, with the ``SpeechEngine`` shape the announcer uses.

    ``stateChanged`` carries state names ("ready", "speaking", "error" …); ``unavailable``
    fires once if the engine fails or is not ready within ``create_timeout_ms``.
    """

    stateChanged = Signal(str)
    unavailable = Signal(str)
    _say_requested = Signal(str, str)
    _stop_requested = Signal()
    _finish_requested = Signal()

    def __init__(
        self,
        factory: EngineFactory,
        parent: QObject | None = None,
        *,
        create_timeout_ms: int = CREATE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._language = "zh_CN"
        self._usable: bool | None = None
        self._thread = QThread()
        self._thread.setObjectName("civicdesk-voice")
        self._worker = _VoiceWorker(factory)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.create)
        self._worker.ready.connect(self._on_ready)
        self._worker.failed.connect(self._give_up)
        self._worker.state_changed.connect(self._on_worker_state)
        self._say_requested.connect(self._worker.say)
        self._stop_requested.connect(self._worker.stop)
        self._finish_requested.connect(self._worker.finish)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(lambda: self._give_up("not ready in time"))
        self._deadline.start(create_timeout_ms)
        self._thread.start()

    def set_language(self, language: str) -> None:
        self._language = language

    def say(self, text: str) -> None:
        self._say_requested.emit(text, self._language)

    def stop(self) -> None:
        self._stop_requested.emit()

    def errorString(self) -> str:
        return self._worker.error_string() if self._usable else "the voice is not available"

    def shutdown(self) -> None:
        """Stop the thread; one stuck inside the speech library is terminated at exit."""
        self._deadline.stop()
        self._finish_requested.emit()
        if not self._thread.wait(STOP_WAIT_MS):
            log.warning("the voice thread does not stop; terminating it")
            self._thread.terminate()
            self._thread.wait(STOP_WAIT_MS)

    @Slot(str)
    def _on_worker_state(self, name: str) -> None:
        self.stateChanged.emit(name)

    def _on_ready(self) -> None:
        self._deadline.stop()
        if self._usable is None:  # a voice ready after the deadline stays unused
            self._usable = True
            log.info("the voice is ready")

    def _give_up(self, reason: str) -> None:
        self._deadline.stop()
        if self._usable is False:
            return
        self._usable = False
        log.warning("the voice is not usable: %s", reason)
        self.unavailable.emit(reason)
