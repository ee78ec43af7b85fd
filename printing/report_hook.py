"""Where the daily report PDF plugs in.

The renderer is ``printing.report_pdf`` (its data: ``printing.report_data.ReportDocument``,
filled by ``station.report_document``); ``printing.report_pdf.install_report_renderer()``
registers it here. Until a renderer is registered, :func:`render_report_pdf` raises
:class:`ReportRendererMissing` instead of producing an empty or fake PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol


class DailyReportData(Protocol):
    """The least a day's report data offers; the renderer's issue will extend it."""

    @property
    def center_name(self) -> str: ...

    @property
    def service_day(self) -> date: ...


ReportRenderer = Callable[[DailyReportData], bytes]


class ReportRendererMissing(NotImplementedError):
    """No daily report renderer has been registered."""


_renderer: ReportRenderer | None = None


def register_report_renderer(fn: ReportRenderer | None) -> ReportRenderer | None:
    """Use ``fn`` to render daily report PDFs (``None`` removes it); returns the previous one."""
    global _renderer
    previous, _renderer = _renderer, fn
    return previous


def render_report_pdf(data: DailyReportData) -> bytes:
    """The daily report as PDF bytes, by the registered renderer.

    Raises:
        ReportRendererMissing: no renderer is registered yet.
    """
    if _renderer is None:
        raise ReportRendererMissing(
            "the daily report PDF is not implemented yet: no renderer registered "
            "(printing.report_hook.register_report_renderer)"
        )
    return _renderer(data)
