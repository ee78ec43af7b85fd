"""GB 11643-1999 ID numbers: every rule, with precise messages, and property tests.

Pure functions: no database is involved, so these tests do not take the ``database`` fixture.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.core.errors import InvalidIdNumber, ValidationError
from services.core.id_numbers import (
    PROVINCE_CODES,
    birth_date,
    checksum_char,
    is_valid_id_number,
    mask_id_number,
    validate_id_number,
)
from tests.services.casework_helpers import id_number

TODAY = date(2026, 11, 30)


def test_the_standard_example_is_valid_and_normalised() -> None:
    assert validate_id_number("11010519491231002X", today=TODAY) == "11010519491231002X"
    assert validate_id_number(" 11010519491231002x ", today=TODAY) == "11010519491231002X"
    # Full-width digits typed with a Chinese input method are accepted too.
    assert validate_id_number("１１０１０５１９４９１２３１００２Ｘ", today=TODAY) == (
        "11010519491231002X"
    )
    assert birth_date("11010519491231002X") == date(1949, 12, 31)


def test_invalid_id_number_is_a_validation_error() -> None:
    assert issubclass(InvalidIdNumber, ValidationError)
    assert InvalidIdNumber.code == "invalid_id_number"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "wrong length: an ID number has 18 characters, this one has 0"),
        ("11010519491231002", "wrong length: an ID number has 18 characters, this one has 17"),
        ("11010519491231002X1", "this one has 19"),
        ("1101051949123100XX", "non-digit 'X' at position 17"),
        ("11010519A91231002X", "non-digit 'A' at position 9"),
        ("110105 9491231002X", "non-digit ' ' at position 7"),
        ("11010519491231002Y", "bad check character 'Y'"),
        ("110105194912310021", "bad check digit: expected X, got 1"),
    ],
)
def test_malformed_numbers_say_why(text: str, message: str) -> None:
    with pytest.raises(InvalidIdNumber, match=message):
        validate_id_number(text, today=TODAY)


def test_bad_check_digit_names_the_expected_one() -> None:
    good = id_number("110105", "19900101", "123")
    wrong = str((int(good[-1]) + 1) % 10) if good[-1] != "X" else "0"
    with pytest.raises(InvalidIdNumber, match=f"bad check digit: expected {good[-1]}"):
        validate_id_number(good[:17] + wrong, today=TODAY)


def test_lower_case_x_is_the_same_as_upper_case() -> None:
    good = "11010519491231002X"
    assert is_valid_id_number(good.lower(), today=TODAY)


@pytest.mark.parametrize(
    ("birth", "message"),
    [
        ("19000229", "no such date: 1900-02-29"),  # 1900 is not a leap year
        ("20230229", "no such date: 2023-02-29"),
        ("19900231", "no such date: 1990-02-31"),
        ("19900431", "no such date: 1990-04-31"),
        ("19901301", "month 13"),
        ("19900001", "month 00"),
        ("19900100", "no such date: 1990-01-00"),
        ("20261201", "birth date 2026-12-01 is in the future"),
        ("17991231", "birth year 1799 is before 1800"),
    ],
)
def test_impossible_birth_dates_are_refused(birth: str, message: str) -> None:
    with pytest.raises(InvalidIdNumber, match=message):
        validate_id_number(id_number("110105", birth, "001"), today=TODAY)


@pytest.mark.parametrize("birth", ["20000229", "19960229", "18990101", "19000228", "20261130"])
def test_real_dates_are_accepted(birth: str) -> None:
    assert is_valid_id_number(id_number("110105", birth, "001"), today=TODAY)


@pytest.mark.parametrize("province", ["10", "16", "20", "24", "30", "38", "47", "55", "66", "92"])
def test_unknown_province_codes_are_refused(province: str) -> None:
    with pytest.raises(InvalidIdNumber, match=f"no such province code: {province}"):
        validate_id_number(id_number(province + "0101", "19900101", "001"), today=TODAY)


def test_every_listed_province_code_is_accepted() -> None:
    expected = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45}
    expected |= {46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}
    assert expected == PROVINCE_CODES
    for code in PROVINCE_CODES:
        assert is_valid_id_number(id_number(f"{code}0101", "19900101", "001"), today=TODAY)


def test_checksum_char_follows_iso_7064_mod_11_2() -> None:
    assert checksum_char("11010519491231002") == "X"
    assert checksum_char("44052418800101001") == "4"  # weighted sum mod 11 = 8 -> "4"
    with pytest.raises(ValueError, match="17 digits"):
        checksum_char("1234")


def test_masking_keeps_the_region_and_the_last_four() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"
    assert mask_id_number("1234") == "****"
    assert mask_id_number("123456789") == "*****6789"


# --- properties ----------------------------------------------------------------------------

provinces = st.sampled_from(sorted(PROVINCE_CODES))
births = st.dates(min_value=date(1800, 1, 1), max_value=TODAY)


@st.composite
def valid_numbers(draw: st.DrawFn) -> str:
    province = draw(provinces)
    area = draw(st.integers(0, 9999))
    born = draw(births)
    sequence = draw(st.integers(0, 999))
    first17 = f"{province:02d}{area:04d}{born:%Y%m%d}{sequence:03d}"
    return first17 + checksum_char(first17)


@settings(max_examples=300, deadline=None)
@given(valid_numbers())
def test_random_digits_with_their_check_char_are_valid(number: str) -> None:
    assert validate_id_number(number, today=TODAY) == number
    assert validate_id_number(number.lower(), today=TODAY) == number
    assert mask_id_number(number) == number[:6] + "********" + number[-4:]


@settings(max_examples=300, deadline=None)
@given(valid_numbers(), st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_caught(number: str, position: int, new: str) -> None:
    if number[position] == new:
        new = "0" if new != "0" else "1"
    changed = number[:position] + new + number[position + 1 :]
    with pytest.raises(InvalidIdNumber):
        validate_id_number(changed, today=TODAY)
