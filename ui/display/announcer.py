"""Voice calls in the hall: each call in Chinese, then in English, one after another.

Announcements queue up and play strictly in order; none is dropped and two never overlap,
however many counters call at once. The announcer speaks through QTextToSpeech when an
engine exists (on its own thread, ``ui.display.voice_thread``) and waits for it to return to Ready
before the next sentence, with timeouts so a stuck engine never blocks the queue. Without a
working voice it plays a chime instead, and without sound at all it still keeps the rhythm on
a timer, so ``announced`` always fires.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from ui.display.text import call_speech
from ui.display.voice_thread import ThreadedVoice, choose_locale, state_name
from ui.qt import QObject, QTimer, QUrl, Signal
from ui.qt_optional import QSoundEffect, QTextToSpeech

log = logging.getLogger(__name__)

CHIME_WAV = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "chime.wav"
CHIME_MS = 1900  # the chime's length plus a breath
SILENT_MS = 1500  # the rhythm kept when nothing can sound
PREFERRED_ENGINES = ("speechd",)
TEST_ENGINES = ("mock",)
BROKEN_AFTER_FAILURES = 2


class SpeechEngine(Protocol):
    """What the announcer needs of a voice; QTextToSpeech fits, and so does a test fake.

    ``stateChanged`` is a Qt signal carrying the engine's state: a ``QTextToSpeech.State`` or
    any value whose name (or text) is "ready", "speaking" or "error", case-insensitively.
    """

    stateChanged: Any

    def say(self, text: str) -> None: ...


class Mode(StrEnum):
    SPEECH = "speech"
    CHIME = "chime"
    SILENT = "silent"


@dataclass(frozen=True)
class Utterance:
    text: str
    language: str  # "zh_CN" or "en"


@dataclass(frozen=True)
class Announcement:
    utterances: tuple[Utterance, ...]


def call_announcement(ticket_code: str, counter_number: int) -> Announcement:
    chinese, english = call_speech(ticket_code, counter_number)
    return Announcement((Utterance(chinese, "zh_CN"), Utterance(english, "en")))


def preferred_engine_name() -> str | None:
    """speech-dispatcher where it exists, else the platform's engine; never the test mock."""
    if QTextToSpeech is None:
        return None
    engines = [str(name) for name in QTextToSpeech.availableEngines()]
    for name in PREFERRED_ENGINES:
        if name in engines:
            return name
    real = [name for name in engines if name not in TEST_ENGINES]
    return real[0] if real else None


def safety_timeout_ms(text: str) -> int:
    """Longest an utterance may take: far slower than any voice reads, capped."""
    return min(30_000, 3_000 + 250 * len(text))


class Announcer(QObject):
    """Queues announcements and plays them one after another.

    Args:
        engine: a voice to use (QTextToSpeech or a fake with ``say`` and ``stateChanged``).
        engine_name: a QTextToSpeech engine to create when no ``engine`` is given; by default
            speech-dispatcher when available, else the platform's engine.
        speech: create a QTextToSpeech engine when none is given; False goes straight to
            the chime.
        chime: play ``chime.wav`` when there is no voice; False keeps silent.
        gap_ms: pause between the Chinese and the English sentence.
        pause_ms: pause between two announcements.
        start_timeout_ms: a voice that has not started speaking by then is stuck.
    """

    announced = Signal(str)  # a sentence starts (without a voice: is chimed or kept silent)
    pending_changed = Signal(int)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: SpeechEngine | None = None,
        engine_name: str | None = None,
        speech: bool = True,
        chime: bool = True,
        gap_ms: int = 400,
        pause_ms: int = 900,
        start_timeout_ms: int = 4000,
    ) -> None:
        super().__init__(parent)
        self._queue: deque[Announcement] = deque()
        self._current: Announcement | None = None
        self._index = 0
        self._speaking = False
        self._started = False
        self._failures = 0
        self._gap_ms = gap_ms
        self._pause_ms = pause_ms
        self._chime_enabled = chime
        self._sound: Any = None
        self._engine: Any = engine
        if self._engine is None and speech:
            self._engine = self._create_engine(engine_name)
        if self._engine is not None:
            self._engine.stateChanged.connect(self._on_state)
            unavailable = getattr(self._engine, "unavailable", None)
            if unavailable is not None:  # a voice still starting up may turn out not to work
                unavailable.connect(self._voice_unavailable)
            self._mode = Mode.SPEECH
        else:
            self._mode = self._fallback_mode()
        self._step = self._timer(self._advance)
        self._start_timer = self._timer(self._never_started)
        self._start_timer.setInterval(start_timeout_ms)
        self._safety_timer = self._timer(self._took_too_long)
        log.info("announcer: %s", self._mode.value)

    def _timer(self, slot: Any) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(slot)
        return timer

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def pending(self) -> int:
        """Announcements waiting or being spoken."""
        return len(self._queue) + (1 if self._current is not None else 0)

    def announce_call(self, ticket_code: str, counter_number: int) -> None:
        self.announce(call_announcement(ticket_code, counter_number))

    def announce(self, announcement: Announcement) -> None:
        self._queue.append(announcement)
        self.pending_changed.emit(self.pending)
        if self._current is None and not self._step.isActive():
            self._step.start(0)  # start from the event loop, never inside the caller's slot

    def shutdown(self) -> None:
        """Drop what is queued and silence the voice (at window close)."""
        self._queue.clear()
        self._current = None
        self._speaking = False
        for timer in (self._step, self._start_timer, self._safety_timer):
            timer.stop()
        stop = getattr(self._engine, "stop", None)
        if callable(stop):
            stop()
        if isinstance(self._engine, ThreadedVoice):
            self._engine.shutdown()
        if self._sound is not None:
            self._sound.stop()

    # --- the queue ------------------------------------------------------------------------

    def _advance(self) -> None:
        """Play the next sentence of the current announcement, or the next announcement."""
        if self._current is None:
            if not self._queue:
                return
            self._current = self._queue.popleft()
            self._index = 0
        if self._mode is Mode.SPEECH:
            self._speak(self._current.utterances[self._index])
        else:
            for utterance in self._current.utterances[self._index :]:
                self.announced.emit(utterance.text)
            if self._mode is Mode.CHIME:
                self._play_chime()
            self._finish_announcement(CHIME_MS if self._mode is Mode.CHIME else SILENT_MS)

    def _utterance_done(self) -> None:
        self._speaking = False
        self._start_timer.stop()
        self._safety_timer.stop()
        if self._current is None:
            return
        self._index += 1
        if self._index < len(self._current.utterances):
            self._step.start(self._gap_ms)  # the English sentence, by voice or by fallback
        else:
            self._finish_announcement(0)

    def _finish_announcement(self, extra_ms: int) -> None:
        self._current = None
        self.pending_changed.emit(self.pending)
        self._step.start(extra_ms + self._pause_ms)  # holds new arrivals until the pause ends

    # --- speech ---------------------------------------------------------------------------

    def _speak(self, utterance: Utterance) -> None:
        self._choose_locale(utterance.language)  # may change the state: before we listen
        self._speaking = True
        self._started = False
        self._start_timer.start()
        self._safety_timer.start(safety_timeout_ms(utterance.text))
        self.announced.emit(utterance.text)
        self._engine.say(utterance.text)

    def _on_state(self, state: object) -> None:
        if not self._speaking:
            return
        name = state_name(state)
        if name in ("speaking", "synthesizing"):
            self._started = True
            self._start_timer.stop()
        elif name == "error":
            log.warning("the voice failed: %s", self._engine_error())
            self._count_failure()
            self._utterance_done()
        elif name == "ready":
            self._failures = 0
            self._utterance_done()

    def _never_started(self) -> None:
        if self._speaking and not self._started:
            log.warning("the voice did not start speaking; going on with the queue")
            self._abandon_utterance()

    def _took_too_long(self) -> None:
        if self._speaking:
            log.warning("the voice did not finish in time; going on with the queue")
            self._abandon_utterance()

    def _abandon_utterance(self) -> None:
        self._speaking = False  # a state change the engine reports on stop() is not ours
        stop = getattr(self._engine, "stop", None)
        if callable(stop):
            stop()
        self._count_failure()
        self._utterance_done()

    def _count_failure(self) -> None:
        self._failures += 1
        if self._failures >= BROKEN_AFTER_FAILURES and self._mode is Mode.SPEECH:
            self._mode = self._fallback_mode()
            log.warning("the voice does not work; the announcer falls back to %s", self._mode)

    def _engine_error(self) -> str:
        error_string = getattr(self._engine, "errorString", None)
        return str(error_string()) if callable(error_string) else "unknown error"

    def _choose_locale(self, language: str) -> None:
        set_language = getattr(self._engine, "set_language", None)
        if callable(set_language):
            set_language(language)  # the voice thread picks the locale
        else:
            choose_locale(self._engine, language)

    def _create_engine(self, engine_name: str | None) -> ThreadedVoice | None:
        if QTextToSpeech is None:
            return None
        name = engine_name or preferred_engine_name()
        if name is None:
            return None
        return ThreadedVoice(lambda: QTextToSpeech(name), self)

    def _voice_unavailable(self, reason: str) -> None:
        if self._mode is not Mode.SPEECH:
            return
        self._mode = self._fallback_mode()
        log.warning("no voice (%s); the announcer falls back to %s", reason, self._mode)
        if self._speaking:
            self._speaking = False
            self._utterance_done()

    # --- chime ----------------------------------------------------------------------------

    def _fallback_mode(self) -> Mode:
        if self._chime_enabled and QSoundEffect is not None and CHIME_WAV.is_file():
            return Mode.CHIME
        return Mode.SILENT

    def _play_chime(self) -> None:
        if self._sound is None:
            self._sound = QSoundEffect(self)
            self._sound.setSource(QUrl.fromLocalFile(str(CHIME_WAV)))
            self._sound.setVolume(0.8)
        self._sound.play()  # a device that cannot play it stays silent; the timer goes on
