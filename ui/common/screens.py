"""Placing a station window on one of the PC's screens."""

from __future__ import annotations

from ui.qt import QGuiApplication, Qt, QWidget


def full_screen_on(window: QWidget, screen_index: int) -> None:
    """Full screen on screen ``screen_index`` (the last one if there are fewer)."""
    screens = QGuiApplication.screens()
    if screens:
        screen = screens[max(0, min(screen_index, len(screens) - 1))]
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.setWindowState(Qt.WindowState.WindowFullScreen)
