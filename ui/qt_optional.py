"""Optional Qt modules: speech and sound. A name is ``None`` when its module is missing.

A wall display without QtTextToSpeech or QtMultimedia still starts: the announcer falls
back to a chime, then to silence.
"""

from __future__ import annotations

from typing import Any

QTextToSpeech: Any
QSoundEffect: Any

try:
    from PySide6.QtTextToSpeech import QTextToSpeech
except ImportError:  # the wheel or the system lacks the speech module
    QTextToSpeech = None

try:
    from PySide6.QtMultimedia import QSoundEffect
except ImportError:  # no multimedia module (or none of its libraries)
    QSoundEffect = None

__all__ = ["QSoundEffect", "QTextToSpeech"]
