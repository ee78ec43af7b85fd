"""zbarimg reads our barcodes back: raster fallback, previews, and PDFs rendered at 150 dpi."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from printing import decoder as d
from printing.barcode_image import code128_image
from printing.documents import AcceptanceReceipt, QueueTicket, ReferralSlip, TestPage
from printing.pdf_receipt import render_receipt_pdf
from printing.pdf_referral import render_referral_pdf
from printing.preview import render_preview_png
from printing.profiles import PrinterProfile
from printing.raster import RasterBits, unpack
from printing.thermal import render_test_page, render_ticket

from .tools import pdf_to_pngs, require_cjk_font, scan_barcodes


def save_with_margin(image: Image.Image, path: Path) -> Path:
    framed = Image.new("L", (image.width + 40, image.height + 40), 255)
    framed.paste(image.convert("L"), (20, 20))
    framed.save(path)
    return path


@pytest.mark.parametrize("module_dots", [1, 2, 3])
@pytest.mark.parametrize("payload", ["T-20261130-A023", "R-2026-000123", "M-2026-000045"])
def test_raster_fallback_image_scans(tmp_path: Path, payload: str, module_dots: int) -> None:
    image = code128_image(payload, module_dots=module_dots, height_dots=80)
    assert scan_barcodes(save_with_margin(image, tmp_path / "bars.png")) == [payload]


@pytest.mark.parametrize("paper_width_mm", [58, 80])
def test_raster_bits_sent_to_the_printer_scan(
    tmp_path: Path, ticket: QueueTicket, paper_width_mm: int
) -> None:
    """Unpack the GS v 0 image from the ticket's bytes: that is what the printer burns."""
    data = render_ticket(ticket, PrinterProfile(paper_width_mm, native_barcode=False))
    image_op = next(op for op in d.decode(data) if isinstance(op, d.RasterImage))
    image = unpack(RasterBits(image_op.width_dots // 8, image_op.height, image_op.bits))
    assert scan_barcodes(save_with_margin(image, tmp_path / "raster.png")) == ["T-20261130-A023"]


@pytest.mark.parametrize(
    "profile",
    [PrinterProfile(80), PrinterProfile(58), PrinterProfile(58, native_barcode=False)],
    ids=["80mm", "58mm", "58mm-raster"],
)
def test_ticket_preview_scans(tmp_path: Path, ticket: QueueTicket, profile: PrinterProfile) -> None:
    require_cjk_font()
    png = tmp_path / "ticket.png"
    png.write_bytes(render_preview_png(render_ticket(ticket, profile), profile.paper_width_mm))
    assert scan_barcodes(png) == ["T-20261130-A023"]


def test_test_page_preview_barcode_and_qr_scan(tmp_path: Path, page_doc: TestPage) -> None:
    png = tmp_path / "test-page.png"
    png.write_bytes(render_preview_png(render_test_page(page_doc, PrinterProfile())))
    assert sorted(scan_barcodes(png)) == ["CivicDesk printer test", "TEST-20260101"]


def test_receipt_pdf_barcode_scans(tmp_path: Path, receipt: AcceptanceReceipt) -> None:
    pages = pdf_to_pngs(render_receipt_pdf(receipt), tmp_path)
    assert len(pages) == 1
    assert scan_barcodes(pages[0]) == ["R-2026-000123"]


def test_referral_pdf_barcode_scans_on_both_copies(tmp_path: Path, referral: ReferralSlip) -> None:
    pages = pdf_to_pngs(render_referral_pdf(referral), tmp_path)
    assert len(pages) == 2
    for page in pages:
        assert scan_barcodes(page) == ["M-2026-000045"]
