"""Qt Charts, imported in one place (part of PySide6-Addons)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)

__all__ = ["QBarCategoryAxis", "QBarSeries", "QBarSet", "QChart", "QChartView", "QValueAxis"]
