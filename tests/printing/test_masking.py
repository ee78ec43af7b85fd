from __future__ import annotations

import pytest

from printing.masking import mask_id_number, mask_phone


@pytest.mark.parametrize(
    ("id_number", "masked"),
    [
        ("110105199001011234", "110105********1234"),
        ("11010519491231002X", "110105********002X"),
        ("110105491231002", "110105******002"),  # 15-digit legacy ID: 6 + 3
        ("1234567", "*******"),  # shorter than 8: all stars
        ("", ""),
        ("  110105199001011234 ", "110105********1234"),
        ("12345678", "12****78"),
    ],
)
def test_mask_id_number(id_number: str, masked: str) -> None:
    assert mask_id_number(id_number) == masked


def test_masked_id_never_contains_the_birth_date() -> None:
    assert "19900101" not in mask_id_number("110105199001011234")


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "138****5678"),
        ("010-65551234", "010*****1234"),
        ("12345", "*****"),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked
