"""Voice calls: in order, Chinese then English, never overlapping, never dropped."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

import ui.display.announcer as announcer_module
from tests.strict import missing
from ui.display.announcer import Announcer, Mode, safety_timeout_ms
from ui.display.text import call_speech, spell_code
from ui.qt import QObject, QTimer, Signal
from ui.qt_optional import QSoundEffect, QTextToSpeech

CALLS = (("A023", 3), ("B007", 1), ("A024", 5))


class FakeVoice(QObject):
    """Speaks for ``seconds``; counts any ``say`` that arrives while it is still speaking."""

    stateChanged = Signal(str)

    def __init__(self, seconds: float = 0.05, *, starts: bool = True, ends: bool = True) -> None:
        super().__init__()
        self.spoken: list[str] = []
        self.overlaps = 0
        self.stops = 0
        self._ms = int(seconds * 1000)
        self._starts = starts
        self._ends = ends
        self._busy = False

    def say(self, text: str) -> None:
        if self._busy:
            self.overlaps += 1
        self._busy = True
        self.spoken.append(text)
        if self._starts:
            QTimer.singleShot(1, lambda: self.stateChanged.emit("speaking"))
            if self._ends:
                QTimer.singleShot(self._ms, self._finish)

    def _finish(self) -> None:
        self._busy = False
        self.stateChanged.emit("ready")

    def stop(self) -> None:
        self.stops += 1
        self._busy = False


def expected_texts(*calls: tuple[str, int]) -> list[str]:
    return [text for code, counter in calls for text in call_speech(code, counter)]


def run_until_idle(qtbot: QtBot, announcer: Announcer, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: announcer.pending == 0, timeout=timeout)


def test_codes_are_spelt_for_the_voice() -> None:
    assert spell_code("A023") == "A 0 2 3"
    chinese, english = call_speech("A023", 3)
    assert chinese == "请 A 0 2 3 号到 3 号窗口"
    assert english == "Number A 0 2 3, please go to counter 3"


def test_three_calls_in_one_second_are_announced_in_order_without_overlap(
    qtbot: QtBot,
) -> None:
    voice = FakeVoice(seconds=0.08)
    announcer = Announcer(engine=voice, gap_ms=20, pause_ms=20)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    started = time.monotonic()
    for code, counter in CALLS:
        announcer.announce_call(code, counter)
    assert time.monotonic() - started < 1.0
    assert announcer.pending == 3
    run_until_idle(qtbot, announcer)
    assert heard == expected_texts(*CALLS)  # each call in Chinese, then in English
    assert voice.spoken == heard
    assert voice.overlaps == 0


def test_the_qt_mock_engine_speaks_each_sentence_after_the_last_one_ended(
    qtbot: QtBot,
) -> None:
    # PySide6's wheel ships the mock engine; Qt's speech module loads only with libpulse0.
    if QTextToSpeech is None or "mock" not in QTextToSpeech.availableEngines():
        missing("Qt's mock speech engine (QtTextToSpeech needs libpulse0)")
    announcer = Announcer(engine_name="mock", gap_ms=20, pause_ms=20)
    assert announcer.mode is Mode.SPEECH
    log: list[str] = []
    announcer.announced.connect(lambda text: log.append(f"say {text}"))
    announcer._engine.stateChanged.connect(log.append)
    for code, counter in CALLS:
        announcer.announce_call(code, counter)
    run_until_idle(qtbot, announcer, timeout=30_000)
    spoken = [entry.removeprefix("say ") for entry in log if entry.startswith("say ")]
    assert spoken == expected_texts(*CALLS)
    # Between two sentences the engine always went back to Ready: never two at once.
    states_between = "|".join(log).split("say ")[1:]
    for segment in states_between[:-1]:
        assert "speaking" in segment, log
        assert segment.rstrip("|").endswith("ready"), log
    announcer.shutdown()


def test_a_recall_is_announced_again(qtbot: QtBot) -> None:
    voice = FakeVoice()
    announcer = Announcer(engine=voice, gap_ms=10, pause_ms=10)
    announcer.announce_call("C005", 2)
    run_until_idle(qtbot, announcer)
    announcer.announce_call("C005", 2)  # the recall
    run_until_idle(qtbot, announcer)
    assert voice.spoken == expected_texts(("C005", 2), ("C005", 2))


def test_calls_arriving_while_speaking_wait_their_turn(qtbot: QtBot) -> None:
    voice = FakeVoice(seconds=0.1)
    announcer = Announcer(engine=voice, gap_ms=10, pause_ms=10)
    announcer.announce_call(*CALLS[0])
    qtbot.waitUntil(lambda: len(voice.spoken) == 1, timeout=2000)
    announcer.announce_call(*CALLS[1])  # mid-sentence
    announcer.announce_call(*CALLS[2])
    run_until_idle(qtbot, announcer)
    assert voice.spoken == expected_texts(*CALLS)
    assert voice.overlaps == 0


def test_a_voice_that_never_starts_does_not_block_the_queue(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcer_module, "SILENT_MS", 20)
    voice = FakeVoice(starts=False)
    announcer = Announcer(engine=voice, chime=False, gap_ms=10, pause_ms=10, start_timeout_ms=80)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for code, counter in CALLS:
        announcer.announce_call(code, counter)
    run_until_idle(qtbot, announcer)
    assert heard == expected_texts(*CALLS)  # nothing dropped
    assert announcer.mode is Mode.SILENT  # gave up on the voice after two failures
    assert voice.spoken == expected_texts(CALLS[0])
    assert voice.stops == 2


def test_a_voice_stuck_speaking_is_cut_off(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(announcer_module, "safety_timeout_ms", lambda _text: 100)
    voice = FakeVoice(ends=False)
    announcer = Announcer(engine=voice, chime=False, gap_ms=10, pause_ms=10)
    announcer.announce_call(*CALLS[0])
    run_until_idle(qtbot, announcer)
    assert voice.spoken == expected_texts(CALLS[0])
    assert voice.stops == 2


def test_the_safety_timeout_grows_with_the_text_and_is_capped() -> None:
    assert 3000 < safety_timeout_ms("Number A 0 2 3, please go to counter 3") < 30_000
    assert safety_timeout_ms("x" * 10_000) == 30_000


def test_without_voice_or_sound_the_calls_keep_their_rhythm(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcer_module, "SILENT_MS", 30)
    announcer = Announcer(speech=False, chime=False, pause_ms=10)
    assert announcer.mode is Mode.SILENT
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for code, counter in CALLS:
        announcer.announce_call(code, counter)
    run_until_idle(qtbot, announcer)
    assert heard == expected_texts(*CALLS)


# Without a sound server (CI, this container) Qt Multimedia says so as it loads and plays;
# pyproject.toml lets exactly those messages through.
def test_without_a_voice_each_call_gets_a_chime(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    if QSoundEffect is None:
        missing("Qt Multimedia (it needs libpulse0)")
    monkeypatch.setattr(announcer_module, "CHIME_MS", 30)
    announcer = Announcer(speech=False, pause_ms=10)
    assert announcer.mode is Mode.CHIME
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for code, counter in CALLS:
        announcer.announce_call(code, counter)
    run_until_idle(qtbot, announcer)
    assert heard == expected_texts(*CALLS)
    announcer.shutdown()
