"""Guards against a PySide6 regression that crashes a station after a day's work.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit`` without taking a reference, so
every emit from Python drops one reference to ``True``; after some thousands of signals the
interpreter aborts with "bool_dealloc: deallocating True or False". pyproject.toml keeps
that release out; this test fails on any release that brings the bug back.
"""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from ui.qt import QObject, Qt, Signal

EMITS = 500


class Emitter(QObject):
    plain = Signal(str)
    queued = Signal(object)


def test_emitting_signals_keeps_the_references_to_true(qtbot: QtBot) -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.plain.connect(received.append)
    emitter.queued.connect(received.append, Qt.ConnectionType.QueuedConnection)
    before = sys.getrefcount(True)
    for _ in range(EMITS):
        emitter.plain.emit("called")
        emitter.queued.emit(1)
    qtbot.waitUntil(lambda: len(received) == 2 * EMITS)
    # Other code may take or drop a few references meanwhile; a leak drops one per emit.
    assert sys.getrefcount(True) > before - EMITS // 10
