"""GA 467 SAM frames, the card's text and the checks on a card: pure, no port."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from devices.idcard.card_text import (
    FIELDS,
    TEXT_LENGTH,
    check_card,
    encode_card_text,
    parse_card_text,
)
from devices.idcard.errors import (
    CardExpired,
    CardReadFailed,
    FrameRejected,
    InvalidCardIdNumber,
    SamStatusError,
    UnknownCommand,
    UnreadableCard,
    sam_error,
)
from devices.idcard.frames import (
    Answer,
    Command,
    CorruptFrame,
    FrameDecoder,
    encode_frame,
    encode_request,
)
from tests.devices.fake_idcard_reader import NOISE, answer, card_answer
from tests.devices.idcards import BAD_CHECK_DIGIT, EXPIRED, LI, TODAY, ZHANG


def test_requests_match_the_frames_published_for_real_readers() -> None:
    # Byte for byte as vendors' manuals print them.
    assert encode_request(Command.FIND_CARD).hex(" ") == "aa aa aa 96 69 00 03 20 01 22"
    assert encode_request(Command.SELECT_CARD).hex(" ") == "aa aa aa 96 69 00 03 20 02 21"
    assert encode_request(Command.READ_TEXT_AND_PHOTO).hex(" ") == "aa aa aa 96 69 00 03 30 01 32"
    assert encode_request(Command.SAM_STATUS).hex(" ") == "aa aa aa 96 69 00 03 11 ff ed"


def test_a_published_find_answer_decodes() -> None:
    found = bytes.fromhex("aaaaaa9669000800009f0000000097")
    assert list(FrameDecoder().feed(found)) == [bytes.fromhex("00009f00000000")]
    assert Answer.from_body(bytes.fromhex("00009f00000000")) == Answer(0, 0, 0x9F, b"\0" * 4)


def test_the_whole_card_answer_has_the_published_length() -> None:
    # Preamble, LEN, SW1-3, two lengths, 256 bytes of text, 1024 of photo, checksum.
    assert len(card_answer(LI)) == 1295


def test_the_decoder_skips_noise_and_frames_cut_between_reads() -> None:
    decoder = FrameDecoder()
    stream = b"\x13\x37" + answer(0x80) + NOISE[:3] + answer(0x9F, b"\x01\x02\x03\x04")
    bodies: list[object] = []
    for i in range(0, len(stream), 3):  # three bytes at a time, as a slow port gives them
        bodies.extend(decoder.feed(stream[i : i + 3]))
    assert bodies == [bytes([0, 0, 0x80]), bytes([0, 0, 0x9F, 1, 2, 3, 4])]
    assert decoder.noise_bytes == 5


def test_a_bad_checksum_is_reported_and_the_next_frame_still_found() -> None:
    damaged = answer(0x90)[:-1] + b"\x00"
    items = list(FrameDecoder().feed(damaged + answer(0x80)))
    assert isinstance(items[0], CorruptFrame)
    assert items[1:] == [bytes([0, 0, 0x80])]


def test_a_false_preamble_before_an_answer_is_given_up_when_the_line_goes_quiet() -> None:
    decoder = FrameDecoder()
    # NOISE holds a preamble announcing 1792 bytes that never come.
    assert list(decoder.feed(NOISE + answer(0x9F, b"\0" * 4))) == []
    assert decoder.pending
    assert list(decoder.skip_partial()) == [bytes([0, 0, 0x9F, 0, 0, 0, 0])]


def test_a_slow_frame_is_not_given_up() -> None:
    decoder = FrameDecoder()
    whole = answer(0x90, b"x" * 40)
    assert list(decoder.feed(whole[:20])) == []
    assert list(decoder.skip_partial()) == []  # no second preamble: it is just slow
    assert list(decoder.feed(whole[20:])) == [bytes([0, 0, 0x90]) + b"x" * 40]


def test_encode_frame_round_trips() -> None:
    body = bytes([0, 0, 0x90]) + bytes(range(200))
    assert list(FrameDecoder().feed(encode_frame(body))) == [body]


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (0x10, FrameRejected, "wrong checksum"),
        (0x11, FrameRejected, "wrong length"),
        (0x21, UnknownCommand, "does not know the command"),
        (0x41, CardReadFailed, "reading the card failed"),
        (0x60, SamStatusError, "self-test failed"),
        (0x77, SamStatusError, "undocumented"),
    ],
)
def test_status_words_become_typed_errors(status: int, kind: type, words: str) -> None:
    error = sam_error(status, f"00 00 {status:02X}", "read text and photo")
    assert type(error) is kind
    assert error.status == status
    assert words in str(error)
    assert f"00 00 {status:02X}" in str(error)


def test_card_text_has_the_fields_of_the_standard() -> None:
    assert sum(size for _, size in FIELDS) == TEXT_LENGTH == 256
    text = encode_card_text(ZHANG)
    assert len(text) == 256
    assert text[:6].decode("utf-16-le") == "张秀英"
    assert text[30:32].decode("utf-16-le") == "2"  # sex code 2: female
    assert text[32:36].decode("utf-16-le") == "01"  # nation code 01: Han
    assert parse_card_text(text) == ZHANG
    assert parse_card_text(encode_card_text(LI)) == LI


def test_the_json_of_a_card_gives_dates_and_long_term() -> None:
    assert ZHANG.as_json()["valid_to"] == "长期"
    assert ZHANG.as_json()["birth_date"] == "1949-12-31"
    assert LI.as_json()["valid_to"] == "2040-06-01"
    assert set(LI.as_json()) == {
        "id_number", "name", "sex", "nation", "birth_date",
        "address", "issuer", "valid_from", "valid_to",
    }  # fmt: skip


def test_garbled_card_text_is_unreadable_with_the_field_named() -> None:
    text = bytearray(encode_card_text(LI))
    text[36:52] = "2026１３01".encode("utf-16-le")[:16].ljust(16, b"\0")
    with pytest.raises(UnreadableCard, match="birth date"):
        parse_card_text(bytes(text))
    with pytest.raises(UnreadableCard, match="100 bytes"):
        parse_card_text(bytes(100))


def test_a_valid_card_passes_and_a_card_valid_for_life_never_expires() -> None:
    assert check_card(LI, TODAY) is LI
    assert check_card(ZHANG, date(2099, 1, 1)) is ZHANG


def test_an_expired_card_is_refused_with_its_date() -> None:
    with pytest.raises(CardExpired, match="expired on 2026-05-01") as info:
        check_card(EXPIRED, TODAY)
    assert info.value.valid_to == date(2026, 5, 1)
    # The last valid day is still valid.
    assert check_card(EXPIRED, date(2026, 5, 1)) is EXPIRED


def test_a_card_with_a_broken_id_number_is_refused_with_the_reason() -> None:
    with pytest.raises(InvalidCardIdNumber, match="bad check digit: expected"):
        check_card(BAD_CHECK_DIGIT, TODAY)


def test_a_card_whose_birth_date_disagrees_with_its_number_is_refused() -> None:
    with pytest.raises(InvalidCardIdNumber, match="born 1990-01-01, the card says 1990-01-02"):
        check_card(replace(LI, birth_date=date(1990, 1, 2)), TODAY)
