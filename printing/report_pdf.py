"""The manager's statistics report (daily or for a range of days) as an A4 PDF.

Chinese labels with English subtitles (or the other way round for an English report), KPI
cards, bar charts drawn with ``reportlab.graphics`` and the tables of every section.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import BarChart as RLBarChart
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from printing.labels import format_date, format_datetime
from printing.pdf_common import (
    CONTENT_WIDTH,
    GREY,
    LIGHT_GREY,
    RULE_GREY,
    Styles,
    build_pdf,
    footer,
    pdf_font,
    user_text,
)
from printing.report_data import (
    BarChart,
    Cell,
    Column,
    ColumnKind,
    Kpi,
    ReportDocument,
    Section,
    Table,
    Text,
    count_axis,
)

PALETTE: Final = (
    colors.HexColor("#2F6FB0"),
    colors.HexColor("#E0873A"),
    colors.HexColor("#6AA84F"),
    colors.HexColor("#A64D79"),
)
HEADER_BLUE: Final = colors.HexColor("#DCE6F2")
CARD_BLUE: Final = colors.HexColor("#F2F6FB")
KPI_COLUMNS: Final = 4
MAX_CHART_HEIGHT: Final = 200 * mm
DASH: Final = "—"

TITLE_DAY: Final = Text("统计日报", "Daily statistics report")
TITLE_RANGE: Final = Text("统计报表", "Statistics report")
PERIOD_DAY: Final = Text("统计日期", "Date")
PERIOD_RANGE: Final = Text("统计期间", "Period")
TO: Final = Text("至", "to")


def format_cell(value: Cell, kind: ColumnKind) -> str:
    """A cell as printed: counts with separators, minutes and scores with one or two
    decimals, fractions as percentages, a dash for nothing."""
    if value is None or value == "":
        return DASH
    if kind == "text" or isinstance(value, str):
        return str(value)
    if kind == "count":
        return f"{int(value):,}"
    if kind == "minutes":
        return f"{float(value):.1f}"
    if kind == "percent":
        return f"{float(value) * 100:.1f}%"
    return f"{float(value):.2f}"


class _Layout:
    """Styles and the two languages of one report."""

    def __init__(self, doc: ReportDocument, styles: Styles) -> None:
        self.doc = doc
        self.language = doc.language
        self.styles = styles
        self.font = styles.font
        base = styles.value
        self.section = ParagraphStyle("section", base, fontSize=14, leading=18, spaceBefore=4)
        self.caption = ParagraphStyle("caption", base, fontSize=9.5, leading=12)
        self.cell = ParagraphStyle("cell", base, fontSize=7.5, leading=9.5)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        # Column titles: the report's language in black over the other one in grey. English
        # breaks between words only, Chinese anywhere.
        head = ParagraphStyle("head", base, fontSize=7, leading=8.5)
        head_grey = ParagraphStyle("head_grey", head, fontSize=6.5, leading=8, textColor=GREY)
        latin = {"wordWrap": None}
        self.head_styles = {
            (primary, right): ParagraphStyle(
                f"head_{primary}_{right}",
                head if primary else head_grey,
                alignment=TA_RIGHT if right else 0,
                **(latin if primary == (self.language == "en") else {}),
            )
            for primary in (True, False)
            for right in (True, False)
        }
        self.kpi_value = ParagraphStyle(
            "kpi_value", base, fontSize=17, leading=21, alignment=TA_CENTER
        )
        self.kpi_label = ParagraphStyle(
            "kpi_label", base, fontSize=8.5, leading=10.5, alignment=TA_CENTER
        )
        self.kpi_detail = ParagraphStyle(
            "kpi_detail", self.kpi_label, fontSize=7, leading=9, textColor=GREY
        )
        self.note_item = ParagraphStyle(
            "note_item", styles.small, leftIndent=8, firstLineIndent=-8, spaceAfter=2.5
        )

    def inline(self, text: Text) -> str:
        primary = escape(text.pick(self.language))
        secondary = escape(text.other(self.language))
        return f"{primary} <font color='#666666'>{secondary}</font>"

    def heading(self, text: Text) -> Paragraph:
        primary = escape(text.pick(self.language))
        secondary = escape(text.other(self.language))
        return Paragraph(
            f"{primary}  <font size=10 color='#666666'>{secondary}</font>", self.section
        )


def render_report_pdf(doc: ReportDocument, font_path: str | None = None) -> bytes:
    """The report as A4 PDF bytes."""
    layout = _Layout(doc, pdf_font(font_path))
    story: list[Flowable] = _title(layout)
    for section in doc.sections:
        story += _section(layout, section)
    title_text = _title_text(doc)
    period = _period_text(doc)
    decorate = footer(layout.font, f"{doc.center_name}  {period}", doc.generated_at)
    return build_pdf(
        story,
        title=f"{title_text.pick(doc.language)} {period}",
        author=doc.center_name,
        decorate=decorate,
    )


def _title_text(doc: ReportDocument) -> Text:
    if doc.title is not None:
        return doc.title
    return TITLE_DAY if doc.is_single_day else TITLE_RANGE


def _period_text(doc: ReportDocument) -> str:
    start = format_date(doc.service_day, doc.language)
    if doc.is_single_day:
        return start
    return f"{start} {TO.pick(doc.language)} {format_date(doc.end_day, doc.language)}"


def _title(layout: _Layout) -> list[Flowable]:
    doc, styles = layout.doc, layout.styles
    title = _title_text(doc)
    period_label = PERIOD_DAY if doc.is_single_day else PERIOD_RANGE
    period = escape(_period_text(doc))
    generated = escape(format_datetime(doc.generated_at, doc.language))
    return [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 1 * mm),
        Paragraph(escape(title.pick(doc.language)), styles.title),
        Paragraph(escape(title.other(doc.language)), styles.subtitle),
        Spacer(1, 2 * mm),
        Paragraph(
            f"{layout.inline(period_label)}: {period}  ({escape(doc.timezone)})  ·  {generated}",
            ParagraphStyle("period", styles.small, alignment=TA_CENTER),
        ),
        Spacer(1, 4 * mm),
    ]


def _section(layout: _Layout, section: Section) -> list[Flowable]:
    room = 60 * mm if section.kpis or section.charts else 30 * mm
    parts: list[Flowable] = [CondPageBreak(room), layout.heading(section.title)]
    rule = RLTable([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[1.5 * mm])
    rule.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE_GREY)]))
    parts.append(rule)
    if section.kpis:
        parts += [_kpi_grid(layout, section.kpis), Spacer(1, 3 * mm)]
    parts += _charts(layout, section.charts)
    for table in section.tables:
        if table.in_pdf:
            parts += _table(layout, table)
    for note in section.notes:
        parts.append(Paragraph(f"• {layout.inline(note)}", layout.note_item))
    parts.append(Spacer(1, 4 * mm))
    return parts


def _kpi_grid(layout: _Layout, kpis: Sequence[Kpi]) -> RLTable:
    cells: list[list[Flowable]] = []
    for kpi in kpis:
        card: list[Flowable] = [
            Paragraph(escape(format_cell(kpi.value, kpi.kind)), layout.kpi_value),
            Paragraph(escape(kpi.title.pick(layout.language)), layout.kpi_label),
            Paragraph(escape(kpi.title.other(layout.language)), layout.kpi_detail),
        ]
        if kpi.detail is not None:
            card.append(Paragraph(escape(kpi.detail.pick(layout.language)), layout.kpi_detail))
        cells.append(card)
    rows = [cells[i : i + KPI_COLUMNS] for i in range(0, len(cells), KPI_COLUMNS)]
    rows[-1] += [[Spacer(1, 1)]] * (KPI_COLUMNS - len(rows[-1]))
    width = CONTENT_WIDTH / KPI_COLUMNS
    grid = RLTable(rows, colWidths=[width] * KPI_COLUMNS, hAlign="LEFT")
    style: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for index in range(len(kpis)):
        row, column = divmod(index, KPI_COLUMNS)
        style += [
            ("BACKGROUND", (column, row), (column, row), CARD_BLUE),
            ("BOX", (column, row), (column, row), 0.6, colors.white),
            ("LINEBELOW", (column, row), (column, row), 1.5, colors.white),
        ]
    grid.setStyle(TableStyle(style))
    return grid


# --- charts --------------------------------------------------------------------------------


def _charts(layout: _Layout, charts: Sequence[BarChart]) -> list[Flowable]:
    """Wide charts on a line of their own; narrow ones (few bars) two to a line."""
    parts: list[Flowable] = []
    pending: list[BarChart] = []

    def flush() -> None:
        if not pending:
            return
        width = CONTENT_WIDTH / 2 - 2 * mm
        cells = [_chart_block(layout, chart, width) for chart in pending]
        if len(cells) == 1:
            cells.append([Spacer(1, 1)])
        row = RLTable([cells], colWidths=[CONTENT_WIDTH / 2] * 2, hAlign="LEFT")
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        parts.append(row)
        parts.append(Spacer(1, 3 * mm))
        pending.clear()

    for chart in charts:
        if _is_wide(chart):
            flush()
            parts.append(KeepTogether(_chart_block(layout, chart, CONTENT_WIDTH)))
            parts.append(Spacer(1, 3 * mm))
        else:
            pending.append(chart)
            if len(pending) == 2:
                flush()
    flush()
    return parts


def _is_wide(chart: BarChart) -> bool:
    return chart.horizontal or len(chart.categories) * len(chart.series) > 12


def _chart_block(layout: _Layout, chart: BarChart, width: float) -> list[Flowable]:
    caption = Paragraph(layout.inline(chart.title), layout.caption)
    return [caption, Spacer(1, 1 * mm), _drawing(layout, chart, width)]


def _drawing(layout: _Layout, chart: BarChart, width: float) -> Drawing:
    font = layout.font
    rows = max(1, len(chart.categories))
    label_size = 7.0
    if chart.horizontal:
        wanted = rows * 7 * mm * max(1, len(chart.series)) / 1.6 + 16 * mm
        height = min(MAX_CHART_HEIGHT, max(40 * mm, wanted))
        # Many categories: thinner bars, smaller labels, and the chart still fits a page.
        label_size = max(3.0, min(7.0, (height - 16 * mm) / rows * 0.8))
    else:
        height = 58 * mm
    drawing = Drawing(width, height)
    bars: RLBarChart = HorizontalBarChart() if chart.horizontal else VerticalBarChart()
    legend_room = 6 * mm if len(chart.series) > 1 else 0
    if chart.horizontal:
        bars.x, bars.y = 44 * mm, 10 * mm + legend_room
        bars.width, bars.height = width - 50 * mm, height - 14 * mm - legend_room
    else:
        bars.x, bars.y = 12 * mm, 10 * mm + legend_room
        bars.width, bars.height = width - 16 * mm, height - 16 * mm - legend_room
    data = [list(series.values) or [0.0] for series in chart.series] or [[0.0]]
    fills = [PALETTE[i % len(PALETTE)] for i in range(len(data))]
    if chart.horizontal:
        # Horizontal groups stack their series bottom-up: reverse them so the first is on top.
        data, fills = data[::-1], fills[::-1]
    bars.data = data
    top = max((value for series in data for value in series), default=0.0)
    bars.valueAxis.valueMin = 0
    ceiling, step = count_axis(top)  # counts: whole numbers on the axis
    bars.valueAxis.valueMax = ceiling
    bars.valueAxis.valueStep = step
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.labelTextFormat = "%d"
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    bars.valueAxis.gridStrokeWidth = 0.4
    bars.categoryAxis.categoryNames = list(chart.categories) or [""]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = label_size
    if chart.horizontal:
        bars.categoryAxis.labels.boxAnchor = "e"
        bars.categoryAxis.labels.dx = -3
        bars.categoryAxis.reverseDirection = True
    else:
        bars.categoryAxis.labels.boxAnchor = "n"
        bars.categoryAxis.labels.dy = -2
    bars.barSpacing = 0.5
    bars.groupSpacing = 4
    for index, fill in enumerate(fills):
        bars.bars[index].fillColor = fill
        bars.bars[index].strokeColor = None
    for position, color in enumerate(chart.category_colors):
        bars.bars[(0, position)].fillColor = colors.HexColor(color)
    bars.barLabelFormat = _bar_label
    bars.barLabels.fontName = font
    bars.barLabels.fontSize = 6
    bars.barLabels.fillColor = GREY
    if chart.horizontal:
        bars.barLabels.boxAnchor = "w"
        bars.barLabels.dx = 2
    else:
        bars.barLabels.boxAnchor = "s"
        bars.barLabels.dy = 1
    drawing.add(bars)
    if len(chart.series) > 1:
        legend = Legend()
        legend.fontName = font
        legend.fontSize = 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.deltax = 60
        legend.dxTextSpace = 4
        legend.x = bars.x
        legend.y = 3 * mm
        legend.colorNamePairs = [
            (PALETTE[i % len(PALETTE)], series.title.pick(layout.language))
            for i, series in enumerate(chart.series)
        ]
        drawing.add(legend)
    unit = chart.unit.pick(layout.language)
    if chart.horizontal:
        drawing.add(
            String(width - 4 * mm, 2 * mm, unit, fontName=font, fontSize=7, textAnchor="end")
        )
    else:
        drawing.add(String(bars.x, height - 4 * mm, unit, fontName=font, fontSize=7))
    return drawing


def _bar_label(value: float) -> str:
    """Bars count tickets and ratings: whole numbers, and no label on an empty bar."""
    return f"{value:.0f}" if value else ""


# --- tables --------------------------------------------------------------------------------


def _table(layout: _Layout, table: Table) -> list[Flowable]:
    indexes = [i for i, column in enumerate(table.columns) if column.in_pdf]
    columns = [table.columns[i] for i in indexes]
    widths = _column_widths(columns)
    header = [_header_cell(layout, column) for column in columns]
    body: list[list[Flowable]] = []
    for row in table.rows:
        cells: list[Flowable] = []
        for i, column in zip(indexes, columns, strict=True):
            text = format_cell(row[i], column.kind)
            style = layout.cell if column.kind == "text" else layout.cell_right
            cells.append(Paragraph(user_text(text), style))
        body.append(cells)
    if not body:
        empty = Text("（无数据）", "(no data)")
        body.append(
            [Paragraph(layout.inline(empty), layout.cell)] + [Spacer(1, 1)] * (len(columns) - 1)
        )
    grid = RLTable([header, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BLUE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE_GREY),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for row_index in range(2, len(body) + 1, 2):
        style.append(("BACKGROUND", (0, row_index), (-1, row_index), LIGHT_GREY))
    if not table.rows:
        style.append(("SPAN", (0, 1), (-1, 1)))
    grid.setStyle(TableStyle(style))
    caption = Paragraph(layout.inline(table.title), layout.caption)
    return [KeepTogether([caption, Spacer(1, 1 * mm), grid]), Spacer(1, 4 * mm)]


def _header_cell(layout: _Layout, column: Column) -> list[Flowable]:
    """The column title in the report's language over the other one."""
    right = column.kind != "text"
    return [
        Paragraph(escape(column.title.pick(layout.language)), layout.head_styles[(True, right)]),
        Paragraph(escape(column.title.other(layout.language)), layout.head_styles[(False, right)]),
    ]


TEXT_WIDTH: Final = 44 * mm
NUMBER_WIDTH: Final = 21 * mm


def _column_widths(columns: Sequence[Column]) -> list[float]:
    """Natural widths when they fit the page; else the page shared in the same proportions."""
    natural = [TEXT_WIDTH if column.kind == "text" else NUMBER_WIDTH for column in columns]
    total = sum(natural)
    if total <= CONTENT_WIDTH:
        return natural
    return [CONTENT_WIDTH * width / total for width in natural]
