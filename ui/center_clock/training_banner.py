"""A band across the top of every station while the program runs on the training clock."""

from __future__ import annotations

from services.core.clock import center_zone, is_training_clock, training_clock_start
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import QCoreApplication, QEvent, QLabel, QMainWindow, Qt

BANNER_NAME = "trainingClockBanner"


def training_banner_text() -> str:
    start = training_clock_start()
    shown = start.astimezone(center_zone()).strftime("%Y-%m-%d %H:%M") if start else ""
    return fill(
        QCoreApplication.translate(
            "TrainingClock",
            "Training clock: the program's time started at %1 and is not the real time; "
            "what you do now is practice.",
        ),
        shown,
    )


class TrainingBanner(QLabel):
    def __init__(self) -> None:
        super().__init__(training_banner_text())
        self.setObjectName(BANNER_NAME)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFont(theme.font(13, bold=True))
        self.setStyleSheet(f"background: {theme.AMBER}; color: white; padding: 4px;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(training_banner_text())
        super().changeEvent(event)


def add_training_banner(window: QMainWindow) -> None:
    """Put the banner above the window's content when the training clock is set."""
    if is_training_clock() and window.findChild(TrainingBanner) is None:
        window.setMenuWidget(TrainingBanner())
