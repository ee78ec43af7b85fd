from __future__ import annotations

import pytest

from printing.barcode_image import module_count as python_barcode_modules
from printing.code128 import Segment, escpos_data, module_count, plan_segments


@pytest.mark.parametrize(
    ("payload", "segments"),
    [
        ("T-20261130-A023", [Segment("B", "T-"), Segment("C", "20261130"), Segment("B", "-A023")]),
        ("R-2026-000123", [Segment("B", "R-2026-"), Segment("C", "000123")]),
        ("123456", [Segment("C", "123456")]),
        ("42", [Segment("C", "42")]),
        ("12345", [Segment("B", "1"), Segment("C", "2345")]),
        ("A023", [Segment("B", "A023")]),
        ("AB12345CD", [Segment("B", "AB12345CD")]),  # a short inner run stays in B
    ],
)
def test_code_set_plan(payload: str, segments: list[Segment]) -> None:
    assert plan_segments(payload) == segments


def test_escpos_data_is_limited_to_255_bytes() -> None:
    assert len(escpos_data("A" * 253)) == 255
    with pytest.raises(ValueError, match="too long"):
        escpos_data("A" * 254)


@pytest.mark.parametrize(
    "payload", ["T-20261130-A023", "R-2026-000123", "M-2026-000045", "42", "A{1}"]
)
def test_module_count_matches_python_barcode(payload: str) -> None:
    assert module_count(payload) == python_barcode_modules(payload)
