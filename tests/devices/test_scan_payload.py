"""Recognising our codes, and clear refusals of everything else."""

from __future__ import annotations

from datetime import date

import pytest

from devices.scan_payload import InvalidScan, ScanPayload, parse_payload


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
