"""The display's voice starts and speaks on its own thread: a slow or hung engine never
freezes the board, and a voice that does not come up gives way to the chime."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from tests.ui.test_announcer import CALLS, FakeVoice, expected_texts, run_until_idle
from ui.display.announcer import Announcer, Mode
from ui.display.voice_thread import ThreadedVoice
from ui.qt import QTimer


class StallMeter:
    """The longest gap between ticks of a 20 ms timer on the display's thread."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(20)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> None:
        self._timer.stop()


def test_a_slow_engine_starts_without_freezing_the_display(qtbot: QtBot) -> None:
    threads: list[str] = []

    def slow_engine() -> FakeVoice:
        threads.append(threading.current_thread().name)
        time.sleep(1.5)  # speech-dispatcher takes seconds to connect
        return FakeVoice(0.02)

    meter = StallMeter()
    voice = ThreadedVoice(slow_engine)
    announcer = Announcer(engine=voice, gap_ms=10, pause_ms=10, start_timeout_ms=5000)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    for code, counter in CALLS:
        announcer.announce_call(code, counter)  # queued while the engine is still starting
    run_until_idle(qtbot, announcer, timeout=15_000)
    meter.stop()
    announcer.shutdown()
    assert len(threads) == 1
    assert threads[0] != threading.main_thread().name
    assert announcer.mode is Mode.SPEECH
    assert heard == expected_texts(*CALLS)
    assert meter.longest < 0.5, f"the display stalled {meter.longest:.2f} s"


def test_a_hung_engine_gives_way_to_the_fallback_and_no_call_is_lost(qtbot: QtBot) -> None:
    released = threading.Event()

    def hung_engine() -> FakeVoice:
        released.wait(20)  # a broken dispatcher: the constructor never returns
        return FakeVoice()

    voice = ThreadedVoice(hung_engine, create_timeout_ms=300)
    announcer = Announcer(engine=voice, chime=False, gap_ms=10, pause_ms=10)
    reasons: list[str] = []
    voice.unavailable.connect(reasons.append)
    heard: list[str] = []
    announcer.announced.connect(heard.append)
    announcer.announce_call(*CALLS[0])
    qtbot.waitUntil(lambda: announcer.mode is Mode.SILENT, timeout=5000)
    announcer.announce_call(*CALLS[1])
    run_until_idle(qtbot, announcer)
    assert reasons == ["not ready in time"]
    assert heard == expected_texts(CALLS[0], CALLS[1])
    released.set()
    started = time.monotonic()
    announcer.shutdown()
    assert time.monotonic() - started < 3


def test_an_engine_that_fails_to_load_is_reported_once(qtbot: QtBot) -> None:
    def broken_engine() -> FakeVoice:
        raise RuntimeError("speech-dispatcher is not running")

    voice = ThreadedVoice(broken_engine)
    announcer = Announcer(engine=voice, chime=False)
    with qtbot.waitSignal(voice.unavailable, timeout=5000) as signal:
        pass
    assert signal.args == ["speech-dispatcher is not running"]
    assert announcer.mode is Mode.SILENT
    announcer.shutdown()
