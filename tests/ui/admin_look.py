"""Screenshots of the administration panel at 1920x1080, in Chinese and English.

``python -m tests.ui.admin_look OUTDIR`` seeds a temporary SQLite database (a new service,
staff accounts, the 2026 holidays, a display notice, all through the real operations, so the
audit log has entries) and writes ``admin_<tab>_<zh|en>.png`` for several tabs to OUTDIR
(default /tmp/admin-look). It prints the texts it finds clipped (buttons, labels, headers),
or "nothing clipped".
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from services.admin.catalog import ServiceFields, create_service
from services.admin.staff import create_staff, set_staff_active
from services.calendar.holiday_seed import seed_holidays
from services.core.actors import SYSTEM, Actor
from services.core.settings import PrinterSettings, ScannerSettings, Settings
from services.queue.display_notice import set_display_notice
from services.storage.bootstrap import prepare_database
from services.storage.db import Database, open_database
from ui.admin.panel import AdministrationPanel
from ui.common.i18n import translations
from ui.qt import (
    QApplication,
    QCheckBox,
    QFontMetrics,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QWidget,
)

SIZE = (1920, 1080)
TABS = ("services", "counters", "staff", "hours", "devices", "notice", "audit")
NOTICE = "今天 14:00–15:00 系统维护，社保业务暂停办理。 Social security pauses 14:00–15:00 today."


def seed(database: Database) -> Actor:
    """A morning of administration; returns the administrator."""
    with database.writer() as session:
        admin_info = create_staff(
            session, SYSTEM, "chen.admin", role="admin", full_name="陈静", password="admin-pass-1"
        )
        admin = admin_info.actor()
        create_service(
            session,
            admin,
            ServiceFields(
                "K",
                "公积金",
                "Housing provident fund",
                "公积金提取、贷款与转移",
                "Withdrawals, loans and transfers",
                target_wait_minutes=25,
                promised_days=5,
                materials=("身份证原件", "银行卡", "购房合同"),
            ),
        )
        for username, name, role in (
            ("li.na", "李娜", "counter"),
            ("wang.wei", "王伟", "counter"),
            ("zhao.min", "赵敏", "mediator"),
            ("sun.li", "孙丽", "manager"),
        ):
            create_staff(session, admin, username, role=role, full_name=name)
        gone = create_staff(session, admin, "zhou.qiang", role="counter", full_name="周强")
        set_staff_active(session, admin, gone.id, False)
        seed_holidays(session, admin, 2026)
        set_display_notice(session, admin, NOTICE)
    return admin


def wait(app: QApplication, condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if not condition():
        raise TimeoutError("the panel did not get there in time")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def clipped_texts(root: QWidget) -> list[str]:
    """Visible buttons, check boxes, single-line labels and table headers whose text is
    wider than their room."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QPushButton | QCheckBox) and widget.text():
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text().replace("&", ""))
            # the frame and padding of a button, the box of a check box
            room = widget.width() - (24 if isinstance(widget, QCheckBox) else 12)
            if needed > room:
                found.append(f"{widget.text()!r}: needs {needed}, has {room}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text())
            room = widget.contentsRect().width()
            if needed > room:
                found.append(f"{widget.text()!r}: needs {needed}, has {room}")
        elif isinstance(widget, QTableView):
            header = widget.horizontalHeader()
            model = widget.model()
            for column in range(model.columnCount()):
                text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                needed = QFontMetrics(header.font()).horizontalAdvance(text) + 2
                if needed > header.sectionSize(column):
                    found.append(
                        f"header {text!r}: needs {needed}, has {header.sectionSize(column)}"
                    )
    return found


def open_panel(
    database: Database, admin: Actor, language: str, folder: Path, app: QApplication
) -> AdministrationPanel:
    settings_path = folder / "civicdesk.toml"
    settings = Settings(
        station_name="manager-1",
        printer=PrinterSettings(kind="virtual", paper_width_mm=80),
        scanner=ScannerSettings(),
        source=settings_path,
    )
    panel = AdministrationPanel(
        database, admin, language, settings_path, settings, printouts_dir=folder / "printouts"
    )
    panel.resize(*SIZE)
    panel.show()
    return panel


def shoot(panel: AdministrationPanel, key: str, target: Path, app: QApplication) -> list[str]:
    page = panel.show_tab(key)
    wait(app, lambda: page.loaded and not panel.busy)
    if key == "devices":
        page.check(print_page=True)  # type: ignore[attr-defined]
        wait(app, lambda: not panel.busy)
    if key == "staff":
        page.select_username("zhou.qiang")  # type: ignore[attr-defined]
    if key == "audit":
        page.view.selectRow(0)  # type: ignore[attr-defined]
    settle(app)
    target.parent.mkdir(parents=True, exist_ok=True)
    image = panel.grab()
    assert (image.width(), image.height()) == SIZE, (image.width(), image.height())
    assert image.save(str(target))
    return clipped_texts(panel)


def main(out: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    problems: list[str] = []
    for language, suffix in (("zh_CN", "zh"), ("en", "en")):
        translations(app).switch(language)
        with tempfile.TemporaryDirectory() as tmp:
            database = open_database(f"sqlite:///{tmp}/look.sqlite3")
            prepare_database(database)
            admin = seed(database)
            panel = open_panel(database, admin, language, Path(tmp), app)
            try:
                for key in TABS:
                    found = shoot(panel, key, out / f"admin_{key}_{suffix}.png", app)
                    problems += [f"{suffix} {key}: {text}" for text in found]
            finally:
                panel.close()
                database.dispose()
    translations(app).switch("zh_CN")
    sys.stdout.write(f"wrote the administration screenshots to {out}\n")
    sys.stdout.write("\n".join(problems) + "\n" if problems else "nothing clipped\n")
    return 1 if problems else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/admin-look")))
