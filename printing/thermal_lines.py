"""Writes wrapped, sized text onto a thermal slip, never wider than the paper."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from printing import layout
from printing.escpos import Alignment, EscPosBuilder
from printing.labels import Language
from printing.profiles import PrinterProfile
from printing.textcodec import column_measure, printable_text

MAX_TEXT_MULTIPLIER: Final = 8


class SlipWriter:
    """An :class:`EscPosBuilder` plus the paper's columns: every text it writes is wrapped.

    A printer without a Chinese font gets English labels whatever the document's
    language, because Chinese labels would only print as ``?``.
    """

    def __init__(self, profile: PrinterProfile, language: str) -> None:
        self.profile = profile
        self.columns = profile.columns
        self.language: Language = "zh_CN" if language == "zh_CN" and profile.chinese else "en"
        self.builder = EscPosBuilder(profile).init()
        if profile.chinese:
            self.builder.chinese_mode(True)
        else:
            self.builder.chinese_mode(False).codepage()
        self.measure = column_measure(chinese=profile.chinese)

    def printable(self, text: str) -> str:
        return printable_text(text, chinese=self.profile.chinese, codepage=self.profile.codepage)

    def fitting_multiplier(self, text: str, largest: int) -> int:
        """The largest multiplier up to ``largest`` at which ``text`` fits one line (at least 1)."""
        width = self.measure(self.printable(text))
        for multiplier in range(min(largest, MAX_TEXT_MULTIPLIER), 1, -1):
            if width * multiplier <= self.columns:
                return multiplier
        return 1

    def lines(
        self,
        lines: Iterable[str],
        *,
        align: Alignment = "left",
        width: int = 1,
        height: int = 1,
        bold: bool = False,
    ) -> None:
        """Write lines already laid out for ``self.columns // width`` columns."""
        builder = self.builder.align(align)
        styled = width != 1 or height != 1
        if styled:
            builder.size(width, height)
        if bold:
            builder.bold(True)
        for line in lines:
            builder.line(line)
        if bold:
            builder.bold(False)
        if styled:
            builder.size(1, 1)
        if align != "left":
            builder.align("left")

    def paragraph(
        self,
        text: str,
        *,
        align: Alignment = "left",
        width: int = 1,
        height: int = 1,
        bold: bool = False,
    ) -> None:
        """Wrap ``text`` for the width multiplier and write it."""
        columns = max(layout.MIN_COLUMNS, self.columns // width)
        wrapped = layout.wrap(self.printable(text), columns, measure=self.measure)
        self.lines(wrapped, align=align, width=width, height=height, bold=bold)

    def label_value(self, label: str, value: str, *, bold: bool = False) -> None:
        lines = layout.label_value(
            self.printable(label), self.printable(value), self.columns, measure=self.measure
        )
        self.lines(lines, bold=bold)

    def numbered(self, items: Iterable[str]) -> None:
        printable = [self.printable(item) for item in items]
        self.lines(layout.numbered(printable, self.columns, measure=self.measure))

    def rule(self) -> None:
        self.builder.line(layout.rule(self.columns))

    def blank(self) -> None:
        self.builder.line()

    def code128(self, payload: str) -> None:
        self.builder.align("center").code128(payload).align("left")

    def finish(self) -> bytes:
        return self.builder.feed(1).cut().build()
