"""Every window of the demo hall at the screen sizes halls use, in Chinese and in English.

Judged by text metrics against geometry (see ``layout_checks``): nothing clipped, no
window larger than its screen, no text below its role's minimum. With
``CIVICDESK_LAYOUT_SHOTS=DIR`` every judged view is saved to DIR; with
``CIVICDESK_UPDATE_DOCS=1`` the README's screenshots in docs/screenshots are rewritten.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.layout_tour import LANGUAGES, SCREENS, demo_hall, run_tour
from ui.qt import QApplication


def test_every_window_fits_every_screen_in_both_languages(
    qapp: QApplication, tmp_path: Path
) -> None:
    shots = os.environ.get("CIVICDESK_LAYOUT_SHOTS")
    database, cases = demo_hall(tmp_path)
    try:
        verdict = run_tour(
            database, cases["agreed"], tmp_path, qapp, shots=Path(shots) if shots else None
        )
    finally:
        database.dispose()
    assert not verdict.problems, "\n".join(verdict.problems)
    # kiosk 3, display 1, counter 7 (the desk and appointments among them), manager 6 + 8
    # administration tabs (the district map among them), launcher 1
    station_views = 26
    assert verdict.judged == len(LANGUAGES) * (station_views * len(SCREENS) + 3)
