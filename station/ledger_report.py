"""The ledger's monthly report in one language: codes become labels, and the PDF is made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from printing.pdf_ledger_report import LedgerReportDocument, render_ledger_report_pdf
from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.ledger.rounds import Count, MonthlyReport, monthly_report
from services.ledger.states import label
from station.mediation_documents import document_language


def _labelled(kind: str, counts: tuple[Count, ...], language: str) -> tuple[tuple[str, int], ...]:
    return tuple((label(kind, c.key, language), c.count) for c in counts)


def ledger_report_document(
    report: MonthlyReport, center_name: str, language: str, generated_at: datetime
) -> LedgerReportDocument:
    language = document_language(language)
    return LedgerReportDocument(
        language=language,
        center_name=center_name,
        month=report.month,
        figures=(
            ("report_month", report.month),
            ("ledger_total", str(report.total)),
            ("ledger_resolved", str(report.resolved)),
            ("resolution_rate", f"{report.resolution_rate:.1%}"),
            ("grids_reported", f"{report.reported} / {report.grids}"),
            ("zero_reports", str(report.zero_reports)),
        ),
        sections=(
            ("by_community", tuple((c.key, c.count) for c in report.by_community)),
            ("by_grid", tuple((c.key, c.count) for c in report.by_grid)),
            ("by_kind", _labelled("kind", report.by_kind, language)),
            ("by_risk", _labelled("risk", report.by_risk, language)),
            ("referrals", _labelled("target", report.referred, language)),
        ),
        missing=tuple(f"{g.street} / {g.community} / {g.grid}" for g in report.missing),
        generated_at=generated_at,
    )


def ledger_report_pdf(
    session: Session,
    actor: Actor,
    month: str,
    language: str,
    font_path: str | None = None,
    *,
    now: datetime | None = None,
) -> tuple[MonthlyReport, bytes]:
    report = monthly_report(session, actor, month)
    config = load_center_config(session)
    center = config.center_name_en if document_language(language) == "en" else config.center_name_zh
    generated = resolve_now(now).astimezone(config.timezone)
    document = ledger_report_document(report, center, language, generated)
    return report, render_ledger_report_pdf(document, font_path)
