"""Writes ``chime.wav``: a soft two-tone ding-dong played before a call when no voice exists.

Run ``python resources/sounds/make_chime.py`` to regenerate it; the output is deterministic.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

# 48 kHz stereo 16-bit: the format sound devices take natively (QSoundEffect does not
# convert, and refuses a format the device does not support).
RATE = 48_000
CHANNELS = 2
LENGTH_SECONDS = 1.7
PEAK = 0.45  # about -7 dBFS: clear in a hall, never harsh
# (start second, frequency Hz): E5 then C5, the classic "ding-dong".
TONES = ((0.0, 659.25), (0.5, 523.25))
# A bell-like tone: the fundamental, a soft octave and a faint inharmonic shimmer.
PARTIALS = ((1.0, 1.0), (2.0, 0.22), (2.76, 0.06))
ATTACK_SECONDS = 0.008
DECAY_SECONDS = 0.42


def sample(t: float) -> float:
    value = 0.0
    for start, frequency in TONES:
        local = t - start
        if local < 0:
            continue
        envelope = min(1.0, local / ATTACK_SECONDS) * math.exp(-local / DECAY_SECONDS)
        for ratio, weight in PARTIALS:
            value += weight * envelope * math.sin(2 * math.pi * frequency * ratio * local)
    return value


def render() -> bytes:
    count = int(RATE * LENGTH_SECONDS)
    raw = [sample(i / RATE) for i in range(count)]
    fade = int(RATE * 0.05)
    for i in range(fade):  # end exactly at silence, no click
        raw[count - 1 - i] *= i / fade
    scale = PEAK / max(abs(v) for v in raw)
    frames = (struct.pack("<h", round(v * scale * 32767)) * CHANNELS for v in raw)
    return b"".join(frames)


def write(path: Path) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(CHANNELS)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(render())


if __name__ == "__main__":
    write(Path(__file__).resolve().parent / "chime.wav")
