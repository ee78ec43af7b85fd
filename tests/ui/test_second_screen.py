"""Two screens: the rating panel faces the resident on the second one, and a hall display
or kiosk goes full screen on the screen it is told. Qt's offscreen platform is given two
screens of different sizes, in a process of its own (the platform is chosen at start)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.python_process import run_json

SCREENS = {
    "screens": [
        {"name": "clerk", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96},
        {"name": "resident", "x": 1280, "y": 0, "width": 1024, "height": 600, "logicalDpi": 96},
    ]
}

SCRIPT = """
import json, sys
from datetime import date, datetime, timezone
from ui.qt import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
from services.storage.db import open_database
from ui.common.op_runner import OpRunner
from ui.counter.rating_panel import RatingPanel
from ui.common.screens import full_screen_on
from services.queue.tickets import TicketInfo, TicketStatus

def where(widget):
    app.processEvents()
    geometry = widget.geometry()
    return {
        "screen": widget.screen().name(),
        "rect": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
        "full_screen": widget.isFullScreen(),
        "visible": widget.isVisible(),
    }

database = open_database(sys.argv[1])
runner = OpRunner()
panel = RatingPanel(database, runner, 1)
now = datetime.now(timezone.utc)
visit = TicketInfo(
    id=1, code="A001", number=1, service_day=date.today(), service_code="A",
    service_name_zh="户籍办理", service_name_en="Household registration", status=TicketStatus.DONE,
    priority_reason=None, language="zh_CN", issued_at=now, first_called_at=now,
    last_called_at=now, started_at=now, finished_at=now, hold_until=None,
    counter_number=1, call_count=1, transferred=False, barcode="A001",
)
panel.show_ticket(visit)
offered = where(panel)
panel.withdraw()
withdrawn = where(panel)
hall = QMainWindow()
full_screen_on(hall, 1)
hall.show()
beyond = QMainWindow()
full_screen_on(beyond, 5)
beyond.show()
print(json.dumps({"offered": offered, "withdrawn": withdrawn, "hall": where(hall),
                  "beyond": where(beyond)}))
panel.close()
runner.shutdown()
"""


def test_rating_panel_and_full_screen_stations_use_the_right_screen(
    sqlite_url: str, tmp_path: Path
) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    placed = run_json(SCRIPT, sqlite_url, env={"QT_QPA_PLATFORM": f"offscreen:configfile={config}"})
    resident = {"screen": "resident", "rect": [1280, 0, 1024, 600], "full_screen": True}
    assert placed["offered"] == {**resident, "visible": True}
    # Between visits the panel stays up on the resident's screen, showing a welcome.
    assert placed["withdrawn"] == {**resident, "visible": True}
    assert placed["hall"] == {**resident, "visible": True}
    assert placed["beyond"] == {**resident, "visible": True}  # no screen 5: the last one
