"""The manager's tables: sorted by the raw value when a heading is clicked."""

from __future__ import annotations

from ui.common.table_model import RowsModel
from ui.qt import (
    QAbstractItemView,
    QHeaderView,
    QSortFilterProxyModel,
    Qt,
    QTableView,
)


def sortable_table(model: RowsModel[object]) -> QTableView:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    view.setModel(proxy)
    # Qt would sort by the first column, descending, at once: keep the report's own order
    # (counters by number) until the manager clicks a heading.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    # The counter's or clerk's name is read whole; the figures share what is left.
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().hide()
    return view
