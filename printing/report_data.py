"""What the statistics report says, as plain data the PDF and CSV writers share.

``printing`` cannot import ``services``: ``station.report_document`` copies the statistics
into these, with every label in Chinese and English. Cells keep raw values (counts,
minutes, fractions); each writer formats them by the column's kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from printing.labels import check_language

Cell = str | int | float | None
ColumnKind = Literal["text", "count", "minutes", "percent", "score"]


@dataclass(frozen=True)
class Text:
    """A fixed text in both languages."""

    zh: str
    en: str

    def pick(self, language: str) -> str:
        return self.en if language.startswith("en") else self.zh

    def other(self, language: str) -> str:
        return self.zh if language.startswith("en") else self.en


@dataclass(frozen=True)
class Column:
    key: str  # machine name, also the CSV header's English part
    title: Text
    kind: ColumnKind = "count"
    in_pdf: bool = True  # the CSV file always has every column


@dataclass(frozen=True)
class Table:
    key: str  # the CSV file name: ``{key}.csv``
    title: Text
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    in_pdf: bool = True

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(
                    f"table {self.key}: a row of {len(row)} cells, not {len(self.columns)}"
                )


@dataclass(frozen=True)
class Kpi:
    title: Text
    value: Cell
    kind: ColumnKind = "count"
    detail: Text | None = None  # a second line, e.g. "median 12.0 min"


@dataclass(frozen=True)
class Series:
    title: Text
    values: tuple[float, ...]


@dataclass(frozen=True)
class BarChart:
    key: str
    title: Text
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: Text  # what the bars count, shown on the value axis
    horizontal: bool = False
    category_colors: tuple[str, ...] = ()  # "#RRGGBB" per category of a one-series chart


@dataclass(frozen=True)
class Section:
    title: Text
    kpis: tuple[Kpi, ...] = ()
    charts: tuple[BarChart, ...] = ()
    tables: tuple[Table, ...] = ()
    notes: tuple[Text, ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    center_name: str
    service_day: date  # the first day of the period
    end_day: date
    timezone: str
    generated_at: datetime  # local time
    sections: tuple[Section, ...]
    language: str = "zh_CN"
    title: Text | None = None  # default: the daily or the range report's title

    def __post_init__(self) -> None:
        check_language(self.language)

    @property
    def is_single_day(self) -> bool:
        return self.service_day == self.end_day

    def tables(self) -> tuple[Table, ...]:
        return tuple(table for section in self.sections for table in section.tables)


def count_axis(top: float, *, most_steps: int = 6) -> tuple[int, int]:
    """A value axis for counts: ``(ceiling, step)``, both whole numbers, the step 1, 2 or 5
    times a power of ten, at most ``most_steps`` steps up to the ceiling (at least ``top``)."""
    needed = max(1.0, float(top))
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            steps = -(-int(needed + 0.999999) // candidate)  # ceiling division
            if steps <= most_steps:
                return candidate * steps, candidate
        step *= 10
