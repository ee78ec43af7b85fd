"""A read-only, sortable table model over a list of small dataclasses.

Each ``Column`` says how a row reads in it: its text, and optionally its colour, tooltip
(by default a text column's own text, for a cell cut short), alignment and sort key. The
model sorts itself (``QTableView.setSortingEnabled``) keeping the selection on its rows,
keeps that order when new rows arrive, and also works behind a ``QSortFilterProxyModel``
sorting by ``Qt.UserRole`` (the raw value).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QBrush,
    QColor,
    QHeaderView,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTableView,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: Callable[[], str]  # called each time, so a language switch shows at once
    value: Callable[[Row], Any]
    align_right: bool = False
    name: str = ""  # a stable name, for finding the column in code
    display: Callable[[Row], str] | None = None  # the text, when not ``str(value)``
    colour: Callable[[Row], str | None] | None = None  # a foreground colour, or None
    tooltip: Callable[[Row], str | None] | None = None
    sort_key: Callable[[Row], Any] | None = None  # default: the displayed text

    def text(self, row: Row) -> str:
        if self.display is not None:
            return self.display(row)
        value = self.value(row)
        if value is None:
            return "—"
        if isinstance(value, float):
            return f"{value:.1f}"
        return str(value)

    def key(self, row: Row) -> Any:
        return self.sort_key(row) if self.sort_key is not None else self.text(row)


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows are plain data; ``Qt.UserRole`` gives the raw value, for sorting by number."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- contents -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find(self, matches: Callable[[Row], bool]) -> int | None:
        """The position of the first row that ``matches``, or None."""
        return next((i for i, row in enumerate(self._rows) if matches(row)), None)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(self._rows)

    def column_of(self, name: str) -> int:
        """The position of the column called ``name``."""
        return next(i for i, column in enumerate(self._columns) if column.name == name)

    # --- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            value = column.value(row)
            return -1.0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(row)
            # A narrow column elides its text; the tooltip reads it whole.
            return None if column.align_right else column.text(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in place; persistent indexes (the selection) follow their rows."""
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort_rows(column, order)
        where = {id(row): position for position, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(where[id(before[index.row()])], index.column())
            if index.isValid()
            else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(
            key=self._columns[column].key, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def refresh_headers(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)


def rows_table(model: RowsModel[Any]) -> QTableView:
    """A table view over ``model``: whole rows selected one at a time, columns stretched."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().hide()
    return view
