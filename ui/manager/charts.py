"""Bar charts of the manager's dashboard (Qt Charts)."""

from __future__ import annotations

from collections.abc import Sequence

from printing.report_data import count_axis
from ui.common import theme
from ui.common.i18n import fill
from ui.qt import QColor, QPainter, Qt, QWidget
from ui.qt_charts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis

PALETTE = (theme.NAVY, theme.GREEN, theme.AMBER, theme.RED, "#6a3d9a")


class BarChart(QChartView):
    """One titled bar chart; ``show_bars`` replaces its data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setTitleFont(theme.font(12, bold=True))
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(170)
        self.values: dict[str, list[float]] = {}

    def show_bars(
        self, title: str, categories: Sequence[str], sets: Sequence[tuple[str, Sequence[float]]]
    ) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not any(value for _label, values in sets for value in values):
            title = fill(self.tr("%1: none in this period"), title)  # not a blank pane
        chart.setTitle(title)
        series = QBarSeries()
        self.values = {}
        top = 0.0
        for index, (label, values) in enumerate(sets):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(PALETTE[index % len(PALETTE)]))
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
            self.values[label] = [float(v) for v in values]
            top = max([top, *values]) if values else top
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(list(categories))
        x_axis.setLabelsFont(theme.font(9))
        y_axis = QValueAxis()
        ceiling, step = count_axis(top)  # counts: every tick a whole number
        y_axis.setRange(0, ceiling)
        y_axis.setTickCount(ceiling // step + 1)
        y_axis.setLabelFormat("%d")
        y_axis.setLabelsFont(theme.font(9))
        y_axis.setTruncateLabels(False)  # a short chart showed "…" for its counts
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        chart.legend().setVisible(len(sets) > 1)
