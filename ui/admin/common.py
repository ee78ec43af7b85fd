"""What the administration tabs share: the worker threads, the message line, texts that follow
the language, and a read-only table model over small dataclasses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from services.core.actors import Actor
from services.storage.db import Database
from ui.common.op_runner import OpRunner
from ui.common.session_jobs import Failed, Say, SessionJobs
from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QApplication,
    QBrush,
    QColor,
    QCoreApplication,
    QEvent,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPalette,
    QPersistentModelIndex,
    QScrollArea,
    Qt,
    QTableView,
    QWidget,
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
Text = Callable[[], str]
MUTED = "#777777"


def scrolling(form: QWidget) -> QScrollArea:
    """A form taller than what a 1366x768 screen leaves it scrolls, rather than making the
    whole window taller than the screen."""
    area = QScrollArea()
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFixedWidth(form.width() + area.verticalScrollBar().sizeHint().width())
    return area


@dataclass(frozen=True)
class AdminContext(SessionJobs):
    """Runs each tab's work off the GUI thread and reports in the panel's message line.

    Database work goes to ``runner`` (one worker, one operation at a time); device work
    (a printer's status, a test page) to ``devices``, so a slow printer never holds up the
    database. A failure never clears what the administrator typed: tabs change their fields
    only in their success callbacks.
    """

    database: Database
    runner: OpRunner
    devices: OpRunner
    actor: Actor
    language: str
    say: Say
    failed: Failed

    def device(
        self, job: Callable[[], T], done: Callable[[T], None], failed: Failed | None = None
    ) -> None:
        self.devices.submit(job, done, failed or self.failed)


class Texts:
    """Remembers how each widget gets its text, so all are set again on a language change."""

    def __init__(self) -> None:
        self._bindings: list[Callable[[], None]] = []

    def bind(self, setter: Callable[[str], None], text: Text) -> None:
        def apply() -> None:
            setter(text())

        self._bindings.append(apply)
        apply()

    def label(self, text: Text) -> QLabel:
        label = QLabel()
        self.bind(label.setText, text)
        return label

    def row(self, form: QFormLayout, text: Text, field: QWidget) -> QLabel:
        label = self.label(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def apply(self) -> None:
        for apply in self._bindings:
            apply()


class AdminTab(QWidget):
    """A tab of the panel: reads its data in ``refresh`` and follows language changes.

    A tab is read when first shown; one with ``refresh_on_show`` (nothing typed in it can be
    lost) is read again each time it is shown.
    """

    refresh_on_show = False

    def __init__(self, context: AdminContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = Texts()
        self.loaded = False

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.texts.apply()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RowModel(QAbstractTableModel):
    """A read-only table of small frozen dataclasses; subclasses name the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # what subclasses give
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, _row: Any, _column: int) -> str | None:
        return None

    def muted(self, _row: Any) -> bool:
        """Whether the row is shown greyed (a disabled account, an inactive service)."""
        return False

    # the model
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def find(self, predicate: Callable[[Any], bool]) -> int | None:
        return next((i for i, row in enumerate(self._rows) if predicate(row)), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return self._muted_brush()
        return None

    @staticmethod
    def _muted_brush() -> QBrush:
        return QBrush(QColor(MUTED))


def make_table(model: RowModel, *, stretch_column: int | None = None) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def tint(widget: QWidget, color: str | None) -> None:
    """Colour a widget's text (None: the normal colour). A palette, not a style sheet: a
    style sheet would drop the panel's font."""
    palette = widget.palette()
    role = QPalette.ColorRole.WindowText
    palette.setColor(role, QColor(color) if color else QApplication.palette().color(role))
    widget.setPalette(palette)


def yes_no(value: bool) -> str:
    if value:
        return QCoreApplication.translate("Administration", "yes")
    return QCoreApplication.translate("Administration", "no")


def role_text(role: str) -> str:
    texts = {
        "counter": QCoreApplication.translate("Administration", "Counter staff"),
        "mediator": QCoreApplication.translate("Administration", "Mediator"),
        "manager": QCoreApplication.translate("Administration", "Manager"),
        "admin": QCoreApplication.translate("Administration", "Administrator"),
        "system": QCoreApplication.translate("Administration", "System"),
        "kiosk": QCoreApplication.translate("Administration", "Kiosk"),
        "rating_panel": QCoreApplication.translate("Administration", "Rating pad"),
    }
    return texts.get(role, role)
