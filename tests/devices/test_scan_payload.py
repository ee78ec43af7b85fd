"""Recognising our codes, and clear refusals of everything else."""

from __future__ import annotations

from datetime import date

import pytest

from devices.scan_payload import InvalidIdNumberScan, InvalidScan, ScanPayload, parse_payload
from devices.wedge import KeyBurstDetector
from standards.gb11643 import checksum_char


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "T-20261130-A023",
            ScanPayload("ticket", "T-20261130-A023", "A023", date(2026, 11, 30)),
        ),
        (
            "t-20240229-b1234",
            ScanPayload("ticket", "T-20240229-B1234", "B1234", date(2024, 2, 29)),
        ),
        ("R-2026-000123", ScanPayload("request", "R-2026-000123", "R-2026-000123")),
        (" m-2026-000045\t", ScanPayload("case", "M-2026-000045", "M-2026-000045")),
    ],
)
def test_our_codes(text: str, expected: ScanPayload) -> None:
    assert parse_payload(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("T-20261131-A023", "impossible day 20261131"),
        ("T-20230229-A023", "impossible day"),
        ("R-1999-000123", "impossible year"),
        ("T-20261130-A02", "Not a CivicDesk code"),
        ("T-20261130-AB023", "Not a CivicDesk code"),
        ("T-20261130-A02345", "Not a CivicDesk code"),
        ("R-2026-00123", "Not a CivicDesk code"),
        ("Z-2026-000123", "Not a CivicDesk code"),
        ("R-２０２６-000123", "Not a CivicDesk code"),  # full-width digits
        ("R-2026-000123 extra", "Not a CivicDesk code"),
        ("https://example.org/" + "x" * 100, "…"),
    ],
)
def test_everything_else_is_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(InvalidScan, match=message) as caught:
        parse_payload(text)
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


def test_the_refusal_says_what_is_expected() -> None:
    with pytest.raises(InvalidScan) as caught:
        parse_payload("hello")
    assert "T-YYYYMMDD-A023" in str(caught.value)
    assert "R-YYYY-NNNNNN" in str(caught.value)
    assert "M-YYYY-NNNNNN" in str(caught.value)
    assert "X-YYYY-NNNNNN" in str(caught.value)
    assert "L-YYYY-NNNNNN" in str(caught.value)


def test_petitions_and_ledger_entries_are_recognised() -> None:
    petition = parse_payload("x-2026-000001")
    assert (petition.kind, petition.code) == ("petition", "X-2026-000001")
    entry = parse_payload(" L-2026-000123\r\n")
    assert (entry.kind, entry.code) == ("ledger", "L-2026-000123")


# --- ID-card readers in keyboard mode --------------------------------------------------------

VALID_ID = "11010519491231002" + checksum_char("11010519491231002")


def test_a_valid_id_number_typed_by_a_card_reader_is_recognised() -> None:
    payload = parse_payload(VALID_ID.lower() + "\r", today=date(2026, 11, 30))
    assert payload == ScanPayload("id_number", VALID_ID, VALID_ID)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (VALID_ID[:17] + ("1" if VALID_ID[17] != "1" else "2"), "bad check digit: expected"),
        ("1101051949123100" + "X" + VALID_ID[17], "non-digit 'X' at position 17"),
        ("11010519491331002" + "5", "no such birth date: month 13"),
        ("99010519491231002" + "5", "no such province code: 99"),
        ("11010520300101002" + "5", "birth date 2030-01-01 is in the future"),
        (VALID_ID[:17] + "Y", "bad check character 'Y'"),
    ],
)
def test_an_invalid_id_number_is_told_from_a_garbled_barcode_with_the_reason(
    typed: str, reason: str
) -> None:
    with pytest.raises(InvalidIdNumberScan) as info:
        parse_payload(typed, today=date(2026, 11, 30))
    message = str(info.value)
    assert "invalid ID number" in message
    assert reason in message
    assert typed not in message  # masked: the message may reach a log
    assert info.value.kind == "id_number"


@pytest.mark.parametrize("text", ["T-20261130-A02", "1101051949123100", "ABCDEFGHIJKLMNOPQR"])
def test_other_18ish_character_scans_are_not_taken_for_id_numbers(text: str) -> None:
    with pytest.raises(InvalidScan) as info:
        parse_payload(text)
    assert not isinstance(info.value, InvalidIdNumberScan)
    assert "Not a CivicDesk code" in str(info.value)


def test_a_fast_burst_of_an_id_number_comes_out_of_the_wedge_as_one_scan() -> None:
    detector = KeyBurstDetector()
    results = [detector.feed(key, 1000 + 8 * i) for i, key in enumerate(VALID_ID)]
    assert all(result is None for result in results)
    ended = detector.feed("\n", 1000 + 8 * 18)
    assert ended is not None
    assert ended.scan == VALID_ID
    assert parse_payload(ended.scan).kind == "id_number"


def test_an_appointment_booking_code_is_recognised() -> None:
    assert parse_payload("y-20261201-0007") == ScanPayload(
        "appointment", "Y-20261201-0007", "Y-20261201-0007", date(2026, 12, 1)
    )
    with pytest.raises(InvalidScan, match="impossible day 20261301"):
        parse_payload("Y-20261301-0007")
