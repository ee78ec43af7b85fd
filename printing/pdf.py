"""A4 PDFs of printed documents (ReportLab, embedded CJK font)."""

from __future__ import annotations

from printing.pdf_receipt import render_receipt_pdf
from printing.pdf_referral import render_referral_pdf

__all__ = ["render_receipt_pdf", "render_referral_pdf"]
